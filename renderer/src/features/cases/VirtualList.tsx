import { ScrollArea } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, type ReactNode } from 'react';

interface Props<T> {
  items: T[];
  label: string;
  height: number;
  estimate: number;
  keyOf: (item: T) => string;
  render: (item: T) => ReactNode;
}

/** Renders only the rows in view, so a case with hundreds of items keeps typing smooth. */
export function VirtualList<T>({ items, label, height, estimate, keyOf, render }: Props<T>) {
  const viewport = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => viewport.current,
    estimateSize: () => estimate,
    overscan: 6,
    getItemKey: (index) => keyOf(items[index]),
  });
  return (
    <ScrollArea.Autosize mah={height} viewportRef={viewport} type="auto" offsetScrollbars>
      <div role="list" aria-label={label} style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((row) => (
          <div
            key={row.key}
            role="listitem"
            data-index={row.index}
            ref={virtualizer.measureElement}
            style={{ position: 'absolute', top: 0, left: 0, width: '100%', transform: `translateY(${row.start}px)`, paddingBottom: 6 }}
          >
            {render(items[row.index])}
          </div>
        ))}
      </div>
    </ScrollArea.Autosize>
  );
}
