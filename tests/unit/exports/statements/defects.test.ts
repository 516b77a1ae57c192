import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessmentReportFromCase } from '../../../../electron/services/reports/adapters/case-assessment';
import { awardCertificateFromCase } from '../../../../electron/services/reports/adapters/case-award';
import { commitmentCertificateFromCase } from '../../../../electron/services/reports/adapters/case-commitment';
import type { AdapterContext } from '../../../../electron/services/reports/adapters/common';
import { workshopFeedbackFromWorkshop } from '../../../../electron/services/reports/adapters/workshop-feedback';
import { agendaFromWorkshop } from '../../../../electron/services/reports/adapters/workshop-agenda';
import { definitionFor } from '../../../../electron/services/reports/documents';
import { withExporterSignature } from '../../../../electron/services/reports/exporter-signature';
import type { CaseRecord } from '../../../../shared/domain/case';
import { blankCase } from '../../../../shared/domain/case-rules';
import type { LoggedIssue } from '../../../../shared/domain/escalation';
import type { ReportModel } from '../../../../shared/domain/report-models';
import type { Workshop } from '../../../../shared/domain/workshop';
import { goAwardV1 } from '../../../../shared/frameworks';
import { workshopRecord } from '../truth/generators';

/*
 * One test per defect issue 19 found: each reproduced from a record and read back from what the
 * document prints. Each failed on the code before the statements layer.
 */

const ctx: AdapterContext = {
  now: '2026-11-22T10:00:00.000Z',
  author: 'Rhiannon Price',
  authorOrganisation: 'Eastmoor Regional Employers',
};
const at = '2026-01-01T09:00:00.000Z';
/** The words a document prints, in order: only `text` values and list items, no style names or colours. */
function printed(report: ReportModel): string {
  const out: string[] = [];
  const walk = (node: unknown, printable: boolean): void => {
    if (typeof node === 'string') {
      if (printable) out.push(node);
    } else if (Array.isArray(node)) node.forEach((n) => walk(n, printable));
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (['text', 'ul', 'ol', 'stack', 'columns', 'table', 'body', 'content'].includes(key))
          walk(value, key === 'text' || key === 'ul' || key === 'ol' || key === 'body' || printable);
      }
    }
  };
  walk(definitionFor(report).content, true);
  return out.join(' ').replace(/\s+/g, ' ');
}

function baseCase(): CaseRecord {
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
    scope: 'whole_organisation',
    directorates: [],
    signatories: [
      { id: 's1', name: 'Dafydd Morgan', role: 'chief_executive', date: null, signature: null },
      { id: 's2', name: 'Cllr Siân Ellis', role: 'elected_member', date: null, signature: { kind: 'typed', name: 'Siân Ellis' } },
      { id: 's3', name: 'Helen Okafor', role: 'lead_officer', date: '2026-01-20', signature: { kind: 'typed', name: 'Gareth Price' } },
    ],
  };
  for (const r of goAwardV1.requirements) c.actionPlan.requirements[r.id] = { status: 'met', note: '', evidence: '' };
  for (const cr of goAwardV1.criteria)
    c.assessment.criteria[cr.id] = { judgement: 'met', rationale: `Rationale ${cr.id}`, developmentPoints: '' };
  c.assessment.assessors = ['Rhiannon Price'];
  c.recommendation = {
    outcome: 'full_award',
    developmentPoints: '',
    reassessmentDate: null,
    justification: '',
    recordedAt: '2026-11-21T16:00:00.000Z',
  };
  return c;
}

describe('certificate of commitment: a signature only where one was made', () => {
  it('prints no signature or date for a signatory who has not signed, and never the sign-up date in place of theirs', () => {
    const text = printed({ kind: 'commitment-certificate', model: commitmentCertificateFromCase(baseCase(), goAwardV1, ctx) });
    expect(text).toMatch(/Dafydd Morgan Chief Executive Not signed/);
    expect(text).not.toMatch(/Dafydd Morgan Chief Executive Signed/);
    expect(text).not.toContain('Signed 15 January 2026');
    expect(text).toMatch(/Cllr Siân Ellis Elected member Signed \(typed name\), undated/);
  });

  it('prints the typed name as typed, on behalf of the recorded person when it is someone else’s', () => {
    const text = printed({ kind: 'commitment-certificate', model: commitmentCertificateFromCase(baseCase(), goAwardV1, ctx) });
    expect(text).toContain('Siân Ellis');
    expect(text).toContain('Gareth Price, on behalf of Helen Okafor');
    expect(text).toContain('Signed 20 January 2026 (typed name)');
  });

  it('names the directorates as recorded: not lower-cased, no brackets inside brackets', () => {
    const c = baseCase();
    c.signUp.scope = 'directorates';
    c.signUp.directorates = ['Adult Social Care', 'Environment'];
    const text = printed({ kind: 'commitment-certificate', model: commitmentCertificateFromCase(c, goAwardV1, ctx) });
    expect(text).toContain('through Adult Social Care, Environment (working towards the whole organisation)');
    expect(text).not.toContain('adult social care');
    expect(text).not.toContain('))');
  });
});

