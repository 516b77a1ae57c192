import type { CaseRecord } from '../../../../shared/domain/case';
import { eligibility, recommendationProblem } from '../../../../shared/domain/case-rules';
import { isConfidential } from '../../../../shared/domain/confidential';
import { assessorsOf, communityStatus } from '../../../../shared/domain/report-facts';
import type { Statement } from '../../../../shared/domain/statements';
import type { Framework } from '../../../../shared/frameworks';
import { caseSource, notApplicable, recorded, undecided, withheld } from './statement';

/*
 * A case → what its documents may state. A decision is stated only once it is recorded: a
 * recommendation the assessor has recorded (and the rules accept), a signature a signatory made.
 * Drafts, suggestions and computed eligibility are never presented as decisions.
 */

const at = (record: CaseRecord) => (path: string) => caseSource(record.id, path);

/** Scope as recorded: the whole organisation, or the named directorates (undecided when none are named). */
export function scopeStatement(record: CaseRecord): Statement {
  const src = at(record);
  const { scope, directorates } = record.signUp;
  const named = directorates.map((d) => d.trim()).filter((d) => d.length > 0);
  if (scope === 'whole_organisation') return recorded('scope', { kind: 'whole_organisation' }, [src('signUp.scope')]);
  if (named.length === 0) return undecided('scope', [src('signUp.scope'), src('signUp.directorates')]);
  return recorded('scope', { kind: 'directorates', directorates: named }, [src('signUp.scope'), src('signUp.directorates')]);
}

/** The signatories a certificate names (those with a name), with their index in the record. */
export const namedSignatories = (record: CaseRecord) =>
  record.signUp.signatories.map((s, index) => ({ s, index })).filter(({ s }) => s.name.trim().length > 0);

/** Certificate of commitment: sign-up date, scope, and per signatory whether (and as whom, when) they signed. */
export function commitmentStatements(record: CaseRecord): Statement[] {
  const src = at(record);
  const out: Statement[] = [
    recorded('authority.name', record.organisationName, [src('organisationName')]),
    record.signUp.date ? recorded('signUp.date', record.signUp.date, [src('signUp.date')]) : undecided('signUp.date', [src('signUp.date')]),
    scopeStatement(record),
  ];
  namedSignatories(record).forEach(({ s, index }, i) => {
    const path = `signUp.signatories[${index}]`;
    out.push(recorded(`signatory.${i}.name`, s.name.trim(), [src(`${path}.name`)]));
    out.push(recorded(`signatory.${i}.role`, s.role, [src(`${path}.role`)]));
    if (!s.signature) {
      out.push(undecided(`signatory.${i}.signature`, [src(`${path}.signature`)]));
      out.push(notApplicable(`signatory.${i}.date`, [src(`${path}.date`)]));
      return;
    }
    // A typed signature is the name the person typed; a drawn one is theirs as drawn.
    const signedAs = s.signature.kind === 'typed' ? s.signature.name.trim() : s.name.trim();
    out.push(recorded(`signatory.${i}.signature`, { kind: s.signature.kind, signedAs }, [src(`${path}.signature`)]));
    out.push(
      s.date ? recorded(`signatory.${i}.date`, s.date, [src(`${path}.date`)]) : undecided(`signatory.${i}.date`, [src(`${path}.date`)]),
    );
  });
  out.push(recorded('assessors', assessorsOf(record), [src('assessment.assessors'), src('assessor')]));
  return out;
}

/** The recommendation as recorded, or undecided: a draft (no recordedAt) or one the rules refuse is not a decision. */
export function recommendationStatement(record: CaseRecord, framework: Framework): Statement {
  const src = at(record);
  const rec = record.recommendation;
  const sources = [src('recommendation.outcome'), src('recommendation.recordedAt'), src('recommendation.justification')];
  const accepted = rec.outcome !== null && rec.recordedAt !== null && recommendationProblem(rec, eligibility(record, framework)) === null;
  return accepted ? recorded('recommendation.outcome', rec.outcome, sources) : undecided('recommendation.outcome', sources);
}

/** Criteria judgements, and per criterion how many linked interviews are held back as confidential. */
function criteriaStatements(record: CaseRecord, framework: Framework): Statement[] {
  const src = at(record);
  return framework.criteria.flatMap((c) => {
    const judgement = record.assessment.criteria[c.id]?.judgement ?? 'not_assessed';
    const held = record.assessment.interviews.filter((i) => isConfidential(i) && i.criteria.includes(c.id)).length;
    return [
      judgement === 'not_assessed'
        ? undecided(`criterion.${c.id}.judgement`, [src(`assessment.criteria.${c.id}.judgement`)])
        : recorded(`criterion.${c.id}.judgement`, judgement, [src(`assessment.criteria.${c.id}.judgement`)]),
      ...(held > 0 ? [withheld(`criterion.${c.id}.interviews`, held, [src('assessment.interviews')])] : []),
    ];
  });
}

