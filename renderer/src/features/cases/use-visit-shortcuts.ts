import { useEffect, type RefObject } from 'react';
import { attachTo } from './EvidenceEditor';
import { newInterview } from './InterviewLog';
import { useVisit } from './visit-store';
import { notify } from './notify';

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/** Focuses an element once React has drawn the criterion just opened. */
const focusSoon = (id: string) =>
  requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      const field = document.getElementById(id);
      field?.focus();
      field?.scrollIntoView({ block: 'nearest' });
    }),
  );

interface Messages {
  noNote: string;
  noEvidence: string;
}

/**
 * Site-visit shortcuts, each two keys: Alt+1…6 open a criterion at its rationale, Alt+Q its
 * questions, Alt+N new interview note, Alt+E new evidence (then 1–4 for its kind), Alt+A attach
 * files to the open evidence, Alt+L link the open note to criteria, Ctrl+F or "/" search.
 * Physical key codes, so they work whatever the keyboard layout prints.
 */
export function useVisitShortcuts(
  caseId: string,
  criterionIds: string[],
  refs: { search: RefObject<HTMLInputElement | null>; link: RefObject<HTMLInputElement | null> },
  messages: Messages,
) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const alt = event.altKey && !event.ctrlKey && !event.metaKey;
      const digit = /^Digit([1-9])$/.exec(event.code);
      if (alt && digit) {
        const id = criterionIds[Number(digit[1]) - 1];
        if (!id) return;
        event.preventDefault();
        useVisit.getState().set({ currentCriterion: id });
        focusSoon(`rationale-${id}`);
        return;
      }
      const visit = useVisit.getState();
      if (alt && event.code === 'KeyQ') {
        event.preventDefault();
        focusSoon('questions-criterion-first');
      } else if (alt && event.code === 'KeyN') {
        event.preventDefault();
        void newInterview(caseId);
      } else if (alt && event.code === 'KeyE') {
        event.preventDefault();
        visit.set({ askingEvidenceKind: true });
      } else if (alt && event.code === 'KeyA') {
        event.preventDefault();
        if (visit.evidenceId) void attachTo(caseId, visit.evidenceId);
        else notify(messages.noEvidence, 'info');
      } else if (alt && event.code === 'KeyL') {
        event.preventDefault();
        if (refs.link.current) refs.link.current.focus();
        else notify(messages.noNote, 'info');
      } else if (
        (event.ctrlKey && event.code === 'KeyF') ||
        (event.key === '/' && !event.ctrlKey && !event.altKey && !isTyping(event.target))
      ) {
        event.preventDefault();
        refs.search.current?.focus();
        refs.search.current?.select();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [caseId, criterionIds, refs, messages.noNote, messages.noEvidence]);
}