describe('assessment report: a draft is not a decision', () => {
  it('says no recommendation is recorded for a draft the rules refuse, with no justification line and no re-assessment date', () => {
    const c = baseCase();
    c.assessment.criteria.C2 = { judgement: 'partly_met', rationale: '', developmentPoints: '' };
    c.recommendation = {
      outcome: 'full_award',
      developmentPoints: '',
      reassessmentDate: '2027-05-01',
      justification: '',
      recordedAt: null,
    };
    const text = printed({ kind: 'assessment-report', model: assessmentReportFromCase(c, goAwardV1, 'Wales', new Map(), ctx) });
    expect(text).toContain('No recommendation is recorded');
    expect(text).not.toContain('Recommended for the full GO Local Government Award');
    expect(text).not.toContain('No justification was recorded');
    expect(text).not.toContain('re-assessment');
  });

  it('also for an outcome marked recorded that the rules refuse (full award, not eligible, no justification)', () => {
    const c = baseCase();
    c.assessment.criteria.C2 = { judgement: 'partly_met', rationale: '', developmentPoints: '' };
    const text = printed({ kind: 'assessment-report', model: assessmentReportFromCase(c, goAwardV1, 'Wales', new Map(), ctx) });
    expect(text).toContain('No recommendation is recorded');
    expect(() => awardCertificateFromCase(c, 'Wales', ctx)).toThrow(/Record the full-award recommendation/);
  });

  it('counts a criterion’s confidential interview as held back instead of saying nothing is linked', () => {
    const c = baseCase();
    c.assessment.interviews = [
      { id: 'i1', at, name: 'Kerry', role: 'Learner', group: 'learner', notes: 'private', criteria: ['C3'], confidential: true },
    ];
    const text = printed({ kind: 'assessment-report', model: assessmentReportFromCase(c, goAwardV1, 'Wales', new Map(), ctx) });
    expect(text).toContain('One interview linked to this criterion is held back as confidential.');
    const c3 = text.slice(text.indexOf('C3 '), text.indexOf('C4 '));
    expect(c3).not.toContain('No evidence or interviews are linked');
  });

  it('prints the answer given at the visit, never the question written before it', () => {
    const c = baseCase();
    c.actionPlan.requirements.R9 = {
      status: 'partly_met',
      note: 'Ask: who reports progress, and to whom?',
      evidence: '',
      askAtVisit: true,
    };
    const text = printed({ kind: 'assessment-report', model: assessmentReportFromCase(c, goAwardV1, 'Wales', new Map(), ctx) });
    expect(text).not.toContain('who reports progress');
    expect(text).toContain('Asked at the visit; no answer is recorded.');
    c.assessment.interviews = [
      {
        id: 'i1',
        at,
        name: '',
        role: 'Head of HR',
        group: 'hr',
        notes: 'The steering group chair reports quarterly to cabinet.',
        criteria: [],
        answers: ['R9'],
      },
    ];
    const answered = printed({ kind: 'assessment-report', model: assessmentReportFromCase(c, goAwardV1, 'Wales', new Map(), ctx) });
    expect(answered).toContain('Answered at the visit: The steering group chair reports quarterly to cabinet.');
    expect(answered).not.toContain('who reports progress');
  });
});

describe('award certificate: only what the record says', () => {
  it('says “all six criteria” only when all six are met', () => {
    const c = baseCase();
    c.assessment.criteria.C6 = { judgement: 'partly_met', rationale: '', developmentPoints: '' };
    c.recommendation.justification = 'C6 is close; a funded plan starts in January.';
    const text = printed({ kind: 'award-certificate', model: awardCertificateFromCase(c, 'Wales', ctx) });
    expect(text).not.toContain('all six award criteria');
    expect(text).toContain('with 5 of the 6 award criteria judged met at peer assessment');
    expect(printed({ kind: 'award-certificate', model: awardCertificateFromCase(baseCase(), 'Wales', ctx) })).toContain(
      'meeting all six award criteria',
    );
  });

  it('calls a directorate commitment the directorates’, not “whole-organisation”', () => {
    const c = baseCase();
    c.signUp.scope = 'directorates';
    c.signUp.directorates = ['Adult Social Care'];
    const text = printed({ kind: 'award-certificate', model: awardCertificateFromCase(c, 'Wales', ctx) });
    expect(text).not.toContain('whole-organisation');
    expect(text).toContain('the commitment of Adult Social Care, working towards the whole organisation');
    expect(text).not.toContain('((');
  });

  it('is refused with the step to take when the decision is not recorded', () => {
    const c = baseCase();
    c.recommendation.recordedAt = null;
    expect(() => awardCertificateFromCase(c, 'Wales', ctx)).toThrow(
      'Record the full-award recommendation on the case’s Assessment stage before exporting the award certificate.',
    );
  });
});

