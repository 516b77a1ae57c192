import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs/promises';
import path from 'node:path';
import type { Handlers } from '../../../shared/ipc/contract';
import { AppError } from '../../../shared/result';
import type { ServiceContext } from '../context';
import type { SigningKeys } from '../signing/keys';
import type { Attachments } from './attachments';
import { encodeBundle, BUNDLE_EXTENSION, MAX_BUNDLE_BYTES, type CaseBundle } from './bundle';
import { bundleSealer, checkBundleSeal } from './seal-handlers';
import type { CaseStore } from './case-store';
import { commitImport } from './import-commit';
import { decodeBundleOffThread } from '../workers/pool';

type TransferHandlers = Pick<Handlers, 'cases:export' | 'cases:importPick' | 'cases:importCommit'>;

const fileSafe = (name: string) =>
  name
    .replace(/[^A-Za-z0-9 _-]+/g, '')
    .trim()
    .replace(/\s+/g, '-') || 'case';

/** Export a case to one file and import one back, validated fully before anything is written. */
export function transferHandlers(ctx: ServiceContext, store: CaseStore, attachments: Attachments, keys: SigningKeys): TransferHandlers {
  // Validated imports waiting for the person's keep-both / replace answer.
  const pending = new Map<string, CaseBundle>();

  const buildBundle = async (id: string): Promise<CaseBundle> => {
    // Settle the case's file first: what leaves the workspace is also what its file holds.
    await store.commits.settle(id);
    const record = await store.get(id);
    const files = new Map<string, Uint8Array>();
    for (const ref of record.assessment.evidence.flatMap((e) => e.attachments)) {
      if (!files.has(ref.sha256)) files.set(ref.sha256, await attachments.read(ref.sha256));
    }
    const journalText = await fs.readFile(ctx.journals.fileFor(id), 'utf8').catch(() => '');
    const organisation = ctx.index.data.organisations.find((o) => o.id === record.organisationId) ?? null;
    return {
      record,
      organisation,
      journalText: journalText.endsWith('\n') || !journalText ? journalText : journalText.slice(0, journalText.lastIndexOf('\n') + 1),
      attachments: files,
    };
  };

  const storeFiles = async (bundle: CaseBundle) => {
    for (const [hash, bytes] of bundle.attachments) {
      const stored = await attachments.put(bytes);
      if (stored !== hash) throw new AppError('internal', 'attachmentChanged');
    }
    if (bundle.organisation && !ctx.index.data.organisations.some((o) => o.id === bundle.organisation?.id)) {
      const organisation = bundle.organisation;
      await ctx.index.update((data) => {
        data.organisations.push(organisation);
      });
    }
  };

  return {
    'cases:export': async ({ id }) => {
      if (!ctx.shell.saveFile) throw new AppError('unsupported', 'exportingCaseNeedsDesktop');
      const bundle = await buildBundle(id);
      const target = await ctx.shell.saveFile({
        title: 'Export case',
        defaultName: `${fileSafe(bundle.record.organisationName)}.${BUNDLE_EXTENSION}`,
        filters: [{ name: 'Casebook case', extensions: [BUNDLE_EXTENSION] }],
      });
      if (!target) return null;
      const bytes = encodeBundle(
        bundle,
        ctx.clock().toISOString(),
        ctx.index.data.profile.name || 'Unnamed user',
        await bundleSealer(keys),
      );
      await fs.writeFile(target, bytes);
      await ctx.journals.append(id, {
        kind: 'case.exported',
        summary: `Case exported to ${path.basename(target)}`,
        details: { bytes: bytes.length, file: path.basename(target) },
      });
      return { path: target, bytes: bytes.length };
    },

    'cases:importPick': async () => {
      if (!ctx.shell.pickFiles) throw new AppError('unsupported', 'importingCaseNeedsDesktop');
      const [file] = await ctx.shell.pickFiles({
        title: 'Import a case',
        filters: [{ name: 'Casebook case', extensions: [BUNDLE_EXTENSION] }],
      });
      if (!file) return null;
      const stat = await fs.stat(file).catch(() => null);
      if (!stat?.isFile()) throw new AppError('not_found', 'fileUnreadable', { file: path.basename(file) });
      if (stat.size > MAX_BUNDLE_BYTES)
        throw new AppError('invalid_input', 'caseFileTooLarge', { file: path.basename(file), max: MAX_BUNDLE_BYTES / 1048576 });
      const decoded = await decodeBundleOffThread(await fs.readFile(file));
      if (!decoded.ok) throw AppError.from(decoded.error);
      const bundle = decoded.value;
      const seal = await checkBundleSeal(keys, bundle);
      const token = randomUUID();
      pending.clear();
      pending.set(token, bundle);
      return {
        token,
        caseId: bundle.record.id,
        organisationName: bundle.record.organisationName,
        exists: await store.folder.exists(bundle.record.id),
        evidenceCount: bundle.record.assessment.evidence.length,
        attachmentCount: bundle.attachments.size,
        journalEntries: bundle.journalText.split('\n').filter(Boolean).length,
        seal,
      };
    },

    'cases:importCommit': async ({ token, mode }) => {
      const bundle = pending.get(token);
      if (!bundle) throw new AppError('not_found', 'importNotWaiting');
      const exists = await store.folder.exists(bundle.record.id);
      if (exists && mode === 'new') throw new AppError('conflict', 'caseExistsChoose');
      const id = mode === 'keep_both' && exists ? ctx.newId() : bundle.record.id;
      const record = { ...bundle.record, id };
      await storeFiles(bundle);
      pending.delete(token);
      const note = {
        new: `Case imported from a case file (${bundle.journalText.split('\n').filter(Boolean).length} earlier history lines kept)`,
        keep_both: `Case imported as a copy of case ${bundle.record.id}; the existing case was kept`,
        replace: 'Case replaced by an imported case file; the previous version is kept in backups',
      }[exists ? mode : 'new'];
      return commitImport(ctx, store, record, bundle.journalText, exists && mode === 'replace', {
        kind: 'case.imported',
        summary: note,
        details: { from: bundle.record.id, mode },
      });
    },
  };
}
