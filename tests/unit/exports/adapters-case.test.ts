import { describe, expect, it } from 'vitest';
import { actionIssueLogFor } from '../../../electron/services/reports/adapters/action-issue-log';
import { assessmentReportFromCase } from '../../../electron/services/reports/adapters/case-assessment';
import { awardCertificateFromCase } from '../../../electron/services/reports/adapters/case-award';
import { commitmentCertificateFromCase } from '../../../electron/services/reports/adapters/case-commitment';
import type { AdapterContext } from '../../../electron/services/reports/adapters/common';
import type { CaseRecord } from '../../../shared/domain/case';
import { blankCase } from '../../../shared/domain/case-rules';
import {
  assessmentReportModelSchema,
  awardCertificateModelSchema,
  commitmentCertificateModelSchema,
  type ReportImage,
} from '../../../shared/domain/report-models';
import { goAwardV1 } from '../../../shared/frameworks';

const ctx: AdapterContext = {
  now: '2026-11-22T10:00:00.000Z',
  author: 'Rhiannon Price',
  authorOrganisation: 'Eastmoor Regional Employers',
};
const at = '2026-01-01T09:00:00.000Z';
const png = 'data:image/png;base64,iVBORw0KGgo=';
const sha = (c: string) => c.repeat(64);

function signedUpCase(): CaseRecord {
  const c = blankCase({
    id: 'case-1a2b3c4d5e',
    organisationId: 'org-1',
    organisationName: 'Llanfair Borough Council',
    assessor: 'Rhiannon Price',
    framework: goAwardV1,
    now: at,
  });
  c.signUp = {
    date: '2026-01-15',
    scope: 'directorates',
    directorates: ['Environment', 'Adult Social Care'],
    signatories: [
      { id: 's1', name: 'Dafydd Morgan', role: 'chief_executive', date: '2026-01-15', signature: { kind: 'drawn', dataUrl: png } },
      { id: 's2', name: 'Cllr Siân Ellis', role: 'elected_member', date: null, signature: { kind: 'typed', name: 'Siân Ellis' } },
      { id: 's3', name: '  ', role: 'lead_officer', date: null, signature: null },
    ],
  };
  return c;
}

function assessedCase(): CaseRecord {
  const c = signedUpCase();
  c.actionPlan.receivedDate = '2026-09-01';
  for (const r of goAwardV1.requirements) c.actionPlan.requirements[r.id] = { status: 'met', note: '', evidence: '' };
  c.actionPlan.requirements.R9 = { status: 'not_met', note: 'Nobody owns monitoring.', evidence: '' };
  for (const cr of goAwardV1.criteria)
    c.assessment.criteria[cr.id] = { judgement: 'met', rationale: `Rationale ${cr.id}`, developmentPoints: '' };
  c.assessment.criteria.C2 = {
    judgement: 'partly_met',
    rationale: 'Not yet in service plans.',
    developmentPoints: '- Add SfL to service plans\n\n• Brief directors',
  };
  c.assessment.visitDates = ['2026-11-20', '2026-11-19'];
  c.assessment.assessors = ['Rhiannon Price', 'Tomos Jenkins'];
  c.assessment.evidence = [
    {
      id: 'e1',
      kind: 'document',
      source: 'Workforce plan',
      date: '2026-11-19',
      note: 'Section 4',
      criteria: ['C2'],
      createdAt: at,
      attachments: [
        { sha256: sha('a'), name: 'chart.png', size: 10, mediaType: 'image/png' },
        { sha256: sha('b'), name: 'plan.pdf', size: 10, mediaType: 'application/pdf' },
      ],
    },
    {
      id: 'e2',
      kind: 'observation',
      source: 'Depot',
      date: null,
      note: 'Timetable',
      criteria: ['C1', 'C5'],
      createdAt: at,
      attachments: [],
    },
  ];
  c.assessment.interviews = [
    { id: 'i1', at, name: 'Kerry Dunmore', role: 'Refuse collector', group: 'learner', notes: '', criteria: [] },
    { id: 'i2', at, name: 'Someone', role: 'Visitor', group: null, notes: '', criteria: [] },
  ];
  c.assessment.communityRecognised = true;
  c.assessment.communityNote = 'Library learning centres.';
  c.recommendation = {
    outcome: 'full_award',
    developmentPoints: 'Share the model',
    reassessmentDate: null,
    justification: 'R9 is a wording gap; monitoring happens in practice.',
    recordedAt: '2026-11-21T16:00:00.000Z',
  };
  return c;
}

