import { Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DemoButton } from './DemoButton';

/** Settings section offering the demo workspace. */
export function DemoWorkspaceSection() {
  const { t } = useTranslation('cases');
  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="demo-title">
      <Stack gap="md">
        <Title order={3} id="demo-title">
          {t('demo.title')}
        </Title>
        <Text c="dark.4">{t('demo.body')}</Text>
        <DemoButton />
      </Stack>
    </Paper>
  );
}
