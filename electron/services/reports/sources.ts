import type { ReportKind, ReportModel } from '../../../shared/domain/report-models';
import {
  actionIssueLogModelSchema,
  agendaModelSchema,
  assessmentReportModelSchema,
  awardCertificateModelSchema,
  commitmentCertificateModelSchema,
  regionalMapModelSchema,
  reportKinds,
  workshopFeedbackModelSchema,
} from '../../../shared/domain/report-models';
import type { Workshop } from '../../../shared/domain/workshop';
import { previousWorkshop, ratingSpread } from '../../../shared/domain/workshop-ratings';
import type { Exportable } from '../../../shared/ipc/contracts/exports';
import { AppError } from '../../../shared/result';
import { frameworkOf } from '../cases/case-store';
import type { ServiceContext } from '../context';
import { actionIssueLogFor, actionIssueLogStatements } from './adapters/action-issue-log';
import { assessmentReportFromCase } from './adapters/case-assessment';
import { awardCertificateFromCase } from './adapters/case-award';
import { commitmentCertificateFromCase } from './adapters/case-commitment';
import type { AdapterContext } from './adapters/common';
import { readCase as readCaseFile, readEvidenceImages, readWorkshop } from './adapters/read-records';
import { agendaFromWorkshop } from './adapters/workshop-agenda';
import { mapScope, regionalMapFor, regionalMapStatements } from './adapters/regional-map';
import { heatMapOf, mapDocumentId, parseMapDocumentId } from '../../../shared/domain/heat-map';
import type { OverviewRowsSource } from '../overview/rows';
import { workshopFeedbackFromWorkshop } from './adapters/workshop-feedback';
import { documentLanguages, type DocumentLanguage, type DocumentLanguageChoice } from '../../../shared/i18n/documents';
import type { LocalisedReport } from './lang';
import { sampleReport } from './samples';
import type { Statement } from '../../../shared/domain/statements';
import { assessmentStatements, awardStatements, commitmentStatements } from './statements/case';
import { agendaStatements, feedbackStatements } from './statements/workshop';

/** A report model ready to build (one per language of the export), and the journal its export is recorded in. */
export interface ResolvedReport {
  /** The first language's model (the one whose facts every version shares). */
  report: ReportModel;
  localised: LocalisedReport;
  /** The case or workshop id whose journal records the export. */
  journalId: string;
  title: string;
}

/** A record's document builder, its journal, and the statements the document makes. */
interface FromRecords {
  build: ModelIn;
  journalId: string;
  title: string;
  statements: Statement[];
}

export const SAMPLE_ID = 'sample';
const SAMPLE_JOURNAL = 'sample-documents';

export const documentTitles: Record<ReportKind, string> = {
  'commitment-certificate': 'Certificate of commitment',
  'assessment-report': 'Assessment report',
  'award-certificate': 'Full award certificate',
  'workshop-feedback': 'Workshop feedback report',
  agenda: 'Agenda',
  'action-issue-log': 'Action and issue log',
  'regional-map': 'Regional map',
};

function sampleExportables(): Exportable[] {
  return reportKinds.map((kind) => {
    const { model } = sampleReport(kind);
    const subject =
      'authority' in model
        ? model.authority.name
        : 'workshop' in model
          ? model.workshop.partnership
          : 'scope' in model
            ? model.scope
            : model.organisation;
    return { kind, id: SAMPLE_ID, title: `${documentTitles[kind]} (sample)`, subject, date: null };
  });
}

/**
 * What can be exported, from the index alone (no file is opened): per case its certificate of
 * commitment, its assessment report once the visit stage is reached, and the award certificate
 * only for a full-award recommendation; per workshop its agenda and, once it has run, its
 * feedback report; per organisation with cases or workshops its action and issue log.
 * The built-in samples are offered only while the workspace has no records at all.
 */
