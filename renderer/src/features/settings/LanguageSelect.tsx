import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { languages, type Language } from '../../../../shared/domain/settings';

/** English / Cymraeg — each named in its own language, so anyone can find theirs. */
export function LanguageSelect(props: { label: string; value: Language; onChange: (value: string) => void }) {
  const { t } = useTranslation('settings');
  return (
    <NativeSelect
      label={props.label}
      value={props.value}
      onChange={(e) => props.onChange(e.currentTarget.value)}
      data={languages.map((value) => ({ value, label: t(`language.options.${value}`) }))}
    />
  );
}
