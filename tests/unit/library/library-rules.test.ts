import { describe, expect, it } from 'vitest';
import { caseStudyDraftSchema, titleFromText } from '../../../shared/domain/library';

describe('case study drafts', () => {
  it('a title is taken from the first line of prefilled text, shortened at a word', () => {
    expect(titleFromText('Learning centre open on every shift\nMore text')).toBe('Learning centre open on every shift');
    const long = 'Union learning reps ran drop-in sessions at the depot before the early shift so that refuse crews could join';
    const title = titleFromText(long, 60);
    expect(title.endsWith('…')).toBe(true);
    expect(title.length).toBeLessThanOrEqual(61);
    expect(long.startsWith(title.slice(0, -1))).toBe(true);
    expect(titleFromText('   ')).toBe('Untitled case study');
  });

  it('needs a title and keeps no personal contact fields', () => {
    expect(caseStudyDraftSchema.safeParse({ title: '' }).success).toBe(false);
    const parsed = caseStudyDraftSchema.parse({ title: 'Depot drop-ins', contactRole: 'Union learning rep', email: 'x@y.z' });
    expect(parsed).not.toHaveProperty('email');
  });
});
