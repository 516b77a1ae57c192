import fc from 'fast-check';
import {
  caseSchema,
  interviewGroups,
  judgements,
  requirementStatuses,
  signatoryRoles,
  type CaseRecord,
} from '../../../../shared/domain/case';
import { workshopSchema, type Workshop } from '../../../../shared/domain/workshop';
import { goAwardV1 } from '../../../../shared/frameworks';

/*
 * Generated records for the document truth suite: empty, undecided, complete, long Welsh names
 * (ŵ ŷ), many signatories, contractual disputes, confidential items and unlinked evidence.
 * Anything that must never be published carries the marker SECRET, and every interviewee's
 * name the marker INTERVIEWEE, so a test can search a whole document for them.
 */

export const SECRET = 'SECRET';
export const INTERVIEWEE = 'INTERVIEWEE';
export const LONG_AUTHORITY = 'Cyngor Bwrdeistref Sirol Rhondda Cynon Taf — Gwasanaethau Cymdeithasol ac Addysg Gydol Oes';
export const LONG_PERSON = 'Ŵyn Ŷr ap Rhys-Llŵyd';

const words = [
  'Cyngor',
  'Sir',
  'Gwynedd',
  'Ŵyn',
  'Dŷ',
  'Llŷr',
  'Northvale',
  'Borough',
  'Council',
  'Rhondda',
  'Cynon',
  'Taf',
  'Gwasanaethau',
  'Addysg',
  'Gydol',
  'Oes',
  'Castlemere',
  'and',
  'of',
  '—',
  'Ynys',
  'Môn',
  'Caerffili',
  'Ceredigion',
];
const phrase = (min: number, max: number) =>
  fc.array(fc.constantFrom(...words), { minLength: min, maxLength: max }).map((w) => w.join(' '));

export const authorityName = fc.oneof(
  fc.constantFrom('Northvale Borough Council', 'Cyngor Sir Ynys Môn', LONG_AUTHORITY, `${LONG_AUTHORITY} a Chyngor Dinas Caerdydd`),
  phrase(1, 14),
);
export const personName = fc.oneof(
  fc.constantFrom('Priya Shah', 'Siân Llŷr', LONG_PERSON, 'Cllr Ŵyn Ŷr ap Rhys-Llŵyd-Williams', 'Dafydd Morgan'),
  phrase(2, 5),
);

const BASE = Date.UTC(2024, 0, 1);
export const isoDay = fc.integer({ min: 0, max: 1100 }).map((d) => new Date(BASE + d * 86_400_000).toISOString().slice(0, 10));
const criterionIds = goAwardV1.criteria.map((c) => c.id);
const someCriteria = fc.subarray(criterionIds);
/** A few words that never collide with fixed document text. */
const note = (i: number) => fc.constantFrom('', `Note ${i}: learners from waste services.`, `Note ${i}: ŵ ŷ café naïve`);

const signatory = fc.record({
  name: fc.oneof({ weight: 5, arbitrary: personName }, { weight: 1, arbitrary: fc.constant('  ') }),
  role: fc.constantFrom(...signatoryRoles),
  date: fc.option(isoDay, { nil: null }),
  signature: fc.constantFrom(null, 'typed' as const),
});

const evidence = (i: number) =>
  fc.record({
    kind: fc.constantFrom('document', 'interview', 'observation', 'data'),
    source: fc.constantFrom(`Source ${i}`, `Workforce plan ${i}`, `Ffynhonnell ${i} ŵ`),
    date: fc.option(isoDay, { nil: null }),
    note: note(i),
    criteria: someCriteria,
  });

const interview = (i: number) =>
  fc.record({
    name: fc.constantFrom(`${INTERVIEWEE} ${i} Llŷr`, ''),
    role: fc.constantFrom(`Role ${i}`, ''),
    group: fc.option(fc.constantFrom(...interviewGroups), { nil: null }),
    criteria: someCriteria,
    confidential: fc.boolean(),
    namedNotes: fc.boolean(),
  });

/** How many of each list a generated record may hold (the layout suite asks for long tables). */
export interface CaseSizes {
  evidence: number;
  interviews: number;
  /** Every list at least half its maximum: long tables for the layout suite. */
  long?: boolean;
}
const least = (max: number, long?: boolean) => (long ? Math.ceil(max / 2) : 0);

