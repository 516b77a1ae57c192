import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sampleEvidenceImage } from '../../../electron/services/reports/sample-drawings';
import { openWorkspace, type TestWorkspace } from '../cases/helpers';

/*
 * The export pipeline on a real workspace: what is offered, what a gap in a record says,
 * evidence images read from the attachments folder, and which journal records the export.
 */

let ws: TestWorkspace;
beforeEach(async () => {
  ws = await openWorkspace();
});
afterEach(async () => {
  await ws.close();
});

const pdfOf = (base64: string) => Buffer.from(base64, 'base64').toString('latin1');

describe('documents from records', () => {
  it('offers the samples only while the workspace has no records', async () => {
    const before = await ws.call('exports:documents');
    expect(before.every((d) => d.id === 'sample')).toBe(true);
    expect(before).toHaveLength(7);
    await ws.call('demo:load');
    const after = await ws.call('exports:documents');
    expect(after.some((d) => d.id === 'sample')).toBe(false);
    const kindsFor = (subject: string) => after.filter((d) => d.subject.startsWith(subject)).map((d) => d.kind);
    expect(kindsFor('Castlemere City Council')).toEqual([
      'commitment-certificate',
      'assessment-report',
      'award-certificate',
      'action-issue-log',
    ]);
    expect(kindsFor('Northvale Borough Council')).toEqual(['commitment-certificate', 'assessment-report', 'action-issue-log']);
    expect(kindsFor('Eastbridge District Council')).toEqual(['commitment-certificate', 'action-issue-log']);
    expect(kindsFor('Partnership health check')).toEqual(['agenda', 'workshop-feedback']);
    expect(kindsFor('Joint partnership forum')).toEqual(['agenda']);
    expect(after.filter((d) => d.kind === 'regional-map')).toEqual([
      { kind: 'regional-map', id: 'map.all.all', title: 'Regional map', subject: 'All regions, all sectors', date: null },
    ]);
  });

  it('says what is missing instead of making a broken document', async () => {
    const org = await ws.call('organisations:create', {
      name: 'Llanfair Borough Council',
      type: 'local_authority',
      region: 'Wales',
      contacts: [],
    });
    const record = await ws.call('cases:create', { organisationId: org.id });
    const noDate = await ws.fail('exports:preview', { kind: 'commitment-certificate', id: record.id, signature: null });
    expect(noDate).toMatchObject({
      code: 'invalid_input',
      message: 'Record the sign-up date on the case’s Sign-up stage before exporting the certificate of commitment.',
    });
    expect((await ws.fail('exports:preview', { kind: 'award-certificate', id: record.id, signature: null })).message).toMatch(
      /only for an authority recommended for the full award/,
    );
    expect((await ws.fail('exports:preview', { kind: 'commitment-certificate', id: 'no-such-case', signature: null })).code).toBe(
      'not_found',
    );
  });

  it('puts evidence images from the attachments folder into the report, and journals the export in the case', async () => {
    await ws.call('demo:load');
    const northvale = (await ws.call('cases:list')).find((c) => c.organisationName === 'Northvale Borough Council');
    if (!northvale) throw new Error('demo case missing');
    const withoutImage = await ws.call('exports:preview', { kind: 'assessment-report', id: northvale.id, signature: null });
    expect(pdfOf(withoutImage.pdfBase64)).not.toContain('/Subtype /Image');

    const record = await ws.call('cases:get', { id: northvale.id });
    const evidence = record.assessment.evidence.find((e) => e.source === 'Diagnostic assessment results');
    if (!evidence) throw new Error('demo evidence missing');
    const file = path.join(ws.dir, 'enrolments.png');
    await writeFile(file, sampleEvidenceImage(2400, 1600));
    ws.picks.push([file]);
    await ws.call('cases:attachFiles', { caseId: northvale.id, evidenceId: evidence.id });

    await ws.call('signing:create', {
      draft: {
        name: 'Rhiannon Price',
        role: 'Peer assessor',
        organisation: '',
        email: 'rp@example.org',
        passphrase: 'correct horse battery',
      },
    });
    const withImage = await ws.call('exports:preview', { kind: 'assessment-report', id: northvale.id, signature: { kind: 'typed' } });
    const pdf = pdfOf(withImage.pdfBase64);
    expect(pdf).toContain('/Subtype /Image');
    // Scaled to 1000 px on its longest side before embedding.
    expect(pdf).toMatch(/\/Width 1000\b/);
    expect(pdf).toMatch(/\/Height 667\b/);

    ws.saves.push(null);
    const cancelled = await ws.call('exports:export', { previewId: withImage.previewId });
    expect(cancelled.cancelled).toBe(true);
    const target = path.join(ws.dir, 'report.pdf');
    ws.saves.push(target);
    const saved = await ws.call('exports:export', { previewId: withImage.previewId });
    const history = await ws.call('cases:history', { id: northvale.id });
    const exported = history.filter((e) => e.kind === 'report.exported');
    expect(exported).toHaveLength(1);
    expect(exported[0].details).toMatchObject({ sha256: saved.sha256, document: 'assessment-report', signer: 'Rhiannon Price' });
    expect((await ws.call('cases:verifyJournal', { id: northvale.id })).ok).toBe(true);
  });

  it('charts a workshop’s ratings against the previous workshop of the same partnership and template', async () => {
    await ws.call('demo:load');
    const earlier = (await ws.call('workshops:list')).find((w) => w.title === 'Partnership health check');
    if (!earlier?.organisationId) throw new Error('demo workshop missing');
    const next = await ws.call('workshops:create', {
      templateId: 'partnership-health-check',
      details: {
        title: 'Partnership health check (spring)',
        organisationId: earlier.organisationId,
        date: '2026-11-19',
        venue: '',
        startTime: '09:30',
        sessionMinutes: null,
        facilitator: 'Rhiannon Price',
      },
    });
    const planned = await ws.call('workshops:updatePlan', { id: next.id, patch: { groups: [{ id: 'g-only', name: 'Whole forum' }] } });
    await ws.call('workshops:capture', {
      id: next.id,
      capture: { kind: 'rating', themeId: planned.themes[0].id, groupId: 'g-only', value: 3 },
    });
    const preview = await ws.call('exports:preview', { kind: 'workshop-feedback', id: next.id, signature: null });
    const file = path.join(ws.dir, 'feedback.pdf');
    await writeFile(file, Buffer.from(preview.pdfBase64, 'base64'));
    // The demo workshop's first theme: tables rated 2 and 1, median 1.5; now 3.
    expect(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')).toContain('(previous review 1.5; +1.5)');
  });
});
