import path from 'node:path';
import pdfmake from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { fontDescriptors, fontsDir } from './fonts';
import { installTextHooks } from './line-hooks';
import { installMeasureHooks } from './measure-hooks';
import { numberMarks } from './heading-marks';
import { installOverflowGuard } from './overflow';
import { printable } from './printable';
import { accessible, installTagging } from './tagging';

let configuredFor: string | null = null;

/** pdfmake is a process-wide singleton: configure fonts and lock down file and URL access once. */
function configure() {
  const dir = fontsDir();
  if (configuredFor === dir) return;
  pdfmake.setFonts(fontDescriptors(dir));
  // Documents never fetch anything: images arrive as data URLs, fonts come from our folder.
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((file) => path.resolve(file).startsWith(dir + path.sep));
  installTagging();
  installOverflowGuard();
  installTextHooks();
  installMeasureHooks();
  configuredFor = dir;
}

/** Lays out a docDefinition into PDF bytes: a tagged PDF/UA-1 document (see tagging/roles.ts). */
export async function renderPdf(definition: TDocumentDefinitions): Promise<Buffer> {
  configure();
  const dir = fontsDir();
  printable(definition.content, dir);
  // The running header and footer are made per page: they hold typed text too (a title).
  for (const key of ['header', 'footer'] as const) {
    const band = definition[key];
    if (typeof band === 'function')
      definition[key] = (...args: Parameters<typeof band>) => {
        const made = band(...args);
        printable(made, dir);
        return made;
      };
    else if (band) printable(band, dir);
  }
  numberMarks(definition.content);
  return pdfmake.createPdf(accessible(definition)).getBuffer();
}