/** A requirement's finding: the note, unless it is a question for the visit; then the answers given. */
export function requirementFinding(record: CaseRecord, id: string): Statement {
  const src = at(record);
  const check = record.actionPlan.requirements[id];
  const note = check?.note.trim() ?? '';
  if (check?.askAtVisit) {
    const answers = record.assessment.interviews.filter(
      (i) => !isConfidential(i) && (i.answers ?? []).includes(id) && i.notes.trim().length > 0,
    );
    const sources = [
      src(`actionPlan.requirements.${id}.askAtVisit`),
      ...answers.map((i) => src(`assessment.interviews[id=${i.id}].notes`)),
    ];
    return answers.length > 0
      ? recorded(
          `requirement.${id}.finding`,
          answers.map((i) => i.notes.trim()),
          sources,
        )
      : undecided(`requirement.${id}.finding`, sources);
  }
  return note
    ? recorded(`requirement.${id}.finding`, [note], [src(`actionPlan.requirements.${id}.note`)])
    : notApplicable(`requirement.${id}.finding`, [src(`actionPlan.requirements.${id}.note`)]);
}

/** Assessment report: the recommendation (or none), its justification and re-assessment date only when recorded, every judgement. */
export function assessmentStatements(record: CaseRecord, framework: Framework): Statement[] {
  const src = at(record);
  const rec = record.recommendation;
  const outcome = recommendationStatement(record, framework);
  const decided = outcome.state === 'recorded';
  const elig = eligibility(record, framework);
  const disagrees = decided && (rec.outcome === 'full_award') !== elig.eligible;
  const community = communityStatus(record);
  const confidential = record.assessment.interviews.filter(isConfidential).length;
  return [
    recorded('authority.name', record.organisationName, [src('organisationName')]),
    scopeStatement(record),
    outcome,
    decided && rec.recordedAt
      ? recorded('recommendation.recordedOn', rec.recordedAt.slice(0, 10), [src('recommendation.recordedAt')])
      : undecided('recommendation.recordedOn', [src('recommendation.recordedAt')]),
    disagrees
      ? recorded('recommendation.justification', rec.justification.trim(), [src('recommendation.justification')])
      : notApplicable('recommendation.justification', [src('recommendation.justification')]),
    decided && rec.outcome === 'not_yet' && rec.reassessmentDate
      ? recorded('recommendation.reassessmentDate', rec.reassessmentDate, [src('recommendation.reassessmentDate')])
      : notApplicable('recommendation.reassessmentDate', [src('recommendation.reassessmentDate')]),
    decided
      ? recorded('recommendation.developmentPoints', rec.developmentPoints, [src('recommendation.developmentPoints')])
      : notApplicable('recommendation.developmentPoints', [src('recommendation.developmentPoints')]),
    community === 'not_decided'
      ? undecided('community', [src('assessment.communityRecognised')])
      : recorded('community', community === 'recognised', [src('assessment.communityRecognised')]),
    ...criteriaStatements(record, framework),
    ...framework.requirements.flatMap((r) => {
      const status = record.actionPlan.requirements[r.id]?.status ?? 'not_checked';
      const path = src(`actionPlan.requirements.${r.id}.status`);
      return [
        status === 'not_checked' ? undecided(`requirement.${r.id}.status`, [path]) : recorded(`requirement.${r.id}.status`, status, [path]),
        requirementFinding(record, r.id),
      ];
    }),
    ...(confidential > 0 ? [withheld('interviews.confidential', confidential, [src('assessment.interviews')])] : []),
    recorded('assessors', assessorsOf(record), [src('assessment.assessors'), src('assessor')]),
  ];
}

/** Award certificate: only a recorded full award; how many criteria were met; scope; community recognition. */
export function awardStatements(record: CaseRecord, framework: Framework): Statement[] {
  const src = at(record);
  const outcome = recommendationStatement(record, framework);
  const met = framework.criteria.filter((c) => record.assessment.criteria[c.id]?.judgement === 'met').length;
  const community = communityStatus(record);
  return [
    recorded('authority.name', record.organisationName, [src('organisationName')]),
    outcome,
    outcome.state === 'recorded' && record.recommendation.recordedAt
      ? recorded('award.date', record.recommendation.recordedAt.slice(0, 10), [src('recommendation.recordedAt')])
      : undecided('award.date', [src('recommendation.recordedAt')]),
    recorded(
      'criteria.met',
      { met, of: framework.criteria.length },
      framework.criteria.map((c) => src(`assessment.criteria.${c.id}.judgement`)),
    ),
    scopeStatement(record),
    community === 'not_decided'
      ? undecided('community', [src('assessment.communityRecognised')])
      : recorded('community', community === 'recognised', [src('assessment.communityRecognised')]),
    recorded('assessors', assessorsOf(record), [src('assessment.assessors'), src('assessor')]),
  ];
}
