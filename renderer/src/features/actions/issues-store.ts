import { create } from 'zustand';
import type { LoggedIssue, OrganisationNote } from '../../../../shared/domain/escalation';
import type { RaiseIssueInput, RaiseIssueResult } from '../../../../shared/ipc/contracts/issues';
import type { AppErrorShape, Result } from '../../../../shared/result';
import { api } from '../../lib/api';

interface IssuesState {
  issues: LoggedIssue[];
  notes: OrganisationNote[];
  loaded: boolean;
  load: () => Promise<void>;
  raise: (input: RaiseIssueInput) => Promise<Result<RaiseIssueResult>>;
  /** Runs one change on an issue and reloads the log; returns the error to show, if any. */
  change: (run: () => Promise<Result<LoggedIssue>>) => Promise<AppErrorShape | null>;
}

/** The issue log and its notes, as main last confirmed them. */
export const useIssues = create<IssuesState>((set, get) => ({
  issues: [],
  notes: [],
  loaded: false,
  load: async () => {
    const result = await api.issues.list({});
    if (result.ok) set({ ...result.data, loaded: true });
  },
  raise: async (input) => {
    const result = await api.issues.raise(input);
    if (result.ok) await get().load();
    return result;
  },
  change: async (run) => {
    const result = await run();
    if (!result.ok) return result.error;
    await get().load();
    return null;
  },
}));
