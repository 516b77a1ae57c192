import { Badge, Card, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { StatementValue, StatementsFile } from '../../../../shared/domain/statements';

const stateColour = { recorded: 'teal', undecided: 'gray', not_applicable: 'gray', withheld: 'grape' } as const;

/** A value as a person reads it: lists joined, objects as "key: value" pairs. */
function shown(value: StatementValue): string {
  if (value === null) return '—';
  if (Array.isArray(value)) return value.length === 0 ? '—' : value.map(shown).join('; ');
  if (typeof value === 'object')
    return Object.entries(value)
      .map(([k, v]) => `${k}: ${shown(v)}`)
      .join(', ');
  return String(value);
}

/** The statements a signed PDF carries, beside the verdict: each with its state and what it rests on. */
export function StatementsPanel({ file }: { file: StatementsFile | null }) {
  const { t } = useTranslation('exports');
  return (
    <Card withBorder padding="md" component="section" aria-labelledby="statements-heading">
      <Stack gap="xs">
        <Title order={3} id="statements-heading">
          {t('verify.statements.heading')}
        </Title>
        {!file ? (
          <Text>{t('verify.statements.none')}</Text>
        ) : (
          <>
            <Text size="sm">{t('verify.statements.intro')}</Text>
            <Text size="sm" fw={600}>
              {t('verify.statements.document', { id: file.document.id })}
            </Text>
            <Table striped withTableBorder>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('verify.statements.fact')}</Table.Th>
                  <Table.Th>{t('verify.statements.state')}</Table.Th>
                  <Table.Th>{t('verify.statements.value')}</Table.Th>
                  <Table.Th>{t('verify.statements.sources')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {file.statements.map((s) => (
                  <Table.Tr key={s.id}>
                    <Table.Td>
                      <Text size="sm" ff="monospace">
                        {s.id}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Badge color={stateColour[s.state]} variant="light" c="dark.8">
                        {t(`verify.statements.states.${s.state}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{shown(s.value)}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="xs" ff="monospace" style={{ wordBreak: 'break-all' }}>
                        {s.sources.join(' ')}
                      </Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </>
        )}
      </Stack>
    </Card>
  );
}
