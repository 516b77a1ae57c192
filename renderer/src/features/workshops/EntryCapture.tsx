import { Alert, Badge, Button, Checkbox, CloseButton, Group, List, Stack, Text, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Workshop } from '../../../../shared/domain/workshop';
import { ThemeGroupSelects } from './ThemeGroupSelects';
import { useWorkshop } from './workshop-store';

/** Top tips (tagged with a table group) or parking-lot points. */
export function EntryCapture({ workshop, kind }: { workshop: Workshop; kind: 'topTip' | 'parkingLot' }) {
  const { t } = useTranslation('workshops');
  const { capture, removeEntry } = useWorkshop();
  const [text, setText] = useState('');
  const [groupId, setGroupId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [confidential, setConfidential] = useState(false);
  const entries = kind === 'topTip' ? workshop.topTips : workshop.parkingLot;
  const label = kind === 'topTip' ? t('capture.topTip') : t('capture.parkingItem');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!text.trim()) return;
    const failed = await capture(kind === 'topTip' ? { kind, text: text.trim(), groupId } : { kind, text: text.trim(), confidential });
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
          {error && <Alert color="red" role="alert">{error}</Alert>}
          <Textarea label={label} autosize minRows={1} value={text} onChange={(e) => setText(e.currentTarget.value)} />
          {kind === 'parkingLot' && <Checkbox label={t('room.confidential')} checked={confidential} onChange={(e) => setConfidential(e.currentTarget.checked)} />}
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
              {e.confidential && (
                <Badge color="dark" variant="filled">
                  {t('room.confidentialBadge')}
                </Badge>
              )}
              <CloseButton size="sm" aria-label={`${t('capture.remove')}: ${e.text}`} onClick={() => void removeEntry(kind, e.id)} />
            </Group>
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}
