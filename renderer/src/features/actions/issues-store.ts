import type { LoggedIssue, OrganisationNote } from '../../../../shared/domain/escalation';
import type { RaiseIssueInput, RaiseIssueResult } from '../../../../shared/ipc/contracts/issues';
import type { AppErrorShape, Result } from '../../../../shared/result';
import { errorOf, invalidateAfter, useReload, useRead, useWrite } from '../../lib/query';

interface Issues {
  issues: LoggedIssue[];
  notes: OrganisationNote[];
  loaded: boolean;
  load: () => Promise<void>;
  raise: (input: RaiseIssueInput) => Promise<Result<RaiseIssueResult>>;
  /** Runs one change on an issue and refetches the log; returns the error to show, if any. */
  change: (run: () => Promise<Result<LoggedIssue>>) => Promise<AppErrorShape | null>;
}

const none = { issues: [] as LoggedIssue[], notes: [] as OrganisationNote[] };

/** The issue log and its notes as main last confirmed them: the `issues:list` query and its writes. */
export function useIssues(): Issues {
  const log = useRead('issues:list', {});
  const raise = useWrite('issues:raise');
  return {
    ...(log.data ?? none),
    loaded: log.isSuccess,
    load: useReload('issues:list'),
    raise,
    change: async (run) => {
      const result = await run();
      if (result.ok) await invalidateAfter('issues:update');
      return errorOf(result);
    },
  };
}
