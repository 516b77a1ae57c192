import { DateInput } from '@mantine/dates';
import 'dayjs/locale/en-gb';
import { forwardRef } from 'react';
import { useTranslation } from 'react-i18next';
import { parseDateInput } from '../lib/dates';

interface Props {
  label: string;
  /** YYYY-MM-DD, or '' / null when no date is set. */
  value: string | null;
  onChange: (value: string | null) => void;
  description?: string;
  error?: string;
  required?: boolean;
  disabled?: boolean;
  size?: 'xs' | 'sm' | 'md' | 'lg';
  id?: string;
  w?: number | string;
}

/**
 * The app's one date box: shows "16 Mar 2026" whatever the computer's locale, takes typed
 * dates day first (16/03/2026, 16 Mar 2026) or a pick from the calendar (arrow keys, Enter).
 * Answers YYYY-MM-DD, or null when cleared.
 */
export const DateField = forwardRef<HTMLInputElement, Props>(function DateField({ label, value, onChange, description, error, required, disabled, size, id, w }, ref) {
  const { t } = useTranslation();
  return (
    <DateInput
      ref={ref}
      id={id}
      w={w}
      label={label}
      description={description}
      error={error}
      required={required}
      disabled={disabled}
      size={size}
      locale="en-gb"
      valueFormat="D MMM YYYY"
      dateParser={(text) => parseDateInput(text)}
      placeholder={t('dates.placeholder')}
      value={value || null}
      onChange={(v) => onChange(v ? v.slice(0, 10) : null)}
      clearable={!required}
      clearButtonProps={{ 'aria-label': t('dates.clear') }}
      popoverProps={{ withinPortal: true }}
    />
  );
});
