import type {
  ActionIssueLogModel,
  RegionalMapModel,
  AgendaModel,
  AssessmentReportModel,
  AwardCertificateModel,
  CommitmentCertificateModel,
  ReportAction,
  ReportIssue,
  ReportKind,
  ReportModel,
  WorkshopFeedbackModel,
} from '../../../shared/domain/report-models';
import { sampleDrawnSignature, sampleEvidenceImage } from './sample-drawings';
import { scaleImageForReport } from './scale-image';

/*
 * Realistic sample models with fictional people and places. They feed the unit and
 * integration tests, the in-app sample preview and `npm run demo:export`, until the case and
 * workshop adapters supply real records.
 */

const AUTHORITY = 'Northvale Borough Council';
const ASSESSOR = 'Priya Shah';
const FACILITATOR = 'Gwenllian Ŵyn Prydderch';

const meta = (documentId: string, createdAt: string, author = ASSESSOR) => ({
  documentId,
  createdAt,
  author,
  authorOrganisation: 'Eastmoor Regional Employers',
  issuer: { name: 'Eastmoor Regional Employers’ Organisation', addressLine: 'Unit 4, Civic Quarter, Eastmoor EM1 2AB', logo: null },
});

export const sampleCriteria = [
  [
    'C1',
    'Whole organisational approach',
    'Learning opportunities available to everyone with Skills for Life needs, not limited to a few departments or teams',
  ],
  ['C2', 'Towards a strategy for the authority', 'Skills for Life considered and addressed at all stages in planning processes'],
  ['C3', 'Developing staff to support Skills for Life (supervisors, mentors, union learning reps, HR)', 'Internal capacity built'],
  ['C4', 'Appropriate identification of staff with Skills for Life needs', 'Positive initial and diagnostic assessment of all staff'],
  ['C5', 'Flexibility in delivery in the workplace', 'Staff not penalised in any way when taking up a Skills for Life offer'],
  [
    'C6',
    'Skills for Life offer part of the wider staff development programme, with IAG and progression routes mapped',
    'Full and appropriate signposting and advice',
  ],
] as const;

export const sampleRequirements = [
  'Be in writing and available to everyone',
  'State that helping employees improve their Skills for Life is a commitment of the whole authority',
  'Include an assessment of need',
  'Have clear aims and objectives',
  'Include the measures that will be taken to improve Skills for Life for employees',
  'Set realistic but challenging timescales',
  'Detail resource',
  'Identify accountability',
  'State how the action plan will be monitored',
] as const;