function workshop(): Workshop {
  const [w] = fc.sample(workshopRecord, { numRuns: 1, seed: 7 });
  return {
    ...w,
    facilitator: 'Megan Hughes',
    closingQuestion: 'What would be your overall top tip for working in partnership?',
    notes: [{ id: 'n1', themeId: w.themes[0].id, groupId: null, text: 'Trust grows slowly.', at, confidential: false }],
    parkingLot: [
      { id: 'p1', text: 'Night-shift car parking', groupId: null, at, confidential: false },
      { id: 'p2', text: 'SECRET parked', groupId: null, at, confidential: true },
    ],
    issues: [
      {
        id: 'is1',
        title: 'Depot rota changes',
        description: '',
        raisedBy: 'Steward',
        raisedOn: w.date,
        individualContractualDispute: false,
        optionsTried: ['Raised at team meeting'],
      },
      {
        id: 'is2',
        title: 'SECRET regrading',
        description: '',
        raisedBy: 'Steward',
        raisedOn: w.date,
        individualContractualDispute: true,
        optionsTried: [],
      },
    ],
  };
}

const escalated = (w: Workshop): LoggedIssue => ({
  id: 'log1',
  organisationId: 'org-truth',
  title: 'Depot rota changes',
  description: '',
  raisedBy: 'Steward',
  raisedOn: w.date,
  level: 'regional',
  options: [
    { id: 'o1', level: 'local', description: 'Raised at team meeting', exhausted: true, recordedAt: at, recordedBy: 'Megan Hughes' },
    { id: 'o2', level: 'regional', description: 'Regional joint panel', exhausted: false, recordedAt: at, recordedBy: 'Megan Hughes' },
  ],
  escalations: [{ from: 'local', to: 'regional', at, by: 'Megan Hughes' }],
  outcome: '',
  resolvedOn: null,
  origin: { kind: 'workshop', id: w.id, key: 'is1' },
  createdAt: at,
  updatedAt: at,
});

describe('workshop documents', () => {
  it('label the signer “Facilitator” only when they are the recorded facilitator', () => {
    const w = workshop();
    const signature = { name: 'Rhiannon Price', role: '', date: '2026-11-22', kind: 'typed' as const };
    const feedback = withExporterSignature({ kind: 'workshop-feedback', model: workshopFeedbackFromWorkshop(w, 'Fforwm', ctx) }, signature);
    const agenda = withExporterSignature(
      {
        kind: 'agenda',
        model: agendaFromWorkshop(
          {
            ...w,
            agenda: [
              {
                id: 'a1',
                title: 'Welcome',
                purpose: 'information',
                lead: '',
                side: 'both',
                minutes: 10,
                papers: '',
                notes: '',
                outcome: '',
              },
            ],
          },
          'Fforwm',
          ctx,
        ),
      },
      signature,
    );
    for (const report of [feedback, agenda]) {
      const text = printed(report);
      expect(text).toContain('Rhiannon Price On behalf of Megan Hughes');
      expect(text).not.toMatch(/Rhiannon Price Facilitator/);
    }
    const own = withExporterSignature(
      { kind: 'workshop-feedback', model: workshopFeedbackFromWorkshop(w, 'Fforwm', ctx) },
      { ...signature, name: 'Megan Hughes' },
    );
    expect(printed(own)).toMatch(/Megan Hughes Facilitator/);
  });

  it('print an issue at the level and status the issue log records, with its options tried', () => {
    const w = workshop();
    const text = printed({ kind: 'workshop-feedback', model: workshopFeedbackFromWorkshop(w, 'Fforwm', ctx, new Map(), [escalated(w)]) });
    expect(text).toMatch(/Depot rota changes .*Regional Escalated/);
    expect(text).toContain('Local: Raised at team meeting');
    expect(text).toContain('Regional: Regional joint panel');
    expect(text).not.toMatch(/Depot rota changes .*Local Open/);
  });

  it('print non-confidential parking-lot points, and the casework sentence under the issues', () => {
    const w = workshop();
    const text = printed({ kind: 'workshop-feedback', model: workshopFeedbackFromWorkshop(w, 'Fforwm', ctx) });
    expect(text).toMatch(/Parking lot Night-shift car parking/);
    expect(text).not.toContain('SECRET');
    expect(text).toMatch(/Issues raised 1 item kept for union casework \(not shown\)\./);
  });

  it('head the summary “Summary”, quoting the closing question as a question', () => {
    const text = printed({ kind: 'workshop-feedback', model: workshopFeedbackFromWorkshop(workshop(), 'Fforwm', ctx) });
    expect(text).toContain('Summary Closing question: What would be your overall top tip for working in partnership?');
  });
});
