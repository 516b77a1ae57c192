import fc from 'fast-check';
import { expect, it } from 'vitest';
import { dispatch } from '../../../electron/services/dispatch';
import { contract, type Channel } from '../../../shared/ipc/contract';
import { expectConsistent } from '../helpers/invariants';
import { call, useWorkspaces } from '../helpers/services';
import { useTempDirs } from '../helpers/temp-dirs';

const tempDir = useTempDirs();
const openWorkspace = useWorkspaces();
const clock = () => new Date('2026-05-10T09:00:00.000Z');

// Dialog-driven, key and PDF channels are left to their own tests: here they would only be
// refused (no shell) or spend seconds deriving keys and laying out PDFs.
const skipped = /^(signing|exports|demo):|^workspace:choose$/;
const mutations = (Object.keys(contract) as Channel[]).filter((c) => contract[c].mutation && !skipped.test(c));

const KEYS = [
  'id',
  'caseId',
  'organisationId',
  'workshopId',
  'evidenceId',
  'signatoryId',
  'actionId',
  'issueId',
  'interviewId',
  'criterionId',
  'requirementId',
  'kind',
  'sourceId',
  'templateId',
  'name',
  'type',
  'region',
  'what',
  'title',
  'date',
  'patch',
  'draft',
  'details',
  'change',
  'status',
  'note',
  'profile',
  'role',
  'mode',
  'token',
  'text',
];

/**
 * Random, valid-looking calls to every mutation channel through dispatch (ids that exist,
 * near-miss strings, wrong types, nested patches), then a reopen: whatever was accepted or
 * refused, the workspace must open with no damage notice and with every record listed.
 */
