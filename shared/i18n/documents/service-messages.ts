import { documentsCy } from './cy';
import { documentsEn } from './en';

type Refusal = keyof typeof documentsEn.refusals;
const byEnglish = new Map(Object.entries(documentsEn.refusals).map(([key, text]) => [text, key as Refusal]));

/**
 * A message from the services in the interface language. The services speak English; a refusal
 * they make from the document text table (shared/i18n/documents, `refusals`) is shown in Welsh to
 * a Welsh interface. Anything else is shown as the service wrote it.
 */
export function localiseServiceMessage(message: string, interfaceLanguage: string): string {
  if (interfaceLanguage !== 'cy' && !interfaceLanguage.startsWith('cy-')) return message;
  const key = byEnglish.get(message);
  return key ? documentsCy.refusals[key] : message;
}
