import type { TFunction } from 'i18next';
import type { JournalEntry } from '../../../../shared/domain/journal';
import { findFramework } from '../../../../shared/frameworks';
import { formatIsoDate } from '../../../../shared/i18n/dates';
import { localiseFramework } from '../../../../shared/i18n/domain/localise';

/*
 * A history line in the reader's language, built from the kind and the values the line stores.
 * Lines written before the values were stored (or of a kind not known here) show the sentence
 * stored with them, as written then.
 */

type Details = Record<string, unknown>;
const text = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const list = (v: unknown): string[] | null => (Array.isArray(v) && v.every((x) => typeof x === 'string') ? (v as string[]) : null);

/** Fields whose stored values are codes (`partly_met`), shown as words. */
const CODED = new Set(['kind', 'scope', 'role', 'group', 'outcome', 'side', 'status', 'judgement']);
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function show(field: string, value: unknown, t: TFunction, language: string): string {
  if (value === null || value === undefined || value === '') return t('values.cleared');
  if (typeof value === 'boolean') return t(value ? 'values.yes' : 'values.no');
  if (Array.isArray(value))
    return value.length
      ? value.map((v) => (typeof v === 'string' && ISO_DAY.test(v) ? formatIsoDate(language, v) : String(v))).join(', ')
      : t('values.none');
  if (typeof value === 'string') {
    if (CODED.has(field)) return t(`words.${value}`, { defaultValue: value });
    return ISO_DAY.test(value) ? formatIsoDate(language, value) : value;
  }
  if (typeof value === 'number') return String(value);
  return t('values.set');
}

interface Change {
  field: string;
  value?: unknown;
  edited?: boolean;
}
const changesOf = (v: unknown): Change[] | null =>
  Array.isArray(v) && v.every((c) => c && typeof c === 'object' && typeof (c as Change).field === 'string') ? (v as Change[]) : null;

function patchLine(d: Details, t: TFunction, language: string): string | null {
  const about = d.about as { subject?: unknown; ref?: unknown } | undefined;
  const changes = changesOf(d.changes);
  if (!about || typeof about.subject !== 'string' || !changes) return null;
  const ref = text(about.ref) || t('values.unnamed');
  const subject = t(`subjects.${about.subject}`, { ref, defaultValue: '' });
  if (!subject) return null;
  const parts = changes.map((c) => {
    const field = t(`fields.${c.field}`, { defaultValue: c.field });
    return c.edited ? t('lines.edited', { field }) : t('lines.set', { field, value: show(c.field, c.value, t, language) });
  });
  return t('lines.patch', { subject, changes: parts.join('; ') });
}

/** The label of a piece of evidence: its source, or its kind when it has none. */
const evidenceLabel = (d: Details, t: TFunction): string | null =>
  text(d.source) || (text(d.evidenceKind) ? t(`cases:evidence.kinds.${d.evidenceKind as string}`) : null);