export function sampleAssessmentReport(evidenceImage?: { dataUrl: string; width: number; height: number }): AssessmentReportModel {
  const rationale = [
    'Learning centres operate in the depot, the civic centre and two libraries; refuse and catering crews have protected time on every shift pattern. Take-up has spread from two directorates in 2024 to all five.',
    'Skills for Life appears in the corporate plan, the workforce strategy and each directorate’s service plan; the steering group reports to the corporate management team each quarter.',
    'Fourteen union learning reps are trained and released; supervisors complete a half-day awareness module, and HR business partners hold a referral route.',
    'Initial assessment is offered at induction and at appraisal; staff described it as “a conversation, not a test”. Diagnostic assessment is available on request in every centre.',
    'Learning takes place in paid time with cover arranged; night-shift staff in the care homes can use the mobile learning bus. No evidence of anyone being penalised for attending.',
    'The offer sits in the learning and development catalogue with progression routes to NVQs and apprenticeships. IAG is available, though signposting for part-time staff in schools is still patchy.',
  ];
  const judgements = ['met', 'met', 'met', 'met', 'met', 'partly_met'] as const;
  return {
    meta: meta('CB-AR-2026-0142', '2026-11-20T15:42:00Z'),
    authority: { name: AUTHORITY, region: 'North West' },
    scope: 'Whole organisation',
    visitDates: ['2026-11-03', '2026-11-04'],
    assessors: [ASSESSOR],
    leadOfficer: { name: 'Helen Okafor', role: 'Head of Organisational Development' },
    unlinkedEvidence: [],
    confidentialInterviews: 0,
    summary:
      'Northvale has built a genuinely whole-authority approach to Skills for Life since signing up in January 2026. The action plan is owned by the corporate management team, the union learning representatives are visible and respected, and front-line staff in the depot and care homes spoke with confidence about the support they had received. One criterion is partly met: information, advice and guidance does not yet reach part-time staff in schools consistently.',
    criteria: sampleCriteria.map(([id, title, lookingFor], i) => ({
      id,
      title,
      lookingFor,
      judgement: judgements[i],
      rationale: rationale[i],
      developmentPoints:
        i === 5
          ? [
              'Extend IAG sessions to part-time school support staff, with term-time timings.',
              'Publish the progression map on the staff intranet and in the school bulletin.',
            ]
          : [],
      interviews: [],
      heldBack: 0,
      evidence: [
        {
          kind: 'document',
          source: 'Skills for Life action plan v3',
          date: '2026-09-30',
          note: `Section ${i + 2} sets out the approach for ${title.toLowerCase()}.`,
          images: [],
        },
        {
          kind: 'interview',
          source: i % 2 ? 'Union learning rep, depot' : 'Learner, catering',
          date: '2026-11-03',
          note: 'Described the support received and how time off was arranged.',
          images: [],
        },
        ...(i === 0 && evidenceImage
          ? [
              {
                kind: 'data' as const,
                source: 'Learning centre enrolment figures',
                date: '2026-10-31',
                note: 'Enrolments by quarter across all five directorates.',
                images: [{ caption: 'Enrolments by quarter, 2025–26', ...evidenceImage }],
              },
            ]
          : []),
      ],
    })),
    requirements: sampleRequirements.map((text, i) => ({
      number: i + 1,
      text,
      status: 'met' as const,
      note: i === 2 ? 'Survey of 1,240 staff, 2025' : '',
      asked: false,
    })),
    eligibility: { eligible: false, missing: ['C6 is partly met'] },
    recommendation: {
      outcome: 'full_award',
      justification:
        'C6 is partly met only for part-time school support staff, a group the authority had already identified; a funded plan to reach them starts in January. Everything else is strong, and withholding the award would lose the momentum the steering group has built.',
      developmentPoints: [
        'Reach part-time school support staff with IAG (see C6).',
        'Keep the learning bus timetable aligned with care-home night shifts.',
        'Share the depot learning centre model with neighbouring authorities.',
      ],
      reassessmentDate: null,
    },
    communityPartnership: {
      status: 'recognised',
      note: 'The authority runs family learning with the Northvale Community College and opens its learning centres to residents two evenings a week.',
    },
    peopleMet: [
      { name: 'Dafydd Morgan', role: 'Chief Executive', group: 'senior_leader' },
      { name: 'Helen Okafor', role: 'Head of Organisational Development (lead officer)', group: 'hr' },
      { name: 'Marcus Bell', role: 'Union learning rep, depot', group: 'union_learning_rep' },
      { name: 'Aisha Rahman', role: 'Catering assistant, learner', group: 'learner' },
      { name: 'Tom Hughes', role: 'Refuse crew supervisor', group: 'manager' },
      { name: 'Carys Lloyd', role: 'Family learning coordinator, Northvale Community College', group: 'community_partner' },
    ],
    declaration:
      'I carried out this peer assessment on behalf of the regional employers’ organisation. The judgements above rest on the evidence listed and on the interviews I held; I have no conflict of interest with the authority.',
    assessorSignature: { name: ASSESSOR, role: 'Peer assessor', date: '2026-11-20', kind: 'drawn', image: sampleDrawnSignature(7) },
  };
}

