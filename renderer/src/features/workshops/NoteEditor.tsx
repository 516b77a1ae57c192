import { Button, Group, NativeSelect, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Workshop, WorkshopNote } from '../../../../shared/domain/workshop';
import { removeWithUndo } from './remove-with-undo';
import { useWorkshop } from './workshop-store';

/** Tidy one note: its text and the theme it belongs under. */
export function NoteEditor({ workshop, note }: { workshop: Workshop; note: WorkshopNote }) {
  const { t } = useTranslation('workshops');
  const { editNote } = useWorkshop();
  const [text, setText] = useState(note.text);
  const [themeId, setThemeId] = useState(note.themeId);
  const changed = text !== note.text || themeId !== note.themeId;

  return (
    <Group align="flex-end" wrap="nowrap" gap="xs">
      <Textarea
        style={{ flex: 1 }}
        autosize
        minRows={1}
        label={t('review.editNote')}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
      />
      <NativeSelect
        label={t('review.moveToTheme')}
        value={themeId ?? ''}
        data={[{ value: '', label: t('capture.noTheme') }, ...workshop.themes.map((th) => ({ value: th.id, label: th.title }))]}
        onChange={(e) => setThemeId(e.currentTarget.value || null)}
        maw={220}
      />
      <Button
        variant="default"
        disabled={!changed || !text.trim()}
        onClick={() => void editNote(note.id, text.trim(), themeId, note.groupId)}
      >
        {t('review.saveNote')}
      </Button>
      <Button variant="default" c="red.9" onClick={() => void removeWithUndo('note', note.id)}>
        {t('review.deleteNote')}
      </Button>
    </Group>
  );
}
