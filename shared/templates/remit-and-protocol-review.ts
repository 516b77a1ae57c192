import type { WorkshopTemplateInput } from '../domain/workshop-template';

/** Seed 000: the remit process, the model protocol themes and the minimum remit topics. */
export const remitAndProtocolReview = {
  id: 'remit-and-protocol-review',
  version: 1,
  builtIn: true,
  name: 'Local social partnership remit and protocol review',
  description:
    'A local social partnership reviews its remit and protocol against the model guidance and how it handles issues, resolving them at the lowest possible level.',
  source: 'Guidance note on the effective operation of local social partnerships',
  themeNoun: 'topic',
  closingQuestion: null,
  themes: [
    {
      id: 'remit-process',
      title: 'Remit process',
      prompts: [
        'Does the remit involve all relevant stakeholders, including support staff unions?',
        'Are the issues in the remit prioritised?',
        'Is the remit based on local agreement?',
        'Is the whole remit reviewed regularly against changing local and national priorities?',
      ],
    },
    {
      id: 'minimum-remit',
      title: 'Minimum remit topics',
      prompts: [
        'Fair play and rewards for support staff',
        'Better communications',
        'School workforce change teams',
        'Monitoring issues arising from compliance with statutory regulations',
        'Extended services and performance management (England)',
        'Feedback on the effectiveness of local social partnership working',
      ],
    },
    {
      id: 'focus-and-participation',
      title: 'Protocol: focus and participation',
      prompts: ['Are meetings regular, and are all relevant partners included?', 'Is the focus on the key implementation issues ahead?'],
    },
    {
      id: 'ways-of-working',
      title: 'Protocol: ways of working',
      prompts: [
        'Does the protocol promote clarity, openness and a positive working culture?',
        'Is the working relationship with schools and the local authority open?',
      ],
    },
    {
      id: 'communication-and-dissemination',
      title: 'Protocol: communication and dissemination',
      prompts: ['How are decisions and guidance communicated to schools and staff?'],
    },
    {
      id: 'processes',
      title: 'Protocol: processes',
      prompts: [
        'How are issues handled today? Are they resolved at the lowest possible level?',
        'Are options for resolution exhausted and recorded before an issue is escalated?',
        'Are individual contractual disputes left to union casework?',
      ],
    },
  ],
  agenda: [
    { title: 'Welcome and purpose of the review', purpose: 'information', minutes: 10, side: 'both' },
    { title: 'Our remit: stakeholders, priorities, local agreement and review', purpose: 'discussion', minutes: 30, side: 'both' },
    { title: 'Minimum remit topics', purpose: 'discussion', minutes: 20, side: 'both' },
    { title: 'Protocol themes', purpose: 'discussion', minutes: 30, side: 'both' },
    { title: 'Issue resolution: how are issues handled now?', purpose: 'discussion', minutes: 20, side: 'both' },
    { title: 'Agreeing changes to remit and protocol', purpose: 'decision', minutes: 15, side: 'both' },
  ],
} satisfies WorkshopTemplateInput;