export function sampleCommitmentCertificate(): CommitmentCertificateModel {
  return {
    meta: meta('CB-CC-2026-0031', '2026-01-16T11:05:00Z', 'Rhiannon Price'),
    authority: { name: AUTHORITY },
    scope: 'Whole organisation',
    directorates: [],
    signUpDate: '2026-01-15',
    actionPlanDue: '2026-10-15',
    signatories: [
      {
        name: 'Dafydd Morgan',
        role: 'Chief Executive',
        signature: { kind: 'drawn', signedAs: 'Dafydd Morgan', date: '2026-01-15', image: sampleDrawnSignature(1) },
      },
      {
        name: 'Cllr Joanne Whitfield',
        role: 'Elected member, Cabinet lead for resources',
        signature: { kind: 'drawn', signedAs: 'Cllr Joanne Whitfield', date: '2026-01-15', image: sampleDrawnSignature(2) },
      },
      { name: 'Helen Okafor', role: 'Lead officer', signature: { kind: 'typed', signedAs: 'Helen Okafor', date: '2026-01-15' } },
    ],
    assessors: [],
    issuers: ["Employers' Organisation", 'Skills for Life Strategy Unit'],
    issuedBy: { name: 'Rhiannon Price', role: 'Regional coordinator', date: '2026-01-16', kind: 'drawn', image: sampleDrawnSignature(3) },
  };
}

export function sampleAwardCertificate(): AwardCertificateModel {
  return {
    meta: meta('CB-AC-2026-0009', '2026-12-02T09:30:00Z', 'Rhiannon Price'),
    authority: { name: AUTHORITY, region: 'North West' },
    scope: 'Whole organisation',
    directorates: [],
    criteriaMet: { met: 5, of: 6 },
    awardedOn: '2026-12-01',
    communityPartnershipRecognised: true,
    assessorName: ASSESSOR,
    assessors: [ASSESSOR],
    issuers: ["Employers' Organisation", 'Skills for Life Strategy Unit'],
    issuedBy: { name: 'Rhiannon Price', role: 'Regional coordinator', date: '2026-12-02', kind: 'drawn', image: sampleDrawnSignature(3) },
  };
}

const sampleActions: ReportAction[] = [
  {
    what: 'Agree a joint communications plan for the restructure, with a staff-side voice in every briefing',
    owner: 'Sam Adeyemi',
    side: 'both',
    dueDate: '2026-12-12',
    status: 'amber',
    context: 'Effective communications',
    latestProgress: 'First draft shared with staff side.',
  },
  {
    what: 'Review facility time arrangements for peak periods of organisational change',
    owner: 'Helen Okafor',
    side: 'management',
    dueDate: '2026-11-14',
    status: 'red',
    context: 'Resources',
    latestProgress: '',
  },
  {
    what: 'Run a joint partnership skills session for new managers and reps',
    owner: 'Marcus Bell',
    side: 'staff_side',
    dueDate: '2027-01-30',
    status: 'green',
    context: 'Behaviours and culture',
    latestProgress: 'Venue booked at Ty Ŵyn Centre.',
  },
  {
    what: 'Publish agreed forum minutes on the intranet within ten working days',
    owner: 'Forum secretary',
    side: 'both',
    dueDate: '2026-10-31',
    status: 'done',
    context: 'Processes and organisation',
    latestProgress: 'Done for October.',
  },
];

const sampleIssues: ReportIssue[] = [
  {
    title: 'Release of reps for forum sub-groups in the care homes',
    description: 'Rota pressures mean reps in the care homes cannot attend the sub-group meetings.',
    level: 'regional',
    status: 'escalated',
    raisedOn: '2026-09-18',
    raisedBy: 'Staff side',
    optionsTried: [
      { level: 'local', description: 'Moved meetings to shift change-over; attendance still under half.' },
      { level: 'local', description: 'Offered video attendance; no equipment in two homes.' },
    ],
  },
  {
    title: 'Consultation timetable for the depot relocation',
    description: 'Staff side asked for two more weeks before the options paper goes to cabinet.',
    level: 'local',
    status: 'open',
    raisedOn: '2026-11-10',
    raisedBy: 'Unison branch secretary',
    optionsTried: [],
  },
];

const workshop = {
  title: 'What does good look like? Partnership review',
  partnership: 'Northvale Joint Partnership Forum',
  date: '2026-11-12',
  venue: 'Council Chamber, Northvale Civic Centre',
  startTime: '09:30',
  facilitator: FACILITATOR,
};

