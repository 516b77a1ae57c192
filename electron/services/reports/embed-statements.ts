import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { STATEMENTS_FILE_NAME, type Statement, type StatementsFile } from '../../../shared/domain/statements';

/** The statements file a document carries: what it states, each with its state and sources. */
export const statementsFile = (kind: string, documentId: string, statements: readonly Statement[]): StatementsFile => ({
  format: 'casebook-statements',
  version: 1,
  document: { kind, id: documentId },
  statements: [...statements],
});

/**
 * Adds the statements to a document definition as an associated file (PDF 2.0 / PDF/A-3 style:
 * the catalogue's /AF and the /EmbeddedFiles name tree, AFRelationship /Data). It is part of the
 * PDF before signing, so the signature covers it. Dated with the document so builds are repeatable.
 */
export function withStatements(definition: TDocumentDefinitions, file: StatementsFile, createdAt: string): TDocumentDefinitions {
  const json = Buffer.from(JSON.stringify(file, null, 1), 'utf8');
  const when = new Date(createdAt);
  return {
    ...definition,
    files: {
      [STATEMENTS_FILE_NAME]: {
        src: `data:application/json;base64,${json.toString('base64')}`,
        name: STATEMENTS_FILE_NAME,
        description:
          'What this document states, each with its state (recorded, undecided, not applicable, withheld) and the record fields it rests on',
        relationship: 'Data',
        creationDate: when,
        modifiedDate: when,
      },
    },
  } as TDocumentDefinitions;
}
