/** Pure text formatting shared by every document (en-GB, dates without time-zone surprises). */

const longDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const dateTime = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Europe/London',
});

/** "2026-11-22" → "22 November 2026". */
export function formatDate(isoDay: string | null | undefined): string {
  if (!isoDay) return '—';
  const date = new Date(`${isoDay.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? isoDay : longDate.format(date);
}

/** An ISO instant → "22 November 2026 at 10:15" in UK time. */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateTime.format(date).replace(',', ' at');
}

export const judgementLabels = {
  met: 'Met',
  partly_met: 'Partly met',
  not_yet_met: 'Not yet met',
  not_assessed: 'Not assessed',
} as const;

export const requirementLabels = { met: 'Met', partly_met: 'Partly met', not_met: 'Not met', not_checked: 'Not checked' } as const;

export const ragLabels = { red: 'Red', amber: 'Amber', green: 'Green', done: 'Done' } as const;

export const sideLabels = { management: 'Management', staff_side: 'Staff side', both: 'Joint', other: 'Other' } as const;

export const purposeLabels = {
  information: 'For information',
  discussion: 'For discussion',
  decision: 'For decision',
  action: 'For action',
} as const;

export const groupLabels = {
  learner: 'Learner',
  union_learning_rep: 'Union learning rep',
  hr: 'HR',
  manager: 'Manager',
  senior_leader: 'Senior leader',
  community_partner: 'Community partner',
} as const;

export const evidenceLabels = { document: 'Document', interview: 'Interview', observation: 'Observation', data: 'Data' } as const;

export const levelLabels = { local: 'Local', regional: 'Regional', national: 'National' } as const;

export const maturityLabels = ['Not in place', 'First steps', 'Developing', 'Established', 'Exemplary'] as const;
