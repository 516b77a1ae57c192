import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { OpenFailureReason, WorkspaceStatus } from '../../../shared/ipc/contracts/workspace-open';
import { AppError } from '../../../shared/result';
import { parseLock } from '../store/lock';
import { processStart } from '../store/process-start';

type Failed = Extract<WorkspaceStatus, { state: 'failed' }>;

const unreadableCodes = new Set(['EACCES', 'EPERM', 'EROFS', 'ENOTDIR', 'EISDIR', 'EEXIST', 'ENOENT', 'ELOOP', 'ENAMETOOLONG']);

function reasonOf(error: unknown): OpenFailureReason {
  if (error instanceof AppError) {
    if (error.code === 'workspace_locked') return 'locked';
    if (error.code === 'unsupported') return 'newer';
    // Durable-file helpers wrap errno failures; their message keeps the code.
    return /\b(EACCES|EPERM|EROFS|EISDIR|ENOTDIR)\b/.test(error.message) ? 'unreadable' : 'io';
  }
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return code && unreadableCodes.has(code) ? 'unreadable' : 'io';
}

/**
 * Turns the error that stopped `dir` from opening into what the "workspace could not open"
 * screen shows. For a lock, it reads who holds it; Open anyway is offered unless the holder is
 * a Casebook provably running on this computer (same process, same start time): then opening
 * would certainly mean two copies writing, and the user should close that one instead.
 */
export async function describeFailure(dir: string, error: unknown, canChoose: boolean): Promise<Failed> {
  const reason = reasonOf(error);
  const message = error instanceof Error ? error.message : String(error);
  const language = await profileLanguage(dir);
  if (reason !== 'locked') return { state: 'failed', dir, reason, message, holder: null, canOpenAnyway: false, canChoose, language };
  const info = parseLock(await readFile(path.join(dir, '.lock'), 'utf8').catch(() => ''));
  if (!info) return { state: 'failed', dir, reason, message, holder: null, canOpenAnyway: false, canChoose, language };
  const sameComputer = info.host === os.hostname();
  const provablyRunningHere = sameComputer && info.pidStart !== null && (await processStart(info.pid)) === info.pidStart;
  return {
    state: 'failed',
    dir,
    reason,
    message,
    holder: {
      host: info.host,
      pid: info.pid,
      since: info.startedAt,
      lastActive: info.refreshedAt && info.refreshedAt !== info.startedAt ? info.refreshedAt : null,
      sameComputer,
    },
    canOpenAnyway: !provablyRunningHere,
    canChoose,
    language,
  };
}

/**
 * The language the workspace's profile asks for, read without opening the workspace (a lock held
 * elsewhere, a newer version), so a Welsh speaker is told why in Welsh; null when unreadable.
 */
async function profileLanguage(dir: string): Promise<'en-GB' | 'cy' | null> {
  try {
    const language = (JSON.parse(await readFile(path.join(dir, 'casebook.json'), 'utf8')) as { profile?: { language?: unknown } }).profile
      ?.language;
    return language === 'cy' || language === 'en-GB' ? language : null;
  } catch {
    return null;
  }
}
