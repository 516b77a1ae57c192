import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatCountdown, readTimer, type TimerCommand } from '../../../../shared/domain/timer';
import type { TimerAlert } from '../../../../shared/domain/timer-alerts';
import type { Workshop } from '../../../../shared/domain/workshop';
import { timerItems, timerState } from './live-timer';
import { strong } from './styles';
import './pulse.css';

const warningColour = { none: '#ffffff', low: '#ffd43b', critical: '#ffa94d', overrun: '#ff8787' } as const;

/** The projected part: current item, countdown with warnings, next item and the controls. */
interface Props {
  workshop: Workshop;
  now: number;
  onCommand: (c: TimerCommand) => void;
  /** Presenter view: nothing else on the left, so the type can be larger still. */
  large?: boolean;
  /** Pulses the countdown while set (the warning threshold or zero was just reached). */
  alert?: TimerAlert | null;
}

export function LiveTimerPanel({ workshop, now, onCommand, large = false, alert = null }: Props) {
  const { t } = useTranslation('workshops');
  const state = timerState(workshop);
  const items = timerItems(workshop);
  const reading = readTimer(state, items, now);
  const current = workshop.agenda[state.index];
  const next = workshop.agenda[state.index + 1];
  const warningText =
    reading.warning === 'overrun'
      ? t('live.overrun', { time: formatCountdown(reading.overrunMs) })
      : reading.warning === 'none'
        ? ''
        : t(`live.${reading.warning}`);
  const running = state.status === 'running';

  // Once every item is done there is no item, no countdown and nothing next: say so in one heading.
  if (state.status === 'finished') {
    return (
      <Title order={3} c="#ffffff" fz={large ? 46 : 34} lh={1.15}>
        {t('live.finished')}
      </Title>
    );
  }

  return (
    <Stack gap="xs">
      <div>
        <Text c="#ced4da" fz="lg" fw={700} tt="uppercase">
          {state.status === 'idle' ? t('live.notStarted') : t('live.current')}
        </Text>
        <Title order={3} c="#ffffff" fz={large ? 46 : 34} lh={1.15} lineClamp={2}>
          {current?.title ?? ''}
        </Title>
        {current && (
          <Text c="#ced4da" fz="xl">
            {t(`purposes.${current.purpose}`)}
            {current.lead ? ` · ${current.lead}` : ''}
          </Text>
        )}
      </div>
      <div className={alert ? 'timer-pulse' : undefined} data-alert={alert ?? undefined} data-testid="timer-alert">
        <Text
          data-testid="countdown"
          aria-label={t('live.remaining')}
          c={warningColour[reading.warning]}
          fz={large ? 180 : 84}
          fw={800}
          lh={1}
          ff="monospace"
        >
          {formatCountdown(state.status === 'idle' ? (current?.minutes ?? 0) * 60_000 : reading.remainingMs)}
        </Text>
        <Text aria-live="polite" c={warningColour[reading.warning]} fz={26} fw={700} mih={36}>
          {warningText}
        </Text>
      </div>
      <Text c="#ffffff" fz="xl">
        <Text span fw={700} c="#ced4da">
          {t('live.next')}:{' '}
        </Text>
        {next ? t('live.nextLine', { title: next.title, minutes: next.minutes }) : t('live.nothingNext')}
      </Text>
      <Group gap="sm">
        {state.status === 'idle' && (
          <Button size="sm" color={strong.green} onClick={() => onCommand({ type: 'start' })} disabled={items.length === 0}>
            {t('live.start')}
          </Button>
        )}
        {(running || state.status === 'paused') && (
          <>
            <Button
              size="sm"
              color={running ? strong.amber : strong.green}
              onClick={() => onCommand({ type: running ? 'pause' : 'resume' })}
            >
              {running ? t('live.pause') : t('live.resume')}
            </Button>
            <Button size="sm" onClick={() => onCommand({ type: 'next' })}>
              {t('live.nextItem')}
            </Button>
            <Button size="sm" variant="white" color="dark" onClick={() => onCommand({ type: 'skip' })}>
              {t('live.skip')}
            </Button>
            <Button size="sm" variant="white" color="dark" aria-label={t('live.extendLabel')} onClick={() => onCommand({ type: 'extend' })}>
              {t('live.extend')}
            </Button>
          </>
        )}
      </Group>
    </Stack>
  );
}
