import { createHash, randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ReportKind } from '../../../shared/domain/report-models';
import type { ScheduleBaseline, Workshop } from '../../../shared/domain/workshop';
import type { Handlers } from '../../../shared/ipc/contract';
import type { ExporterSignature } from '../../../shared/ipc/contracts/exports';
import { AppError } from '../../../shared/result';
import type { ServiceContext } from '../context';
import type { SigningKeys } from '../signing/keys';
import { signPdf } from '../signing/pades-signer';
import { signatureSound, verifyPdf } from '../signing/verifier';
import { verifyPdfOffThread } from '../workers/pool';
import { writeBinaryDurably } from '../signing/write-binary';
import { fileNameFor, withExporterSignature } from './exporter-signature';
import { pageCount } from './build';
import { buildPdfOffThread as buildPdf } from '../workers/pool';
import { listExportables, resolveReport, SAMPLE_ID } from './sources';
import { readStatements } from './statements/read-statements';
import type { OverviewRowsSource } from '../overview/rows';

type ExportHandlers = Pick<Handlers, 'exports:documents' | 'exports:preview' | 'exports:export' | 'exports:verify'>;

/** What the exports need of workshops: a circulated agenda becomes the live schedule's baseline. */
export interface CirculatedPlans {
  get(id: string): Promise<Workshop>;
  keepCirculatedPlan(id: string, plan: Omit<ScheduleBaseline, 'keptAt'>): Promise<unknown>;
}

interface HeldPreview {
  kind: ReportKind;
  /** For an agenda: the workshop and its plan as the previewed PDF prints them. */
  circulated?: { workshopId: string; plan: Omit<ScheduleBaseline, 'keptAt'> };
  title: string;
  fileName: string;
  documentId: string;
  journalId: string;
  pdf: Buffer;
}

/** Previews kept for export; a few are plenty, and PDFs are not small. */
const MAX_PREVIEWS = 6;
const MAX_VERIFY_BYTES = 200 * 1024 * 1024;

export { pageCount };

async function circulatedPlan(plans: CirculatedPlans, id: string): Promise<HeldPreview['circulated']> {
  const w = await plans.get(id);
  return { workshopId: id, plan: { startTime: w.startTime, items: w.agenda.map((a) => ({ id: a.id, minutes: a.minutes })) } };
}

