import { Checkbox, Group } from '@mantine/core';
import { forwardRef } from 'react';
import { useFramework } from './case-store';
import { useAutosave } from '../../app/use-autosave';

interface Props {
  label: string;
  value: string[];
  save: (criteria: string[]) => Promise<boolean>;
}

/** Which of the 6 criteria something speaks to; Tab reaches each box, Space ticks it. */
export const CriteriaCheckboxes = forwardRef<HTMLInputElement, Props>(function CriteriaCheckboxes({ label, value, save }, ref) {
  const framework = useFramework();
  // Local state, saved at once: ticking two boxes quickly never loses the first tick.
  const [current, setCurrent] = useAutosave(value, save, 0);
  return (
    <Checkbox.Group
      label={label}
      value={current}
      onChange={(next) => setCurrent(framework.criteria.map((c) => c.id).filter((id) => next.includes(id)))}
    >
      <Group gap="md" mt={6}>
        {framework.criteria.map((c, index) => (
          <Checkbox
            key={c.id}
            ref={index === 0 ? ref : undefined}
            value={c.id}
            label={c.id}
            title={c.title}
            aria-label={`${c.id} ${c.title}`}
          />
        ))}
      </Group>
    </Checkbox.Group>
  );
});