export function sampleWorkshopFeedback(): WorkshopFeedbackModel {
  const theme = (title: string, keyPoints: string[], suggestions: string[], ratings: number[], previousMedian: number | null) => ({
    title,
    discussed: true,
    summary: '',
    keyPoints,
    suggestions,
    ratings: ratings.map((rating, i) => ({ group: `Table ${String.fromCharCode(65 + i)}`, rating })),
    previousMedian,
  });
  return {
    meta: meta('CB-WF-2026-0057', '2026-11-14T16:20:00Z', FACILITATOR),
    workshop,
    question: 'What does a model social partnership look like here?',
    asOf: '2026-11-14',
    introduction:
      'Forty partners from management and staff side worked in four table groups through nine themes of a model social partnership, rating where the forum stands on each and suggesting what to do next. This report brings together what the groups said.',
    parkingLot: [],
    attendance: {
      total: 40,
      organisations: ['Northvale Borough Council', 'Unison Northvale branch', 'GMB', 'Unite', 'Northvale Community College'],
    },
    themes: [
      theme(
        'Effective communications',
        ['Two-way communication is key to every part of partnership working.', 'Staff hear about change too late and second-hand.'],
        [
          'Consult before deciding, so staff can shape decisions.',
          'Joint signatures on shared messages.',
          'Face-to-face team briefings, done in partnership.',
        ],
        [2, 1, 2, 3],
        1,
      ),
      theme(
        'Resources',
        ['Time to engage in strategic planning is the scarcest resource for both sides.'],
        [
          'Review flexibility in time-off arrangements during peaks of organisational change.',
          'A designated director with administrative support for the forum.',
        ],
        [1, 1, 2, 1],
        1,
      ),
      theme(
        'Behaviours and culture',
        ['Trust grows from confidentiality kept and no surprises.', 'Mutual respect even when views differ.'],
        ['Lead by example at every level.', 'Train managers in behaviours that support partnership.'],
        [3, 2, 3, 3],
        2,
      ),
      theme(
        'Processes and organisation',
        ['Agendas are long and do not separate decisions from information.'],
        [
          'Agree hot topics in advance; label every item for information, discussion or decision.',
          'Meetings that reflect 24/7 working patterns.',
        ],
        [2, 2, 1, 2],
        null,
      ),
      theme(
        'Clear vision',
        ['No shared definition of what the forum is for.'],
        ['Agree a one-page statement of purpose in partnership.'],
        [1, 0, 1, 1],
        null,
      ),
      theme(
        'Membership, skills and accountability',
        ['Membership changes often; new members get no induction.'],
        ['A short joint induction for new forum members.'],
        [2, 2, 2, 3],
        null,
      ),
      theme(
        'Delivering',
        ['Actions drift without owners and dates.'],
        ['Every action with an owner, a side and a due date, reviewed at each meeting.'],
        [2, 1, 2, 2],
        null,
      ),
      theme(
        'Joint strategic agenda setting',
        ['The agenda is mostly set by management.'],
        ['Staff side tables at least one item per meeting.'],
        [1, 1, 1, 2],
        null,
      ),
      theme(
        'Improvement and review',
        ['The forum has never reviewed itself.'],
        ['Repeat this review annually and compare the ratings.'],
        [1, 2, 1, 1],
        null,
      ),
    ],
    withheld: { casework: 1, confidential: 0 },
    topTips: [
      'Start with trust: no surprises, on either side.',
      'Agree what “partnership” means before you agree anything else.',
      'Keep actions few, owned and dated.',
      'Celebrate what works — Gŵyl y Bartneriaeth every spring!',
    ],
    actions: sampleActions,
    issues: sampleIssues,
    facilitatorSignature: { name: FACILITATOR, role: 'Regional facilitator', date: '2026-11-14', kind: 'typed' },
  };
}

