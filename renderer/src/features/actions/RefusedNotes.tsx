import { Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { OrganisationNote } from '../../../../shared/domain/escalation';
import { formatDate } from './format';

/** Refused contractual disputes, kept as notes with the reason they were not logged. */
export function RefusedNotes({
  notes,
  organisationName,
  heading = 'h3',
}: {
  notes: OrganisationNote[];
  organisationName?: (id: string) => string;
  heading?: 'h3' | 'h4';
}) {
  const { t } = useTranslation('actions');
  if (notes.length === 0) return null;
  return (
    <Stack gap="sm" mt="xl">
      <Title order={heading === 'h3' ? 3 : 4} size="h4">
        {t('issues.notes.title')}
      </Title>
      <Text c="dark.4">{t('issues.notes.intro')}</Text>
      {notes.map((note) => (
        <Paper key={note.id} withBorder p="md">
          <Text fw={600}>{note.title}</Text>
          <Text size="sm" c="dark.4">
            {[organisationName?.(note.organisationId), formatDate(note.raisedOn), note.raisedBy].filter(Boolean).join(' · ')}
          </Text>
          {note.text && (
            <Text mt="xs" style={{ whiteSpace: 'pre-wrap' }}>
              {note.text}
            </Text>
          )}
          <Text mt="xs" size="sm">
            <strong>{t('issues.notes.reason')}:</strong>{' '}
            {/* The stored reason is the English sentence of its kind; the reader's language comes from the kind. */}
            {note.kind === 'refused_contractual_dispute' ? t('errors:contractualDispute') : note.reason}
          </Text>
        </Paper>
      ))}
    </Stack>
  );
}
