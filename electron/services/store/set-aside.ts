import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';
import { AppError } from '../../../shared/result';
import { parseText } from './document';
import { renameRetrying, syncFolder, toAppError } from './durable-file';
import type { EntityFolder, Versioned } from './entity-folder';
import { diff, type PatchOp } from './patch';
import { salvage, type AsideReason, type LogContents } from './record-log';
import type { RecordChange } from './record-commit';
import { planRecovery, type CannotApply, type PlannedLine } from './recovery-plan';
import { validateOps } from './validate-ops';

/**
 * The set-aside logs of one kind of record (`cases/<id>.wal.damaged-…`, `.orphaned-…`; see
 * RecordLog.setAside): listed, previewed, recovered into their record through the record's one
 * queue and its one commit sequence (RecordCommits.commit), or dismissed. A file is never deleted:
 * recovering or dismissing renames it (`….recovered-<time>`, `….dismissed-<time>`), so it leaves
 * the list and stays in the folder.
 */

/** One set-aside log, as the recovery screen lists it. */
export interface SetAsideLog {
  /** Workspace-relative, e.g. `cases/<id>.wal.damaged-<time>-<hex>`: what every other call names. */
  file: string;
  kind: 'case' | 'workshop';
  recordId: string;
  exists: boolean;
  /** The record's revision now (null when it does not exist). */
  revision: number | null;
  /** The record's name (an organisation, a workshop title) when it exists. */
  name: string | null;
  reason: AsideReason;
  /** When it was set aside (from its name: a copy or a sync keeps the name, not the time stamps). */
  setAsideAt: string;
  lines: number;
  damagedLines: number;
  firstRevision: number | null;
  lastRevision: number | null;
  /** The schema versions its lines were written against. */
  versions: number[];
}

export interface RecoveryPreview {
  log: SetAsideLog;
  /** What the lines would apply onto: the record, its newest backup (a missing record), or nothing. */
  onto: 'record' | 'backup' | 'nothing';
  apply: PlannedLine[];
  cannot: { revision: number; reason: CannotApply }[];
  missing: number;
}

export interface Recovered {
  /** The record's revision after the recovery. */
  revision: number;
  applied: number;
  notApplied: number;
  /** Where the file is kept now (workspace-relative). */
  keptAs: string;
}

/** What the set-aside logs of one kind need from its store. */
export interface SetAsideSpec<S extends Versioned> {
  kind: 'case' | 'workshop';
  folder: EntityFolder<S>;
  serialise: <T>(id: string, task: () => Promise<T>) => Promise<T>;
  commit: (
    id: string,
    revision: number,
    note: { kind: string; summary: string; details?: Record<string, unknown> },
    change: RecordChange<z.output<S>>,
  ) => Promise<void>;
  nameOf: (file: z.output<S>) => string;
  /** The record with its revision and change time set (as every change sets them). */
  stamp: (file: z.output<S>, revision: number, at: string) => z.output<S>;
  /** Paths every change sets that mean nothing to a person (revision, updatedAt). */
  bookkeeping: (path: PatchOp['p']) => boolean;
  clock: () => Date;
}

const NAME = /^(.+)\.wal\.(damaged|orphaned)-(\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d(?:\.\d{3})?Z)(?:-r(\d+))?-[0-9a-f]+$/;

interface Parsed {
  id: string;
  reason: AsideReason;
  at: string;
  /** The record's revision once the lines that could be replayed were in it (files set aside before it was kept: unknown). */
  base: number | null;
}

const parseName = (name: string): Parsed | null => {
  const m = NAME.exec(name);
  if (!m) return null;
  return {
    id: m[1],
    reason: m[2] as AsideReason,
    at: m[3].replace(/T(\d\d)-(\d\d)-(\d\d)/, 'T$1:$2:$3'),
    base: m[4] === undefined ? null : Number(m[4]),
  };
};

/** What the recovery channels ask of each kind of record, whatever its schema. */
export interface SetAsideKind {
  owns(file: string): boolean;
  list(): Promise<SetAsideLog[]>;
  preview(file: string): Promise<RecoveryPreview>;
  recover(file: string, expectRevision: number | null): Promise<Recovered>;
  dismiss(file: string): Promise<{ keptAs: string }>;
}

