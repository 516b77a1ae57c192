import { Alert, Badge, Button, CloseButton, Group, List, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { partnerSides, ragStatuses, type PartnerSide, type RagStatus } from '../../../../shared/domain/action';
import type { Workshop } from '../../../../shared/domain/workshop';
import { useWorkshop } from './workshop-store';
import { strong } from './styles';
import { DateField } from '../../components/DateField';
import { formatDate } from '../../i18n/format';
import { removeWithUndo } from './remove-with-undo';

const ragColour: Record<RagStatus, string> = { red: strong.red, amber: strong.amber, green: strong.green, done: strong.grey };
const blank = { what: '', owner: '', side: 'both' as PartnerSide, dueDate: '', status: 'green' as RagStatus, theme: '' };

/** Actions agreed in the room: owner, side, due date and red / amber / green status. */
export function ActionCapture({ workshop }: { workshop: Workshop }) {
  const { t } = useTranslation('workshops');
  const capture = useWorkshop((s) => s.capture);
  const [draft, setDraft] = useState(blank);
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!draft.what.trim()) return setError(t('capture.action.what'));
    const failed = await capture({
      kind: 'action',
      action: {
        what: draft.what.trim(),
        owner: draft.owner.trim(),
        side: draft.side,
        dueDate: draft.dueDate || null,
        status: draft.status,
        theme: draft.theme || undefined,
      },
    });
    if (failed) setError(failed.message);
    else {
      setDraft(blank);
      setError(null);
    }
  };

  return (
    <Stack gap="sm">
      <form onSubmit={submit}>
        <Stack gap="xs">
          {error && (
            <Alert color="red" role="alert">
              {error}
            </Alert>
          )}
          <TextInput
            label={t('capture.action.what')}
            required
            value={draft.what}
            onChange={(e) => setDraft({ ...draft, what: e.currentTarget.value })}
          />
          <Group grow align="flex-start">
            <TextInput
              label={t('capture.action.owner')}
              value={draft.owner}
              onChange={(e) => setDraft({ ...draft, owner: e.currentTarget.value })}
            />
            <NativeSelect
              label={t('capture.action.side')}
              value={draft.side}
              data={partnerSides.map((s) => ({ value: s, label: t(`sides.${s}`) }))}
              onChange={(e) => setDraft({ ...draft, side: e.currentTarget.value as PartnerSide })}
            />
          </Group>
          <Group grow align="flex-start">
            <DateField label={t('capture.action.due')} value={draft.dueDate} onChange={(v) => setDraft({ ...draft, dueDate: v ?? '' })} />
            <NativeSelect
              label={t('capture.action.status')}
              value={draft.status}
              data={ragStatuses.map((s) => ({ value: s, label: t(`capture.rag.${s}`) }))}
              onChange={(e) => setDraft({ ...draft, status: e.currentTarget.value as RagStatus })}
            />
            <NativeSelect
              label={t('capture.theme')}
              value={draft.theme}
              data={[{ value: '', label: t('capture.noTheme') }, ...workshop.themes.map((th) => ({ value: th.title, label: th.title }))]}
              onChange={(e) => setDraft({ ...draft, theme: e.currentTarget.value })}
            />
          </Group>
          <Button type="submit" style={{ alignSelf: 'flex-start' }}>
            {t('capture.action.add')}
          </Button>
        </Stack>
      </form>
      <List size="sm" spacing={4}>
        {workshop.actions.map((a) => (
          <List.Item key={a.id}>
            <Badge color={ragColour[a.status]} variant="filled" mr="xs">
              {t(`capture.rag.${a.status}`)}
            </Badge>
            {a.what}
            {a.owner ? ` — ${a.owner}` : ''} ({t(`sides.${a.side}`)}
            {a.dueDate ? `, ${formatDate(a.dueDate)}` : ''})
            <CloseButton
              size="sm"
              display="inline-flex"
              ml="xs"
              style={{ verticalAlign: 'middle' }}
              aria-label={`${t('capture.remove')}: ${a.what}`}
              onClick={() => void removeWithUndo('action', a.id)}
            />
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}
