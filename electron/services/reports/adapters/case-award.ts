import type { CaseRecord } from '../../../../shared/domain/case';
import type { AwardCertificateModel } from '../../../../shared/domain/report-models';
import { assessorsOf, communityStatus } from '../../../../shared/domain/report-facts';
import { awardIssuers, languageOf, metaFor, missing, placeholderSignature, signerRole, type AdapterContext } from './common';
import { scopeText } from './case-commitment';

/** Whether a case may have a full award certificate: a recorded full-award recommendation. */
export const offersAwardCertificate = (record: Pick<CaseRecord, 'recommendation'>): boolean =>
  record.recommendation.outcome === 'full_award';

/** Case → full award certificate; only for a case recommended for the full award. */
export function awardCertificateFromCase(record: CaseRecord, region: string, ctx: AdapterContext): AwardCertificateModel {
  const { recommendation } = record;
  if (recommendation.outcome !== 'full_award') {
    throw missing('document_notFullAward');
  }
  if (!recommendation.recordedAt) {
    throw missing('document_noFullAward');
  }
  return {
    meta: metaFor('award-certificate', record.id, ctx),
    authority: { name: record.organisationName, region },
    scope: scopeText(record, languageOf(ctx)),
    awardedOn: recommendation.recordedAt.slice(0, 10),
    communityPartnershipRecognised: communityStatus(record) === 'recognised',
    // The assessors the case records, never the exporting user standing in for them.
    assessorName: assessorsOf(record).join(', '),
    issuers: awardIssuers(languageOf(ctx)),
    issuedBy: placeholderSignature(ctx, signerRole('assessor', languageOf(ctx))),
  };
}