it('random valid-looking calls to every mutation channel never leave a workspace that opens damaged', async () => {
  const dir = await tempDir();
  let services = await openWorkspace({ workspaceDir: dir, clock });
  const org = await call(services, 'organisations:create', { name: 'Fuzz Council', type: 'local_authority', region: 'London' });
  const caseRecord = await call(services, 'cases:create', { organisationId: org.id });
  const ids = [org.id, caseRecord.id, 'not an id!', '', 'x'.repeat(80), '../../etc', 'org-1'];
  const scalar = fc.oneof(
    fc.constantFrom(...ids),
    fc.string({ maxLength: 12 }),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.constantFrom('2026-05-10', '2026-13-45', 'met', 'standalone', 'case', 'replace', 'lead_officer', 'local_authority', 'green'),
  );
  const value = fc.letrec((tie) => ({
    node: fc.oneof(
      { maxDepth: 2 },
      scalar,
      fc.dictionary(fc.constantFrom(...KEYS), tie('node'), { maxKeys: 4 }),
      fc.array(tie('node'), { maxLength: 2 }),
    ),
  })).node;
  const input = fc.oneof(fc.constant(undefined), fc.dictionary(fc.constantFrom(...KEYS), value, { maxKeys: 5 }));
  // Well-formed calls with fuzzed values, so the handlers (not only the input schemas) run:
  // ids drawn from the records that exist now (or a near miss), text of any kind, odd dates.
  type Pools = { orgs: string[]; cases: string[] };
  const pools = (): Pools => ({
    orgs: services.context.index.data.organisations.map((o) => o.id),
    cases: services.context.index.data.caseSummaries.map((c) => c.id),
  });
  const pickId = (pool: string[], n: number) => (n % 9 === 0 || pool.length === 0 ? ids[n % ids.length] : pool[n % pool.length]);
  const date = (n: number) => ['2026-05-10', '2026-02-30', null, '1999-12-31', '2031-01-01'][n % 5];
  const templates: [Channel, (p: Pools, n: number[], t: string[]) => unknown][] = [
    [
      'organisations:create',
      (_p, n, t) => ({
        name: t[0],
        type: ['local_authority', 'nhs_trust', 'school_lsp', 'other', 'bogus'][n[0] % 5],
        region: ['London', 'North East', 'Atlantis'][n[1] % 3],
      }),
    ],
    ['organisations:delete', (p, n) => ({ id: pickId(p.orgs, n[0]) })],
    ['cases:create', (p, n, t) => ({ organisationId: pickId(p.orgs, n[0]), ...(n[1] % 2 ? { assessor: t[0] } : {}) })],
    ['cases:delete', (p, n) => ({ id: pickId(p.cases, n[0]) })],
    ['cases:updateSignUp', (p, n) => ({ caseId: pickId(p.cases, n[0]), patch: { date: date(n[1]) } })],
    [
      'cases:addSignatory',
      (p, n, t) => ({
        caseId: pickId(p.cases, n[0]),
        draft: { name: t[0], role: ['lead_officer', 'chief_executive', 'elected_member', 'nobody'][n[1] % 4] },
      }),
    ],
    ['cases:updateActionPlan', (p, n, t) => ({ caseId: pickId(p.cases, n[0]), patch: { analysisOfNeed: t[0], receivedDate: date(n[1]) } })],
    ['cases:updateAssessor', (p, n, t) => ({ caseId: pickId(p.cases, n[0]), assessor: t[0] })],
    [
      'cases:updateRecommendation',
      (p, n, t) => ({ caseId: pickId(p.cases, n[0]), patch: { outcome: ['full_award', 'not_yet', null][n[1] % 3], justification: t[0] } }),
    ],
    ['cases:recordRecommendation', (p, n) => ({ caseId: pickId(p.cases, n[0]) })],
    [
      'actions:create',
      (p, n, t) => ({
        organisationId: pickId(p.orgs, n[0]),
        what: t[0],
        dueDate: date(n[1]),
        ...(n[2] % 2 ? { issueId: pickId(p.cases, n[3]) } : {}),
      }),
    ],
    [
      'settings:updateProfile',
      (_p, n, t) => ({ name: t[0], role: ['peer_assessor', 'facilitator', 'coordinator', 'other', 'boss'][n[0] % 5], organisation: t[1] }),
    ],
  ];
  // Creating is drawn more often than deleting, so records pile up and the edits find them.
  const weights = templates.map(([channel]) => (channel.endsWith(':create') ? 4 : channel.endsWith(':delete') ? 1 : 2));
  const draws = weights.flatMap((w, i) => Array<number>(w).fill(i));
  const templated = fc
    .tuple(
      fc.constantFrom(...draws),
      fc.array(fc.nat(), { minLength: 4, maxLength: 4 }),
      fc.array(fc.string({ maxLength: 40, unit: 'binary' }), { minLength: 2, maxLength: 2 }),
    )
    .map(([which, n, t]) => ({ which, n, t }));
  const internals: string[] = [];
  const accepted = new Map<string, number>();
  await fc.assert(
    fc.asyncProperty(
      fc.array(fc.oneof(fc.tuple(fc.constantFrom(...mutations), input), templated), { minLength: 5, maxLength: 25 }),
      async (calls) => {
        for (const planned of calls) {
          const [channel, raw] = Array.isArray(planned)
            ? planned
            : [templates[planned.which][0], templates[planned.which][1](pools(), planned.n, planned.t)];
          const result = await dispatch(services.handlers, channel, raw, (e) => internals.push(`${channel}: ${String(e)}`));
          if (result.ok) accepted.set(channel, (accepted.get(channel) ?? 0) + 1);
          else if (process.env.FUZZ_DEBUG && !Array.isArray(planned))
            console.info(channel, JSON.stringify(raw).slice(0, 100), result.error.message.slice(0, 120));
          if (!result.ok && result.error.code === 'internal') internals.push(`${channel} ${JSON.stringify(raw)}: ${result.error.message}`);
        }
        await services.close();
        services = await openWorkspace({ workspaceDir: dir, clock });
        const notices = (await call(services, 'workspace:info')).notices;
        expect(notices.filter((n) => /damaged|missing/.test(n.message))).toEqual([]);
        await expectConsistent(services);
      },
    ),
    { numRuns: 40, seed: 20261202 },
  );
  console.info(`fuzz-dispatch: accepted ${[...accepted].map(([c, n]) => `${c}×${n}`).join(', ')}`);
  expect(internals).toEqual([]);
}, 120_000);
