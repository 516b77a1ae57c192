import type { WorkshopTemplateInput } from '../domain/workshop-template';

/** Seed 003: the 9 themes of a model social partnership and the top-tip question. */
export const whatGoodLooksLike = {
  id: 'what-good-looks-like',
  version: 1,
  builtIn: true,
  name: 'What does good look like?',
  description:
    'Table groups consider what a model social partnership looks like under nine themes, rate where their partnership stands on each, and share a top tip.',
  source: 'Partnership workshop feedback report (“What does good look like?”)',
  themeNoun: 'theme',
  closingQuestion: 'What would be your overall top tip for working in partnership?',
  themes: [
    {
      id: 'effective-communications',
      title: 'Effective communications',
      prompts: [
        'Is there a robust two-way communication strategy between partners, stakeholders and staff?',
        'Do you communicate early, and consult before decisions are made?',
        'Which practical channels work: briefings, engagement sessions, intranet, induction, Q&A?',
        'Are staff, reps and managers told the bigger picture in plain language, with a joint message?',
      ],
    },
    {
      id: 'resources',
      title: 'Resources',
      prompts: [
        'Is the partnership adequately resourced for its size and agenda?',
        'Do staff representatives have the time and capacity to engage, including at peaks of change?',
        'Is there a designated director with administrative support?',
      ],
    },
    {
      id: 'behaviours-and-culture',
      title: 'Behaviours and culture',
      prompts: [
        'Trust and openness, no surprises, no blame, mutual respect even when views differ?',
        'Do leaders at all levels practise what they preach?',
        'Are the behaviours expected of representatives and managers explicit, trained and rewarded?',
      ],
    },
    {
      id: 'processes-and-organisation',
      title: 'Processes and organisation',
      prompts: [
        'Is there proper planning and preparation, with actions developed and implemented jointly?',
        'Are partners involved at the earliest point in decision making?',
        'Are meetings convenient to attend, agendas effective, membership consistent and agreements available?',
        'Is there accountability through clear objectives, activity plans and regular review?',
      ],
    },
    {
      id: 'clear-vision',
      title: 'Clear vision',
      prompts: [
        'Has the partnership defined what partnership means and what it is for?',
        'Is there a framework and terms of reference that all staff understand?',
        'Are goals and action plans clear, with a feedback mechanism and realistic expectations?',
      ],
    },
    {
      id: 'membership-skills-accountability',
      title: 'Membership, skills and accountability',
      prompts: [
        'Are the right people there — senior decision makers, middle managers and staff side?',
        'Is there visible commitment from the chief executive and senior leaders?',
        'Are representatives supported and developed to challenge robustly at strategic level?',
        'Do managers understand the role and demands of trade union representatives?',
      ],
    },
    {
      id: 'delivering',
      title: 'Delivering',
      prompts: [
        'Do partners do what they say they are going to do?',
        'Can you show that partnership works, with a sustainable example of its benefits?',
      ],
    },
    {
      id: 'joint-strategic-agenda',
      title: 'Joint strategic agenda setting',
      prompts: [
        'Is the agenda agreed jointly and in advance, and circulated to both sides?',
        'Can anyone get an issue on the agenda, including between meetings?',
        'Is there a balance of strategic and operational items, with short- and long-term projects?',
      ],
    },
    {
      id: 'improvement-and-review',
      title: 'Improvement and review',
      prompts: [
        'Is there a regular, timely review of the remit, constitution, terms of reference and membership?',
        'Are staff surveys and feedback used to measure outcomes against smart objectives?',
        'Are items followed through to a conclusion so people see results?',
      ],
    },
  ],
  agenda: [
    { title: 'Welcome and introductions', purpose: 'information', minutes: 10, side: 'both' },
    { title: 'What does good look like? Table discussions', purpose: 'discussion', minutes: 60, side: 'both' },
    { title: 'Feedback from tables and ratings', purpose: 'discussion', minutes: 30, side: 'both' },
    { title: 'Top tips for working in partnership', purpose: 'discussion', minutes: 10, side: 'both' },
    { title: 'Agreeing actions', purpose: 'decision', minutes: 20, side: 'both' },
    { title: 'Close and next steps', purpose: 'information', minutes: 5, side: 'both' },
  ],
} satisfies WorkshopTemplateInput;
