import type { Language } from '../../shared/domain/settings';
import { shellStrings } from '../../shared/i18n/desktop';
import { fillValues } from '../../shared/i18n/errors';
import { AppError } from '../../shared/result';

type Tree = { [key: string]: string | Tree };

let language: Language = 'en-GB';

/** Menus and dialogs follow the interface language the user chose; true when it changed. */
export function setShellLanguage(next: Language): boolean {
  const changed = next !== language;
  language = next;
  return changed;
}

/**
 * The shell's own text in the chosen language, looked up by dotted key with {{name}} values
 * filled in, like i18next does in the renderer (main has no i18next instance of its own; the
 * strings are shared/i18n/desktop, the same the interface reads).
 */
export function t(key: string, values: Record<string, string | number> = {}): string {
  let node: string | Tree = shellStrings[language] as unknown as Tree;
  for (const part of key.split('.')) {
    if (typeof node === 'string' || !(part in node)) throw new Error(`Missing desktop string ${key}`);
    node = node[part];
  }
  if (typeof node !== 'string') throw new Error(`Desktop string ${key} is not text`);
  return fillValues(node, values);
}

/** An error for a native dialog: a service's by its key in the chosen language, anything else as it says. */
export function errorText(error: unknown): string {
  if (error instanceof AppError && error.key) return t(`errors.${error.key}`, error.values);
  return error instanceof Error ? error.message : String(error);
}
