import type { Handlers } from '../../../shared/ipc/contract';
import { AppError } from '../../../shared/result';
import type { SetAsideKind } from '../store/set-aside';

type RecoveryHandlers = Pick<Handlers, 'recovery:list' | 'recovery:preview' | 'recovery:recover' | 'recovery:dismiss'>;

/** The set-aside logs of every kind of record (cases, workshops), each kind answering for its own folder. */
export function recoveryHandlers(kinds: SetAsideKind[]): RecoveryHandlers {
  const owner = (file: string) => {
    const found = kinds.find((kind) => kind.owns(file));
    if (!found) throw new AppError('invalid_input', 'recoveryUnknownFile');
    return found;
  };
  return {
    'recovery:list': async () => (await Promise.all(kinds.map((kind) => kind.list()))).flat(),
    'recovery:preview': async ({ file }) => owner(file).preview(file),
    'recovery:recover': async ({ file, expectRevision }) => owner(file).recover(file, expectRevision),
    'recovery:dismiss': async ({ file }) => owner(file).dismiss(file),
  };
}
