import { Textarea, TextInput } from '@mantine/core';
import { forwardRef } from 'react';
import { DateField } from '../../components/DateField';
import { useAutosave } from '../../app/use-autosave';

interface Props {
  label: string;
  value: string;
  save: (value: string) => Promise<boolean>;
  multiline?: boolean;
  /** One line of text that wraps instead of scrolling out of sight (names, roles); Enter adds no line. */
  wrap?: boolean;
  minRows?: number;
  type?: 'text' | 'date';
  description?: string;
  size?: 'sm' | 'md' | 'lg';
  id?: string;
}

/** A text box (or date) that saves itself as the person types. */
export const AutosaveField = forwardRef<HTMLInputElement & HTMLTextAreaElement, Props>(function AutosaveField(
  { label, value, save, multiline, wrap, minRows = 3, type = 'text', description, size, id },
  ref,
) {
  // A date box reports partial years (e.g. 20205) while typing; only whole dates are sent.
  const guarded = (v: string) => (type === 'date' && v !== '' && !/^\d{4}-\d{2}-\d{2}$/.test(v) ? Promise.resolve(true) : save(v));
  const [text, setText, refusal] = useAutosave(value, guarded);
  if (type === 'date') {
    return (
      <DateField
        ref={ref}
        id={id}
        label={label}
        description={description}
        size={size}
        value={text}
        error={refusal ?? undefined}
        onChange={(v) => setText(v ?? '')}
      />
    );
  }
  if (wrap || multiline) {
    return (
      <Textarea
        ref={ref}
        id={id}
        label={label}
        description={description}
        value={text}
        autosize
        minRows={wrap ? 1 : minRows}
        maxRows={wrap ? 4 : 16}
        size={size}
        error={refusal}
        onKeyDown={(e) => {
          if (wrap && e.key === 'Enter') e.preventDefault();
        }}
        // In a one-line box a pasted line break becomes a space: the value stays one line.
        onChange={(e) => setText(wrap ? e.currentTarget.value.replace(/\s*[\r\n]+\s*/g, ' ') : e.currentTarget.value)}
      />
    );
  }
  return (
    <TextInput
      ref={ref}
      id={id}
      label={label}
      description={description}
      type={type}
      value={text}
      size={size}
      error={refusal}
      onChange={(e) => setText(e.currentTarget.value)}
    />
  );
});
