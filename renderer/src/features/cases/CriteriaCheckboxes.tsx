import { Checkbox, Group } from '@mantine/core';
import { forwardRef } from 'react';
import { useFramework } from './case-store';

interface Props {
  label: string;
  value: string[];
  onChange: (criteria: string[]) => void;
}

/** Which of the 6 criteria something speaks to; Tab reaches each box, Space ticks it. */
export const CriteriaCheckboxes = forwardRef<HTMLInputElement, Props>(function CriteriaCheckboxes({ label, value, onChange }, ref) {
  const framework = useFramework();
  return (
    <Checkbox.Group label={label} value={value} onChange={(next) => onChange(framework.criteria.map((c) => c.id).filter((id) => next.includes(id)))}>
      <Group gap="md" mt={6}>
        {framework.criteria.map((c, index) => (
          <Checkbox key={c.id} ref={index === 0 ? ref : undefined} value={c.id} label={c.id} title={c.title} aria-label={`${c.id} ${c.title}`} />
        ))}
      </Group>
    </Checkbox.Group>
  );
});
