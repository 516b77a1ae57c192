import { Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Theme } from '../../../../shared/domain/workshop-template';
import type { ThemeChange, ThemeSpread } from '../../../../shared/domain/workshop-ratings';
import type { Workshop } from '../../../../shared/domain/workshop';
import { NoteEditor } from './NoteEditor';
import { formatDate } from '../../i18n/format';

interface Props {
  workshop: Workshop;
  theme: Theme | null;
  spread?: ThemeSpread;
  change?: ThemeChange;
  previous: { title: string; date: string } | null;
}

const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

/** One theme after the workshop: its notes by table group, the rating spread and the change. */
export function ThemeReview({ workshop, theme, spread, change, previous }: Props) {
  const { t } = useTranslation('workshops');
  const notes = workshop.notes.filter((n) => n.themeId === (theme?.id ?? null));
  const groups = [...workshop.groups.map((g) => ({ id: g.id as string | null, name: g.name })), { id: null, name: t('capture.noGroup') }];
  const headingId = `theme-${theme?.id ?? 'none'}`;

  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <Stack gap="xs">
        <Title order={3} size="h4" id={headingId}>
          {theme?.title ?? t('review.unthemed')}
        </Title>
        {theme && (
          <Text fw={600} data-testid={`spread-${theme.id}`}>
            {spread ? t('review.spread', { ...spread }) : t('review.notRated')}
          </Text>
        )}
        {theme && previous && change && (
          <Text data-testid={`change-${theme.id}`}>
            {t('review.change', {
              title: previous.title,
              date: formatDate(previous.date),
              change:
                change.change !== null
                  ? `${signed(change.change)} (${t('review.changeFrom', { before: change.before, now: change.now })})`
                  : change.before === null
                    ? t('review.previousNotRated')
                    : t('review.notRated'),
            })}
          </Text>
        )}
        {notes.length === 0 && <Text size="sm">{t('review.noNotes')}</Text>}
        {groups.map((g) => {
          // Notes of a table group that was since removed are shown with the whole room, never hidden.
          const known = (id: string | null) => id !== null && workshop.groups.some((x) => x.id === id);
          const mine = notes.filter((n) => (g.id === null ? !known(n.groupId) : n.groupId === g.id));
          if (mine.length === 0) return null;
          return (
            <Stack key={g.id ?? 'room'} gap={4}>
              <Text fw={700} size="sm">
                {g.name}
              </Text>
              {mine.map((n) => (
                <NoteEditor key={`${n.id}-${n.text}-${n.themeId}`} workshop={workshop} note={n} />
              ))}
            </Stack>
          );
        })}
      </Stack>
    </Paper>
  );
}
