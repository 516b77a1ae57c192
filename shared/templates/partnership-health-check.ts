import type { WorkshopTemplateInput } from '../domain/workshop-template';

/** Seed 002 appendices: the 10 partnership principles, success factors and KPIs. */
export const partnershipHealthCheck = {
  id: 'partnership-health-check',
  version: 1,
  builtIn: true,
  name: 'Partnership health check',
  description:
    'Partners rate how well they live the ten principles of the partnership agreement, test themselves against the success factors and choose the indicators they will track.',
  source: 'Annual review of a national social partnership forum, appendices 1 and 2',
  themeNoun: 'principle',
  closingQuestion: null,
  themes: [
    { id: 'trust-and-respect', title: 'Building trust and mutual respect for each other’s roles and responsibilities', prompts: [] },
    { id: 'openness', title: 'Openness, honesty and transparency in communications', prompts: [] },
    { id: 'top-level-commitment', title: 'Top-level commitment', prompts: [] },
    { id: 'positive-approach', title: 'A positive and constructive approach', prompts: [] },
    { id: 'learn-together', title: 'Commitment to work with and learn from each other', prompts: [] },
    { id: 'early-discussion', title: 'Early discussion of emerging issues and maintaining dialogue on policy and priorities', prompts: [] },
    { id: 'high-quality-outcomes', title: 'Commitment to ensuring high-quality outcomes', prompts: [] },
    { id: 'confidentiality', title: 'Where appropriate, confidentiality and agreed external positions', prompts: [] },
    { id: 'best-use-of-resources', title: 'Making the best use of resources', prompts: [] },
    { id: 'no-surprises', title: 'Ensuring a no-surprises culture', prompts: [] },
  ].map((t) => ({ ...t, prompts: ['Where are we now, and what evidence shows it?', 'What would move us up one level?'] })),
  references: [
    {
      title: 'Success factors',
      items: [
        'A robust consultation process involving trade unions',
        'Partnership working extending to all levels of an organisation',
        'Participants changing behaviours and how they discuss issues',
        'Training is important but not a panacea',
        'Partnership has to be seen to deliver effective change',
        'Expectations have to be managed but partnership has to be seen to deliver benefits',
        'Partnership champions need to be established',
        'Key tension points need to be resolved',
        'A culture of no surprises needs to be embedded',
      ],
    },
    {
      title: 'Key performance indicators',
      items: [
        'More effective and efficient change management',
        'Increased staff satisfaction and greater engagement',
        'Improved skills for staff and managers',
        'Improved trust',
        'Issue resolution and residual issues reduced',
        'Better quality decisions',
        'Staff awareness',
        'Increased “customer” satisfaction',
        'Improved communications and reduced grapevine',
        'Fewer grievances',
        'Lower attrition and staff turnover',
        'Less sickness and absenteeism',
        'Increased productivity',
      ],
    },
  ],
  agenda: [
    { title: 'Welcome and purpose of the health check', purpose: 'information', minutes: 10, side: 'both' },
    { title: 'Rating the ten partnership principles in table groups', purpose: 'discussion', minutes: 50, side: 'both' },
    { title: 'Success factors: where are the tension points?', purpose: 'discussion', minutes: 30, side: 'both' },
    { title: 'Choosing the indicators we will track', purpose: 'decision', minutes: 20, side: 'both' },
    { title: 'Agreeing actions', purpose: 'action', minutes: 15, side: 'both' },
  ],
} satisfies WorkshopTemplateInput;