describe('case → certificate of commitment', () => {
  it('maps sign-up date, scope, plan due date and each named signatory with their signature', () => {
    const model = commitmentCertificateModelSchema.parse(commitmentCertificateFromCase(signedUpCase(), goAwardV1, ctx));
    expect(model.authority.name).toBe('Llanfair Borough Council');
    expect(model.signUpDate).toBe('2026-01-15');
    expect(model.actionPlanDue).toBe('2026-10-15');
    expect(model.scope).toBe('Environment, Adult Social Care (working towards the whole organisation)');
    expect(model.signatories).toEqual([
      {
        name: 'Dafydd Morgan',
        role: 'Chief Executive',
        signature: { kind: 'drawn', signedAs: 'Dafydd Morgan', image: png, date: '2026-01-15' },
      },
      // No date recorded: none printed (never the sign-up date); the name as typed.
      { name: 'Cllr Siân Ellis', role: 'Elected member', signature: { kind: 'typed', signedAs: 'Siân Ellis', date: null } },
    ]);
    expect(model.meta).toMatchObject({ documentId: 'CB-CC-2026-CASE1A2B', author: 'Rhiannon Price', createdAt: ctx.now });
  });

  it('says what to record when the sign-up date or signatories are missing', () => {
    const noDate = signedUpCase();
    noDate.signUp.date = null;
    expect(() => commitmentCertificateFromCase(noDate, goAwardV1, ctx)).toThrow(
      'Record the sign-up date on the case’s Sign-up stage before exporting the certificate of commitment.',
    );
    const nobody = signedUpCase();
    nobody.signUp.signatories = [];
    expect(() => commitmentCertificateFromCase(nobody, goAwardV1, ctx)).toThrow(/Add at least one signatory/);
  });

  it('prints the whole organisation when no directorate is named', () => {
    const c = signedUpCase();
    c.signUp.scope = 'whole_organisation';
    expect(commitmentCertificateFromCase(c, goAwardV1, ctx).scope).toBe('The whole organisation');
  });
});

describe('case → assessment report', () => {
  const image: ReportImage = { caption: 'Workforce plan: chart.png', dataUrl: 'data:image/jpeg;base64,/9j/', width: 1000, height: 600 };

  it('maps criteria from the framework with judgements, rationale, points and linked evidence with images', () => {
    const model = assessmentReportModelSchema.parse(
      assessmentReportFromCase(assessedCase(), goAwardV1, 'Wales', new Map([[sha('a'), image]]), ctx),
    );
    expect(model.criteria.map((c) => c.title)).toEqual(goAwardV1.criteria.map((c) => c.title));
    const c2 = model.criteria[1];
    expect(c2).toMatchObject({
      id: 'C2',
      judgement: 'partly_met',
      rationale: 'Not yet in service plans.',
      lookingFor: goAwardV1.criteria[1].result,
    });
    expect(c2.developmentPoints).toEqual(['Add SfL to service plans', 'Brief directors']);
    expect(c2.evidence).toEqual([{ kind: 'document', source: 'Workforce plan', date: '2026-11-19', note: 'Section 4', images: [image] }]);
    expect(model.criteria[0].evidence.map((e) => e.source)).toEqual(['Depot']);
    expect(model.criteria[3].evidence).toEqual([]);
    expect(model.visitDates).toEqual(['2026-11-19', '2026-11-20']);
    expect(model.assessors).toEqual(['Rhiannon Price', 'Tomos Jenkins']);
    expect(model.authority).toEqual({ name: 'Llanfair Borough Council', region: 'Wales' });
  });

  it('takes eligibility from the case rules and keeps the justification when the outcome disagrees', () => {
    const model = assessmentReportFromCase(assessedCase(), goAwardV1, 'Wales', new Map(), ctx);
    expect(model.eligibility).toEqual({ eligible: false, missing: ['R9 not met', 'C2 partly met'] });
    expect(model.recommendation).toMatchObject({
      outcome: 'full_award',
      justification: 'R9 is a wording gap; monitoring happens in practice.',
      developmentPoints: ['Share the model'],
    });
  });

  it('lists the nine requirements, every person met (by role and group unless names are chosen), and community recognition', () => {
    const model = assessmentReportFromCase(assessedCase(), goAwardV1, 'Wales', new Map(), ctx);
    expect(model.requirements).toHaveLength(9);
    expect(model.requirements[8]).toEqual({
      number: 9,
      text: 'State how the action plan will be monitored',
      status: 'not_met',
      note: 'Nobody owns monitoring.',
      asked: false,
    });
    expect(model.peopleMet).toEqual([
      { name: null, role: 'Refuse collector', group: 'learner' },
      { name: null, role: 'Visitor', group: null },
    ]);
    const named = assessedCase();
    named.assessment.namePeopleInReport = true;
    expect(assessmentReportFromCase(named, goAwardV1, 'Wales', new Map(), ctx).peopleMet[0]).toEqual({
      name: 'Kerry Dunmore',
      role: 'Refuse collector',
      group: 'learner',
    });
    expect(model.communityPartnership).toEqual({ status: 'recognised', note: 'Library learning centres.' });
    expect(model.summary).toContain('19 November 2026 and 20 November 2026');
  });

  it('states that no recommendation is recorded rather than refusing or printing a draft', () => {
    const c = assessedCase();
    c.recommendation.outcome = null;
    expect(assessmentReportFromCase(c, goAwardV1, '', new Map(), ctx).recommendation.outcome).toBeNull();
  });
});

