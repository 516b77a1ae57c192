import type { Workshop } from '../../../../shared/domain/workshop';
import type { RestorableEntry } from '../../../../shared/ipc/contracts/workshops';
import { offerUndo } from '../../components/undo-offer';
import i18n from '../../i18n';
import { notify } from '../cases/notify';
import { openWorkshop, workshopWrites } from './workshop-store';

type Kind = RestorableEntry['kind'];

/** The entry as it stands before removal and its place, so Undo puts back exactly that. */
function restorableOf(w: Workshop, kind: Kind, entryId: string): RestorableEntry | null {
  const lists = { note: w.notes, topTip: w.topTips, parkingLot: w.parkingLot, action: w.actions, issue: w.issues };
  const index = lists[kind].findIndex((e) => e.id === entryId);
  if (index === -1) return null;
  return { kind, index, item: lists[kind][index] } as RestorableEntry;
}

const textOf = (r: RestorableEntry) => (r.kind === 'action' ? r.item.what : r.kind === 'issue' ? r.item.title : r.item.text);

/**
 * Removes a captured entry and offers Undo: one click on a small × in a busy room must not lose
 * what a table said.
 */
export async function removeWithUndo(kind: Kind, entryId: string): Promise<void> {
  const workshop = openWorkshop();
  const restorable = workshop ? restorableOf(workshop, kind, entryId) : null;
  const failed = await workshopWrites.removeEntry(kind, entryId);
  if (failed) {
    notify(failed.message, 'error');
    return;
  }
  if (!restorable) return;
  const text = textOf(restorable);
  offerUndo(i18n.t('workshops:capture.removedEntry', { text: text.length > 60 ? `${text.slice(0, 57)}…` : text }), async () => {
    const refused = await workshopWrites.restoreEntry(restorable);
    notify(refused ? refused.message : i18n.t('common:undo.undone'), refused ? 'error' : 'info');
  });
}
