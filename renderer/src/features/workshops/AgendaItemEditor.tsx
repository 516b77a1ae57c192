import { Button, Group, NativeSelect, Paper, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState, type KeyboardEvent, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { partnerSides } from '../../../../shared/domain/action';
import type { AgendaItem } from '../../../../shared/domain/workshop';
import { agendaPurposes } from '../../../../shared/domain/workshop-template';
import { useAutosave } from '../../app/use-autosave';

interface Props {
  item: AgendaItem;
  position: number;
  count: number;
  times: string;
  /** Saves the changed item; answers whether main accepted it. */
  onChange: (item: AgendaItem) => Promise<boolean>;
  onMove: (delta: number) => void;
  onDuplicate: () => void;
  onDelete: () => void;
  /** A pointer press on the handle starts a drag; releasing over another item drops it there. */
  onDragStart: (event: PointerEvent) => void;
}

type TextKey = 'title' | 'lead' | 'papers' | 'notes' | 'outcome';

/** One agenda item: its fields save as the person types and on blur; Alt+↑/↓ anywhere inside moves it. */
export function AgendaItemEditor({ item, position, count, times, onChange, onMove, onDuplicate, onDelete, onDragStart }: Props) {
  const { t } = useTranslation('workshops');
  const [draft, setDraft, , flush] = useAutosave(item, async (next) => JSON.stringify(next) === JSON.stringify(item) || onChange(next));
  const [minutes, setMinutes] = useState(String(item.minutes));
  const label = item.title || t('agenda.newItem');
  const [open, setOpen] = useState(false);
  // What the closed details hold, so nothing typed there is out of sight unsaid.
  const summary = [
    draft.lead && `${t('agenda.lead')}: ${draft.lead}`,
    draft.papers && `${t('agenda.papers')}: ${draft.papers}`,
    draft.notes && `${t('agenda.notes')}: ${draft.notes}`,
    draft.outcome && `${t('agenda.outcome')}: ${draft.outcome}`,
  ]
    .filter(Boolean)
    .join(' · ');

  /** Saves at once (blur, a choice, before a move) rather than after the pause. */
  const commit = (next: AgendaItem) => {
    setDraft(next);
    void flush();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    void flush();
    onMove(event.key === 'ArrowUp' ? -1 : 1);
  };
  const text = (key: TextKey, multiline = false) => {
    const props = {
      label: t(`agenda.${key}`),
      value: draft[key],
      onChange: (e: { currentTarget: { value: string } }) => setDraft({ ...draft, [key]: e.currentTarget.value }),
      onBlur: () => void flush(),
    };
    return multiline ? <Textarea {...props} autosize minRows={1} maxRows={6} /> : <TextInput {...props} required={key === 'title'} />;
  };

  return (
    <Paper withBorder p="sm" component="fieldset" onKeyDown={onKeyDown} style={{ margin: 0 }}>
      <Group component="legend" gap="xs" px={4}>
        {/* Mouse-only handle: keyboard users have Alt+↑/↓ and the move buttons. */}
        <Text
          span
          onPointerDown={onDragStart}
          title={t('agenda.handle', { title: label })}
          aria-hidden
          px={6}
          fz="lg"
          c="dark.6"
          style={{ cursor: 'grab', userSelect: 'none', touchAction: 'none' }}
        >
          ⠿
        </Text>
        <Text fw={700} ff="monospace">
          {times}
        </Text>
        <Text fw={600}>{label}</Text>
      </Group>
      {/* Compact by default (title, purpose, minutes and the moves on one line); the rest opens on request. */}
      <Stack gap={6}>
        <Group align="flex-end" gap="xs" wrap="nowrap">
          <div style={{ flex: 1, minWidth: 0 }}>{text('title')}</div>
          <NativeSelect
            w={200}
            label={t('agenda.purpose')}
            value={draft.purpose}
            data={agendaPurposes.map((p) => ({ value: p, label: t(`purposes.${p}`) }))}
            onChange={(e) => {
              commit({ ...draft, purpose: e.currentTarget.value as AgendaItem['purpose'] });
            }}
          />
          <TextInput
            w={90}
            label={t('agenda.minutes')}
            inputMode="numeric"
            value={minutes}
            onChange={(e) => setMinutes(e.currentTarget.value.replace(/\D/g, '').slice(0, 3))}
            onBlur={() => {
              const value = Math.min(600, Number(minutes || 0));
              setMinutes(String(value));
              commit({ ...draft, minutes: value });
            }}
          />
          <Group gap={4} wrap="nowrap">
            <Button
              size="sm"
              px="xs"
              variant="default"
              disabled={position === 0}
              aria-label={t('agenda.moveUp', { title: label })}
              onClick={() => onMove(-1)}
            >
              ↑
            </Button>
            <Button
              size="sm"
              px="xs"
              variant="default"
              disabled={position === count - 1}
              aria-label={t('agenda.moveDown', { title: label })}
              onClick={() => onMove(1)}
            >
              ↓
            </Button>
            <Button size="sm" variant="default" aria-label={t('agenda.duplicateLabel', { title: label })} onClick={onDuplicate}>
              {t('agenda.duplicate')}
            </Button>
            <Button size="sm" variant="default" c="red.9" aria-label={t('agenda.deleteLabel', { title: label })} onClick={onDelete}>
              {t('agenda.delete')}
            </Button>
            <Button
              size="sm"
              variant="default"
              aria-expanded={open}
              aria-controls={`agenda-details-${item.id}`}
              aria-label={t(open ? 'agenda.hideDetailsLabel' : 'agenda.showDetailsLabel', { title: label })}
              onClick={() => setOpen(!open)}
            >
              {open ? t('agenda.hideDetails') : t('agenda.showDetails')}
            </Button>
          </Group>
        </Group>
        {!open && summary && (
          <Text size="sm" c="dark.5" truncate="end">
            {summary}
          </Text>
        )}
        {open && (
          <Stack gap="xs" id={`agenda-details-${item.id}`}>
            <Group grow align="flex-start">
              {text('lead')}
              <NativeSelect
                label={t('agenda.side')}
                value={draft.side}
                data={partnerSides.map((s) => ({ value: s, label: t(`sides.${s}`) }))}
                onChange={(e) => {
                  commit({ ...draft, side: e.currentTarget.value as AgendaItem['side'] });
                }}
              />
              {text('papers')}
            </Group>
            <Group grow align="flex-start">
              {text('notes', true)}
              {text('outcome', true)}
            </Group>
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
