import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';

export interface ChildExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** A node child whose stdout is read line by line, with its stderr kept for failure messages. */
export class ScriptChild {
  readonly process: ChildProcess;
  readonly lines: string[] = [];
  stderr = '';
  /** Resolves after the child exited AND its stdout was drained, so `lines` is complete. */
  readonly closed: Promise<ChildExit>;
  private partial = '';
  private ended = false;
  private waiters = new Set<() => void>();

  constructor(script: string, args: string[]) {
    this.process = spawn(process.execPath, [script, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
    this.process.stdout?.setEncoding('utf8').on('data', (chunk: string) => this.onStdout(chunk));
    this.process.stderr?.setEncoding('utf8').on('data', (chunk: string) => (this.stderr += chunk));
    this.closed = new Promise((resolve) => {
      this.process.once('close', (code, signal) => {
        this.ended = true;
        this.wake();
        resolve({ code, signal });
      });
    });
  }

  get pid(): number {
    if (this.process.pid === undefined) throw new Error(`child did not start: ${this.stderr}`);
    return this.process.pid;
  }

  get running(): boolean {
    return this.process.exitCode === null && this.process.signalCode === null;
  }

  /** Resolves with the first line matching `pattern`; rejects if the child ends first or time runs out. */
  async waitForLine(pattern: RegExp, timeoutMs = 10_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.lines.find((line) => pattern.test(line));
      if (found !== undefined) return found;
      if (this.ended) throw new Error(`child ended before printing ${pattern}; stderr:\n${this.stderr}`);
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${pattern}; stderr:\n${this.stderr}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.max(0, deadline - Date.now()) + 1);
        this.waiters.add(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** Kills the child (if still running) and waits until it is fully gone. */
  async kill(signal: NodeJS.Signals = 'SIGKILL'): Promise<ChildExit> {
    if (this.running) this.process.kill(signal);
    return this.closed;
  }

  private onStdout(chunk: string): void {
    const parts = (this.partial + chunk).split('\n');
    this.partial = parts.pop() ?? '';
    this.lines.push(...parts);
    this.wake();
  }

  private wake(): void {
    const waiters = [...this.waiters];
    this.waiters.clear();
    for (const wake of waiters) wake();
  }
}

/** The pid of a node process that has already exited (and been reaped), as a stale lock would hold. */
export async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', ''], { stdio: 'ignore' });
  const pid = child.pid;
  await once(child, 'close');
  if (pid === undefined) throw new Error('could not spawn node');
  return pid;
}
