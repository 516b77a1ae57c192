import { Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** The one h1-level heading of a screen, with an optional intro and actions on the right. */
export function PageHeader({ title, intro, actions }: { title: string; intro?: string; actions?: ReactNode }) {
  return (
    <Group justify="space-between" align="flex-start" mb="lg">
      <Stack gap={4}>
        <Title order={2}>{title}</Title>
        {intro && <Text c="dark.4">{intro}</Text>}
      </Stack>
      {actions && <Group gap="sm">{actions}</Group>}
    </Group>
  );
}
