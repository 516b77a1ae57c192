import { addMonths } from '../../../shared/domain/case-rules';
import type { ServiceContext } from '../context';
import { sampleDrawnSignature } from '../reports/sample-drawings';
import type { CaseHandlerMap, DemoServices } from './services';

/*
 * The rest of the demo workspace, so every document Casebook exports has a record behind it:
 * an authority that holds the full award, and two workshops (one run, one planned).
 * Every name here is invented.
 */

export const DEMO_AWARDED_ORGANISATION = 'Castlemere City Council';

const addDays = (date: string, days: number) => {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

/** A case assessed and recommended for the full award, with every criterion met. */
export async function loadAwardedCase({ cases, organisations: orgs }: DemoServices, today: string, assessor: string): Promise<void> {
  const org = await orgs['organisations:create']({
    name: DEMO_AWARDED_ORGANISATION,
    type: 'local_authority',
    region: 'East Midlands',
    contacts: [{ name: 'Bethan Oakley', role: 'Workforce Development Manager' }],
  });
  const c = await cases['cases:create']({ organisationId: org.id, assessor });
  const signUp = addMonths(today, -20);
  await cases['cases:updateNotify']({
    caseId: c.id,
    patch: {
      date: addMonths(today, -22),
      kind: 'commenced',
      leadOfficerName: 'Bethan Oakley',
      leadOfficerRole: 'Workforce Development Manager',
    },
  });
  await cases['cases:updateSignUp']({ caseId: c.id, patch: { date: signUp, scope: 'whole_organisation' } });
  // Drawn signatures (as the sign-up stage's pad would store them), so the certificate shows them.
  const signatories = [
    ['Gwenllian Ashby', 'chief_executive'],
    ['Cllr Tomasz Rourke', 'elected_member'],
    ['Bethan Oakley', 'lead_officer'],
  ] as const;
  for (const [i, [name, role]] of signatories.entries()) {
    await cases['cases:addSignatory']({
      caseId: c.id,
      draft: { name, role, date: signUp, signature: { kind: 'drawn', dataUrl: sampleDrawnSignature(i + 3) } },
    });
  }
  await cases['cases:updateActionPlan']({
    caseId: c.id,
    patch: { receivedDate: addMonths(signUp, 8), analysisOfNeed: 'Skills checks offered to all 2,300 staff; 640 took one.' },
  });
  for (let r = 1; r <= 9; r += 1)
    await cases['cases:updateRequirement']({ caseId: c.id, requirementId: `R${r}`, patch: { status: 'met' } });
  await cases['cases:addAction']({
    caseId: c.id,
    draft: {
      what: 'Publish the learner progression map on the intranet',
      owner: 'Workforce Development Manager',
      side: 'both',
      status: 'done',
      dueDate: addMonths(today, -3),
    },
  });
  const visit = addDays(today, -10);
  await cases['cases:updateAssessment']({
    caseId: c.id,
    patch: {
      visitDates: [addDays(visit, -1), visit],
      assessors: [assessor],
      communityRecognised: true,
      communityNote: 'Learning centres in two libraries are run with the adult college and open to residents.',
    },
  });
  const rationale: Record<string, string> = {
    C1: 'Every directorate has learners; the offer reaches night-shift care staff through a mobile tutor.',
    C2: 'Skills for Life is a heading in each service plan and in the workforce strategy.',
    C3: 'Twenty union learning reps and thirty mentors trained; supervisors refer with confidence.',
    C4: 'Skills checks at induction and at appraisal, confidential and voluntary.',
    C5: 'Learning happens in paid time at depots, libraries and care homes.',
    C6: 'Skills for Life sits in the staff development prospectus with mapped progression to level 2 and 3.',
  };
  for (const [criterionId, text] of Object.entries(rationale)) {
    await cases['cases:updateCriterion']({ caseId: c.id, criterionId, patch: { judgement: 'met', rationale: text } });
  }
  await cases['cases:addEvidence']({
    caseId: c.id,
    draft: {
      kind: 'document',
      source: 'Workforce strategy 2024–27',
      note: 'Skills for Life is priority one.',
      criteria: ['C2'],
      date: visit,
    },
  });
  await cases['cases:addInterview']({
    caseId: c.id,
    draft: {
      name: 'Dorota Penhale',
      role: 'Care assistant',
      group: 'learner',
      notes: 'Passed level 1 numeracy; now on a level 2 course.',
      criteria: ['C5', 'C6'],
    },
  });
  await cases['cases:updateRecommendation']({
    caseId: c.id,
    patch: { outcome: 'full_award', developmentPoints: 'Share the mobile tutor model with neighbouring authorities.' },
  });
  await cases['cases:recordRecommendation']({ caseId: c.id });
}

/** A draft recommendation on the mid-assessment case, so its report can be previewed. */
export async function draftRecommendation(cases: CaseHandlerMap, caseId: string, today: string): Promise<void> {
  await cases['cases:updateRecommendation']({
    caseId,
    patch: {
      outcome: 'not_yet',
      developmentPoints: 'Name who monitors the action plan and how often (R9).\nAssess C4 and C6 at the second visit day.',
      reassessmentDate: addMonths(today, 4),
    },
  });
}

/** A health-check workshop already run for the authority, and a forum meeting being planned. */
export async function loadDemoWorkshops(
  ctx: ServiceContext,
  w: DemoServices['workshops'],
  organisationId: string,
  today: string,
  facilitator: string,
): Promise<void> {
  const ran = await w['workshops:create']({
    templateId: 'partnership-health-check',
    details: {
      title: 'Partnership health check',
      organisationId,
      date: addDays(today, -7),
      venue: 'Town Hall, Committee Room 2',
      startTime: '09:30',
      sessionMinutes: 180,
      facilitator,
    },
  });
  const newId = ctx.newId;
  await w['workshops:updatePlan']({
    id: ran.id,
    patch: {
      attendees: [
        { id: newId(), name: 'Patricia Gale', organisation: 'Northvale Borough Council', side: 'management' },
        { id: newId(), name: 'Owen Castell', organisation: 'UNISON Northvale branch', side: 'staff_side' },
        { id: newId(), name: 'Farah Nadeem', organisation: 'Northvale Borough Council', side: 'management' },
        { id: newId(), name: 'Glenys Harte', organisation: 'GMB Northvale', side: 'staff_side' },
      ],
      groups: [
        { id: newId(), name: 'Table A' },
        { id: newId(), name: 'Table B' },
      ],
    },
  });
  const planned = await w['workshops:get']({ id: ran.id });
  const [a, b] = planned.groups;
  const themes = planned.themes.slice(0, 3);
  const notes = [
    'Both sides see the forum as the place to raise things early.',
    'Papers arrive late, so staff side cannot consult members in time.',
    'The chief executive attends twice a year; members value it.',
  ];
  for (const [i, theme] of themes.entries()) {
    await w['workshops:capture']({ id: ran.id, capture: { kind: 'note', themeId: theme.id, groupId: a.id, text: notes[i] } });
    await w['workshops:capture']({ id: ran.id, capture: { kind: 'rating', themeId: theme.id, groupId: a.id, value: 2 + (i % 2) } });
    await w['workshops:capture']({ id: ran.id, capture: { kind: 'rating', themeId: theme.id, groupId: b.id, value: 1 + i } });
  }
  await w['workshops:capture']({
    id: ran.id,
    capture: { kind: 'topTip', groupId: a.id, text: 'Send papers ten working days before the forum.' },
  });
  await w['workshops:capture']({
    id: ran.id,
    capture: { kind: 'topTip', groupId: b.id, text: 'Agree the forward plan together each January.' },
  });
  await w['workshops:capture']({
    id: ran.id,
    capture: {
      kind: 'action',
      action: {
        what: 'Circulate forum papers ten working days ahead',
        owner: 'Democratic services',
        side: 'management',
        dueDate: addDays(today, 30),
        status: 'amber',
        theme: themes[1].title,
      },
    },
  });
  await w['workshops:capture']({
    id: ran.id,
    capture: {
      kind: 'action',
      action: {
        what: 'Joint briefing for new managers on the partnership agreement',
        owner: 'Owen Castell',
        side: 'both',
        dueDate: addDays(today, -2),
        status: 'red',
        theme: themes[0].title,
      },
    },
  });
  await w['workshops:capture']({
    id: ran.id,
    capture: {
      kind: 'issue',
      issue: {
        title: 'Consultation timetable for the depot relocation',
        description: 'Staff side asked for two more weeks before the options paper goes to cabinet.',
        raisedBy: 'UNISON branch secretary',
        raisedOn: addDays(today, -7),
        individualContractualDispute: false,
      },
    },
  });
  await w['workshops:setStatus']({ id: ran.id, status: 'complete' });

  await w['workshops:create']({
    templateId: 'partnership-forum-meeting',
    details: {
      title: 'Joint partnership forum',
      organisationId,
      date: addDays(today, 14),
      venue: 'Town Hall, Council Chamber',
      startTime: '10:00',
      sessionMinutes: 150,
      facilitator,
    },
  });
}
