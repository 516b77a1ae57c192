import { Button, Group, NumberInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgendaItem } from '../../../../shared/domain/workshop';

const STEP = 5;
const MAX_MINUTES = 600;

/**
 * −5 / +5 min and a typed length for one current or upcoming agenda item, from the console.
 * Changes the item's planned minutes; the running schedule and the projector follow.
 */
export function ScheduleAdjust({ item, onMinutes }: { item: AgendaItem; onMinutes: (minutes: number) => void }) {
  const { t } = useTranslation('workshops');
  const [typed, setTyped] = useState<string | number>(item.minutes);
  useEffect(() => setTyped(item.minutes), [item.minutes]);
  const set = (minutes: number) => {
    const clamped = Math.max(0, Math.min(MAX_MINUTES, Math.round(minutes)));
    if (clamped !== item.minutes) onMinutes(clamped);
    else setTyped(item.minutes);
  };
  const commit = () => (typeof typed === 'number' ? set(typed) : setTyped(item.minutes));
  return (
    <Group gap={4} wrap="nowrap">
      <Button
        size="compact-xs"
        variant="white"
        color="dark"
        aria-label={t('live.shorten', { title: item.title })}
        disabled={item.minutes === 0}
        onClick={() => set(item.minutes - STEP)}
      >
        −5
      </Button>
      <NumberInput
        size="xs"
        w={58}
        hideControls
        min={0}
        max={MAX_MINUTES}
        allowDecimal={false}
        aria-label={t('live.minutesFor', { title: item.title })}
        value={typed}
        onChange={setTyped}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
        }}
      />
      <Button
        size="compact-xs"
        variant="white"
        color="dark"
        aria-label={t('live.lengthen', { title: item.title })}
        onClick={() => set(item.minutes + STEP)}
      >
        +5
      </Button>
    </Group>
  );
}