describe('case → award certificate', () => {
  it('is made only for a recorded full-award recommendation', () => {
    const model = awardCertificateModelSchema.parse(awardCertificateFromCase(assessedCase(), 'Wales', ctx));
    expect(model).toMatchObject({
      awardedOn: '2026-11-21',
      communityPartnershipRecognised: true,
      assessorName: 'Rhiannon Price, Tomos Jenkins',
      authority: { name: 'Llanfair Borough Council', region: 'Wales' },
    });
    const notYet = assessedCase();
    notYet.recommendation.outcome = 'not_yet';
    expect(() => awardCertificateFromCase(notYet, '', ctx)).toThrow(/only for an authority recommended for the full award/);
    const draft = assessedCase();
    draft.recommendation.recordedAt = null;
    expect(() => awardCertificateFromCase(draft, '', ctx)).toThrow(/Record the full-award recommendation/);
  });
});

describe('organisation → action and issue log (case actions)', () => {
  it('lists the organisation’s case actions, open ones first by due date, and refuses when there is nothing', () => {
    const c = assessedCase();
    const action = (what: string, dueDate: string | null, status: 'red' | 'green' | 'done') => ({
      id: what,
      what,
      owner: 'HR',
      side: 'both' as const,
      dueDate,
      status,
      progress: [],
      createdAt: at,
      updatedAt: at,
    });
    c.actionPlan.actions = [
      action('Done one', '2026-01-01', 'done'),
      action('Later', '2026-12-01', 'green'),
      action('No date', null, 'green'),
      action('Sooner', '2026-11-01', 'red'),
    ];
    const other = { ...assessedCase(), organisationId: 'org-2' };
    const model = actionIssueLogFor({ id: 'org-1', name: 'Llanfair Borough Council' }, [c, other], [], ctx);
    expect(model.actions.map((a) => a.what)).toEqual(['Sooner', 'Later', 'No date', 'Done one']);
    expect(model.actions[0].context).toBe('GO Award action plan');
    expect(model.asOf).toBe('2026-11-22');
    expect(() => actionIssueLogFor({ id: 'org-3', name: 'Empty Council' }, [c], [], ctx)).toThrow(
      'Empty Council has no actions or issues yet. Add actions to a case’s action plan or a workshop first.',
    );
  });
});

describe('organisation → action and issue log (the tracker and the issue log)', () => {
  it('shows logged issues at the level they reached with the options tried, and tracker actions', () => {
    const c = assessedCase();
    c.actionPlan.actions = [];
    const issue = {
      id: 'i1',
      organisationId: 'org-1',
      title: 'Release time for reps during reorganisation',
      description: '',
      raisedBy: 'Staff side',
      raisedOn: '2026-04-20',
      level: 'regional' as const,
      options: [
        { id: 'o1', level: 'local' as const, description: 'Asked HR for cover', recordedAt: at, recordedBy: 'Gareth', exhausted: true },
      ],
      escalations: [{ from: 'local' as const, to: 'regional' as const, at, by: 'Gareth' }],
      outcome: '',
      resolvedOn: null,
      origin: { kind: 'log' as const },
      createdAt: at,
      updatedAt: at,
    };
    const standalone = {
      id: 's1',
      organisationId: 'org-1',
      what: 'Terms of reference review',
      owner: 'Chair',
      side: 'both' as const,
      dueDate: '2026-06-30',
      status: 'green' as const,
      progress: [],
      createdAt: at,
      updatedAt: at,
    };
    const model = actionIssueLogFor({ id: 'org-1', name: 'Llanfair Borough Council' }, [c], [], ctx, {
      standaloneActions: [standalone],
      loggedIssues: [issue, { ...issue, id: 'i2', organisationId: 'org-2' }],
    });
    expect(model.actions.map((a) => [a.what, a.context])).toEqual([['Terms of reference review', 'Action tracker']]);
    expect(model.issues).toEqual([
      expect.objectContaining({
        title: 'Release time for reps during reorganisation',
        level: 'regional',
        status: 'escalated',
        optionsTried: [{ level: 'local', description: 'Asked HR for cover' }],
      }),
    ]);
  });
});
