import type { WorkshopTemplateInput } from '../domain/workshop-template';

/** Seed 001: the introductory workshop on the GO Local Government Award and its toolkit. */
export const goAwardIntroduction = {
  id: 'go-award-introduction',
  version: 1,
  builtIn: true,
  name: 'GO Award introduction workshop',
  description:
    'Introduces the GO Local Government Award: its context, stages, criteria and action plan toolkit, with a partnership case-study activity.',
  source: 'Workshop slides: the GO Local Government Award and its action plan toolkit',
  themeNoun: 'topic',
  closingQuestion: 'What else do you need to know?',
  themes: [
    {
      id: 'whole-organisation',
      title: 'Whole organisational approach',
      prompts: ['Are learning opportunities available to everyone with Skills for Life needs?'],
    },
    {
      id: 'strategy',
      title: 'Towards a strategy for the authority',
      prompts: ['Is Skills for Life considered at all stages in planning?'],
    },
    {
      id: 'developing-staff',
      title: 'Developing staff to support Skills for Life',
      prompts: ['Supervisors, mentors, union learning reps and HR: is internal capacity being built?'],
    },
    {
      id: 'identification',
      title: 'Appropriate identification of staff with Skills for Life needs',
      prompts: ['Is there positive initial and diagnostic assessment of all staff?'],
    },
    {
      id: 'flexibility',
      title: 'Flexibility in delivery in the workplace',
      prompts: ['Are staff never penalised for taking up a Skills for Life offer?'],
    },
    {
      id: 'wider-development',
      title: 'Part of the wider staff development programme',
      prompts: ['Are information, advice and guidance and progression routes mapped?'],
    },
  ],
  agenda: [
    {
      title: 'Introductions in pairs',
      purpose: 'information',
      minutes: 10,
      side: 'both',
      notes: 'Each person finds out their neighbour’s role in the Skills for Life agenda and two things that would help them.',
    },
    { title: 'Context of the workshop', purpose: 'information', minutes: 10, side: 'both' },
    { title: 'The stages: notify, sign up, action plan, assessment', purpose: 'information', minutes: 15, side: 'both' },
    { title: 'The award criteria and the action plan requirements', purpose: 'information', minutes: 15, side: 'both' },
    { title: 'The strategic toolkit framework', purpose: 'information', minutes: 10, side: 'both' },
    { title: 'Question and answer session', purpose: 'discussion', minutes: 15, side: 'both' },
    { title: 'Activity: building a partnership case study', purpose: 'discussion', minutes: 30, side: 'both' },
    { title: 'Next steps', purpose: 'action', minutes: 5, side: 'both' },
  ],
} satisfies WorkshopTemplateInput;
