import type { CaseRecord } from '../../../../shared/domain/case';
import { addMonths } from '../../../../shared/domain/case-rules';
import type { CommitmentCertificateModel, SignatoryOnCertificate } from '../../../../shared/domain/report-models';
import type { Framework } from '../../../../shared/frameworks';
import { docText, type DocumentLanguage } from '../../../../shared/i18n/documents';
import { commitmentStatements, namedSignatories, scopeStatement } from '../statements/case';
import { Statements } from '../statements/statement';
import { awardIssuers, languageOf, metaFor, missing, placeholderSignature, signatoryRoleLabel, type AdapterContext } from './common';
import { issuerRole } from './signer-role';

/** The recorded scope: the named directorates, [] for the whole organisation, null when not recorded. */
export function recordedDirectorates(record: CaseRecord): string[] | null {
  const scope = scopeStatement(record);
  if (scope.state !== 'recorded') return null;
  const value = scope.value as { kind: string; directorates?: string[] };
  return value.kind === 'directorates' ? (value.directorates ?? []) : [];
}

/** The sign-up stage's scope in words, as recorded (names exactly as typed). */
export function scopeText(record: CaseRecord, language: DocumentLanguage = 'en'): string {
  const directorates = recordedDirectorates(record);
  if (directorates === null) return docText(language, 'statements.directoratesNotRecorded');
  if (directorates.length > 0) return docText(language, 'labels.directorates', { directorates: directorates.join(', ') });
  return docText(language, 'labels.wholeOrganisation');
}

/**
 * Case → certificate of commitment (stage 2): sign-up date, scope, every named signatory. A
 * signature, its date and the name it was made in print only when the record holds them.
 */
export function commitmentCertificateFromCase(record: CaseRecord, framework: Framework, ctx: AdapterContext): CommitmentCertificateModel {
  const { signUp } = record;
  if (!signUp.date) throw missing('document_noSignUpDate');
  if (namedSignatories(record).length === 0) throw missing('document_noSignatories');
  const statements = new Statements(commitmentStatements(record));
  const signUpDate = signUp.date;
  const language = languageOf(ctx);
  const signatories = namedSignatories(record).map(({ s }, i): SignatoryOnCertificate => {
    const signature = statements.value<{ kind: 'drawn' | 'typed'; signedAs: string }>(`signatory.${i}.signature`);
    const drawn =
      s.signature?.kind === 'drawn' && s.signature.dataUrl.startsWith('data:image/png;base64,') ? s.signature.dataUrl : undefined;
    return {
      name: s.name.trim(),
      role: signatoryRoleLabel(s.role, language),
      signature: signature
        ? {
            kind: signature.kind === 'drawn' && drawn ? 'drawn' : 'typed',
            signedAs: signature.signedAs,
            ...(drawn ? { image: drawn } : {}),
            date: statements.value<string>(`signatory.${i}.date`),
          }
        : null,
    };
  });
  const assessors = statements.value<string[]>('assessors') ?? [];
  return {
    meta: metaFor('commitment-certificate', record.id, ctx),
    authority: { name: record.organisationName },
    scope: scopeText(record, language),
    directorates: recordedDirectorates(record),
    signUpDate,
    actionPlanDue: addMonths(signUpDate, framework.actionPlanDueMonths),
    signatories,
    assessors,
    issuers: awardIssuers(language),
    issuedBy: placeholderSignature(ctx, issuerRole(assessors, ctx.author, 'assessor', language)),
  };
}
