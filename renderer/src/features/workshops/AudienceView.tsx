import { Box, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatCountdown } from '../../../../shared/domain/timer';
import type { TimerAlert } from '../../../../shared/domain/timer-alerts';
import type { AudienceModel } from '../../../../shared/domain/workshop-audience';
import './pulse.css';

const warningColour = { none: '#ffffff', low: '#ffd43b', critical: '#ffa94d', overrun: '#ff8787' } as const;

const barColour = '#74c0fc';

/** How the tables rated the shown theme: a bar and a count per level, never which table said what. */
function AudienceSpread({ spread }: { spread: NonNullable<AudienceModel['spread']> }) {
  const { t } = useTranslation('workshops');
  const most = Math.max(1, ...spread.counts);
  return (
    <Box mt="md" data-testid="audience-spread">
      <Text c="#ced4da" fz={22} fw={700} tt="uppercase">
        {t('room.audience.spread')}
      </Text>
      {spread.tables === 0 ? (
        <Text c="#ffffff" fz={24}>
          {t('room.audience.spreadNone')}
        </Text>
      ) : (
        <Stack gap={6} mt={6}>
          {spread.counts.map((count, level) => (
            <Box key={level} display="grid" style={{ gridTemplateColumns: '14rem 1fr', alignItems: 'center', gap: '0.75rem' }}>
              <Text c="#ffffff" fz={22}>
                {t('room.audience.spreadLevel', { label: t(`capture.ratingScale.${level}`), count })}
              </Text>
              <Box h={22} w={`${(count / most) * 100}%`} miw={count ? 8 : 0} bg={barColour} aria-hidden="true" />
            </Box>
          ))}
          <Text c="#ced4da" fz={22}>
            {t('room.audience.spreadSummary', { count: spread.tables, median: spread.median ?? '—' })}
          </Text>
        </Stack>
      )}
    </Box>
  );
}

/** What the room sees on the projector: only the audience model, nothing typed in the room. */
export function AudienceView({ model, alert }: { model: AudienceModel; alert: TimerAlert | null }) {
  const { t } = useTranslation('workshops');
  const finished = model.status === 'finished';
  const warning =
    model.warning === 'overrun'
      ? t('live.overrun', { time: formatCountdown(-(model.remainingMs ?? 0)) })
      : model.warning === 'none'
        ? ''
        : t(`live.${model.warning}`);
  return (
    <Box display="grid" style={{ gridTemplateColumns: '3fr 2fr', gap: '2.5rem' }}>
      {finished ? (
        // Every item done: one heading, no empty title, no dash where the countdown was.
        <Title order={2} c="#ffffff" fz="min(4vw, 7vh)" lh={1.1}>
          {t('live.finished')}
        </Title>
      ) : (
        <Stack gap="md">
          <Text c="#ced4da" fz={24} fw={700} tt="uppercase">
            {model.status === 'idle' ? t('live.notStarted') : t('live.current')}
          </Text>
          <Title order={2} c="#ffffff" fz="min(4vw, 7vh)" lh={1.1} lineClamp={3}>
            {model.current?.title ?? ''}
          </Title>
          {model.current && (
            <Text c="#ced4da" fz={26}>
              {t(`purposes.${model.current.purpose}`)}
              {model.current.lead ? ` · ${model.current.lead}` : ''}
            </Text>
          )}
          <div className={alert ? 'timer-pulse' : undefined} data-alert={alert ?? undefined} data-testid="audience-alert">
            <Text
              data-testid="audience-countdown"
              aria-label={t('live.remaining')}
              c={warningColour[model.warning]}
              fz="min(12.5vw, 24vh)"
              fw={800}
              lh={1}
              ff="monospace"
            >
              {formatCountdown(model.remainingMs ?? model.allowedMs)}
            </Text>
          </div>
          <Text c={warningColour[model.warning]} fz={34} fw={700} mih={44}>
            {warning}
          </Text>
          <Text c="#ffffff" fz={30}>
            <Text span inherit fw={700} c="#ced4da">
              {t('live.next')}:{' '}
            </Text>
            {model.next ? t('live.nextLine', { title: model.next.title, minutes: model.next.minutes }) : t('live.nothingNext')}
          </Text>
        </Stack>
      )}
      <Stack gap="lg">
        {model.theme && (
          <section aria-labelledby="audience-theme">
            <Text c="#ced4da" fz={22} fw={700} tt="uppercase">
              {t('room.audience.theme')}
            </Text>
            <Title order={2} id="audience-theme" c="#ffffff" fz="min(2.8vw, 5vh)" lh={1.15}>
              {model.theme.title}
            </Title>
            {/* A note the facilitator chose to show takes the prompts' place, so both fit a 720-line projector. */}
            {!model.note && model.theme.prompts.length > 0 && (
              <List c="#ffffff" fz="min(1.8vw, 3.2vh)" spacing="xs" mt="sm">
                {model.theme.prompts.map((p) => (
                  <List.Item key={p}>{p}</List.Item>
                ))}
              </List>
            )}
            {model.spread && <AudienceSpread spread={model.spread} />}
          </section>
        )}
        {model.note && (
          <Box component="section" aria-labelledby="audience-note" p="md" style={{ border: '2px solid #ffd43b', borderRadius: 12 }}>
            <Text id="audience-note" c="#ffd43b" fz={22} fw={700} tt="uppercase">
              {model.note.theme ? t('room.audience.noteUnder', { theme: model.note.theme }) : t('room.audience.note')}
            </Text>
            <Text c="#ffffff" fz="min(2.2vw, 4vh)" lh={1.25} data-testid="audience-note">
              {model.note.text}
            </Text>
          </Box>
        )}
      </Stack>
    </Box>
  );
}
