import { describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../../shared/domain/case';
import { call, useWorkspaces } from '../helpers/services';
import { useTempDirs } from '../helpers/temp-dirs';

/**
 * Changes to one record never interleave: each runs its whole commit sequence (read, history
 * line, log line, summary) before the next starts, and the file rewrites the store schedules
 * run in the same per-record queue. Driven through the real services on a temp folder: many
 * changes to one case sent at once, with rewrites due after 1 ms and the log passing the length
 * that forces an immediate rewrite, then everything read back from disk.
 */

const tempDir = useTempDirs();
const openWorkspace = useWorkspaces();

const EVIDENCE = 60;
const NOTES = 60;

describe('one queue per record', () => {
  it('many concurrent changes to one case: every change kept, revisions strictly increasing, history in revision order', async () => {
    const workspaceDir = await tempDir();
    const services = await openWorkspace({ workspaceDir, checkpointIdleMs: 1 });
    const org = await call(services, 'organisations:create', { name: 'Cyngor Sir Ŷnys Môn', type: 'local_authority', region: 'Wales' });
    const created = await call(services, 'cases:create', { organisationId: org.id });
    const base = created.revision;

    // Sent together, as a burst of autosaves and additions would arrive; reads mixed in.
    const evidence = Array.from({ length: EVIDENCE }, (_, i) =>
      call(services, 'cases:addEvidence', { caseId: created.id, draft: { kind: 'document', source: `source ŵ ${i}` } }),
    );
    const notes = Array.from({ length: NOTES }, (_, i) =>
      call(services, 'cases:updateAssessment', { caseId: created.id, patch: { communityNote: `note ${i}` } }),
    );
    const reads = Array.from({ length: 10 }, () => call(services, 'cases:get', { id: created.id }));
    const added = await Promise.all(evidence);
    const noted = await Promise.all(notes);
    await Promise.all(reads);

    // Every change got its own revision, with no gap: none read a record another was changing.
    const answers: { revision: number; record: CaseRecord }[] = [
      ...added.map(({ record }) => ({ revision: record.revision, record })),
      ...noted.map((record) => ({ revision: record.revision, record })),
    ];
    const revisions = answers.map((a) => a.revision).sort((a, b) => a - b);
    expect(revisions).toEqual(Array.from({ length: EVIDENCE + NOTES }, (_, i) => base + 1 + i));

    // Each answer holds exactly the evidence of the changes before it, and its own last.
    const addedByRevision = [...added].sort((a, b) => a.record.revision - b.record.revision);
    for (const { record } of answers) {
      const earlier = addedByRevision.filter((a) => a.record.revision <= record.revision).map((a) => a.id);
      expect(record.assessment.evidence.map((e) => e.id)).toEqual(earlier);
    }
    const newestNote = [...noted].sort((a, b) => b.revision - a.revision)[0].assessment.communityNote;

    // Read back from disk by a fresh open: every change is there, in revision order.
    await services.close();
    const again = await openWorkspace({ workspaceDir, checkpointIdleMs: 1 });
    expect((await call(again, 'workspace:info')).notices).toEqual([]);
    const stored = await call(again, 'cases:get', { id: created.id });
    expect(stored.revision).toBe(base + EVIDENCE + NOTES);
    expect(stored.assessment.evidence.map((e) => e.id)).toEqual(addedByRevision.map((a) => a.id));
    expect(stored.assessment.evidence.map((e) => e.source).sort()).toEqual(added.map((_, i) => `source ŵ ${i}`).sort());
    expect(stored.assessment.communityNote).toBe(newestNote);

    // The history: one line per evidence added, in the order of the revisions they name.
    const history = await call(again, 'cases:history', { id: created.id });
    const named = history.map((line) => line.details?.revision as number);
    for (let i = 1; i < named.length; i++) expect(named[i]).toBeGreaterThan(named[i - 1]);
    const evidenceLines = history.filter((line) => line.kind === 'case.evidence.added');
    expect(evidenceLines.map((line) => line.details?.id)).toEqual(addedByRevision.map((a) => a.id));
    expect(evidenceLines.map((line) => line.details?.revision)).toEqual(addedByRevision.map((a) => a.record.revision));
    expect((await call(again, 'cases:verifyJournal', { id: created.id })).ok).toBe(true);
  });
});
