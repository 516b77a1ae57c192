import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../../shared/domain/settings';
import { welshLinking } from '../../../shared/i18n/welsh-linking';
import { cy } from './cy';
import { enGB } from './en-GB';

// Welsh sentences with a typed name after "gyda"/"â" get "gydag"/"ag" before a vowel.
const welshMutations = {
  type: 'postProcessor' as const,
  name: 'welshLinking',
  process: (value: string, _key: string | string[], options: { lng?: string }, translator: { language?: string }) =>
    (options.lng ?? translator.language) === 'cy' ? welshLinking(value) : value,
};

void i18n.use(initReactI18next).use(welshMutations).init({
  lng: 'en-GB',
  fallbackLng: 'en-GB',
  // i18next picks plural forms with Intl.PluralRules, so cy gets zero/one/two/few/many/other.
  resources: { 'en-GB': enGB, cy },
  ns: Object.keys(enGB),
  defaultNS: 'common',
  interpolation: { escapeValue: false },
  returnNull: false,
  postProcess: ['welshLinking'],
});

// Screen readers and spell checkers follow <html lang>; keep it in step with every switch.
const syncHtmlLang = (lng: string) => {
  if (typeof document !== 'undefined') document.documentElement.lang = lng;
};
syncHtmlLang(i18n.language);
i18n.on('languageChanged', syncHtmlLang);

/** Switches the whole interface at once; components re-render through react-i18next. */
export async function setLanguage(language: Language): Promise<void> {
  if (i18n.language !== language) await i18n.changeLanguage(language);
}

export default i18n;
