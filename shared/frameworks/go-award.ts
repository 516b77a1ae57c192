import { z } from 'zod';

/** A numbered thing an action plan must do, e.g. R3 "Include an assessment of need". */
export const frameworkRequirementSchema = z.object({
  id: z.string().regex(/^R\d+$/),
  text: z.string().min(1),
});

/** One award criterion, with the result the assessor looks for. */
export const frameworkCriterionSchema = z.object({
  id: z.string().regex(/^C\d+$/),
  title: z.string().min(1),
  result: z.string().min(1),
  /** Questions an assessor asks on the visit to test the result; shown in site-visit mode. */
  prompts: z.array(z.string().min(1)).max(20).default([]),
});

/** An award framework as data: a new version can be added without code changes. */
export const frameworkSchema = z.object({
  id: z.string().min(1),
  version: z.number().int().positive(),
  name: z.string().min(1),
  /** Where the wording comes from. */
  source: z.string(),
  /** Months from sign-up until the action plan is due. */
  actionPlanDueMonths: z.number().int().positive(),
  requirements: z.array(frameworkRequirementSchema).min(1),
  criteria: z.array(frameworkCriterionSchema).min(1),
});
export type Framework = z.infer<typeof frameworkSchema>;
export type FrameworkRef = Pick<Framework, 'id' | 'version'>;

/**
 * The GO Local Government Award (Skills for Life), wording from seed 001. The visit prompts are
 * ours: each turns the criterion's stated result (seed 001) into questions to ask on the day.
 */
export const goAwardV1: Framework = frameworkSchema.parse({
  id: 'go-award',
  version: 1,
  name: 'GO Local Government Award (Skills for Life)',
  source: 'Introduction to the GO Local Government Award and Action Plan toolkit (Employers’ Organisation)',
  actionPlanDueMonths: 9,
  requirements: [
    { id: 'R1', text: 'Be in writing and available to everyone' },
    { id: 'R2', text: 'State that helping employees improve their Skills for Life is a commitment of the whole authority' },
    { id: 'R3', text: 'Include an assessment of need' },
    { id: 'R4', text: 'Have clear aims and objectives' },
    { id: 'R5', text: 'Include the measures that will be taken to improve Skills for Life for employees' },
    { id: 'R6', text: 'Set realistic but challenging timescales for achievement' },
    { id: 'R7', text: 'Detail resource' },
    { id: 'R8', text: 'Identify accountability' },
    { id: 'R9', text: 'State how the action plan will be monitored' },
  ],
  criteria: [
    {
      id: 'C1',
      title: 'Whole organisational approach',
      result: 'Learning opportunities are available to everyone with Skills for Life needs, not limited to a few departments or teams.',
      prompts: [
        'Which departments and teams have staff taking up Skills for Life learning now?',
        'How do staff in frontline and outlying teams (e.g. waste services, care) hear about the offer?',
      ],
    },
    {
      id: 'C2',
      title: 'Working towards the development of a strategy for the authority',
      result: 'Skills for Life is considered and addressed at all stages in planning processes.',
      prompts: [
        'Where does Skills for Life appear in the workforce plan and in directorate service plans?',
        'Who makes sure Skills for Life is considered when plans are drawn up and reviewed?',
      ],
    },
    {
      id: 'C3',
      title: 'Developing staff within the organisation to support Skills for Life (e.g. supervisors, mentors, union learning reps, HR)',
      result: 'Internal capacity is built.',
      prompts: [
        'Which supervisors, mentors, union learning reps and HR staff are trained to support learners?',
        'How are union learning reps given time and support for the role?',
      ],
    },
    {
      id: 'C4',
      title: 'Appropriate identification of staff with Skills for Life needs',
      result: 'Positive initial and diagnostic assessment of all staff.',
      prompts: [
        'How are staff with Skills for Life needs first identified, and does that reach all staff?',
        'What follows an initial or diagnostic assessment, and is it positive for the person?',
      ],
    },
    {
      id: 'C5',
      title: 'Flexibility in delivery of the Skills for Life offer in the workplace',
      result: 'Staff are not penalised in any way when taking up a Skills for Life training offer.',
      prompts: [
        'Can staff learn in work time, on their shift pattern and at or near their workplace?',
        'Has anyone lost pay, overtime or standing by taking up the offer?',
      ],
    },
    {
      id: 'C6',
      title:
        'Skills for Life offer forms part of the wider staff development programme, with IAG and progression routes identified and mapped',
      result: 'Full and appropriate signposting and advice for employees.',
      prompts: [
        'Where does the Skills for Life offer sit in the wider staff development programme?',
        'What information, advice and guidance do learners get about their next step, and who gives it?',
      ],
    },
  ],
});
