import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openWorkspace, type TestWorkspace } from '../cases/helpers';

/*
 * Confidences and names through the real services, as a facilitator or assessor would meet
 * them: what is captured in live mode as confidential or as an individual contractual dispute
 * never reaches a document; a renamed organisation and the issuing organisation do.
 */

let ws: TestWorkspace;
beforeEach(async () => {
  ws = await openWorkspace();
});
afterEach(async () => {
  await ws.close();
});

async function textOfPreview(base64: string, name: string): Promise<string> {
  const file = path.join(ws.dir, `${name}.pdf`);
  await writeFile(file, Buffer.from(base64, 'base64'));
  return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

describe('confidential items never leave through a document', () => {
  it('a contractual dispute and confidential notes, tips and parking-lot items are left out of the feedback report and the log', async () => {
    const org = await ws.call('organisations:create', {
      name: 'Llanfair Borough Council',
      type: 'local_authority',
      region: 'Wales',
      contacts: [],
    });
    const details = {
      title: 'Partnership health check',
      organisationId: org.id,
      date: '2026-04-01',
      venue: 'Town Hall',
      startTime: '09:30',
      sessionMinutes: 120,
      facilitator: 'Rhiannon Price',
    };
    const w = await ws.call('workshops:create', { templateId: 'what-good-looks-like', details });
    const theme = w.themes[0].id;
    const capture = (c: Parameters<typeof ws.call<'workshops:capture'>>[1]) => ws.call('workshops:capture', c);
    await capture({ id: w.id, capture: { kind: 'note', themeId: theme, groupId: null, text: 'Papers arrive late.' } });
    await capture({
      id: w.id,
      capture: { kind: 'note', themeId: theme, groupId: null, text: 'Private: the depot manager shouts', confidential: true },
    });
    await capture({
      id: w.id,
      capture: { kind: 'topTip', groupId: null, text: 'Private tip about a named colleague', confidential: true },
    });
    await capture({ id: w.id, capture: { kind: 'parkingLot', text: 'Private parked point', confidential: true } });
    await capture({ id: w.id, capture: { kind: 'parkingLot', text: 'Night-shift car parking', confidential: false } });
    await capture({
      id: w.id,
      capture: {
        kind: 'action',
        action: {
          what: 'Circulate papers early',
          owner: 'Democratic services',
          side: 'management',
          dueDate: '2026-04-10',
          status: 'amber',
        },
      },
    });
    await capture({
      id: w.id,
      capture: {
        kind: 'issue',
        issue: {
          title: 'Gareth Jones regrading appeal',
          description: 'His grade 5 contract and back pay',
          raisedBy: 'Steward',
          raisedOn: '2026-04-01',
          individualContractualDispute: true,
        },
      },
    });
    const stored = await ws.call('workshops:get', { id: w.id });
    expect(stored.notes.filter((n) => n.confidential)).toHaveLength(1);

    const feedback = await ws.call('exports:preview', { kind: 'workshop-feedback', id: w.id, signature: null });
    const text = await textOfPreview(feedback.pdfBase64, 'feedback');
    expect(text).toContain('Papers arrive late.');
    for (const secret of ['Private', 'Gareth Jones', 'grade 5', 'back pay']) expect(text).not.toContain(secret);
    // Casework is said under the issues; the other confidential items with the summary, before the themes.
    expect(text).toMatch(/Issues raised\s+1 item kept for union casework \(not shown\)\./);
    expect(text).toContain('3 confidential items (not shown).');
    expect(text.indexOf('3 confidential items')).toBeLessThan(text.indexOf('What the groups said'));
    // A parking-lot point that is not confidential is printed, under its own heading.
    expect(text).toMatch(/Parking lot\s+• Night-shift car parking|Parking lot\s+Night-shift car parking/);
    // Every theme of the template is there, the undiscussed ones said to be so.
    expect((text.match(/Not discussed at this workshop/g) ?? []).length).toBe(w.themes.length - 1);

    const log = await ws.call('exports:preview', { kind: 'action-issue-log', id: org.id, signature: null });
    const logText = await textOfPreview(log.pdfBase64, 'log');
    expect(logText).not.toContain('Gareth Jones');
    expect(logText).toContain('1 item kept for union casework (not shown).');
  });
});

describe('names from one place', () => {
  it('a renamed organisation reaches its case documents, and the issuing organisation is printed on them', async () => {
    const org = await ws.call('organisations:create', { name: 'Old Name Council', type: 'local_authority', region: 'Wales', contacts: [] });
    const record = await ws.call('cases:create', { organisationId: org.id });
    await ws.call('cases:updateSignUp', { caseId: record.id, patch: { date: '2026-01-15' } });
    await ws.call('cases:addSignatory', { caseId: record.id, draft: { name: 'Dafydd Morgan', role: 'chief_executive' } });
    await ws.call('organisations:update', {
      id: org.id,
      draft: { name: 'Cyngor Sir Newydd', type: 'local_authority', region: 'Wales', contacts: [] },
    });
    await ws.call('settings:updateIssuer', { name: 'Cyflogwyr Rhanbarthol Cymru', addressLine: 'Uned 4, Caerdydd', logo: null });
    const preview = await ws.call('exports:preview', { kind: 'commitment-certificate', id: record.id, signature: null });
    const text = await textOfPreview(preview.pdfBase64, 'commitment');
    expect(text).toContain('Cyngor Sir Newydd');
    expect(text).not.toContain('Old Name Council');
    expect(text).toContain('Cyflogwyr Rhanbarthol Cymru');
    expect(preview.pageCount).toBe(1);
  });
});
