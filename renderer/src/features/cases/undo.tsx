import type { CaseRecord } from '../../../../shared/domain/case';
import type { Restorable } from '../../../../shared/ipc/contracts/case-visit';
import type { Result } from '../../../../shared/result';
import { offerUndo } from '../../components/undo-offer';
import i18n from '../../i18n';
import { api } from '../../lib/api';
import { applyCase } from './case-store';
import { notify } from './notify';

/**
 * Deletes through `run`, then offers Undo (see offerUndo). `restorable` is the item as it was, so
 * Undo puts back exactly what was there.
 */
export async function deleteWithUndo(input: {
  caseId: string;
  run: Promise<Result<CaseRecord>>;
  restorable: Restorable;
  message: string;
  onRestored?: () => void;
}): Promise<boolean> {
  const result = await input.run;
  if (!applyCase(result)) {
    if (!result.ok) notify(result.error.message, 'error');
    return false;
  }
  offerUndo(input.message, async () => {
    const restored = await api.cases.restore({ caseId: input.caseId, restorable: input.restorable });
    if (applyCase(restored)) {
      input.onRestored?.();
      notify(i18n.t('common:undo.undone'), 'info');
    } else if (!restored.ok) notify(restored.error.message, 'error');
  });
  return true;
}