function lineOf(kind: string, d: Details, t: TFunction, language: string): string | null {
  const name = text(d.name);
  const who = name || t('values.unnamed');
  switch (kind) {
    case 'case.created': {
      const ref = d.framework as { id?: unknown; version?: unknown } | undefined;
      const framework =
        ref && typeof ref.id === 'string' && typeof ref.version === 'number'
          ? findFramework({ id: ref.id, version: ref.version })
          : undefined;
      const organisation = text(d.organisation);
      if (!framework || !organisation) return null;
      return t('lines.created', { organisation, framework: localiseFramework(framework, language).name, version: framework.version });
    }
    case 'case.assessor':
      if (!('assessor' in d)) return null;
      return text(d.assessor) ? t('lines.assessor', { assessor: d.assessor }) : t('lines.assessorCleared');
    case 'case.signatory.added':
      return name === null ? null : t('lines.signatoryAdded', { name: who, role: t(`words.${text(d.role) ?? 'chief_executive'}`) });
    case 'case.signatory.removed':
      return name === null ? null : t('lines.signatoryRemoved', { name: who });
    case 'case.signatory.restored':
      return name === null ? null : t('lines.signatoryRestored', { name: who });
    case 'case.requirement':
      return text(d.requirementId) && text(d.status) && !d.changes
        ? t('lines.requirementMarked', { id: d.requirementId, status: t(`words.${d.status as string}`) })
        : patchLine(d, t, language);
    case 'case.action.added':
    case 'case.action.removed':
    case 'case.action.restored': {
      const what = text(d.what);
      const key = { 'case.action.added': 'actionAdded', 'case.action.removed': 'actionRemoved', 'case.action.restored': 'actionRestored' }[
        kind
      ];
      return what === null ? null : t(`lines.${key}`, { what });
    }
    case 'case.action': {
      const changes = changesOf(d.changes);
      const about = d.about as { ref?: unknown } | undefined;
      if (!changes || !about) return null;
      if (changes.length === 1 && changes[0].field === 'status')
        return t('lines.actionStatus', { what: text(about.ref) ?? '', status: show('status', changes[0].value, t, language) });
      return patchLine(d, t, language);
    }
    case 'case.criterion.judged':
      return text(d.criterionId) && text(d.judgement)
        ? t('lines.criterionJudged', { id: d.criterionId, judgement: t(`words.${d.judgement as string}`) })
        : null;
    case 'case.evidence.added': {
      const label = evidenceLabel(d, t);
      const criteria = list(d.criteria);
      if (!label || !criteria) return null;
      return criteria.length
        ? t('lines.evidenceAdded', { label, criteria: criteria.join(', ') })
        : t('lines.evidenceAddedUnlinked', { label });
    }
    case 'case.evidence.removed':
    case 'case.evidence.restored': {
      const label = evidenceLabel(d, t);
      return label ? t(kind === 'case.evidence.removed' ? 'lines.evidenceRemoved' : 'lines.evidenceRestored', { label }) : null;
    }
    case 'case.evidence.attached': {
      const label = evidenceLabel(d, t);
      const files = Array.isArray(d.files)
        ? d.files.map((f) => text((f as { name?: unknown }).name)).filter((n): n is string => n !== null)
        : null;
      return label && files ? t('lines.evidenceAttached', { label, files: files.join(', ') }) : null;
    }
    case 'case.evidence.detached':
    case 'case.evidence.reattached': {
      const label = evidenceLabel(d, t);
      const file = text(d.file);
      return label && file
        ? t(kind === 'case.evidence.detached' ? 'lines.evidenceDetached' : 'lines.evidenceReattached', { label, file })
        : null;
    }
    case 'sync.merged': {
      const authors = list(d.authors);
      return authors && authors.length === 2 ? t('lines.syncMerged', { first: authors[0], second: authors[1] }) : null;
    }
    case 'sync.received':
      return text(d.author) ? t('lines.syncReceived', { author: d.author }) : null;
    case 'case.interview.added':
      if (name === null) return null;
      return name ? t('lines.interviewAdded', { name }) : t('lines.interviewAddedUnnamed');
    case 'case.interview.linked': {
      const criteria = list(d.criteria);
      return name === null || !criteria
        ? null
        : t('lines.interviewLinked', { name: who, criteria: criteria.length ? criteria.join(', ') : t('values.noCriteria') });
    }
    case 'case.interview.removed':
    case 'case.interview.restored':
      return name === null
        ? null
        : t(kind === 'case.interview.removed' ? 'lines.interviewRemoved' : 'lines.interviewRestored', { name: who });
    case 'case.recommendation.recorded':
      if (typeof d.eligible !== 'boolean' || typeof d.justified !== 'boolean') return null;
      return t('lines.recommendationRecorded', {
        outcome: show('outcome', d.outcome, t, language),
        eligibility: t(d.eligible ? 'lines.eligible' : 'lines.notEligible'),
        justified: d.justified ? t('lines.justified') : '',
      });
    case 'case.recommendation.reopened':
      return t('lines.recommendationReopened');
    case 'case.visit.started':
      return text(d.date) ? t('lines.visitStarted', { date: formatIsoDate(language, d.date as string) }) : null;
    case 'record.recovered':
      return text(d.file) && typeof d.applied === 'number' ? t('lines.recovered', { file: d.file, applied: d.applied }) : null;
    case 'case.exported':
      return text(d.file) ? t('lines.exported', { file: d.file }) : null;
    case 'report.exported': {
      const documentKind = text(d.document);
      if (!documentKind || !text(d.documentId) || !text(d.signer)) return null;
      return t('lines.reportExported', {
        document: t(`exports:kinds.${documentKind}`, { defaultValue: documentKind }),
        documentId: d.documentId,
        signer: d.signer,
      });
    }
    default:
      return d.about ? patchLine(d, t, language) : null;
  }
}

/** The line to show for a journal entry; `t` is bound to the `history` namespace. */
export function historyText(entry: Pick<JournalEntry, 'kind' | 'summary' | 'details'>, t: TFunction, language: string): string {
  return lineOf(entry.kind, entry.details ?? {}, t, language) ?? entry.summary;
}
