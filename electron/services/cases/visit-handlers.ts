import type { CaseRecord } from '../../../shared/domain/case';
import { putBack as putBackIn } from '../../../shared/domain/put-back';
import { withVisitDay } from '../../../shared/domain/visit-questions';
import type { Handlers } from '../../../shared/ipc/contract';
import type { Restorable } from '../../../shared/ipc/contracts/case-visit';
import type { ServiceContext } from '../context';
import type { CaseStore, JournalNote } from './case-store';
import { findIn, showDay } from './describe';

type VisitHandlers = Pick<Handlers, 'cases:startVisit' | 'cases:restore'>;

const putBack = <T>(list: T[], item: T, index: number, same: (x: T) => boolean, noun: string) =>
  putBackIn(list, item, index, same, noun, 'case');

/** Undo of a delete: each kind goes back to the list it came from, with a history line. */
function restore(c: CaseRecord, r: Restorable): JournalNote {
  switch (r.kind) {
    case 'evidence':
      c.assessment.evidence = putBack(c.assessment.evidence, r.item, r.index, (x) => x.id === r.item.id, 'evidence item');
      return {
        kind: 'case.evidence.restored',
        summary: `Evidence restored: ${r.item.source || r.item.kind}`,
        details: { evidenceId: r.item.id, evidenceKind: r.item.kind, source: r.item.source },
      };
    case 'interview':
      c.assessment.interviews = putBack(c.assessment.interviews, r.item, r.index, (x) => x.id === r.item.id, 'interview note');
      return {
        kind: 'case.interview.restored',
        summary: `Interview note restored: ${r.item.name || 'unnamed'}`,
        details: { interviewId: r.item.id, name: r.item.name },
      };
    case 'attachment': {
      const evidence = findIn(c.assessment.evidence, r.evidenceId, 'evidence item');
      // The file itself never left attachments/ (see cases:removeAttachment), so the ref is enough.
      evidence.attachments = putBack(evidence.attachments, r.item, r.index, (x) => x.sha256 === r.item.sha256, 'file');
      return {
        kind: 'case.evidence.reattached',
        summary: `Restored ${r.item.name} to evidence “${evidence.source || evidence.kind}”`,
        details: {
          evidenceId: r.evidenceId,
          sha256: r.item.sha256,
          file: r.item.name,
          evidenceKind: evidence.kind,
          source: evidence.source,
        },
      };
    }
    case 'signatory':
      c.signUp.signatories = putBack(c.signUp.signatories, r.item, r.index, (x) => x.id === r.item.id, 'signatory');
      return {
        kind: 'case.signatory.restored',
        summary: `Signatory restored: ${r.item.name || 'unnamed'}`,
        details: { id: r.item.id, name: r.item.name },
      };
    case 'action':
      c.actionPlan.actions = putBack(c.actionPlan.actions, r.item, r.index, (x) => x.id === r.item.id, 'action');
      return {
        kind: 'case.action.restored',
        summary: `Action restored: ${r.item.what}`,
        details: { actionId: r.item.id, what: r.item.what },
      };
  }
}

/** Site-visit mode's own record keeping, and Undo for every delete in a case. */
export function visitHandlers(ctx: ServiceContext, store: CaseStore, localDate: (d: Date) => string): VisitHandlers {
  return {
    'cases:startVisit': async ({ caseId }) => {
      const today = localDate(ctx.clock());
      const current = await store.get(caseId);
      if (current.assessment.visitDates.includes(today)) return { record: current, recorded: null };
      const { record } = await store.mutate(caseId, (c) => {
        c.assessment.visitDates = withVisitDay(c.assessment.visitDates, today);
        return {
          note: {
            kind: 'case.visit.started',
            summary: `Site visit on ${showDay(today)} recorded (site-visit mode opened)`,
            details: { date: today },
          },
        };
      });
      return { record, recorded: today };
    },

    'cases:restore': async ({ caseId, restorable }) => (await store.mutate(caseId, (c) => ({ note: restore(c, restorable) }))).record,
  };
}
