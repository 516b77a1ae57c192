import { NativeSelect, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { maturityLevels } from '../../../../shared/domain/workshop-ratings';
import type { Workshop } from '../../../../shared/domain/workshop';
import { useWorkshop } from './workshop-store';

/** A maturity rating (0–4) per theme per table group; each choice saves at once. */
export function RatingsCapture({ workshop }: { workshop: Workshop }) {
  const { t } = useTranslation('workshops');
  const capture = useWorkshop((s) => s.capture);
  if (workshop.groups.length === 0) return <Text>{t('capture.needGroups')}</Text>;
  const valueOf = (themeId: string, groupId: string) => workshop.ratings.find((r) => r.themeId === themeId && r.groupId === groupId)?.value;
  const options = [{ value: '', label: t('capture.notRated') }, ...maturityLevels.map((v) => ({ value: String(v), label: t(`capture.ratingScale.${v}`) }))];

  return (
    <Table.ScrollContainer minWidth={400} maxHeight={420}>
      <Table verticalSpacing={4} stickyHeader>
        <Table.Caption className="visually-hidden">{t('capture.ratingsCaption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('capture.theme')}</Table.Th>
            {workshop.groups.map((g) => (
              <Table.Th scope="col" key={g.id}>
                {g.name}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {workshop.themes.map((theme) => (
            <Table.Tr key={theme.id}>
              <Table.Th scope="row" fw={600}>
                {theme.title}
              </Table.Th>
              {workshop.groups.map((g) => (
                <Table.Td key={g.id}>
                  <NativeSelect
                    size="xs"
                    aria-label={t('capture.ratingLabel', { theme: theme.title, group: g.name })}
                    value={String(valueOf(theme.id, g.id) ?? '')}
                    data={options}
                    onChange={(e) => {
                      const raw = e.currentTarget.value;
                      void capture({ kind: 'rating', themeId: theme.id, groupId: g.id, value: raw === '' ? null : Number(raw) });
                    }}
                  />
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