export function exportsHandlers(
  ctx: ServiceContext,
  keys: SigningKeys,
  plans?: CirculatedPlans,
  overviewRows?: OverviewRowsSource,
): ExportHandlers {
  const identities = keys.identities;
  const previews = new Map<string, HeldPreview>();
  const hold = (id: string, preview: HeldPreview) => {
    previews.set(id, preview);
    while (previews.size > MAX_PREVIEWS) previews.delete(previews.keys().next().value as string);
  };

  /** The exporter's visible signature: their drawing or typed name, dated today. */
  async function visibleSignature(signature: ExporterSignature) {
    const status = await identities.status();
    const name = status.identity?.name || ctx.index.data.profile.name;
    if (!name) throw new AppError('invalid_input', 'nameBeforeSigning');
    // The role printed is the one the signer holds for the record; withExporterSignature sets it.
    const role = '';
    const date = ctx.clock().toISOString().slice(0, 10);
    return signature.kind === 'drawn'
      ? { name, role, date, kind: 'drawn' as const, image: signature.image }
      : { name, role, date, kind: 'typed' as const };
  }

  return {
    'exports:documents': async () => listExportables(ctx),

    'exports:preview': async ({ kind, id, signature, language }) => {
      const started = performance.now();
      ctx.emit('exports:progress', { kind, stage: 'layout', percent: 10 });
      const resolved = await resolveReport(ctx, kind, id, language, overviewRows);
      // Read with the report, so the plan kept at export is the one this preview prints.
      const circulated = kind === 'agenda' && id !== SAMPLE_ID && plans ? await circulatedPlan(plans, id) : undefined;
      const visible = signature ? await visibleSignature(signature) : null;
      const versions = resolved.localised.versions.map((v) => ({
        ...v,
        report: visible ? withExporterSignature(v.report, visible, v.language) : v.report,
      }));
      const report = versions[0].report;
      const pdf = await buildPdf({ choice: language, versions });
      const previewId = randomUUID();
      const { meta } = report.model;
      const subject =
        'authority' in report.model
          ? report.model.authority.name
          : 'workshop' in report.model
            ? report.model.workshop.title
            : 'scope' in report.model
              ? report.model.scope
              : report.model.organisation;
      const fileName = fileNameFor(resolved.title, subject, meta.documentId);
      hold(previewId, {
        kind,
        title: resolved.title,
        fileName,
        documentId: meta.documentId,
        journalId: resolved.journalId,
        pdf,
        circulated,
      });
      ctx.emit('exports:progress', { kind, stage: 'layout', percent: 50 });
      return {
        previewId,
        kind,
        title: resolved.title,
        fileName,
        pageCount: pageCount(pdf),
        byteLength: pdf.length,
        pdfBase64: pdf.toString('base64'),
        buildMs: Math.round(performance.now() - started),
      };
    },

    'exports:export': async ({ previewId }) => {
      const preview = previews.get(previewId);
      if (!preview) throw new AppError('not_found', 'previewGone');
      const identity = identities.requireUnlocked();
      const started = performance.now();
      ctx.emit('exports:progress', { kind: preview.kind, stage: 'signing', percent: 60 });
      const signedAt = ctx.clock();
      const crls = await keys.crlsFor(identity.chain);
      const signed = await signPdf(
        preview.pdf,
        { ...identity, crls },
        { reason: `${preview.title} ${preview.documentId}`, signingTime: signedAt },
      );
      const signMs = Math.round(performance.now() - started);
      // Never hand out a file that would not verify.
      const [check] = verifyPdf(signed, preview.fileName).signatures;
      if (!signatureSound(check)) throw new AppError('internal', 'signedDidNotVerify');
      const sha256 = createHash('sha256').update(signed).digest('hex');
      const base = { fileName: preview.fileName, sha256, signer: identity.summary.name, signedAt: signedAt.toISOString(), signMs };
      ctx.emit('exports:progress', { kind: preview.kind, stage: 'saving', percent: 80 });
      let target: string | null = null;
      if (ctx.shell.saveFile) {
        target = await ctx.shell.saveFile({
          title: 'Save the signed document',
          defaultName: preview.fileName,
          filters: [{ name: 'PDF document', extensions: ['pdf'] }],
        });
        if (!target) {
          ctx.emit('exports:progress', { kind: preview.kind, stage: 'done', percent: 100 });
          return { ...base, cancelled: true, path: null, pdfBase64: null };
        }
        await writeBinaryDurably(target, signed);
      }
      await ctx.journals.append(preview.journalId, {
        kind: 'report.exported',
        summary: `Exported “${preview.title}” (${preview.documentId}), signed by ${identity.summary.name}`,
        details: {
          sha256,
          document: preview.kind,
          documentId: preview.documentId,
          fileName: target ? path.basename(target) : preview.fileName,
          signer: identity.summary.name,
          certificateFingerprint: identity.summary.fingerprint,
          signedAt: signedAt.toISOString(),
        },
      });
      if (preview.circulated && plans) await plans.keepCirculatedPlan(preview.circulated.workshopId, preview.circulated.plan);
      ctx.emit('exports:progress', { kind: preview.kind, stage: 'done', percent: 100 });
      // Without a save dialog (a host that cannot show one) the bytes go back to the caller.
      return { ...base, cancelled: false, path: target, pdfBase64: target ? null : signed.toString('base64') };
    },

    'exports:verify': async () => {
      const [file] =
        (await ctx.shell.pickFiles?.({ title: 'Choose a PDF to verify', filters: [{ name: 'PDF document', extensions: ['pdf'] }] })) ?? [];
      if (!file) return null;
      let bytes: Buffer;
      try {
        bytes = await readFile(file);
      } catch {
        throw new AppError('io_error', 'fileUnreadableRetry');
      }
      if (bytes.length > MAX_VERIFY_BYTES) throw new AppError('invalid_input', 'fileTooLargeToCheck');
      if (bytes.subarray(0, 1024).indexOf('%PDF-') < 0) throw new AppError('invalid_input', 'notAPdf');
      const report = await verifyPdfOffThread(bytes, path.basename(file), await keys.anchors(), ctx.clock());
      // Beside the verdict: what the document states, read only from the bytes its first signature covers.
      const read = readStatements(bytes);
      return { ...report, statements: read.state === 'signed' ? read.file : null };
    },
  };
}
