import type { Language } from '../../domain/settings';
import { errorStrings } from '../errors';
import { desktop as cy } from './cy';
import { desktop as en } from './en';

/** The shell's text per language: its own (menus, dialogs, updates) and the services' errors. */
export const shellStrings = {
  'en-GB': { ...en, errors: errorStrings['en-GB'] },
  cy: { ...cy, errors: errorStrings.cy },
} satisfies Record<Language, unknown>;
