import { useEffect, type RefObject } from 'react';
import { newEvidence } from './EvidencePanel';
import { newInterview } from './InterviewLog';
import { useVisit } from './visit-store';
import { notify } from './notify';

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/**
 * Site-visit shortcuts: Alt+1…6 jump to a criterion's rationale, Alt+N new interview note,
 * Alt+E new evidence under the current criterion, Alt+L link the open note to criteria,
 * Ctrl+F or "/" search. Physical key codes, so they work whatever the keyboard layout prints.
 */
export function useVisitShortcuts(caseId: string, criterionIds: string[], refs: { search: RefObject<HTMLInputElement | null>; link: RefObject<HTMLInputElement | null> }, noNoteMessage: string) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const digit = /^Digit([1-9])$/.exec(event.code);
      if (event.altKey && !event.ctrlKey && digit) {
        const id = criterionIds[Number(digit[1]) - 1];
        if (!id) return;
        event.preventDefault();
        useVisit.getState().set({ currentCriterion: id });
        const field = document.getElementById(`rationale-${id}`);
        field?.focus();
        field?.scrollIntoView({ block: 'center' });
        return;
      }
      if (event.altKey && !event.ctrlKey && event.code === 'KeyN') {
        event.preventDefault();
        void newInterview(caseId);
        return;
      }
      if (event.altKey && !event.ctrlKey && event.code === 'KeyE') {
        event.preventDefault();
        void newEvidence(caseId);
        return;
      }
      if (event.altKey && !event.ctrlKey && event.code === 'KeyL') {
        event.preventDefault();
        if (refs.link.current) refs.link.current.focus();
        else notify(noNoteMessage, 'info');
        return;
      }
      if ((event.ctrlKey && event.code === 'KeyF') || (event.key === '/' && !event.ctrlKey && !event.altKey && !isTyping(event.target))) {
        event.preventDefault();
        refs.search.current?.focus();
        refs.search.current?.select();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [caseId, criterionIds, refs, noNoteMessage]);
}
