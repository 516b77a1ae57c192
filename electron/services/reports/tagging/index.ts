import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { installLayoutHooks } from './layout-hooks';
import { installRenderHooks } from './render-hooks';

/** Makes pdfmake build a structure tree for documents rendered with `tagged: true`. */
export function installTagging() {
  installLayoutHooks();
  installRenderHooks();
}

/**
 * What every document declares for PDF/UA-1: tagged (/MarkInfo /Marked, /StructTreeRoot),
 * PDF 1.7, the pdfuaid:part 1 identifier in XMP, and the title shown instead of the file name.
 */
export function accessible(definition: TDocumentDefinitions): TDocumentDefinitions {
  return { ...definition, version: '1.7', subset: 'PDF/UA', tagged: true, displayTitle: true } as TDocumentDefinitions;
}
