import { NativeSelect } from '@mantine/core';
import { useAutosave } from '../../app/use-autosave';

interface Props {
  label: string;
  value: string;
  data: { value: string; label: string }[];
  save: (value: string) => Promise<boolean>;
  size?: 'sm' | 'md';
  disabled?: boolean;
  id?: string;
}

/** A select that shows the choice at once and saves it straight away (no flicker back while main answers). */
export function SavedSelect({ label, value, data, save, size, disabled, id }: Props) {
  const [current, setCurrent, refusal] = useAutosave(value, save, 0);
  return (
    <NativeSelect
      id={id}
      label={label}
      value={current}
      data={data}
      size={size}
      disabled={disabled}
      error={refusal}
      onChange={(e) => setCurrent(e.currentTarget.value)}
    />
  );
}