export function listExportables(ctx: ServiceContext): Exportable[] {
  const { caseSummaries, workshops, organisations } = ctx.index.data;
  if (caseSummaries.length === 0 && workshops.length === 0) return sampleExportables();
  const today = ctx.clock().toISOString().slice(0, 10);
  const list: Exportable[] = [];
  const add = (kind: ReportKind, id: string, subject: string, date: string | null = null) =>
    list.push({ kind, id, title: documentTitles[kind], subject, date });
  for (const c of [...caseSummaries].sort((a, b) => a.organisationName.localeCompare(b.organisationName))) {
    add('commitment-certificate', c.id, c.organisationName);
    if (c.stage === 'assessment') add('assessment-report', c.id, c.organisationName);
    if (c.outcome === 'full_award') add('award-certificate', c.id, c.organisationName);
  }
  for (const w of [...workshops].sort((a, b) => a.date.localeCompare(b.date))) {
    add('agenda', w.id, w.title, w.date);
    if (w.status === 'complete' || w.date <= today) add('workshop-feedback', w.id, w.title, w.date);
  }
  const withRecords = new Set([
    ...caseSummaries.map((c) => c.organisationId),
    ...workshops.flatMap((w) => (w.organisationId ? [w.organisationId] : [])),
    ...ctx.index.data.standaloneActions.map((a) => a.organisationId),
    ...ctx.index.data.issues.map((i) => i.organisationId),
  ]);
  for (const o of organisations.filter((org) => withRecords.has(org.id))) add('action-issue-log', o.id, o.name);
  // The whole map; the overview links to the map it shows filtered (any region and sector).
  const all = { region: '', sector: '' };
  if (organisations.length > 0) add('regional-map', mapDocumentId(all), mapScope(all, {}));
  return list;
}

/** A model built from a record must still be a valid model: a gap is a clear message, not a broken PDF. */
function validated<T>(
  schema: { safeParse: (v: unknown) => { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[] }[] } } },
  value: unknown,
  title: string,
): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const where = parsed.error.issues.map((i) => i.path.join('.')).join(', ');
    throw new AppError('invalid_input', 'documentIncomplete', { title: title.toLowerCase(), where });
  }
  return parsed.data;
}

/** Median rating per theme at the previous workshop of the same partnership and template, for the charts. */
async function previousMedians(ctx: ServiceContext, workshop: Workshop): Promise<Map<string, number>> {
  const previous = previousWorkshop(ctx.index.data.workshops, workshop);
  if (!previous) return new Map();
  const before = await readWorkshop(ctx.workspaceDir, previous.id);
  return new Map(
    ratingSpread(
      before.ratings,
      before.themes.map((t) => t.id),
    ).map((s) => [s.themeId, s.median]),
  );
}

/** The record's model in one language; the record itself is read once. */
type ModelIn = (language: DocumentLanguage) => ReportModel;

