import { addMonths } from '../../../shared/domain/case-rules';
import { AppError } from '../../../shared/result';
import type { ServiceContext } from '../context';
import { localDate } from '../cases/handlers';
import type { DemoServices } from './services';
import { draftRecommendation, loadAwardedCase, loadDemoWorkshops, DEMO_AWARDED_ORGANISATION } from './load-demo-extras';

const addDays = (date: string, days: number) => {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

/** Fictional authorities; every name here is invented. */
export const DEMO_ORGANISATIONS = [
  'Eastbridge District Council',
  'Harrowfield Metropolitan Borough Council',
  'Northvale Borough Council',
  DEMO_AWARDED_ORGANISATION,
] as const;

/**
 * Four authorities at different stages (the fourth and the workshops in load-demo-extras.ts), built through the handlers (so every change is
 * validated and journalled exactly as if a person had made it): one just signed up, one whose
 * action plan is overdue, one mid-assessment with evidence and interviews.
 */
export async function loadDemo(ctx: ServiceContext, services: DemoServices): Promise<{ cases: number; organisations: number }> {
  const { cases, organisations: orgs } = services;
  // Recognised by the ids the demo created, never by name: a user's own "Northvale Borough Council" is theirs.
  const loaded = new Set(ctx.index.data.demoOrganisationIds);
  if (ctx.index.data.organisations.some((o) => loaded.has(o.id))) {
    throw new AppError('conflict', 'demoLoaded');
  }
  const before = new Set(ctx.index.data.organisations.map((o) => o.id));
  const today = localDate(ctx.clock());
  const assessor = ctx.index.data.profile.name || 'Demo Assessor';

  // 1. Just signed up.
  const eastbridge = await orgs['organisations:create']({
    name: DEMO_ORGANISATIONS[0],
    type: 'local_authority',
    region: 'South West',
    contacts: [{ name: 'Aled Pritchard', role: 'Head of Workforce Development' }],
  });
  const c1 = await cases['cases:create']({ organisationId: eastbridge.id, assessor });
  await cases['cases:updateNotify']({
    caseId: c1.id,
    patch: {
      date: addDays(today, -45),
      kind: 'intending',
      leadOfficerName: 'Aled Pritchard',
      leadOfficerRole: 'Head of Workforce Development',
    },
  });
  await cases['cases:updateSignUp']({
    caseId: c1.id,
    patch: { date: addDays(today, -4), scope: 'directorates', directorates: ['Environment and Neighbourhoods'] },
  });
  for (const [name, role] of [
    ['Helen Marsh', 'chief_executive'],
    ['Cllr Rhys Bowen', 'elected_member'],
    ['Aled Pritchard', 'lead_officer'],
  ] as const) {
    await cases['cases:addSignatory']({ caseId: c1.id, draft: { name, role, date: addDays(today, -4) } });
  }

  // 2. Action plan overdue: signed up ten months ago, nothing received.
  const harrowfield = await orgs['organisations:create']({
    name: DEMO_ORGANISATIONS[1],
    type: 'local_authority',
    region: 'Yorkshire and the Humber',
    contacts: [{ name: 'Maureen Fitch', role: 'Learning and Development Manager' }],
  });
  const c2 = await cases['cases:create']({ organisationId: harrowfield.id, assessor });
  await cases['cases:updateNotify']({
    caseId: c2.id,
    patch: {
      date: addMonths(today, -11),
      kind: 'commenced',
      leadOfficerName: 'Maureen Fitch',
      leadOfficerRole: 'Learning and Development Manager',
    },
  });
  await cases['cases:updateSignUp']({ caseId: c2.id, patch: { date: addDays(addMonths(today, -10), -3), scope: 'whole_organisation' } });
  await cases['cases:addSignatory']({
    caseId: c2.id,
    draft: { name: 'Graham Oduya', role: 'chief_executive', date: addDays(addMonths(today, -10), -3) },
  });
  await cases['cases:addSignatory']({
    caseId: c2.id,
    draft: { name: 'Maureen Fitch', role: 'lead_officer', date: addDays(addMonths(today, -10), -3) },
  });

  // 3. Mid-assessment, with the plan in on time and the visit under way.
  const northvale = await orgs['organisations:create']({
    name: DEMO_ORGANISATIONS[2],
    type: 'local_authority',
    region: 'North West',
    contacts: [{ name: 'Sam Whitlow', role: 'Head of Organisational Development' }],
  });
  const c3 = await cases['cases:create']({ organisationId: northvale.id, assessor });
  const signUp = addMonths(today, -11);
  await cases['cases:updateNotify']({
    caseId: c3.id,
    patch: {
      date: addMonths(today, -13),
      kind: 'commenced',
      leadOfficerName: 'Sam Whitlow',
      leadOfficerRole: 'Head of Organisational Development',
    },
  });
  await cases['cases:updateSignUp']({ caseId: c3.id, patch: { date: signUp, scope: 'whole_organisation' } });
  for (const [name, role] of [
    ['Patricia Gale', 'chief_executive'],
    ['Cllr Imran Qureshi', 'elected_member'],
    ['Sam Whitlow', 'lead_officer'],
  ] as const) {
    await cases['cases:addSignatory']({ caseId: c3.id, draft: { name, role, date: signUp } });
  }
  await cases['cases:updateActionPlan']({
    caseId: c3.id,
    patch: {
      receivedDate: addDays(addMonths(signUp, 9), -13),
      analysisOfNeed:
        'Basic skills screening of 1,140 frontline staff in waste, catering and care: 23% would benefit from literacy support, 31% from numeracy support.',
      steeringGroup:
        'Head of Organisational Development (chair); HR business partner; two union learning reps; the adult learning service; a manager from each directorate.',
      unionRepresentation: 'UNISON and GMB learning reps sit on the steering group; a learning agreement is signed.',
    },
  });
  for (const r of ['R1', 'R2', 'R3', 'R4', 'R5', 'R6', 'R7', 'R8']) {
    await cases['cases:updateRequirement']({ caseId: c3.id, requirementId: r, patch: { status: 'met' } });
  }
  await cases['cases:updateRequirement']({
    caseId: c3.id,
    requirementId: 'R9',
    patch: {
      status: 'partly_met',
      note: 'Monitoring is mentioned but no one owns it: who reports progress, and to whom?',
      askAtVisit: true,
    },
  });
  const actions = [
    {
      what: 'Offer a confidential skills check at every staff induction',
      owner: 'HR business partner',
      status: 'green',
      dueDate: addMonths(today, 2),
      theme: 'Resource: adult learning service; monitored quarterly by the steering group',
    },
    {
      what: 'Release time of 2 hours a week for learners in waste services',
      owner: 'Director of Environment',
      status: 'amber',
      dueDate: addMonths(today, 1),
      theme: 'Resource: cover budget; monitored by the directorate board',
    },
    {
      what: 'Train 12 union learning reps and mentors',
      owner: 'Union learning rep coordinator',
      status: 'done',
      dueDate: addMonths(today, -2),
      theme: 'Resource: union learning fund',
    },
    {
      what: 'Put Skills for Life in every directorate service plan',
      owner: 'Head of Policy',
      status: 'red',
      dueDate: addMonths(today, -1),
      theme: 'Monitored by the corporate management team',
    },
  ] as const;
  for (const a of actions) await cases['cases:addAction']({ caseId: c3.id, draft: { ...a, side: 'both' } });

  await cases['cases:updateAssessment']({ caseId: c3.id, patch: { visitDates: [today], assessors: [assessor] } });
  const judged = { C1: 'met', C2: 'partly_met', C3: 'met', C5: 'met' } as const;
  const rationales: Record<string, string> = {
    C1: 'Learners from waste, catering and care all had access; the offer is on the intranet and in depots.',
    C2: 'Skills for Life is in the workforce plan but not yet in directorate service plans.',
    C3: 'Twelve union learning reps trained; supervisors know how to refer staff.',
    C5: 'Learners are released on paid time; no one reported losing overtime.',
  };
  for (const [criterionId, judgement] of Object.entries(judged)) {
    await cases['cases:updateCriterion']({ caseId: c3.id, criterionId, patch: { judgement, rationale: rationales[criterionId] } });
  }
  const evidence = [
    { kind: 'document', source: 'Workforce plan 2025–28', note: 'Section 4 names Skills for Life as a priority.', criteria: ['C2'] },
    {
      kind: 'document',
      source: 'Learning agreement with UNISON and GMB',
      note: 'Signed by the chief executive and both branch secretaries.',
      criteria: ['C3'],
    },
    { kind: 'data', source: 'Diagnostic assessment results', note: '412 staff assessed this year, 96 now on courses.', criteria: ['C4'] },
    {
      kind: 'observation',
      source: 'Depot learning centre',
      note: 'Timetable runs 6–8 am and 2–4 pm around shifts.',
      criteria: ['C5', 'C1'],
    },
    {
      kind: 'interview',
      source: 'Two learners from waste services',
      note: 'Both started on numeracy and moved to a level 2 course.',
      criteria: ['C1', 'C6'],
    },
    {
      kind: 'document',
      source: 'Staff development prospectus',
      note: 'Skills for Life sits beside NVQs and apprenticeships with progression routes.',
      criteria: ['C6'],
    },
  ] as const;
  for (const e of evidence) {
    await cases['cases:addEvidence']({ caseId: c3.id, draft: { ...e, criteria: [...e.criteria], date: today } });
  }
  const interviews = [
    {
      name: 'Kerry Dunmore',
      role: 'Refuse collector',
      group: 'learner',
      notes: 'Started with the skills check at induction. Time off was agreed with her supervisor without a fuss.',
      criteria: ['C1', 'C5'],
    },
    {
      name: 'Owen Castell',
      role: 'UNISON union learning rep',
      group: 'union_learning_rep',
      notes: 'Runs drop-ins at two depots. Has referred 40 colleagues this year.',
      criteria: ['C3'],
    },
    {
      name: 'Farah Nadeem',
      role: 'HR business partner',
      group: 'hr',
      notes: 'Diagnostic assessment is offered to everyone, not only new starters.',
      criteria: ['C4'],
    },
    {
      name: 'Lewis Brandt',
      role: 'Director of Resources',
      group: 'senior_leader',
      notes: 'Service plans are being rewritten this spring; SfL will be a heading.',
      criteria: ['C2'],
    },
  ] as const;
  for (const i of interviews) {
    await cases['cases:addInterview']({ caseId: c3.id, draft: { ...i, criteria: [...i.criteria] } });
  }
  await draftRecommendation(cases, c3.id, today);

  // 4. An authority holding the full award; and workshops for Northvale's partnership.
  await loadAwardedCase(services, today, assessor);
  await loadDemoWorkshops(ctx, services.workshops, northvale.id, today, assessor);
  await ctx.index.update((data) => {
    data.demoOrganisationIds = data.organisations.filter((o) => !before.has(o.id)).map((o) => o.id);
  });
  return { cases: 4, organisations: 4 };
}
