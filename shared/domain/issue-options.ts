import { refusal, type AppErrorShape } from '../result';

/**
 * Options tried on a partnership issue. The same option recorded twice at one level would make
 * "every option is exhausted" look better evidenced than it is, so a repeat is refused.
 */

/** How two descriptions are compared: trimmed, inner runs of white space as one, case ignored. */
export const optionKey = (description: string): string => description.trim().replace(/\s+/g, ' ').toLocaleLowerCase('en-GB');

export type OptionCheck =
  { ok: true; description: string } | { ok: false; reason: 'empty' | 'duplicate'; message: string; error: AppErrorShape };

/**
 * Whether `description` may be recorded as a new option at `level`, given the options already
 * recorded. The same words at another level are a new attempt (e.g. mediation tried again
 * regionally), so only the current level counts.
 */
export function checkNewOption(
  existing: readonly { description: string; level: string }[],
  description: string,
  level: string,
): OptionCheck {
  const trimmed = description.trim();
  if (!trimmed) {
    const error = refusal('invalid_input', 'optionEmpty');
    return { ok: false, reason: 'empty', message: error.message, error };
  }
  const key = optionKey(trimmed);
  const same = existing.find((o) => o.level === level && optionKey(o.description) === key);
  if (same) {
    const error = refusal('conflict', 'optionDuplicate', { option: same.description.trim(), level });
    return { ok: false, reason: 'duplicate', message: error.message, error };
  }
  return { ok: true, description: trimmed };
}

/** The first option in a list that repeats an earlier one (same key), or null. */
export function firstRepeat(descriptions: readonly string[]): string | null {
  const seen = new Set<string>();
  for (const d of descriptions) {
    const key = optionKey(d);
    if (!key) continue;
    if (seen.has(key)) return d.trim();
    seen.add(key);
  }
  return null;
}

/** A list of options typed one per line, blank lines dropped. */
export const splitOptions = (text: string): string[] =>
  text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
