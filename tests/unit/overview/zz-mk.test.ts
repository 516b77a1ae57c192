import { writeFile } from 'node:fs/promises';
import { it } from 'vitest';
import { openServices } from '../helpers/open-services';
it('pdf', async () => {
  const app = await openServices(() => new Date('2026-12-02T10:00:00.000Z'));
  await app.call('settings:updateProfile', { name: 'Siân Llŷr', role: 'facilitator', organisation: 'X' });
  await app.call('demo:load');
  for (const language of ['en', 'cy', 'bilingual'] as const) {
    const p = await app.call('exports:preview', { kind: 'regional-map', id: 'map.all.all', signature: null, language });
    await writeFile(`/tmp/rmtest/map-${language}.pdf`, Buffer.from(p.pdfBase64, 'base64'));
  }
  await app.close();
}, 60000);
