import { describe, expect, it } from 'vitest';
import { compareSpreads, median, previousWorkshop, ratingSpread } from '../../../shared/domain/workshop-ratings';

describe('rating aggregates', () => {
  it('takes the median of odd and even counts', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([1, 2, 3, 4])).toBe(2.5);
    expect(median([4])).toBe(4);
  });

  it('gives min / median / max per theme in theme order and leaves unrated themes out', () => {
    const spread = ratingSpread(
      [
        { themeId: 'vision', groupId: 'g1', value: 1 },
        { themeId: 'vision', groupId: 'g2', value: 3 },
        { themeId: 'vision', groupId: 'g3', value: 2 },
        { themeId: 'comms', groupId: 'g1', value: 4 },
      ],
      ['comms', 'resources', 'vision'],
    );
    expect(spread).toEqual([
      { themeId: 'comms', count: 1, min: 4, median: 4, max: 4 },
      { themeId: 'vision', count: 3, min: 1, median: 2, max: 3 },
    ]);
  });

  it('compares medians with the previous workshop', () => {
    const now = [
      { themeId: 'vision', count: 2, min: 2, median: 2, max: 2 },
      { themeId: 'resources', count: 2, min: 1, median: 1, max: 1 },
    ];
    const before = [
      { themeId: 'vision', count: 2, min: 1, median: 1, max: 1 },
      { themeId: 'resources', count: 1, min: 1, median: 1, max: 1 },
    ];
    expect(compareSpreads(now, before, ['vision', 'resources', 'comms'])).toEqual([
      { themeId: 'vision', now: 2, before: 1, change: 1 },
      { themeId: 'resources', now: 1, before: 1, change: 0 },
      { themeId: 'comms', now: null, before: null, change: null },
    ]);
  });

  it('finds the latest earlier workshop of the same partnership and template', () => {
    const all = [
      { id: 'autumn', organisationId: 'east', templateId: 'good', date: '2025-10-01' },
      { id: 'summer', organisationId: 'east', templateId: 'good', date: '2025-07-01' },
      { id: 'other-org', organisationId: 'west', templateId: 'good', date: '2026-01-01' },
      { id: 'other-template', organisationId: 'east', templateId: 'health', date: '2026-01-01' },
      { id: 'later', organisationId: 'east', templateId: 'good', date: '2026-06-01' },
    ];
    const spring = { id: 'spring', organisationId: 'east', templateId: 'good', date: '2026-03-16' };
    expect(previousWorkshop(all, spring)?.id).toBe('autumn');
    expect(previousWorkshop(all, { ...spring, organisationId: null })).toBeNull();
    expect(previousWorkshop(all, { ...spring, date: '2025-01-01' })).toBeNull();
  });
});
