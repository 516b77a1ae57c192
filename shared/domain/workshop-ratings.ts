/** Rating aggregates for the review screen and the feedback report, pure. */

export const maturityLevels = [0, 1, 2, 3, 4] as const;

export interface RatingPoint {
  themeId: string;
  groupId: string;
  value: number;
}

export interface ThemeSpread {
  themeId: string;
  count: number;
  min: number;
  median: number;
  max: number;
}

/** The median of a non-empty list (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Min / median / max per theme, in `themeIds` order; themes nobody rated are left out. */
export function ratingSpread(ratings: readonly RatingPoint[], themeIds: readonly string[]): ThemeSpread[] {
  return themeIds.flatMap((themeId) => {
    const values = ratings.filter((r) => r.themeId === themeId).map((r) => r.value);
    if (values.length === 0) return [];
    return [{ themeId, count: values.length, min: Math.min(...values), median: median(values), max: Math.max(...values) }];
  });
}

export interface ThemeChange {
  themeId: string;
  now: number | null;
  before: number | null;
  /** now − before on the medians; null unless both workshops rated the theme. */
  change: number | null;
}

/** The change in median rating per theme since the previous workshop. */
export function compareSpreads(
  current: readonly ThemeSpread[],
  previous: readonly ThemeSpread[],
  themeIds: readonly string[],
): ThemeChange[] {
  return themeIds.map((themeId) => {
    const now = current.find((s) => s.themeId === themeId)?.median ?? null;
    const before = previous.find((s) => s.themeId === themeId)?.median ?? null;
    return { themeId, now, before, change: now !== null && before !== null ? now - before : null };
  });
}

export interface WorkshopKey {
  id: string;
  organisationId: string | null;
  templateId: string;
  date: string;
}

/**
 * The workshop to compare with: the latest earlier one of the same partnership (organisation)
 * run from the same template. Same-day workshops are ordered by id so the answer is stable.
 */
export function previousWorkshop<W extends WorkshopKey>(all: readonly W[], current: WorkshopKey): W | null {
  if (!current.organisationId) return null;
  const earlier = all.filter(
    (w) =>
      w.id !== current.id && w.organisationId === current.organisationId && w.templateId === current.templateId && w.date < current.date,
  );
  earlier.sort((a, b) => (a.date === b.date ? a.id.localeCompare(b.id) : a.date.localeCompare(b.date)));
  return earlier.at(-1) ?? null;
}