/** A case in any state, from freshly notified to recorded full award. */
export const caseRecordOf = (sizes: CaseSizes = { evidence: 8, interviews: 6 }): fc.Arbitrary<CaseRecord> =>
  fc
    .record({
      organisationName: authorityName,
      assessor: fc.oneof(personName, fc.constant('')),
      assessors: fc.array(personName, { maxLength: 3 }),
      leadOfficer: fc.oneof(personName, fc.constant('')),
      signUpDate: fc.option(isoDay, { nil: null }),
      scope: fc.constantFrom('whole_organisation', 'directorates'),
      directorates: fc.array(phrase(1, 4), { maxLength: 4 }),
      signatories: fc.array(signatory, { maxLength: 6 }),
      receivedDate: fc.option(isoDay, { nil: null }),
      requirements: fc.array(fc.option(fc.constantFrom(...requirementStatuses), { nil: null }), { minLength: 9, maxLength: 9 }),
      judged: fc.array(
        fc.option(
          fc.record({
            judgement: fc.constantFrom(...judgements),
            points: fc.constantFrom('', '1. Add it to service plans\n2. Brief directors', '- One\n• Two'),
          }),
          { nil: null },
        ),
        { minLength: 6, maxLength: 6 },
      ),
      visitDates: fc.array(isoDay, { maxLength: 3 }),
      evidence: fc
        .integer({ min: least(sizes.evidence, sizes.long), max: sizes.evidence })
        .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => evidence(i)))),
      interviews: fc
        .integer({ min: least(sizes.interviews, sizes.long), max: sizes.interviews })
        .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => interview(i)))),
      community: fc.constantFrom(null, true, false),
      namePeople: fc.boolean(),
      outcome: fc.constantFrom(null, 'full_award', 'not_yet'),
      recorded: fc.boolean(),
      reassessment: fc.option(isoDay, { nil: null }),
      // A recommendation that differs from eligibility is recorded only with a justification.
      justification: fc.constantFrom(
        '',
        'The panel saw strong evidence on the day; the gap is closing.',
        'Gwelodd y panel dystiolaeth gref ar y diwrnod.',
      ),
    })
    .map((g) =>
      caseSchema.parse({
        schemaVersion: 1,
        id: 'case-truth01',
        organisationId: 'org-truth',
        organisationName: g.organisationName,
        framework: { id: goAwardV1.id, version: goAwardV1.version },
        assessor: g.assessor,
        notify: {
          date: '2024-01-01',
          kind: 'commenced',
          leadOfficerName: g.leadOfficer,
          leadOfficerRole: g.leadOfficer ? 'Lead officer' : '',
        },
        signUp: {
          date: g.signUpDate,
          scope: g.scope,
          directorates: g.directorates.filter((d) => d.trim()),
          signatories: g.signatories.map((s, i) => ({
            id: `s${i}`,
            name: s.name,
            role: s.role,
            date: s.date,
            signature: s.signature === 'typed' && s.name.trim() ? { kind: 'typed', name: s.name.trim() } : null,
          })),
        },
        actionPlan: {
          receivedDate: g.receivedDate,
          requirements: Object.fromEntries(
            g.requirements.flatMap((status, i) => (status ? [[`R${i + 1}`, { status, note: '', evidence: '' }]] : [])),
          ),
        },
        assessment: {
          visitDates: g.visitDates,
          assessors: g.assessors,
          criteria: Object.fromEntries(
            g.judged.flatMap((j, i) =>
              j
                ? [
                    [
                      criterionIds[i],
                      { judgement: j.judgement, rationale: `Rationale for ${criterionIds[i]}.`, developmentPoints: j.points },
                    ],
                  ]
                : [],
            ),
          ),
          evidence: g.evidence.map((e, i) => ({ ...e, id: `e${i}`, attachments: [], createdAt: '2025-01-01T09:00:00.000Z' })),
          interviews: g.interviews.map((v, i) => ({
            id: `i${i}`,
            at: '2025-02-03T10:00:00.000Z',
            name: v.name,
            role: v.confidential ? `${SECRET} role ${i}` : v.role,
            group: v.group,
            notes: v.confidential ? `${SECRET} notes ${i}` : `Notes ${i}`,
            criteria: v.criteria,
            confidential: v.confidential,
          })),
          communityRecognised: g.community,
          communityNote: '',
          namePeopleInReport: g.namePeople,
        },
        recommendation: {
          outcome: g.outcome,
          developmentPoints: '1. Share the model\n2. Review annually',
          reassessmentDate: g.reassessment,
          justification: g.justification,
          recordedAt: g.outcome && g.recorded ? '2025-06-01T12:00:00.000Z' : null,
        },
        createdAt: '2024-01-01T09:00:00.000Z',
        updatedAt: '2025-06-01T12:00:00.000Z',
      }),
    );
export const caseRecord = caseRecordOf();

const themeTitles = [
  'Effective communications',
  'Resources',
  'Behaviours and culture',
  'Clear vision',
  'Gŵyl y Bartneriaeth',
  'Delivering',
  'Joint agenda',
  'Improvement and review',
  'Membership',
  'Processes',
];

export interface WorkshopSizes {
  actions: number;
  issues: number;
  agenda: number;
  long?: boolean;
}

