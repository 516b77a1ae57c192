import { Alert, Button, CloseButton, Group, List, Stack, Text, Textarea } from '@mantine/core';
import { useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Workshop } from '../../../../shared/domain/workshop';
import { ConfidentialBadge, ConfidentialCheckbox } from '../../components/Confidential';
import { ThemeGroupSelects } from './ThemeGroupSelects';
import { useWorkshop } from './workshop-store';
import { removeWithUndo } from './remove-with-undo';

/** Feedback notes tagged with theme and table group; Ctrl+Enter adds. Theme and group stay put. */
export function NoteCapture({ workshop }: { workshop: Workshop }) {
  const { t } = useTranslation('workshops');
  const capture = useWorkshop((s) => s.capture);
  const updateRoom = useWorkshop((s) => s.updateRoom);
  const [confidential, setConfidential] = useState(false);
  const [themeId, setThemeId] = useState<string | null>(workshop.themes[0]?.id ?? null);
  const [groupId, setGroupId] = useState<string | null>(workshop.groups[0]?.id ?? null);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const theme = workshop.themes.find((th) => th.id === themeId);

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (!text.trim()) return;
    const failed = await capture({ kind: 'note', themeId, groupId, text: text.trim(), confidential });
    // Keep the text if the save failed, so nothing typed is lost.
    if (failed) setError(failed.message);
    else {
      setText('');
      setConfidential(false);
      setError(null);
    }
  };
  const project = async (noteId: string | null) => {
    const failed = await updateRoom({ noteId });
    setError(failed ? failed.message : null);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void submit();
  };
  const recent = workshop.notes
    .filter((n) => n.themeId === themeId)
    .slice(-5)
    .reverse();

  return (
    <Stack gap="sm">
      <form onSubmit={submit}>
        <Stack gap="xs">
          <ThemeGroupSelects workshop={workshop} themeId={themeId} groupId={groupId} onTheme={setThemeId} onGroup={setGroupId} />
          {theme && theme.prompts.length > 0 && (
            <List size="sm" spacing={2}>
              {theme.prompts.map((p) => (
                <List.Item key={p}>{p}</List.Item>
              ))}
            </List>
          )}
          {error && (
            <Alert color="red" role="alert">
              {error}
            </Alert>
          )}
          <Textarea
            label={t('capture.note')}
            autosize
            minRows={2}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            onKeyDown={onKeyDown}
          />
          <ConfidentialCheckbox checked={confidential} onChange={setConfidential} />
          <Button type="submit" style={{ alignSelf: 'flex-start' }}>
            {t('capture.addNote')}
          </Button>
        </Stack>
      </form>
      {recent.length > 0 && (
        <div>
          <Text fw={700} size="sm">
            {t('capture.recent')}
          </Text>
          <List size="sm" spacing={2} data-testid="recent-notes">
            {recent.map((n) => (
              <List.Item key={n.id}>
                <Group gap="xs" wrap="nowrap" align="flex-start">
                  <span>
                    {n.text}
                    {n.groupId ? ` — ${workshop.groups.find((g) => g.id === n.groupId)?.name ?? ''}` : ''}
                  </span>
                  {n.confidential ? (
                    <ConfidentialBadge confidential />
                  ) : workshop.room.noteId === n.id ? (
                    <Button
                      size="compact-xs"
                      variant="default"
                      onClick={() => void project(null)}
                      aria-label={t('room.hideNoteLabel', { text: n.text })}
                    >
                      {t('room.projector.hideNote')}
                    </Button>
                  ) : (
                    <Button
                      size="compact-xs"
                      variant="default"
                      onClick={() => void project(n.id)}
                      aria-label={t('room.showNoteLabel', { text: n.text })}
                    >
                      {t('room.showNote')}
                    </Button>
                  )}
                  <CloseButton
                    size="sm"
                    aria-label={`${t('capture.remove')}: ${n.text}`}
                    onClick={() => void removeWithUndo('note', n.id)}
                  />
                </Group>
              </List.Item>
            ))}
          </List>
        </div>
      )}
    </Stack>
  );
}
