import type { Workshop } from '../../../../shared/domain/workshop';
import { RatingsGrid } from './RatingsGrid';
import { useWorkshop } from './workshop-store';

/** A maturity rating (0–4) per theme per table group, typed as the tables call them out; each saves at once. */
export function RatingsCapture({ workshop }: { workshop: Workshop }) {
  const capture = useWorkshop((s) => s.capture);
  return (
    <RatingsGrid workshop={workshop} onRate={(themeId, groupId, value) => void capture({ kind: 'rating', themeId, groupId, value })} />
  );
}
