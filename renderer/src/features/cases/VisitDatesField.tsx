import { Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../components/DateField';

/** The visit day(s): one date box each, a Remove beside each, and Add for another day. */
export function VisitDatesField({ dates, save }: { dates: string[]; save: (dates: string[]) => Promise<boolean> }) {
  const { t } = useTranslation('cases');
  const [adding, setAdding] = useState(false);
  // Sorted and without repeats, so a corrected date never leaves two copies of one day.
  const commit = (next: string[]) => save([...new Set(next)].sort());
  return (
    <Stack gap={6} component="fieldset" style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
      <Text component="legend" fw={500} size="sm">
        {t('assessment.visitDays')}
      </Text>
      {dates.length === 0 && !adding && (
        <Text size="sm" c="dark.5">
          {t('assessment.noVisitDays')}
        </Text>
      )}
      {dates.map((date, i) => (
        <Group key={date} align="flex-end" gap="xs" wrap="nowrap">
          <DateField
            label={t('assessment.visitDay', { n: i + 1 })}
            value={date}
            required
            onChange={(v) => v && v !== date && void commit(dates.map((d) => (d === date ? v : d)))}
          />
          <Button
            variant="default"
            aria-label={t('assessment.removeVisitDay', { n: i + 1 })}
            onClick={() => void commit(dates.filter((d) => d !== date))}
          >
            {t('common:actions.remove')}
          </Button>
        </Group>
      ))}
      {adding ? (
        <DateField
          label={t('assessment.visitDay', { n: dates.length + 1 })}
          value={null}
          onChange={(v) => {
            if (!v) return;
            setAdding(false);
            void commit([...dates, v]);
          }}
        />
      ) : (
        <Group>
          <Button variant="default" size="xs" onClick={() => setAdding(true)}>
            {t('assessment.addVisitDay')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
