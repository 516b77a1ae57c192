import type { Action } from '../../../../shared/domain/action';
import type { AttachmentRef, EvidenceItem, Interview, Signatory } from '../../../../shared/domain/case';
import { api } from '../../lib/api';
import { openCase } from './case-store';
import { deleteWithUndo } from './undo';
import { useVisit } from './visit-store';

// Every delete in a case goes through here: it remembers the item and where it sat, so Undo
// (the notification's button or Ctrl+Z) puts back exactly what was deleted.

const indexIn = <T>(list: readonly T[] | undefined, same: (x: T) => boolean) => Math.max(0, (list ?? []).findIndex(same));
const record = openCase;

export function removeInterview(caseId: string, interview: Interview, message: string) {
  const index = indexIn(record()?.assessment.interviews, (i) => i.id === interview.id);
  useVisit.getState().set({ interviewId: null });
  return deleteWithUndo({
    caseId,
    message,
    run: api.cases.removeInterview({ caseId, interviewId: interview.id }),
    restorable: { kind: 'interview', index, item: interview },
    onRestored: () => useVisit.getState().set({ interviewId: interview.id }),
  });
}

export function removeEvidence(caseId: string, item: EvidenceItem, message: string) {
  const index = indexIn(record()?.assessment.evidence, (e) => e.id === item.id);
  useVisit.getState().set({ evidenceId: null });
  return deleteWithUndo({
    caseId,
    message,
    run: api.cases.removeEvidence({ caseId, evidenceId: item.id }),
    restorable: { kind: 'evidence', index, item },
    onRestored: () => useVisit.getState().set({ evidenceId: item.id }),
  });
}

export function removeAttachment(caseId: string, item: EvidenceItem, ref: AttachmentRef, message: string) {
  const index = indexIn(item.attachments, (a) => a.sha256 === ref.sha256);
  return deleteWithUndo({
    caseId,
    message,
    run: api.cases.removeAttachment({ caseId, evidenceId: item.id, sha256: ref.sha256 }),
    restorable: { kind: 'attachment', index, evidenceId: item.id, item: ref },
  });
}

export function removeSignatory(caseId: string, signatory: Signatory, message: string) {
  const index = indexIn(record()?.signUp.signatories, (s) => s.id === signatory.id);
  return deleteWithUndo({
    caseId,
    message,
    run: api.cases.removeSignatory({ caseId, signatoryId: signatory.id }),
    restorable: { kind: 'signatory', index, item: signatory },
  });
}

export function removeAction(caseId: string, action: Action, message: string) {
  const index = indexIn(record()?.actionPlan.actions, (a) => a.id === action.id);
  return deleteWithUndo({
    caseId,
    message,
    run: api.cases.removeAction({ caseId, actionId: action.id }),
    restorable: { kind: 'action', index, item: action },
  });
}
