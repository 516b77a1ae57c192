import type { TFunction } from 'i18next';
import { useEffect } from 'react';
import { api } from '../../lib/api';
import { applyCase } from './case-store';
import { formatDate } from './format';
import { notify } from './notify';
import { useVisit } from './visit-store';

const starting = new Set<string>();

/**
 * Entering site-visit mode records the visit day (main's clock decides "today"; the assessor
 * corrects it in the Assessment tab) and puts the focus on the open criterion's first field.
 */
export function useStartVisit(caseId: string, loaded: boolean, t: TFunction<'cases'>) {
  useEffect(() => {
    // Once per entry, even when React runs the effect twice (StrictMode): the first call wins.
    if (!loaded || starting.has(caseId)) return;
    starting.add(caseId);
    void (async () => {
      const result = await api.cases.startVisit({ caseId });
      starting.delete(caseId);
      if (result.ok) {
        applyCase({ ok: true, data: result.data.record });
        if (result.data.recorded) notify(t('visit.dayRecorded', { date: formatDate(result.data.recorded) }), 'info');
      } else notify(result.error.message, 'error');
      const { currentCriterion } = useVisit.getState();
      requestAnimationFrame(() => {
        if (document.activeElement === document.body || document.activeElement?.id === 'main')
          document.getElementById(`judgement-${currentCriterion}`)?.focus();
      });
    })();
  }, [caseId, loaded, t]);
}
