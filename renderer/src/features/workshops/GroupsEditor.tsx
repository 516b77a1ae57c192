import { Button, CloseButton, Group, Paper, Pill, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Workshop } from '../../../../shared/domain/workshop';
import { useWorkshop } from './workshop-store';

/** The table groups notes and ratings are tagged with. */
export function GroupsEditor({ workshop }: { workshop: Workshop }) {
  const { t } = useTranslation('workshops');
  const patchPlan = useWorkshop((s) => s.patchPlan);
  const [name, setName] = useState('');

  const add = (event: FormEvent) => {
    event.preventDefault();
    const chosen = name.trim() || t('groups.defaultName', { n: workshop.groups.length + 1 });
    void patchPlan({ groups: [...workshop.groups, { id: crypto.randomUUID(), name: chosen }] });
    setName('');
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="groups-heading">
      <Stack gap="sm">
        <Title order={3} id="groups-heading" size="h4">
          {t('groups.heading')}
        </Title>
        {workshop.groups.length === 0 ? (
          <Text size="sm">{t('groups.none')}</Text>
        ) : (
          <Group gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {workshop.groups.map((g) => (
              <li key={g.id}>
                <Pill size="lg">
                  <Group gap={4} wrap="nowrap">
                    {g.name}
                    <CloseButton
                      size="sm"
                      aria-label={t('groups.remove', { name: g.name })}
                      onClick={() => void patchPlan({ groups: workshop.groups.filter((x) => x.id !== g.id) })}
                    />
                  </Group>
                </Pill>
              </li>
            ))}
          </Group>
        )}
        <form onSubmit={add}>
          <Group align="flex-end">
            <TextInput
              label={t('groups.name')}
              placeholder={t('groups.defaultName', { n: workshop.groups.length + 1 })}
              value={name}
              onChange={(e) => setName(e.currentTarget.value)}
            />
            <Button type="submit" variant="default">
              {t('groups.add')}
            </Button>
          </Group>
        </form>
      </Stack>
    </Paper>
  );
}
