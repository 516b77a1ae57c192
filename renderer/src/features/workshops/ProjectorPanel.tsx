import { Alert, Button, Group, NativeSelect, Paper, Stack, Switch, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Workshop } from '../../../../shared/domain/workshop';
import { openAudience } from './open-audience';
import { readableDescription } from './styles';
import { useWorkshop } from './workshop-store';

/** The console's say over the projector: open it, choose the theme and the one note it shows, and the chime. */
export function ProjectorPanel({ workshop }: { workshop: Workshop }) {
  const { t } = useTranslation('workshops');
  const updateRoom = useWorkshop((s) => s.updateRoom);
  const [error, setError] = useState<string | null>(null);
  const shown = workshop.notes.find((n) => n.id === workshop.room.noteId && !n.confidential);
  const run = async (call: Promise<{ message: string } | null | string>) => {
    const failed = await call;
    setError(failed === null ? null : typeof failed === 'string' ? failed : failed.message);
  };

  return (
    <Paper p="sm" radius="md" component="section" aria-labelledby="projector-heading">
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap">
          <Title order={3} id="projector-heading" size="h4">
            {t('room.projector.heading')}
          </Title>
          <Button size="xs" onClick={() => void run(openAudience(workshop.id))}>
            {t('room.projector.open')}
          </Button>
        </Group>
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        <NativeSelect
          label={t('room.projector.theme')}
          value={workshop.room.themeId ?? ''}
          data={[{ value: '', label: t('room.projector.noTheme') }, ...workshop.themes.map((th) => ({ value: th.id, label: th.title }))]}
          onChange={(e) => void run(updateRoom({ themeId: e.currentTarget.value || null }))}
        />
        <Stack gap={4} align="flex-start">
          <Text size="sm" data-testid="projected-note">
            {shown ? t('room.projector.noteShown', { text: shown.text }) : t('room.projector.noNote')}
          </Text>
          {shown && (
            <Button size="xs" variant="default" onClick={() => void run(updateRoom({ noteId: null }))}>
              {t('room.projector.hideNote')}
            </Button>
          )}
        </Stack>
        <Switch
          label={t('room.projector.spread')}
          description={t('room.projector.spreadHint')}
          styles={readableDescription}
          disabled={!workshop.room.themeId}
          checked={Boolean(workshop.room.showSpread)}
          onChange={(e) => void run(updateRoom({ showSpread: e.currentTarget.checked }))}
        />
        <Switch
          label={t('room.projector.chime')}
          description={t('room.projector.chimeHint')}
          styles={readableDescription}
          checked={workshop.room.chime}
          onChange={(e) => void run(updateRoom({ chime: e.currentTarget.checked }))}
        />
      </Stack>
    </Paper>
  );
}
