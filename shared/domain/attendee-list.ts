import type { Attendee } from './workshop';

/** The words a person may write for a side, in English or Welsh (lower case). */
const SIDE_WORDS: Record<string, Attendee['side']> = {
  management: 'management',
  'management side': 'management',
  managers: 'management',
  'y rheolwyr': 'management',
  rheolwyr: 'management',
  'ochr y rheolwyr': 'management',
  staff: 'staff_side',
  'staff side': 'staff_side',
  staff_side: 'staff_side',
  union: 'staff_side',
  'ochr y staff': 'staff_side',
  undeb: 'staff_side',
  other: 'other',
  arall: 'other',
  '': 'other',
};

export interface AttendeeListParse {
  attendees: Omit<Attendee, 'id'>[];
  /** 1-based numbers of lines that could not be read (no name, or a side we do not know). */
  badLines: number[];
}

/**
 * A pasted list of attendees, one a line: "name, organisation, side" (organisation and side may be
 * left off; tabs from a spreadsheet work as commas). Blank lines are skipped; nothing is guessed.
 */
export function parseAttendeeList(text: string): AttendeeListParse {
  const attendees: Omit<Attendee, 'id'>[] = [];
  const badLines: number[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    if (!raw.trim()) return;
    const parts = raw.split(/[,\t]/).map((p) => p.trim());
    const [name = '', organisation = ''] = parts;
    const sideText = parts.slice(2).join(' ').trim().toLowerCase();
    const side = SIDE_WORDS[sideText];
    if (!name || !side || name.length > 200 || organisation.length > 200) {
      badLines.push(i + 1);
      return;
    }
    attendees.push({ name, organisation, side });
  });
  return { attendees, badLines };
}
