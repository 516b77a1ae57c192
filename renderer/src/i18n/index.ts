import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../../shared/domain/settings';
import { languageFromSystem } from '../../../shared/i18n/system-language';
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

void i18n
  .use(initReactI18next)
  .use(welshMutations)
  .init({
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

/** Where this computer remembers the last language chosen, for screens shown before any profile is read. */
const rememberedKey = 'casebook.language';

/** Switches the whole interface at once; components re-render through react-i18next. */
export async function setLanguage(language: Language): Promise<void> {
  remember(language);
  if (i18n.language !== language) await i18n.changeLanguage(language);
}

/**
 * The language to speak when no workspace profile can be read (its file is unreadable): the one
 * last chosen on this computer, else the first of the system's languages Casebook speaks, else English.
 */
export function languageWithoutProfile(): Language {
  const saved = recalled();
  if (saved) return saved;
  const system = typeof navigator === 'undefined' ? [] : navigator.languages?.length ? navigator.languages : [navigator.language];
  return languageFromSystem(system);
}

// Storage can be unavailable (a locked-down profile); remembering is a convenience, never a failure.
function remember(language: Language): void {
  try {
    globalThis.localStorage?.setItem(rememberedKey, language);
  } catch {
    // Not remembered: the system's language is used instead.
  }
}

function recalled(): Language | null {
  try {
    const saved = globalThis.localStorage?.getItem(rememberedKey);
    return saved === 'cy' || saved === 'en-GB' ? saved : null;
  } catch {
    return null;
  }
}

export default i18n;
