import { Group, Radio } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DocumentLanguageChoice } from '../../../../shared/ipc/contracts/exports';

/** The document language the interface language suggests: Cymraeg → Welsh, anything else → English. */
export const defaultDocumentLanguage = (interfaceLanguage: string): DocumentLanguageChoice =>
  interfaceLanguage === 'cy' || interfaceLanguage.startsWith('cy-') ? 'cy' : 'en';

/**
 * English, Cymraeg, or both with Welsh first (Welsh Language Standards). Radios, so the choice is
 * one Tab stop and arrow keys away. Each language's name is written in that language.
 */
export function DocumentLanguageInput({
  value,
  onChange,
}: {
  value: DocumentLanguageChoice;
  onChange: (value: DocumentLanguageChoice) => void;
}) {
  const { t } = useTranslation('exports');
  return (
    <Radio.Group
      label={t('language.legend')}
      description={t('language.help')}
      value={value}
      onChange={(v) => onChange(v === 'cy' || v === 'bilingual' ? v : 'en')}
    >
      <Group mt="xs">
        <Radio value="en" label={<span lang="en">{t('settings:language.options.en-GB')}</span>} />
        <Radio value="cy" label={<span lang="cy">{t('settings:language.options.cy')}</span>} />
        <Radio value="bilingual" label={t('language.bilingual')} />
      </Group>
    </Radio.Group>
  );
}
