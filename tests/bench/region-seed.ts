import { regions } from '../../shared/domain/common';
import { organisationSchema, organisationTypes, type Organisation } from '../../shared/domain/organisation';
import { workshopSchema } from '../../shared/domain/workshop';
import {
  caseDbName,
  checkIncoming,
  checkIncomingIssue,
  checkIncomingSharedCase,
  issueDocId,
  REGION_DB,
  sharedCaseDocId,
} from '../../shared/sync/docs';
import { COORDINATOR_ROLE } from '../../electron/services/sync/setup';
import { eachLimited } from '../../electron/services/sync/shared-cases';
import { ADMIN, type Couch } from '../unit/sync/couch-server';
import { generateCase } from './cases';
import { pick, seededRandom, sentence } from './random';

/**
 * A region as it looks after a few years, seeded (deterministically) onto the loopback server
 * through its HTTP API: 50 people, 2,000 shared cases each in its own database (set up by the
 * coordinator's real `region:setup`, security objects and design documents included), and the
 * regional database with 500 workshops (actions, attendees, notes, issues), the escalated
 * issues and the 2,000 case announcements (each carrying its organisation record and members, as
 * the owner's Casebook writes them).
 */
export interface RegionShape {
  people: number;
  cases: number;
  workshops: number;
  organisations: number;
  escalatedIssues: number;
}

export const REGION_SHAPE: RegionShape = { people: 50, cases: 2_000, workshops: 500, organisations: 400, escalatedIssues: 300 };

/** The new member: in the region's user list, co-assessor on some cases, with an empty laptop. */
export const NEWCOMER = 'p00';
export const person = (i: number) => `p${i.toString().padStart(2, '0')}`;
const displayName = (i: number) => `Assessor ${i.toString().padStart(2, '0')} Ŵyn`;
const AT = '2026-03-16T10:00:00.000Z';

const auth = `Basic ${Buffer.from(`${ADMIN.username}:${ADMIN.password}`).toString('base64')}`;

async function post(url: string, body: unknown) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { authorization: auth, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!res.ok) throw new Error(`seeding ${url}: ${res.status} ${await res.text()}`);
  const rows = (await res.json()) as { error?: string; id: string }[];
  const failed = rows.find((r) => r.error);
  if (failed) throw new Error(`seeding ${url}: ${failed.id} ${failed.error}`);
}

/** Every document is checked with the app's own schemas first: one the pull would refuse would falsify the figures. */
function must<T extends { ok: boolean }>(checked: T, id: string): void {
  if (!checked.ok) throw new Error(`seeded ${id} fails the app's schema: ${(checked as { reason?: string }).reason}`);
}

function organisation(random: () => number, i: number): Organisation {
  return organisationSchema.parse({
    id: `org-${i}`,
    name: `Cyngor ${i.toString().padStart(3, '0')} — ${pick(random, ['Borough', 'County', 'City', 'Trust'])}`,
    type: pick(random, organisationTypes),
    region: pick(random, regions),
    contacts: [{ name: `Lead officer ${i}`, role: 'Lead officer' }],
    createdAt: AT,
    updatedAt: AT,
  });
}

function workshop(random: () => number, i: number, orgs: Organisation[]) {
  const at = AT;
  const record = workshopSchema.parse({
    id: `w${i}`,
    title: `Partnership forum ${i}`,
    organisationId: pick(random, orgs).id,
    date: '2026-03-16',
    venue: 'Town Hall',
    startTime: '10:00',
    sessionMinutes: 120,
    facilitator: displayName(i % 50),
    templateId: 'what-good-looks-like',
    templateVersion: 1,
    templateName: 'What good looks like',
    themes: [{ id: 't1', title: 'Learning culture', prompts: ['What works?'] }],
    closingQuestion: null,
    attendees: Array.from({ length: 8 }, (_, j) => ({ id: `at${j}`, name: `Attendee ${j}`, side: j % 2 ? 'management' : 'staff_side' })),
    notes: Array.from({ length: 12 }, (_, j) => ({ id: `n${j}`, themeId: 't1', groupId: null, text: sentence(random, 25), at })),
    actions: Array.from({ length: 5 }, (_, j) => ({
      id: `a${i}-${j}`,
      what: `Action ${j}: ${sentence(random, 8)}`.slice(0, 200),
      owner: 'Chair',
      side: 'both',
      dueDate: '2026-06-30',
      status: pick(random, ['green', 'amber', 'red'] as const),
      createdAt: at,
      updatedAt: at,
    })),
    issues: Array.from({ length: 1 + Math.floor(random() * 2) }, (_, j) => ({
      id: `i${i}-${j}`,
      title: `Issue ${j}: ${sentence(random, 6)}`.slice(0, 200),
      description: sentence(random, 30),
      raisedOn: '2026-03-16',
    })),
    createdAt: at,
    updatedAt: at,
    revision: 1,
  });
  const { revision: _r, updatedAt: _u, ...body } = record;
  return { _id: `workshop:w${i}`, type: 'workshop', v: 1, author: displayName(i % 50), at, body };
}

