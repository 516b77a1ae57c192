import { strToU8, strFromU8, zipSync, type Zippable } from 'fflate';
import { z } from 'zod';
import { caseSchema, CASE_SCHEMA_VERSION, type CaseRecord } from '../../../shared/domain/case';
import { journalEntrySchema } from '../../../shared/domain/journal';
import { organisationSchema, type Organisation } from '../../../shared/domain/organisation';
import { findFramework } from '../../../shared/frameworks';
import type { ErrorKey, ErrorValues } from '../../../shared/i18n/errors';
import { refusal, type AppErrorShape } from '../../../shared/result';
import { hashEntry } from '../journal/journal';
import { MAX_ATTACHMENT_BYTES, sha256 } from './attachments';
import { unzipBounded } from './bundle-unzip';
import { SEAL_FILE, sealBundle, type Sealer } from './bundle-seal';

/** A case file on its way between machines: `<authority>.casebook-case` (a zip). */
export const BUNDLE_FORMAT = 'casebook-case';
export const BUNDLE_VERSION = 1;
export const BUNDLE_EXTENSION = 'casebook-case';
export const MAX_BUNDLE_BYTES = 300 * 1024 * 1024;
export const MAX_UNPACKED_BYTES = 600 * 1024 * 1024;
const MAX_ENTRIES = 5_100;
const MAX_CASE_JSON_BYTES = 50 * 1024 * 1024;
const MAX_JOURNAL_BYTES = 50 * 1024 * 1024;

const manifestSchema = z.object({
  format: z.literal(BUNDLE_FORMAT),
  formatVersion: z.number().int(),
  caseSchemaVersion: z.number().int(),
  exportedAt: z.string(),
  exportedBy: z.string(),
  organisation: organisationSchema.nullable(),
});

export interface CaseBundle {
  record: CaseRecord;
  organisation: Organisation | null;
  journalText: string;
  attachments: Map<string, Uint8Array>;
  /** From a decoded file: its signature.json (absent in older files) and case.json exactly as stored. */
  seal?: Uint8Array;
  caseJson?: Uint8Array;
}

type Decoded<T> = { ok: true; value: T } | { ok: false; error: AppErrorShape };
const refuse = (key: ErrorKey, values?: ErrorValues): { ok: false; error: AppErrorShape } => ({
  ok: false,
  error: refusal('invalid_input', key, values),
});

/** Packs a case, its journal and every attached file into one zip. */
export function encodeBundle(bundle: CaseBundle, exportedAt: string, exportedBy: string, sealer?: Sealer): Uint8Array {
  const manifest: z.infer<typeof manifestSchema> = {
    format: BUNDLE_FORMAT,
    formatVersion: BUNDLE_VERSION,
    caseSchemaVersion: CASE_SCHEMA_VERSION,
    exportedAt,
    exportedBy,
    organisation: bundle.organisation,
  };
  const files: Zippable = {
    'manifest.json': strToU8(JSON.stringify(manifest, null, 2)),
    'case.json': strToU8(JSON.stringify(bundle.record, null, 2)),
    'journal.jsonl': strToU8(bundle.journalText),
  };
  // Images and office files are compressed already; storing them keeps export fast.
  for (const [hash, bytes] of bundle.attachments) files[`attachments/${hash}`] = [bytes, { level: 0 }];
  if (sealer) {
    const contents = {
      caseId: bundle.record.id,
      caseJson: files['case.json'] as Uint8Array,
      journalText: bundle.journalText,
      attachmentHashes: [...bundle.attachments.keys()],
      exportedAt,
    };
    files[SEAL_FILE] = sealBundle(contents, sealer);
  }
  return zipSync(files, { level: 6 });
}

/** Validates raw JSON as a case this Casebook can open: a typed refusal or the case, never a throw. */
export function validateCaseJson(raw: unknown): Decoded<CaseRecord> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return refuse('bundleNotARecord');
  const version = (raw as Record<string, unknown>).schemaVersion;
  if (typeof version === 'number' && version > CASE_SCHEMA_VERSION) {
    return refuse('bundleNewerSchema', { version: String(version) });
  }
  const parsed = caseSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return refuse('bundleInvalid', { path: issue.path.join('.') || 'record', detail: issue.message });
  }
  const record = parsed.data;
  const framework = findFramework(record.framework);
  if (!framework) return refuse('bundleUnknownFramework', { framework: record.framework.id, version: record.framework.version });
  const requirementIds = framework.requirements
    .map((r) => r.id)
    .sort()
    .join();
  const criterionIds = framework.criteria
    .map((c) => c.id)
    .sort()
    .join();
  if (
    Object.keys(record.actionPlan.requirements).sort().join() !== requirementIds ||
    Object.keys(record.assessment.criteria).sort().join() !== criterionIds
  ) {
    return refuse('bundleFrameworkMismatch');
  }
  const ids = [
    ...record.assessment.evidence,
    ...record.assessment.interviews,
    ...record.actionPlan.actions,
    ...record.signUp.signatories,
  ].map((x) => x.id);
  if (new Set(ids).size !== ids.length) return refuse('bundleDuplicateItem');
  return { ok: true, value: record };
}

