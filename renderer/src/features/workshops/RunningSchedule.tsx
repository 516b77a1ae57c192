import { Group, List, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatClock, parseClock, planSchedule } from '../../../../shared/domain/schedule';
import { MINUTE, projectSchedule } from '../../../../shared/domain/timer';
import type { Workshop } from '../../../../shared/domain/workshop';
import { clockText, plannedStartMs, timerItems, timerState } from './live-timer';
import { ScheduleAdjust } from './ScheduleAdjust';

const plannedStartMinutes = (workshop: Workshop) => parseClock(workshop.startTime) ?? 0;

interface Props {
  workshop: Workshop;
  now: number;
  compact?: boolean;
  /** When given (the console), current and upcoming items can be shortened or lengthened. */
  onMinutes?: (itemId: string, minutes: number) => void;
}

/**
 * The agenda re-flowed at `now`: actual times for past items, projected ones after. The end is
 * compared with the plan kept when live mode started (the one people were sent), so trimming a
 * later item to absorb an overrun reads "on time"; before a start, with the plan as it stands.
 */
export function RunningSchedule({ workshop, now, compact = false, onMinutes }: Props) {
  const { t } = useTranslation('workshops');
  const start = plannedStartMs(workshop);
  const projection = projectSchedule(timerState(workshop), timerItems(workshop), now, start);
  const planned = workshop.baseline
    ? planSchedule(workshop.baseline.startTime, workshop.baseline.items)
    : planSchedule(workshop.startTime, workshop.agenda);
  const plannedEnd = start + (planned.start - plannedStartMinutes(workshop) + planned.totalMinutes) * MINUTE;
  const drift = Math.round((projection.end - plannedEnd) / MINUTE);
  const driftText = drift > 0 ? t('live.late', { minutes: drift }) : drift < 0 ? t('live.early', { minutes: -drift }) : t('live.onTime');

  return (
    <section aria-labelledby="schedule-heading">
      <Title order={3} id="schedule-heading" c="#ffffff" fz={compact ? 'md' : 'xl'}>
        {t('live.schedule')}
      </Title>
      <Text c={drift > 0 ? '#ff8787' : '#ffffff'} fz={compact ? 'md' : 'lg'} fw={700} data-testid="projected-end">
        {t('live.projectedEnd', { end: clockText(projection.end), planned: formatClock(planned.end) })} · {driftText}
      </Text>
      <List listStyleType="none" spacing={compact ? 0 : 4} mt={4}>
        {projection.items.map((p) => {
          const item = workshop.agenda.find((a) => a.id === p.id);
          const past = p.status === 'done' || p.status === 'skipped';
          return (
            <List.Item key={p.id}>
              <Group gap="xs" wrap="nowrap" justify="space-between">
                <Text
                  c={p.status === 'current' ? '#ffd43b' : past ? '#adb5bd' : '#ffffff'}
                  fz={compact ? 'sm' : 'lg'}
                  fw={p.status === 'current' ? 800 : 400}
                  td={p.status === 'skipped' ? 'line-through' : undefined}
                >
                  <Text span ff="monospace">
                    {clockText(p.start)}
                  </Text>{' '}
                  {item?.title}
                  {p.status !== 'upcoming' ? ` (${t(`live.status${p.status[0].toUpperCase()}${p.status.slice(1)}`)})` : ''}
                </Text>
                {onMinutes && item && !past && <ScheduleAdjust item={item} onMinutes={(minutes) => onMinutes(item.id, minutes)} />}
              </Group>
            </List.Item>
          );
        })}
      </List>
    </section>
  );
}