function escalatedIssue(random: () => number, i: number, orgs: Organisation[]) {
  const org = pick(random, orgs);
  const level = random() < 0.8 ? 'regional' : 'national';
  const body = {
    id: `esc-${i}`,
    organisationId: org.id,
    organisationName: org.name,
    title: `Escalated ${i}: ${sentence(random, 6)}`.slice(0, 200),
    description: sentence(random, 40),
    raisedBy: 'Staff side',
    raisedOn: '2026-02-02',
    level,
    options: [{ id: 'o1', level: 'local', description: sentence(random, 12), recordedAt: AT, recordedBy: 'Chair', exhausted: true }],
    escalations: [{ from: 'local', to: 'regional', at: AT, by: displayName(i % 50) }],
    outcome: '',
    resolvedOn: null,
    origin: { kind: 'log' },
    createdAt: AT,
    updatedAt: AT,
  };
  return { _id: issueDocId(body.id), type: 'issue', v: 1, author: displayName(i % 50), at: AT, body };
}

export interface SeededRegion {
  shape: RegionShape;
  /** The cases the newcomer is an assessor on (what their listing must show). */
  newcomerCases: string[];
  /** Documents in the regional database (design document excluded). */
  regionDocs: number;
  /** Case documents seeded, their total JSON size. */
  caseBytes: number;
  setupMs: number;
  seedMs: number;
}

/** Seeds the region; `region:setup` (users, databases, security, design documents) is timed on its own. */
export async function seedRegion(couch: Couch, shape: RegionShape = REGION_SHAPE): Promise<SeededRegion> {
  const random = seededRandom(2_022);
  const orgs = Array.from({ length: shape.organisations }, (_, i) => organisation(random, i));
  // Owners are everyone but the newcomer; each case has a second assessor chosen among all the others.
  const cases = Array.from({ length: shape.cases }, (_, i) => {
    const owner = 1 + (i % (shape.people - 1));
    let co = Math.floor(random() * shape.people);
    if (co === owner) co = (co + 1) % shape.people;
    return { id: `rc-${i.toString().padStart(4, '0')}`, owner, co, org: pick(random, orgs), evidence: 5 + Math.floor(random() * 36) };
  });

  let t = performance.now();
  await couch.setup({
    users: Array.from({ length: shape.people }, (_, i) => ({ name: person(i), password: `${person(i)}-password` })),
    cases: cases.map((c) => ({ id: c.id, assessors: [person(c.owner), person(c.co)] })),
  });
  const setupMs = performance.now() - t;

  t = performance.now();
  const regionDocs: { _id: string }[] = [];
  for (let i = 0; i < shape.workshops; i++) {
    const doc = workshop(random, i, orgs);
    must(checkIncoming(doc), doc._id);
    regionDocs.push(doc);
  }
  for (let i = 0; i < shape.escalatedIssues; i++) {
    const doc = escalatedIssue(random, i, orgs);
    must(checkIncomingIssue(doc), doc._id);
    regionDocs.push(doc);
  }
  for (const c of cases) {
    const doc = {
      _id: sharedCaseDocId(c.id),
      type: 'sharedcase',
      v: 1,
      author: displayName(c.owner),
      owner: person(c.owner),
      at: AT,
      body: {
        id: c.id,
        organisationName: c.org.name,
        organisation: c.org,
        members: { names: [person(c.owner), person(c.co)], roles: [COORDINATOR_ROLE] },
      },
    };
    must(checkIncomingSharedCase(doc), doc._id);
    regionDocs.push(doc);
  }
  for (let i = 0; i < regionDocs.length; i += 500)
    await post(`${couch.url}/${REGION_DB}/_bulk_docs`, { docs: regionDocs.slice(i, i + 500) });

  let caseBytes = 0;
  await eachLimited(cases, 4, async (c, i) => {
    // Its own seed per case: the same case whatever order the requests finish in.
    const record = generateCase(seededRandom(10_000 + i), {
      id: c.id,
      organisationId: c.org.id,
      organisationName: c.org.name,
      evidenceCount: c.evidence,
      noteWords: 30,
    });
    const { revision: _r, updatedAt: _u, ...body } = record;
    const doc = { _id: `case:${c.id}`, type: 'case', v: 1, author: displayName(c.owner), at: AT, body };
    must(checkIncoming(doc), doc._id);
    caseBytes += JSON.stringify(doc).length;
    await post(`${couch.url}/${caseDbName(c.id)}/_bulk_docs`, { docs: [doc] });
  });
  return {
    shape,
    newcomerCases: cases.filter((c) => c.owner === 0 || c.co === 0).map((c) => c.id),
    regionDocs: regionDocs.length,
    caseBytes,
    setupMs: Math.round(setupMs),
    seedMs: Math.round(performance.now() - t),
  };
}