async function fromRecords(ctx: ServiceContext, kind: ReportKind, id: string, overviewRows?: OverviewRowsSource): Promise<FromRecords> {
  const base: AdapterContext = {
    now: ctx.clock().toISOString(),
    author: ctx.index.data.profile.name,
    authorOrganisation: ctx.index.data.profile.organisation,
    issuer: ctx.index.data.issuer,
  };
  const adapterCtx = (language: DocumentLanguage): AdapterContext => ({ ...base, language });
  const title = documentTitles[kind];
  const regionOf = (organisationId: string) => ctx.index.data.organisations.find((o) => o.id === organisationId)?.region ?? '';
  const partnershipOf = (organisationId: string | null) => ctx.index.data.organisations.find((o) => o.id === organisationId)?.name ?? '';
  // The organisation's name as it is now: a renamed organisation reaches every document about it.
  const readCase = async (workspaceDir: string, caseId: string) => {
    const record = await readCaseFile(workspaceDir, caseId);
    const current = ctx.index.data.organisations.find((o) => o.id === record.organisationId)?.name;
    return current ? { ...record, organisationName: current } : record;
  };
  switch (kind) {
    case 'commitment-certificate': {
      const record = await readCase(ctx.workspaceDir, id);
      const build: ModelIn = (l) => ({
        kind,
        model: validated(
          commitmentCertificateModelSchema,
          commitmentCertificateFromCase(record, frameworkOf(record), adapterCtx(l)),
          title,
        ),
      });
      return { build, journalId: record.id, title, statements: commitmentStatements(record) };
    }
    case 'assessment-report': {
      const record = await readCase(ctx.workspaceDir, id);
      const images = await readEvidenceImages(ctx.workspaceDir, record);
      const build: ModelIn = (l) => ({
        kind,
        model: validated(
          assessmentReportModelSchema,
          assessmentReportFromCase(record, frameworkOf(record), regionOf(record.organisationId), images, adapterCtx(l)),
          title,
        ),
      });
      return { build, journalId: record.id, title, statements: assessmentStatements(record, frameworkOf(record)) };
    }
    case 'award-certificate': {
      const record = await readCase(ctx.workspaceDir, id);
      const build: ModelIn = (l) => ({
        kind,
        model: validated(
          awardCertificateModelSchema,
          awardCertificateFromCase(record, regionOf(record.organisationId), adapterCtx(l), frameworkOf(record)),
          title,
        ),
      });
      return { build, journalId: record.id, title, statements: awardStatements(record, frameworkOf(record)) };
    }
    case 'workshop-feedback': {
      const workshop = await readWorkshop(ctx.workspaceDir, id);
      const medians = await previousMedians(ctx, workshop);
      const logged = ctx.index.data.issues;
      const build: ModelIn = (l) => ({
        kind,
        model: validated(
          workshopFeedbackModelSchema,
          workshopFeedbackFromWorkshop(workshop, partnershipOf(workshop.organisationId), adapterCtx(l), medians, logged),
          title,
        ),
      });
      return { build, journalId: workshop.id, title, statements: feedbackStatements(workshop, logged) };
    }
    case 'agenda': {
      const workshop = await readWorkshop(ctx.workspaceDir, id);
      const build: ModelIn = (l) => ({
        kind,
        model: validated(agendaModelSchema, agendaFromWorkshop(workshop, partnershipOf(workshop.organisationId), adapterCtx(l)), title),
      });
      return { build, journalId: workshop.id, title, statements: agendaStatements(workshop) };
    }
    case 'action-issue-log': {
      const organisation = ctx.index.data.organisations.find((o) => o.id === id);
      if (!organisation) throw new AppError('not_found', 'organisationGoneChooseDocument');
      const cases = await Promise.all(
        ctx.index.data.caseSummaries.filter((c) => c.organisationId === id).map((c) => readCaseFile(ctx.workspaceDir, c.id)),
      );
      const workshops = await Promise.all(
        ctx.index.data.workshops.filter((w) => w.organisationId === id).map((w) => readWorkshop(ctx.workspaceDir, w.id)),
      );
      const log = { standaloneActions: ctx.index.data.standaloneActions, loggedIssues: ctx.index.data.issues };
      const build: ModelIn = (l) => ({
        kind,
        model: validated(actionIssueLogModelSchema, actionIssueLogFor(organisation, cases, workshops, adapterCtx(l), log), title),
      });
      // An organisation has no journal of its own; the log is recorded under the organisation id.
      return { build, journalId: organisation.id, title, statements: actionIssueLogStatements(organisation, cases, workshops, log) };
    }
    case 'regional-map': {
      const filter = parseMapDocumentId(id);
      if (!filter || !overviewRows) throw new AppError('not_found', 'mapNotFound');
      const { rows, today } = await overviewRows();
      const map = heatMapOf(
        [...rows].sort((a, b) => a.name.localeCompare(b.name, 'en-GB')),
        filter,
      );
      const build: ModelIn = (l) => ({
        kind,
        model: validated(regionalMapModelSchema, regionalMapFor(map, filter, today, adapterCtx(l)), title),
      });
      // The map has no record of its own; its exports are recorded under its id (one journal per filter).
      return { build, journalId: id, title, statements: regionalMapStatements(map, today) };
    }
  }
}

/**
 * Builds the document's model from its record (or a built-in sample), once per language of the
 * choice (Welsh first when bilingual), and says which journal records the export. A sample's own
 * text (its fictional records) is English; its fixed text follows the choice.
 */
export async function resolveReport(
  ctx: ServiceContext,
  kind: ReportKind,
  id: string,
  choice: DocumentLanguageChoice = 'en',
  overviewRows?: OverviewRowsSource,
): Promise<ResolvedReport> {
  if (id !== SAMPLE_ID) {
    const { build, journalId, title, statements } = await fromRecords(ctx, kind, id, overviewRows);
    const versions = documentLanguages(choice).map((language) => ({ language, report: build(language) }));
    return { report: versions[0].report, localised: { choice, versions, statements }, journalId, title };
  }
  const report = sampleReport(kind);
  // A sample exported today is dated today.
  report.model.meta.createdAt = ctx.clock().toISOString();
  return {
    report,
    localised: { choice, versions: documentLanguages(choice).map((language) => ({ language, report })) },
    journalId: SAMPLE_JOURNAL,
    title: documentTitles[kind],
  };
}
