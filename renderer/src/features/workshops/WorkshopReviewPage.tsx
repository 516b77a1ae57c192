import { Button, Group, List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'wouter';
import { compareSpreads, ratingSpread } from '../../../../shared/domain/workshop-ratings';
import type { Workshop } from '../../../../shared/domain/workshop';
import { api } from '../../lib/api';
import { RatingsGrid } from './RatingsGrid';
import { ThemeReview } from './ThemeReview';
import { WorkshopFrame } from './WorkshopFrame';
import { useWorkshop } from './workshop-store';
import { strong } from './styles';

type Previous = { id: string; title: string; date: string; ratings: Workshop['ratings'] } | null;

function Review({ workshop }: { workshop: Workshop }) {
  const { t } = useTranslation('workshops');
  const setStatus = useWorkshop((s) => s.setStatus);
  const capture = useWorkshop((s) => s.capture);
  const [previous, setPrevious] = useState<Previous>(null);
  useEffect(() => {
    void api.workshops.previous({ id: workshop.id }).then((r) => r.ok && setPrevious(r.data));
  }, [workshop.id]);

  const themeIds = workshop.themes.map((th) => th.id);
  const spreads = ratingSpread(workshop.ratings, themeIds);
  const changes = compareSpreads(spreads, previous ? ratingSpread(previous.ratings, themeIds) : [], themeIds);
  const unthemed = workshop.notes.some((n) => n.themeId === null);
  const list = (title: string, items: string[]) => (
    <Paper withBorder p="md" component="section">
      <Title order={3} size="h4">
        {title}
      </Title>
      {items.length === 0 ? (
        <Text size="sm">{t('review.none')}</Text>
      ) : (
        <List size="sm">
          {items.map((x, i) => (
            <List.Item key={i}>{x}</List.Item>
          ))}
        </List>
      )}
    </Paper>
  );

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Text>{t('review.intro')}</Text>
        <Button
          color={workshop.status === 'complete' ? strong.grey : strong.green}
          onClick={() => void setStatus(workshop.status === 'complete' ? 'planned' : 'complete')}
        >
          {workshop.status === 'complete' ? t('review.reopen') : t('review.complete')}
        </Button>
      </Group>
      {!previous && <Text size="sm">{t('review.noPrevious')}</Text>}
      <Paper withBorder p="md" component="section" aria-labelledby="review-ratings">
        <Title order={3} size="h4" id="review-ratings" mb="xs">
          {t('capture.tabs.ratings')}
        </Title>
        {/* Editable here too: a rating misheard in the room is corrected after the day. */}
        <RatingsGrid
          workshop={workshop}
          spread
          onRate={(themeId, groupId, value) => void capture({ kind: 'rating', themeId, groupId, value })}
        />
      </Paper>
      {workshop.themes.map((theme) => (
        <ThemeReview
          key={theme.id}
          workshop={workshop}
          theme={theme}
          spread={spreads.find((s) => s.themeId === theme.id)}
          change={changes.find((c) => c.themeId === theme.id)}
          previous={previous}
        />
      ))}
      {unthemed && <ThemeReview workshop={workshop} theme={null} previous={null} />}
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        {list(
          t('review.topTips'),
          workshop.topTips.map((x) => x.text),
        )}
        {list(
          t('review.parking'),
          workshop.parkingLot.map((x) => x.text),
        )}
        {list(
          t('review.actions'),
          workshop.actions.map((a) => `${a.what} — ${a.owner || '—'} (${t(`capture.rag.${a.status}`)})`),
        )}
        {list(
          t('review.issues'),
          workshop.issues.map((i) => (i.individualContractualDispute ? `${i.title} (${t('capture.issue.casework')})` : i.title)),
        )}
      </SimpleGrid>
    </Stack>
  );
}

/** After the workshop: notes per theme, rating spread, change since last time, mark complete. */
export function WorkshopReviewPage() {
  const { id = '' } = useParams<{ id: string }>();
  return (
    <WorkshopFrame id={id} tab="review">
      {(w) => <Review workshop={w} />}
    </WorkshopFrame>
  );
}
