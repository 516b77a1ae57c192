import { ScrollArea } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { createContext, useContext, useLayoutEffect, useRef, useState, type ReactNode, type RefObject } from 'react';

/**
 * A screen with one scroll container (site-visit mode) provides it here: lists then scroll with
 * the page column instead of inside their own nested scroll area.
 */
export const ScrollParent = createContext<RefObject<HTMLElement | null> | null>(null);

interface Props<T> {
  items: T[];
  label: string;
  height: number;
  estimate: number;
  keyOf: (item: T) => string;
  render: (item: T) => ReactNode;
}

/** Renders only the rows in view, so a case with hundreds of items keeps typing smooth. */
export function VirtualList<T>(props: Props<T>) {
  const parent = useContext(ScrollParent);
  return parent ? <InParent {...props} parent={parent} /> : <OwnScroll {...props} />;
}

function OwnScroll<T>({ items, label, height, estimate, keyOf, render }: Props<T>) {
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
      <Rows
        label={label}
        total={virtualizer.getTotalSize()}
        rows={virtualizer.getVirtualItems()}
        offset={0}
        measure={virtualizer.measureElement}
        render={(i) => render(items[i])}
      />
    </ScrollArea.Autosize>
  );
}

/** Virtualised against the screen's scroll container; the list's own top is the scroll margin. */
function InParent<T>({ items, label, estimate, keyOf, render, parent }: Props<T> & { parent: RefObject<HTMLElement | null> }) {
  const list = useRef<HTMLDivElement>(null);
  const [margin, setMargin] = useState(0);
  // The list's offset in the scroller changes whenever what sits above it grows (an editor opens).
  useLayoutEffect(() => {
    const p = parent.current;
    const l = list.current;
    if (!p || !l) return;
    const measure = () => setMargin(l.getBoundingClientRect().top - p.getBoundingClientRect().top + p.scrollTop);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(p.firstElementChild ?? p);
    return () => observer.disconnect();
  }, [parent]);
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => parent.current,
    estimateSize: () => estimate,
    overscan: 6,
    scrollMargin: margin,
    getItemKey: (index) => keyOf(items[index]),
  });
  return (
    <div ref={list}>
      <Rows
        label={label}
        total={virtualizer.getTotalSize()}
        rows={virtualizer.getVirtualItems()}
        offset={margin}
        measure={virtualizer.measureElement}
        render={(i) => render(items[i])}
      />
    </div>
  );
}

interface RowsProps {
  label: string;
  total: number;
  rows: { key: React.Key; index: number; start: number }[];
  offset: number;
  measure: (el: Element | null) => void;
  render: (index: number) => ReactNode;
}

function Rows({ label, total, rows, offset, measure, render }: RowsProps) {
  return (
    <div role="list" aria-label={label} style={{ height: total, position: 'relative' }}>
      {rows.map((row) => (
        <div
          key={row.key}
          role="listitem"
          data-index={row.index}
          ref={measure}
          style={{
            position: 'absolute',
            top: 0,
            left: 0,
            width: '100%',
            transform: `translateY(${row.start - offset}px)`,
            paddingBottom: 6,
          }}
        >
          {render(row.index)}
        </div>
      ))}
    </div>
  );
}