/** A workshop from just planned to fully captured, with confidential items and disputes. */
export const workshopRecordOf = (sizes: WorkshopSizes = { actions: 6, issues: 4, agenda: 6 }): fc.Arbitrary<Workshop> =>
  fc
    .record({
      title: fc.oneof(fc.constantFrom('Partnership health check', 'Fforwm Partneriaeth — adolygiad blynyddol ŵ ŷ'), phrase(1, 8)),
      date: isoDay,
      themeCount: fc.integer({ min: 1, max: 10 }),
      groupCount: fc.integer({ min: 0, max: 4 }),
      attendees: fc.array(
        fc.record({ name: personName, organisation: fc.constantFrom('', 'UNISON', 'Northvale Borough Council', LONG_AUTHORITY) }),
        { maxLength: 8 },
      ),
      notes: fc.array(
        fc.record({ theme: fc.option(fc.nat(9), { nil: null }), group: fc.option(fc.nat(3), { nil: null }), confidential: fc.boolean() }),
        { maxLength: 12 },
      ),
      ratings: fc.array(fc.record({ theme: fc.nat(9), group: fc.nat(3), value: fc.integer({ min: 0, max: 4 }) }), { maxLength: 12 }),
      tips: fc.array(fc.record({ group: fc.option(fc.nat(3), { nil: null }), confidential: fc.boolean() }), { maxLength: 4 }),
      parking: fc.array(fc.boolean(), { maxLength: 3 }),
      actions: fc.array(fc.record({ due: fc.option(isoDay, { nil: null }), status: fc.constantFrom('red', 'amber', 'green', 'done') }), {
        minLength: least(sizes.actions, sizes.long),
        maxLength: sizes.actions,
      }),
      issues: fc.array(fc.boolean(), { minLength: least(sizes.issues, sizes.long), maxLength: sizes.issues }),
      agenda: fc.array(
        fc.record({
          minutes: fc.integer({ min: 0, max: sizes.long ? 20 : 90 }),
          purpose: fc.constantFrom('information', 'discussion', 'decision', 'action'),
        }),
        { minLength: least(sizes.agenda, sizes.long), maxLength: sizes.agenda },
      ),
      facilitator: personName,
    })
    .map((g) => {
      const themes = themeTitles.slice(0, g.themeCount).map((title, i) => ({ id: `t${i}`, title, prompts: [] }));
      const groups = Array.from({ length: g.groupCount }, (_, i) => ({ id: `g${i}`, name: `Table ${String.fromCharCode(65 + i)}` }));
      const at = `${g.date}T10:00:00.000Z`;
      const themeId = (n: number | null) => (n === null || themes.length === 0 ? null : themes[n % themes.length].id);
      const groupId = (n: number | null) => (n === null || groups.length === 0 ? null : groups[n % groups.length].id);
      const ratings = new Map<string, { themeId: string; groupId: string; value: number; at: string }>();
      for (const r of g.ratings) {
        const t = themeId(r.theme);
        const gr = groupId(r.group);
        if (t && gr) ratings.set(`${t}:${gr}`, { themeId: t, groupId: gr, value: r.value, at });
      }
      return workshopSchema.parse({
        id: 'ws-truth01',
        title: g.title,
        organisationId: 'org-truth',
        date: g.date,
        venue: 'Neuadd y Dref',
        startTime: '09:30',
        sessionMinutes: null,
        facilitator: g.facilitator,
        templateId: 'partnership-health-check',
        templateVersion: 1,
        templateName: 'Partnership health check',
        themes,
        closingQuestion: null,
        attendees: g.attendees.map((a, i) => ({ id: `a${i}`, name: a.name, organisation: a.organisation, side: 'other' })),
        groups,
        agenda: g.agenda.map((a, i) => ({
          id: `ag${i}`,
          title: `Item ${i + 1} ŵ`,
          purpose: a.purpose,
          lead: '',
          side: 'both',
          minutes: a.minutes,
          papers: '',
          notes: '',
          outcome: '',
        })),
        notes: g.notes.map((n, i) => ({
          id: `n${i}`,
          themeId: themeId(n.theme),
          groupId: groupId(n.group),
          text: n.confidential ? `${SECRET} note ${i}` : `Said ${i}: trust grows slowly`,
          at,
          confidential: n.confidential,
        })),
        ratings: [...ratings.values()],
        topTips: g.tips.map((t, i) => ({
          id: `tip${i}`,
          text: t.confidential ? `${SECRET} tip ${i}` : `Tip ${i}: no surprises`,
          groupId: groupId(t.group),
          at,
          confidential: t.confidential,
        })),
        parkingLot: g.parking.map((c, i) => ({
          id: `p${i}`,
          text: c ? `${SECRET} parked ${i}` : `Parked ${i}`,
          groupId: null,
          at,
          confidential: c,
        })),
        actions: g.actions.map((a, i) => ({
          id: `x${i}`,
          what: `Action ${i} ŵ`,
          owner: 'Owner',
          side: 'both',
          dueDate: a.due,
          status: a.status,
          progress: [],
          createdAt: at,
          updatedAt: at,
        })),
        issues: g.issues.map((dispute, i) => ({
          id: `is${i}`,
          title: dispute ? `${SECRET} contract of a colleague ${i}` : `Issue ${i}: depot timetable`,
          description: dispute ? `${SECRET} pay grade detail` : '',
          raisedBy: 'Branch secretary',
          raisedOn: g.date,
          individualContractualDispute: dispute,
        })),
        status: 'complete',
        completedAt: at,
        createdAt: at,
        updatedAt: at,
      });
    });
export const workshopRecord = workshopRecordOf();
