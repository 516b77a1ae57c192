import { Button, Group, NativeSelect, Paper, Stack, Table, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { attendeeSides, type Attendee, type Workshop } from '../../../../shared/domain/workshop';
import { parseAttendeeList } from '../../../../shared/domain/attendee-list';
import { useWorkshop } from './workshop-store';

const blank = { name: '', organisation: '', side: 'management' as Attendee['side'] };

/** Who is in the room, and which side of the partnership they sit on. */
export function AttendeesEditor({ workshop }: { workshop: Workshop }) {
  const { t } = useTranslation('workshops');
  const patchPlan = useWorkshop((s) => s.patchPlan);
  const [draft, setDraft] = useState(blank);
  const [error, setError] = useState<string | null>(null);
  const [pasted, setPasted] = useState('');
  const [pasteError, setPasteError] = useState<string | null>(null);

  // A list pasted at once (24 people, not 24 forms); lines it cannot read stay in the box, named.
  const addList = () => {
    const { attendees, badLines } = parseAttendeeList(pasted);
    if (attendees.length > 0)
      void patchPlan({ attendees: [...workshop.attendees, ...attendees.map((a) => ({ ...a, id: crypto.randomUUID() }))] });
    const lines = pasted.split(/\r?\n/);
    setPasted(badLines.map((n) => lines[n - 1]).join('\n'));
    setPasteError(badLines.length ? t('attendees.pasteBad', { count: badLines.length }) : null);
  };

  const add = (event: FormEvent) => {
    event.preventDefault();
    if (!draft.name.trim()) return setError(t('attendees.name'));
    void patchPlan({ attendees: [...workshop.attendees, { ...draft, name: draft.name.trim(), id: crypto.randomUUID() }] });
    setDraft({ ...blank, side: draft.side, organisation: draft.organisation });
    setError(null);
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="attendees-heading">
      <Stack gap="sm">
        <Title order={3} id="attendees-heading" size="h4">
          {t('attendees.heading')}{' '}
          <Text span c="dark.4" size="sm">
            ({t('attendees.count', { count: workshop.attendees.length })})
          </Text>
        </Title>
        {workshop.attendees.length > 0 && (
          <Table verticalSpacing={4}>
            <Table.Caption className="visually-hidden">{t('attendees.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('attendees.name')}</Table.Th>
                <Table.Th scope="col">{t('attendees.organisation')}</Table.Th>
                <Table.Th scope="col">{t('attendees.side')}</Table.Th>
                <Table.Th scope="col">
                  <span className="visually-hidden">{t('common:actions.remove')}</span>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {workshop.attendees.map((a) => (
                <Table.Tr key={a.id}>
                  <Table.Td>{a.name}</Table.Td>
                  <Table.Td>{a.organisation}</Table.Td>
                  <Table.Td>{t(`sides.${a.side}`)}</Table.Td>
                  <Table.Td>
                    <Button
                      size="xs"
                      variant="default"
                      c="red.9"
                      aria-label={t('attendees.remove', { name: a.name })}
                      onClick={() => void patchPlan({ attendees: workshop.attendees.filter((x) => x.id !== a.id) })}
                    >
                      {t('common:actions.remove')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        <form onSubmit={add}>
          <Group align="flex-start" grow>
            <TextInput
              label={t('attendees.name')}
              value={draft.name}
              error={error}
              onChange={(e) => setDraft({ ...draft, name: e.currentTarget.value })}
            />
            <TextInput
              label={t('attendees.organisation')}
              value={draft.organisation}
              onChange={(e) => setDraft({ ...draft, organisation: e.currentTarget.value })}
            />
            <NativeSelect
              label={t('attendees.side')}
              value={draft.side}
              data={attendeeSides.map((s) => ({ value: s, label: t(`sides.${s}`) }))}
              onChange={(e) => setDraft({ ...draft, side: e.currentTarget.value as Attendee['side'] })}
            />
          </Group>
          <Button type="submit" variant="default" mt="sm">
            {t('attendees.add')}
          </Button>
        </form>
        <Textarea
          label={t('attendees.paste')}
          description={t('attendees.pasteHint')}
          autosize
          minRows={2}
          maxRows={8}
          value={pasted}
          error={pasteError}
          styles={{ input: { color: 'var(--mantine-color-dark-9)' }, error: { color: 'var(--mantine-color-red-9)' } }}
          onChange={(e) => setPasted(e.currentTarget.value)}
        />
        <Button variant="default" w="fit-content" disabled={!pasted.trim()} onClick={addList}>
          {t('attendees.pasteAdd')}
        </Button>
      </Stack>
    </Paper>
  );
}
