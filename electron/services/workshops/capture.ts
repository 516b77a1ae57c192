import type { Handlers } from '../../../shared/ipc/contract';
import type { Capture, Workshop } from '../../../shared/domain/workshop';
import { firstRepeat } from '../../../shared/domain/issue-options';
import { putBack } from '../../../shared/domain/put-back';
import type { RestorableEntry } from '../../../shared/ipc/contracts/workshops';
import { AppError } from '../../../shared/result';
import type { ServiceContext } from '../context';
import type { JournalNote, WorkshopStore } from './store';

type CaptureHandlers = Pick<Handlers, 'workshops:capture' | 'workshops:editNote' | 'workshops:removeEntry' | 'workshops:restoreEntry'>;

const clip = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text);

function checkRefs(w: Workshop, themeId: string | null | undefined, groupId: string | null | undefined) {
  if (themeId && !w.themes.some((t) => t.id === themeId)) throw new AppError('invalid_input', 'themeNotInWorkshop');
  if (groupId && !w.groups.some((g) => g.id === groupId)) throw new AppError('invalid_input', 'groupNotInWorkshop');
}

const nouns = { note: 'note', topTip: 'top tip', parkingLot: 'parking-lot point', action: 'action', issue: 'issue' } as const;

/** Undo of a removal: the entry goes back to its list, at its place, with a history line. */
function restore(w: Workshop, r: RestorableEntry): JournalNote {
  const same = (x: { id: string }) => x.id === r.item.id;
  const noun = nouns[r.kind];
  switch (r.kind) {
    case 'note':
      // The note's theme or group may have been removed from the plan meanwhile.
      checkRefs(w, r.item.themeId, r.item.groupId);
      w.notes = putBack(w.notes, r.item, r.index, same, noun, 'workshop');
      break;
    case 'topTip':
      checkRefs(w, null, r.item.groupId);
      w.topTips = putBack(w.topTips, r.item, r.index, same, noun, 'workshop');
      break;
    case 'parkingLot':
      w.parkingLot = putBack(w.parkingLot, r.item, r.index, same, noun, 'workshop');
      break;
    case 'action':
      w.actions = putBack(w.actions, r.item, r.index, same, noun, 'workshop');
      break;
    case 'issue':
      w.issues = putBack(w.issues, r.item, r.index, same, noun, 'workshop');
      break;
  }
  const text = r.kind === 'action' ? r.item.what : r.kind === 'issue' ? r.item.title : r.item.text;
  return { kind: `workshop.${r.kind}.restored`, summary: `Restored a ${noun}: ${clip(text)}`, details: { id: r.item.id } };
}

/** What the facilitator types in live mode and tidies on the review screen. */
export function captureHandlers(ctx: ServiceContext, store: WorkshopStore): CaptureHandlers {
  const apply = (w: Workshop, capture: Capture): JournalNote => {
    const at = ctx.clock().toISOString();
    switch (capture.kind) {
      case 'note':
        checkRefs(w, capture.themeId, capture.groupId);
        w.notes.push({
          id: ctx.newId(),
          themeId: capture.themeId,
          groupId: capture.groupId,
          text: capture.text,
          at,
          confidential: capture.confidential ?? false,
        });
        return { kind: 'workshop.note.added', summary: `Note: ${clip(capture.text)}`, details: capture };
      case 'rating': {
        checkRefs(w, capture.themeId, capture.groupId);
        w.ratings = w.ratings.filter((r) => !(r.themeId === capture.themeId && r.groupId === capture.groupId));
        if (capture.value !== null) w.ratings.push({ themeId: capture.themeId, groupId: capture.groupId, value: capture.value, at });
        const theme = w.themes.find((t) => t.id === capture.themeId)?.title;
        const group = w.groups.find((g) => g.id === capture.groupId)?.name;
        return { kind: 'workshop.rating', summary: `${group} rated ${theme}: ${capture.value ?? 'cleared'}.`, details: capture };
      }
      case 'topTip':
        checkRefs(w, null, capture.groupId);
        w.topTips.push({ id: ctx.newId(), text: capture.text, groupId: capture.groupId, at, confidential: capture.confidential ?? false });
        return { kind: 'workshop.topTip.added', summary: `Top tip: ${clip(capture.text)}`, details: capture };
      case 'parkingLot':
        w.parkingLot.push({ id: ctx.newId(), text: capture.text, groupId: null, at, confidential: capture.confidential ?? false });
        return { kind: 'workshop.parkingLot.added', summary: `Parking lot: ${clip(capture.text)}`, details: capture };
      case 'action':
        w.actions.push({ ...capture.action, id: ctx.newId(), progress: [], createdAt: at, updatedAt: at });
        return { kind: 'workshop.action.added', summary: `Action: ${clip(capture.action.what)}`, details: capture };
      case 'issue': {
        const tried = (capture.issue.optionsTried ?? []).map((o) => o.trim());
        const repeat = firstRepeat(tried);
        if (repeat) throw new AppError('invalid_input', 'optionRepeated', { option: repeat });
        w.issues.push({ ...capture.issue, optionsTried: tried, id: ctx.newId() });
        return {
          kind: 'workshop.issue.added',
          summary: capture.issue.individualContractualDispute
            ? `Noted an individual contractual dispute for union casework: ${clip(capture.issue.title)}`
            : `Issue: ${clip(capture.issue.title)}`,
          details: capture,
        };
      }
    }
  };

  return {
    'workshops:capture': async ({ id, capture }) => store.change(id, (w) => apply(w, capture)),
    'workshops:editNote': async ({ id, noteId, text, themeId, groupId, confidential }) =>
      store.change(id, (w) => {
        checkRefs(w, themeId, groupId);
        const note = w.notes.find((n) => n.id === noteId);
        if (!note) throw new AppError('not_found', 'noteDeletedReload');
        const before = note.text;
        Object.assign(note, { text, themeId, groupId }, confidential === undefined ? {} : { confidential });
        return {
          kind: 'workshop.note.edited',
          summary: `Edited note: ${clip(text)}`,
          details: { noteId, before, text, themeId, groupId, confidential },
        };
      }),
    'workshops:removeEntry': async ({ id, kind, entryId }) =>
      store.change(id, (w) => {
        const lists = { note: w.notes, topTip: w.topTips, parkingLot: w.parkingLot, action: w.actions, issue: w.issues } as const;
        const list: { id: string }[] = lists[kind];
        const index = list.findIndex((e) => e.id === entryId);
        if (index === -1) throw new AppError('not_found', 'entryAlreadyRemoved');
        const [removed] = list.splice(index, 1);
        return { kind: `workshop.${kind}.removed`, summary: `Removed a ${nouns[kind]}.`, details: { removed } };
      }),
    'workshops:restoreEntry': async ({ id, restorable }) => store.change(id, (w) => restore(w, restorable)),
  };
}