export class SetAsideLogs<S extends Versioned> implements SetAsideKind {
  constructor(private readonly spec: SetAsideSpec<S>) {}

  private get folder() {
    return this.spec.folder;
  }

  private dir(): string {
    return path.join(this.folder.spec.workspaceDir, this.folder.spec.folder);
  }

  /** Every set-aside log of this kind still waiting for a decision, oldest first. */
  async list(): Promise<SetAsideLog[]> {
    const names = await fs.readdir(this.dir()).catch(() => [] as string[]);
    const found = names.flatMap((name) => {
      const parsed = parseName(name);
      return parsed ? [{ name, parsed }] : [];
    });
    const logs = await Promise.all(found.map(async ({ name, parsed }) => (await this.describe(name, parsed)).log));
    return logs.sort((a, b) => a.setAsideAt.localeCompare(b.setAsideAt) || a.file.localeCompare(b.file));
  }

  /** Which lines of `file` recovering it would apply, and which it cannot and why. Writes nothing. */
  async preview(file: string): Promise<RecoveryPreview> {
    const { name, parsed } = this.resolve(file);
    const { log, contents, record } = await this.describe(name, parsed);
    const onto = record ? { data: record, from: 'record' as const } : await this.backup(parsed.id);
    if (!onto) return { log, onto: 'nothing', apply: [], cannot: [], missing: 0 };
    const plan = this.plan(onto.data, contents, onto.from === 'record' ? parsed.base : null);
    return { log, onto: onto.from, apply: plan.apply, cannot: plan.cannot, missing: plan.missing };
  }

  /**
   * Applies the applicable lines of `file` to its record as one new revision after its current
   * one, through the record's queue and its commit sequence (validated, a history line naming the
   * file, the log line fsynced), then renames the file `….recovered-<time>`. Refused, with nothing
   * changed, when the record is no longer at `expectRevision` (the revision the preview saw; null:
   * it did not exist). A missing record is first brought back from its newest backup.
   */
  recover(file: string, expectRevision: number | null): Promise<Recovered> {
    const { name, parsed } = this.resolve(file);
    return this.spec.serialise(parsed.id, async () => {
      const contents = await this.read(name);
      const exists = await this.folder.exists(parsed.id);
      const now = exists ? this.revisionOf((await this.folder.get(parsed.id)).data) : null;
      if (now !== expectRevision) throw new AppError('conflict', 'recoveryRecordMoved');
      if (!exists && !(await this.backup(parsed.id))) throw new AppError('not_found', 'recoveryNeedsRecord');
      // A missing record comes back from its newest good backup (document.ts restores it and says so).
      const before = exists
        ? (await this.folder.get(parsed.id)).data
        : (
            await this.folder.load(parsed.id, () => {
              throw new AppError('not_found', 'recoveryNeedsRecord');
            })
          ).data;
      const plan = this.plan(before, contents, exists ? parsed.base : null);
      if (exists && plan.apply.length === 0) throw new AppError('invalid_input', 'recoveryNothingToApply');
      // Lines older than the set-aside point are in the record already: not "not applied".
      const notApplied = plan.cannot.filter((line) => line.reason !== 'older').length;
      const revision = this.revisionOf(before) + 1;
      const stamped = this.spec.stamp(structuredClone(plan.result), revision, this.spec.clock().toISOString());
      const next = validateOps(this.folder.spec.schema, stamped, diff(before, stamped), this.folder.spec.noun);
      await this.spec.commit(
        parsed.id,
        revision,
        {
          kind: 'record.recovered',
          summary: `Recovered ${plan.apply.length} saved change(s) from ${this.relative(name)}${notApplied ? `; ${notApplied} could not be applied` : ''}.`,
          details: { file: this.relative(name), applied: plan.apply.length, notApplied, fromBackup: !exists },
        },
        { kind: 'change', before, next },
      );
      const keptAs = await this.renameAside(name, 'recovered');
      return { revision, applied: plan.apply.length, notApplied, keptAs };
    });
  }

