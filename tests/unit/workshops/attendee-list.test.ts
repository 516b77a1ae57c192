import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAttendeeList } from '../../../shared/domain/attendee-list';

describe('a pasted list of attendees', () => {
  it('reads name, organisation and side, in English or Welsh, and names the lines it cannot read', () => {
    const text =
      'Patricia Gale, Northvale Borough Council, management\n\nOwen Castell, UNISON, staff side\nGlenys Harte\tGMB\tochr y staff\nSiân Llŷr, Cyngor Sir\n, no name, other\nBob, X, bosses';
    const { attendees, badLines } = parseAttendeeList(text);
    expect(attendees).toEqual([
      { name: 'Patricia Gale', organisation: 'Northvale Borough Council', side: 'management' },
      { name: 'Owen Castell', organisation: 'UNISON', side: 'staff_side' },
      { name: 'Glenys Harte', organisation: 'GMB', side: 'staff_side' },
      { name: 'Siân Llŷr', organisation: 'Cyngor Sir', side: 'other' },
    ]);
    expect(badLines).toEqual([6, 7]);
  });

  it('every line is either read or named as unread, whatever is pasted (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme', maxLength: 40 }), { maxLength: 30 }), (lines) => {
        const text = lines.map((l) => l.replace(/\r?\n/g, ' ')).join('\n');
        const { attendees, badLines } = parseAttendeeList(text);
        const nonBlank = text.split(/\r?\n/).filter((l) => l.trim()).length;
        expect(attendees.length + badLines.length).toBe(nonBlank);
      }),
    );
  });
});
