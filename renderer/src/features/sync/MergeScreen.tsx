import { Alert, Button, Group, Paper, Radio, SimpleGrid, Stack, Text, Textarea, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PendingMergeData } from '../../../../shared/ipc/contracts/sync';
import { PageHeader } from '../../components/PageHeader';
import { api } from '../../lib/api';
import { notify } from '../cases/notify';
import { useFramework } from '../cases/case-store';
import { useProfile } from '../settings/profile-store';
import { conflictLabel, conflictValue } from './merge-labels';
import { invalidateAfter, useRead } from '../../lib/query';

type Choice = 'ours' | 'theirs' | 'combine';
/** The combined text starts as both versions, one after the other, for the person to edit. */
const both = (c: { ours: unknown; theirs: unknown }) => `${show(c.ours)}\n\n${show(c.theirs)}`;
const show = (value: unknown) => (value === undefined || value === null ? '—' : typeof value === 'string' ? value : JSON.stringify(value));

/**
 * The co-assessor merge: each value both people changed offline, both versions side by side with
 * who wrote them; choose one, or combine texts (a decision is only chosen). Radios and the text
 * box are reached with Tab and arrow keys; nothing is written until "Save the merge".
 */
export function MergeScreen() {
  const { t } = useTranslation('sync');
  // The `sync:pendingMerges` query; a round that leaves a new conflict asks for it again.
  const { data: pending, error } = useRead('sync:pendingMerges');

  return (
    <>
      <PageHeader title={t('merge.title')} />
      {error && (
        <Alert color="red" role="alert">
          {error.message}
        </Alert>
      )}
      {pending && pending.length === 0 && <Text c="dark.4">{t('merge.none')}</Text>}
      <Stack gap="lg">
        {pending?.map((merge) => (
          <MergeCard key={merge.docId} merge={merge} onDone={() => invalidateAfter('sync:resolve')} />
        ))}
      </Stack>
    </>
  );
}

function MergeCard({ merge, onDone }: { merge: PendingMergeData; onDone: () => Promise<void> }) {
  const { t } = useTranslation('sync');
  const framework = useFramework();
  // "Ours" is CouchDB's winning revision, not this person's: name whichever author is not them.
  const me = useProfile((s) => s.profile.name);
  const headingId = useId();
  const other = [merge.oursAuthor, merge.theirsAuthor].find((author) => author !== me);
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  const [texts, setTexts] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);

  const save = async () => {
    const answer: Record<string, 'ours' | 'theirs' | { text: string }> = {};
    for (const c of merge.conflicts) {
      const key = c.path.join('.');
      // Only what the person chose is sent: main refuses a merge with a change left unchosen.
      const choice = choices[key];
      if (choice) answer[key] = choice === 'combine' ? { text: texts[key] ?? both(c) } : choice;
    }
    const result = await api.sync.resolve({ docId: merge.docId, choices: answer });
    if (!result.ok) return setError(result.error.message);
    notify(t('merge.saved'));
    await onDone();
  };

  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby={headingId}>
      <Stack gap="md">
        <Title order={2} size="h4" id={headingId}>
          {merge.recordName || merge.recordId}
        </Title>
        <Text>{other === undefined ? t('merge.introSelf') : t('merge.intro', { other })}</Text>
        {merge.conflicts.map((c) => {
          const key = c.path.join('.');
          // Nothing is preselected: the server's winning revision is not the person's choice.
          const choice = choices[key] ?? null;
          const label = conflictLabel(c.path, t, framework);
          return (
            <Stack key={key} gap="xs">
              <Title order={3} size="h5">
                {label}
              </Title>
              {c.kind === 'decision' && (
                <Text size="sm" c="dark.4">
                  {t('merge.decision')}
                </Text>
              )}
              <Radio.Group
                value={choice}
                onChange={(v) => setChoices((s) => ({ ...s, [key]: v as Choice }))}
                label={label}
                labelProps={{ className: 'visually-hidden' }}
              >
                <SimpleGrid cols={2}>
                  <Paper withBorder p="sm">
                    <Radio value="ours" label={t('merge.keep', { name: merge.oursAuthor })} />
                    <Text mt="xs" style={{ whiteSpace: 'pre-wrap' }}>
                      {conflictValue(c.path, c.ours, t)}
                    </Text>
                  </Paper>
                  <Paper withBorder p="sm">
                    <Radio value="theirs" label={t('merge.keep', { name: merge.theirsAuthor })} />
                    <Text mt="xs" style={{ whiteSpace: 'pre-wrap' }}>
                      {conflictValue(c.path, c.theirs, t)}
                    </Text>
                  </Paper>
                </SimpleGrid>
                {c.kind === 'text' && <Radio value="combine" label={t('merge.combine')} mt="sm" />}
              </Radio.Group>
              {c.kind === 'text' && choice === 'combine' && (
                <Textarea
                  label={t('merge.combined')}
                  autosize
                  minRows={3}
                  value={texts[key] ?? both(c)}
                  onChange={(e) => {
                    // Read now: the event's target is gone by the time React runs the updater.
                    const text = e.currentTarget.value;
                    setTexts((s) => ({ ...s, [key]: text }));
                  }}
                />
              )}
            </Stack>
          );
        })}
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        <Group>
          <Button onClick={() => void save()}>{t('merge.save')}</Button>
        </Group>
      </Stack>
    </Paper>
  );
}
