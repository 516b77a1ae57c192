import type { CaseRecord } from '../../../../shared/domain/case';
import type { AwardCertificateModel } from '../../../../shared/domain/report-models';
import type { Framework } from '../../../../shared/frameworks';
import { goAwardV1 } from '../../../../shared/frameworks';
import { awardStatements } from '../statements/case';
import { Statements } from '../statements/statement';
import { recordedDirectorates, scopeText } from './case-commitment';
import { awardIssuers, languageOf, metaFor, missing, placeholderSignature, type AdapterContext } from './common';
import { issuerRole } from './signer-role';

/** Whether a case may have a full award certificate: a recorded full-award recommendation. */
export const offersAwardCertificate = (record: Pick<CaseRecord, 'recommendation'>): boolean =>
  record.recommendation.outcome === 'full_award' && record.recommendation.recordedAt !== null;

/**
 * Case → full award certificate, only for a recorded full-award decision (a draft, or one the
 * rules refuse, is refused here with the step to take). It says "all six criteria" only when all
 * six are judged met, and names the directorates when the commitment is theirs.
 */
export function awardCertificateFromCase(
  record: CaseRecord,
  region: string,
  ctx: AdapterContext,
  framework: Framework = goAwardV1,
): AwardCertificateModel {
  const statements = new Statements(awardStatements(record, framework));
  const outcome = statements.value<string>('recommendation.outcome');
  if (record.recommendation.outcome !== 'full_award') throw missing('document_notFullAward');
  if (outcome !== 'full_award') throw missing('document_noFullAward');
  const language = languageOf(ctx);
  const assessors = statements.value<string[]>('assessors') ?? [];
  return {
    meta: metaFor('award-certificate', record.id, ctx),
    authority: { name: record.organisationName, region },
    scope: scopeText(record, language),
    directorates: recordedDirectorates(record),
    criteriaMet: statements.value<{ met: number; of: number }>('criteria.met') ?? { met: 0, of: framework.criteria.length },
    awardedOn: statements.value<string>('award.date') ?? record.recommendation.recordedAt?.slice(0, 10) ?? ctx.now.slice(0, 10),
    communityPartnershipRecognised: statements.value<boolean>('community') === true,
    // The assessors the case records, never the exporting user standing in for them.
    assessorName: assessors.join(', '),
    assessors,
    issuers: awardIssuers(language),
    issuedBy: placeholderSignature(ctx, issuerRole(assessors, ctx.author, 'assessor', language)),
  };
}
