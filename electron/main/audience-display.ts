/** A display as Electron's `screen` describes it (only what the choice needs). */
export interface DisplayInfo {
  id: number;
  bounds: { x: number; y: number; width: number; height: number };
}

/**
 * Where the projector window goes: the first display that is not the one the facilitator's
 * window is on (the projector), full screen; with one display, a window on that same display,
 * not full screen, so the facilitator can still reach the console.
 */
export function audiencePlacement(
  displays: readonly DisplayInfo[],
  consoleDisplayId: number | null,
): { display: DisplayInfo; fullscreen: boolean } | null {
  if (displays.length === 0) return null;
  const other = displays.find((d) => d.id !== consoleDisplayId);
  if (displays.length > 1 && other) return { display: other, fullscreen: true };
  return { display: displays.find((d) => d.id === consoleDisplayId) ?? displays[0], fullscreen: false };
}
