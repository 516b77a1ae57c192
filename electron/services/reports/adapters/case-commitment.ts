import type { CaseRecord } from '../../../../shared/domain/case';
import { addMonths } from '../../../../shared/domain/case-rules';
import type { CommitmentCertificateModel } from '../../../../shared/domain/report-models';
import type { Framework } from '../../../../shared/frameworks';
import { docText, type DocumentLanguage } from '../../../../shared/i18n/documents';
import { awardIssuers, languageOf, metaFor, missing, placeholderSignature, signatoryRoleLabel, signerRole, visibleFromCase, type AdapterContext } from './common';

/** The sign-up stage's scope in words: the whole authority, or the named directorates. */
export function scopeText(record: CaseRecord, language: DocumentLanguage = 'en'): string {
  const { scope, directorates } = record.signUp;
  if (scope === 'directorates' && directorates.length > 0) {
    return docText(language, 'labels.directorates', { directorates: directorates.join(', ') });
  }
  return docText(language, 'labels.wholeOrganisation');
}

/** Case → certificate of commitment (stage 2): sign-up date, scope, plan due date, every signatory. */
export function commitmentCertificateFromCase(record: CaseRecord, framework: Framework, ctx: AdapterContext): CommitmentCertificateModel {
  const { signUp } = record;
  if (!signUp.date) throw missing('document_noSignUpDate');
  const named = signUp.signatories.filter((s) => s.name.trim().length > 0);
  if (named.length === 0) throw missing('document_noSignatories');
  const signUpDate = signUp.date;
  const language = languageOf(ctx);
  return {
    meta: metaFor('commitment-certificate', record.id, ctx),
    authority: { name: record.organisationName },
    scope: scopeText(record, language),
    signUpDate,
    actionPlanDue: addMonths(signUpDate, framework.actionPlanDueMonths),
    signatories: named.map((s) => visibleFromCase(s.name.trim(), signatoryRoleLabel(s.role, language), s.date ?? signUpDate, s.signature)),
    issuers: awardIssuers(language),
    issuedBy: placeholderSignature(ctx, signerRole('assessor', language)),
  };
}
