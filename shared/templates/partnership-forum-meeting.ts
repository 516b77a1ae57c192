import type { WorkshopTemplateInput } from '../domain/workshop-template';

/** Seed 002: a forum meeting with progress against the roadmap as a standing item. */
export const partnershipForumMeeting = {
  id: 'partnership-forum-meeting',
  version: 1,
  builtIn: true,
  name: 'Partnership forum meeting',
  description:
    'A regular forum meeting: progress against the roadmap with traffic lights as a standing item, then items tabled by each partner side, each saying what action is required.',
  source: 'Annual review of a national social partnership forum',
  themeNoun: 'topic',
  closingQuestion: null,
  themes: [
    { id: 'roadmap-progress', title: 'Progress against the roadmap', prompts: ['Which milestones are red, amber or green, and why?'] },
    { id: 'national-forum', title: 'Streamlining the work of the forum', prompts: [] },
    { id: 'policy-input', title: 'Measurable input into policy', prompts: [] },
    { id: 'regional-approaches', title: 'Development of regional partnership approaches', prompts: [] },
    { id: 'local-approaches', title: 'Development of local partnership approaches', prompts: [] },
    { id: 'case-for-partnership', title: 'Wider understanding of the case for partnership', prompts: [] },
  ],
  agenda: [
    { title: 'Welcome, apologies and minutes of the last meeting', purpose: 'information', minutes: 10, side: 'both' },
    {
      title: 'Progress against the roadmap (standing item)',
      purpose: 'discussion',
      minutes: 20,
      side: 'both',
      notes: 'Traffic-light report on each milestone.',
    },
    {
      title: 'Item tabled by management side',
      purpose: 'discussion',
      minutes: 20,
      side: 'management',
      notes: 'Action required: say whether this is for information, discussion, decision or action.',
    },
    {
      title: 'Item tabled by staff side',
      purpose: 'discussion',
      minutes: 20,
      side: 'staff_side',
      notes: 'Action required: say whether this is for information, discussion, decision or action.',
    },
    { title: 'Review of actions', purpose: 'action', minutes: 10, side: 'both' },
    { title: 'Agenda setting for the next meeting', purpose: 'decision', minutes: 10, side: 'both' },
  ],
} satisfies WorkshopTemplateInput;