/** Checks a journal's hash chain; returns the first broken line, if any. */
export function verifyJournalText(text: string): { ok: true; entries: number } | { ok: false; line: number } {
  const lines = text.split('\n').filter(Boolean);
  let prev = '0'.repeat(64);
  for (let i = 0; i < lines.length; i++) {
    try {
      const entry = journalEntrySchema.parse(JSON.parse(lines[i]));
      const { hash, ...body } = entry;
      if (entry.seq !== i || entry.prevHash !== prev || hashEntry(body) !== hash) return { ok: false, line: i + 1 };
      prev = hash;
    } catch {
      return { ok: false, line: i + 1 };
    }
  }
  return { ok: true, entries: lines.length };
}

/** The most each entry of a case file may unpack to: checked against the bytes really inflated. */
const entryLimit = (name: string): number => {
  if (name === 'case.json') return MAX_CASE_JSON_BYTES;
  if (name.startsWith('attachments/')) return MAX_ATTACHMENT_BYTES;
  if (name === 'journal.jsonl') return MAX_JOURNAL_BYTES;
  return 1024 * 1024;
};

/** Unpacks and validates everything in a case file before anything touches the workspace. */
export async function decodeBundle(bytes: Uint8Array): Promise<Decoded<CaseBundle>> {
  if (bytes.length > MAX_BUNDLE_BYTES) return refuse('bundleTooLarge', { max: MAX_BUNDLE_BYTES / 1048576 });
  const unpacked = await unzipBounded(bytes, { maxEntries: MAX_ENTRIES, maxTotalBytes: MAX_UNPACKED_BYTES, maxEntryBytes: entryLimit });
  if (!unpacked.ok) {
    if (unpacked.reason === 'too_large') {
      return refuse('bundleUnpacksTooLarge', { entry: unpacked.name ? ` (${unpacked.name.slice(0, 80)} is too large)` : '' });
    }
    if (unpacked.reason === 'too_many') return refuse('bundleTooManyFiles', { max: MAX_ENTRIES });
    return refuse('bundleNotZip');
  }
  const files = unpacked.files;
  const names = Object.keys(files);
  const unexpected = names.find(
    (n) => !['manifest.json', 'case.json', 'journal.jsonl', SEAL_FILE].includes(n) && !/^attachments\/[0-9a-f]{64}$/.test(n),
  );
  if (unexpected) return refuse('bundleUnexpectedEntry', { entry: unexpected.slice(0, 80) });
  const readJson = (name: string, max: number): Decoded<unknown> => {
    const data = files[name];
    if (!data) return refuse('bundleMissingEntry', { entry: name });
    if (data.length > max) return refuse('bundleEntryTooLarge', { entry: name });
    try {
      return { ok: true, value: JSON.parse(strFromU8(data)) };
    } catch {
      return refuse('bundleEntryDamaged', { entry: name });
    }
  };
  const manifestRaw = readJson('manifest.json', 1024 * 1024);
  if (!manifestRaw.ok) return manifestRaw;
  const manifest = manifestSchema.safeParse(manifestRaw.value);
  if (!manifest.success) return refuse('bundleNoManifest');
  if (manifest.data.formatVersion > BUNDLE_VERSION) return refuse('bundleNewerFormat');
  const caseRaw = readJson('case.json', MAX_CASE_JSON_BYTES);
  if (!caseRaw.ok) return caseRaw;
  const record = validateCaseJson(caseRaw.value);
  if (!record.ok) return record;
  const attachments = new Map<string, Uint8Array>();
  for (const name of names.filter((n) => n.startsWith('attachments/'))) {
    const hash = name.slice('attachments/'.length);
    if (sha256(files[name]) !== hash) return refuse('bundleAttachmentAltered');
    attachments.set(hash, files[name]);
  }
  const missing = record.value.assessment.evidence.flatMap((e) => e.attachments).find((a) => !attachments.has(a.sha256));
  if (missing) return refuse('bundleAttachmentMissing', { name: missing.name });
  const journalBytes = files['journal.jsonl'];
  if (!journalBytes) return refuse('bundleNoJournal');
  const journalText = strFromU8(journalBytes);
  const verdict = verifyJournalText(journalText);
  if (!verdict.ok) return refuse('bundleJournalAltered', { line: verdict.line });
  return {
    ok: true,
    value: {
      record: record.value,
      organisation: manifest.data.organisation,
      journalText,
      attachments,
      seal: files[SEAL_FILE],
      caseJson: files['case.json'],
    },
  };
}
