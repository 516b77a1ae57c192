import { Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** What a section will hold, shown until it holds something. */
export function EmptyState({ title, body, action }: { title: string; body: string; action?: ReactNode }) {
  return (
    <Paper withBorder p="xl" radius="md" maw={640}>
      <Stack gap="sm">
        <Title order={3} size="h4">
          {title}
        </Title>
        <Text c="dark.4">{body}</Text>
        {action}
      </Stack>
    </Paper>
  );
}