export function sampleAgenda(): AgendaModel {
  return {
    meta: meta('CB-AG-2026-0061', '2026-11-05T10:00:00Z', FACILITATOR),
    workshop,
    items: [
      {
        title: 'Welcome and introductions in pairs',
        purpose: 'information',
        lead: FACILITATOR,
        side: 'other',
        minutes: 20,
        papers: [],
        notes: 'Introduce the person next to you: name, role, one hope for today.',
      },
      {
        title: 'Progress against the partnership roadmap',
        purpose: 'discussion',
        lead: 'Helen Okafor',
        side: 'management',
        minutes: 25,
        papers: ['Paper A: roadmap RAG report'],
        notes: 'Standing item.',
      },
      {
        title: 'What does good look like? Table-group work on the nine themes',
        purpose: 'discussion',
        lead: FACILITATOR,
        side: 'other',
        minutes: 75,
        papers: ['Paper B: theme prompts'],
        notes: 'Each table rates the forum 0–4 per theme.',
      },
      { title: 'Break', purpose: 'information', lead: '', side: 'other', minutes: 15, papers: [], notes: '' },
      {
        title: 'Depot relocation: consultation timetable',
        purpose: 'decision',
        lead: 'Marcus Bell',
        side: 'staff_side',
        minutes: 20,
        papers: ['Paper C: staff side proposal'],
        notes: '',
      },
      { title: 'Actions, owners and next steps', purpose: 'action', lead: 'Sam Adeyemi', side: 'both', minutes: 15, papers: [], notes: '' },
    ],
    facilitatorSignature: { name: FACILITATOR, role: 'Regional facilitator', date: '2026-11-05', kind: 'typed' },
  };
}

export function sampleActionIssueLog(): ActionIssueLogModel {
  return {
    meta: meta('CB-AL-2026-0018', '2026-11-21T12:00:00Z', FACILITATOR),
    title: 'Partnership action and issue log',
    organisation: 'Northvale Joint Partnership Forum',
    asOf: '2026-11-21',
    actions: sampleActions,
    issues: sampleIssues,
    withheld: { casework: 0, confidential: 0 },
    signature: { name: FACILITATOR, role: 'Regional facilitator', date: '2026-11-21', kind: 'typed' },
  };
}

export function sampleRegionalMap(): RegionalMapModel {
  return {
    meta: meta('CB-RM-2026-0004', '2026-11-21T12:00:00Z', FACILITATOR),
    scope: 'All regions, all sectors',
    asOf: '2026-11-21',
    themes: ['Communication and consultation', 'Joint problem-solving', 'Learning and development', 'Trust and openness'],
    rows: [
      {
        name: 'Castlemere City Council',
        region: 'North West',
        sector: 'Local authority',
        stage: 'Full award',
        overdueActions: 0,
        openIssues: 1,
        ratings: [4, 3, 3.5, 4],
      },
      {
        name: 'Cyngor Sir Ynys Môn',
        region: 'Wales',
        sector: 'Local authority',
        stage: 'Action plan',
        overdueActions: 2,
        openIssues: 0,
        ratings: [2, null, 1, 2],
      },
      {
        name: 'Eastmoor Hospitals NHS Trust',
        region: 'East of England',
        sector: 'NHS trust',
        stage: 'No case',
        overdueActions: 1,
        openIssues: 3,
        ratings: [0, 1, 2, 1],
      },
    ],
    signature: { name: FACILITATOR, role: 'Regional facilitator', date: '2026-11-21', kind: 'typed' },
  };
}

/** A sample of each kind, tagged for the document registry. */
export function sampleReport(kind: ReportKind): ReportModel {
  switch (kind) {
    case 'commitment-certificate':
      return { kind, model: sampleCommitmentCertificate() };
    case 'assessment-report':
      return { kind, model: sampleAssessmentReport(scaleImageForReport(sampleEvidenceImage(), 'Enrolments by quarter')) };
    case 'award-certificate':
      return { kind, model: sampleAwardCertificate() };
    case 'workshop-feedback':
      return { kind, model: sampleWorkshopFeedback() };
    case 'agenda':
      return { kind, model: sampleAgenda() };
    case 'action-issue-log':
      return { kind, model: sampleActionIssueLog() };
    case 'regional-map':
      return { kind, model: sampleRegionalMap() };
  }
}