  /** Takes `file` off the list without applying it: renamed `….dismissed-<time>`, kept in the folder. */
  dismiss(file: string): Promise<{ keptAs: string }> {
    const { name, parsed } = this.resolve(file);
    return this.spec.serialise(parsed.id, async () => ({ keptAs: await this.renameAside(name, 'dismissed') }));
  }

  /** True when `file` is in this kind's folder. */
  owns(file: string): boolean {
    return file.startsWith(`${this.folder.spec.folder}/`);
  }

  /** The file name inside this kind's folder that `file` names; refused unless it is a set-aside log of it. */
  private resolve(file: string): { name: string; parsed: Parsed } {
    const [folder, name, ...rest] = file.split('/');
    const parsed = name && rest.length === 0 && folder === this.folder.spec.folder ? parseName(name) : null;
    if (!parsed) throw new AppError('invalid_input', 'recoveryUnknownFile');
    return { name, parsed };
  }

  private relative(name: string): string {
    return `${this.folder.spec.folder}/${name}`;
  }

  private async read(name: string): Promise<LogContents> {
    try {
      return await salvage(path.join(this.dir(), name));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new AppError('not_found', 'recoveryFileGone');
      throw toAppError(error, path.join(this.dir(), name), 'read');
    }
  }

  private revisionOf(data: z.output<S>): number {
    return this.folder.spec.revision!(data);
  }

  private async describe(name: string, parsed: Parsed) {
    const contents = await this.read(name);
    const record = (await this.folder.exists(parsed.id)) ? await this.folder.peek(parsed.id).catch(() => null) : null;
    const revisions = contents.lines.map((line) => line.revision);
    const log: SetAsideLog = {
      file: this.relative(name),
      kind: this.spec.kind,
      recordId: parsed.id,
      exists: record !== null,
      revision: record ? this.revisionOf(record) : null,
      name: record ? this.spec.nameOf(record) : null,
      reason: parsed.reason,
      setAsideAt: parsed.at,
      lines: contents.lines.length,
      damagedLines: contents.damaged,
      firstRevision: revisions.length ? Math.min(...revisions) : null,
      lastRevision: revisions.length ? Math.max(...revisions) : null,
      versions: [...new Set(contents.lines.map((line) => line.v ?? 1))].sort((a, b) => a - b),
    };
    return { log, contents, record };
  }

  /** The newest backup of a missing record that this Casebook can read, or null. */
  private async backup(id: string): Promise<{ data: z.output<S>; from: 'backup' } | null> {
    const spec = { ...this.folder.spec, relativeFile: this.folder.relative(id), create: () => ({}) as never };
    const found: { data?: z.output<S> } = {};
    await spec.backups.newestValid(spec.relativeFile, (text) => {
      try {
        found.data = parseText(text, spec);
        return true;
      } catch {
        return false;
      }
    });
    return found.data === undefined ? null : { data: found.data, from: 'backup' };
  }

  /** The plan for `contents` onto `record`; `base`: the record's revision when the log was set aside (unknown: its revision now). */
  private plan(record: z.output<S>, contents: LogContents, base: number | null) {
    const { schema, currentVersion, migrations } = this.folder.spec;
    return planRecovery(record, contents.lines, {
      base: base ?? this.revisionOf(record),
      currentVersion,
      migrations,
      parse: (raw) => {
        const parsed = schema.safeParse(raw);
        return parsed.success ? parsed.data : null;
      },
      bookkeeping: this.spec.bookkeeping,
    });
  }

  private async renameAside(name: string, as: 'recovered' | 'dismissed'): Promise<string> {
    const from = path.join(this.dir(), name);
    const stamp = this.spec.clock().toISOString().replaceAll(':', '-');
    const to = `${from}.${as}-${stamp}-${randomBytes(3).toString('hex')}`;
    try {
      await renameRetrying(from, to, this.folder.spec.fs);
      await syncFolder(this.dir(), this.folder.spec.fs);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new AppError('not_found', 'recoveryFileGone');
      throw toAppError(error, from);
    }
    return this.relative(path.basename(to));
  }
}
