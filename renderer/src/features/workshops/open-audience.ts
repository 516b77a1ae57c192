import { api } from '../../lib/api';

/**
 * Opens the projector view: the desktop app opens its own window (full screen on the second
 * display); elsewhere (the browser host) the view opens as a second page. Returns the error
 * message to show, if any.
 */
export async function openAudience(workshopId: string): Promise<string | null> {
  const result = await api.workshops.openAudience({ id: workshopId });
  if (!result.ok) return result.error.message;
  if (!result.data.opened) window.open(`#/workshops/${encodeURIComponent(workshopId)}/audience`, '_blank', 'noopener');
  return null;
}
