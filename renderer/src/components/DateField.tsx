import { DateInput } from '@mantine/dates';
import 'dayjs/locale/en-gb';
import 'dayjs/locale/cy';
import { forwardRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatIsoDate } from '../../../shared/i18n/dates';
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
 * The app's one date box: shows "16 Mar 2026" / "16 Maw 2026" in the interface language whatever the
 * computer's locale, takes typed dates day first in either language (16/03/2026, 16 Mar 2026, 30 Meh 2027)
 * or a pick from the calendar (arrow keys, Enter). Answers YYYY-MM-DD, or null when cleared.
 * The clear button is out of the Tab order (Tab leaves the box; clearing by keyboard is selecting and deleting the text).
 */
export const DateField = forwardRef<HTMLInputElement, Props>(function DateField(
  { label, value, onChange, description, error, required, disabled, size, id, w },
  ref,
) {
  const { t, i18n } = useTranslation();
  const welsh = i18n.language.startsWith('cy');
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
      locale={welsh ? 'cy' : 'en-gb'}
      valueFormat={(date) => formatIsoDate(i18n.language, date)}
      dateParser={(text) => parseDateInput(text)}
      placeholder={t('dates.placeholder')}
      value={value || null}
      onChange={(v) => onChange(v ? v.slice(0, 10) : null)}
      clearable={!required}
      clearButtonProps={{ 'aria-label': t('dates.clear'), tabIndex: -1 }}
      popoverProps={{ withinPortal: true }}
    />
  );
});
