import { Alert, Button, Stack, Table, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { JournalEntry, JournalVerdict } from '../../../../shared/domain/journal';
import { api } from '../../lib/api';
import { useCase } from './case-store';
import { formatDateTime } from './format';
import { historyText } from './history-text';

/** The name the services record when the profile has none (stored in English; shown in the reader's language). */
const UNNAMED_USER = 'Unnamed user';

/** The case's journal, newest first, and a check of its hash chain. */
export function HistoryPanel({ caseId }: { caseId: string }) {
  const { t, i18n } = useTranslation('cases');
  const line = i18n.getFixedT(i18n.language, 'history');
  const [entries, setEntries] = useState<JournalEntry[] | null>(null);
  const [verdict, setVerdict] = useState<JournalVerdict | null>(null);
  const updatedAt = useCase((s) => s.record?.updatedAt);

  useEffect(() => {
    void api.cases.history({ id: caseId }).then((r) => r.ok && setEntries(r.data.slice().reverse()));
  }, [caseId, updatedAt]);

  const verify = async () => {
    const result = await api.cases.verifyJournal({ id: caseId });
    if (result.ok) setVerdict(result.data);
  };

  return (
    <Stack gap="md">
      <Title order={3}>{t('history.heading')}</Title>
      <Text c="dark.5">{t('history.intro')}</Text>
      <Button variant="default" w="fit-content" onClick={() => void verify()}>
        {t('history.verify')}
      </Button>
      {verdict && (
        <Alert color={verdict.ok ? 'green' : 'red'} role="status" styles={{ message: { color: 'var(--mantine-color-dark-8)' } }}>
          {verdict.ok
            ? t('history.intact', { count: verdict.entries })
            : t('history.broken', { line: verdict.brokenAt, reason: verdict.reason })}
        </Alert>
      )}
      {entries && entries.length === 0 && <Text>{t('history.empty')}</Text>}
      {entries && entries.length > 0 && (
        <Table striped verticalSpacing="xs" captionSide="top">
          <Table.Caption className="visually-hidden">{t('history.heading')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('history.when')}</Table.Th>
              <Table.Th scope="col">{t('history.who')}</Table.Th>
              <Table.Th scope="col">{t('history.what')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {entries.map((e) => (
              <Table.Tr key={e.seq}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(e.at)}</Table.Td>
                <Table.Td>{e.actor.name === UNNAMED_USER ? line('values.unnamedUser') : e.actor.name}</Table.Td>
                <Table.Td>{historyText(e, line, i18n.language)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
