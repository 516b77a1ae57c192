import type { AppErrorShape } from '../../../shared/result';
import i18n from './index';

/**
 * A service's error in the interface language, by its key and values (never by its English text).
 * One without a key (the workspace store's, for now) is told by its broad code; in English the
 * service's own sentence says more, so it is kept.
 */
export function errorText(error: AppErrorShape): string {
  if (error.key) return i18n.t(`errors:${error.key}`, error.values);
  if (i18n.language === 'en-GB' && error.message) return error.message;
  return i18n.t(`errors:byCode.${error.code}`);
}
