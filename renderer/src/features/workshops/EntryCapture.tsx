import { Alert, Button, CloseButton, Group, List, Stack, Text, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Workshop } from '../../../../shared/domain/workshop';
import { ConfidentialBadge, ConfidentialCheckbox } from '../../components/Confidential';
import { removeWithUndo } from './remove-with-undo';
import { ThemeGroupSelects } from './ThemeGroupSelects';
import { useWorkshop } from './workshop-store';

/** Top tips (tagged with a table group) or parking-lot points. */
export function EntryCapture({ workshop, kind }: { workshop: Workshop; kind: 'topTip' | 'parkingLot' }) {
  const { t } = useTranslation('workshops');
  const { capture } = useWorkshop();
  const [text, setText] = useState('');
  const [confidential, setConfidential] = useState(false);
  const [groupId, setGroupId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const entries = kind === 'topTip' ? workshop.topTips : workshop.parkingLot;
  const label = kind === 'topTip' ? t('capture.topTip') : t('capture.parkingItem');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) return;
    const failed = await capture(
      kind === 'topTip' ? { kind, text: text.trim(), groupId, confidential } : { kind, text: text.trim(), confidential },
    );
    if (failed) setError(failed.message);
    else {
      setText('');
      setConfidential(false);
      setError(null);
    }
  };

  return (
    <Stack gap="sm">
      {kind === 'topTip' && workshop.closingQuestion && <Text fw={600}>{workshop.closingQuestion}</Text>}
      <form onSubmit={submit}>
        <Stack gap="xs">
          {kind === 'topTip' && <ThemeGroupSelects workshop={workshop} groupId={groupId} onGroup={setGroupId} />}
          {error && (
            <Alert color="red" role="alert">
              {error}
            </Alert>
          )}
          <Textarea label={label} autosize minRows={1} value={text} onChange={(e) => setText(e.currentTarget.value)} />
          <ConfidentialCheckbox checked={confidential} onChange={setConfidential} />
          <Button type="submit" style={{ alignSelf: 'flex-start' }}>
            {kind === 'topTip' ? t('capture.addTopTip') : t('capture.addParking')}
          </Button>
        </Stack>
      </form>
      <List size="sm" spacing={2}>
        {entries.map((e) => (
          <List.Item key={e.id}>
            <Group gap={4} wrap="nowrap">
              <span>{e.text}</span>
              <ConfidentialBadge confidential={e.confidential} />
              <CloseButton size="sm" aria-label={`${t('capture.remove')}: ${e.text}`} onClick={() => void removeWithUndo(kind, e.id)} />
            </Group>
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}
