import { Badge, type BadgeProps } from '@mantine/core';
import type { ReactNode } from 'react';

/** A light badge whose dark text keeps AA contrast and is never cut short in narrow columns. */
export function TextBadge({ children, ...props }: BadgeProps & { children: ReactNode }) {
  return (
    <Badge
      variant="light"
      {...props}
      style={{ flexShrink: 0, overflow: 'visible' }}
      styles={{ label: { color: 'var(--mantine-color-dark-7)', textTransform: 'none', overflow: 'visible' } }}
    >
      {children}
    </Badge>
  );
}
