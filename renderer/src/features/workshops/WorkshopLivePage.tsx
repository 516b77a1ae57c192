import { useParams } from 'wouter';
import { LiveMode } from './LiveMode';
import { WorkshopFrame } from './WorkshopFrame';

/** Live mode for the workshop in the route. */
export function WorkshopLivePage() {
  const { id = '' } = useParams<{ id: string }>();
  return (
    <WorkshopFrame id={id} tab="live">
      {(w) => <LiveMode workshop={w} />}
    </WorkshopFrame>
  );
}
