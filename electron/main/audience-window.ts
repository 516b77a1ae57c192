import { screen, type BrowserWindow } from 'electron';
import { audiencePlacement } from './audience-display';
import { createMainWindow, type MainWindowOptions } from './window';

/** What every window of the app shares: the preload, the page it loads, DevTools or not. */
export type WindowBase = Pick<MainWindowOptions, 'preloadDir' | 'entryUrl' | 'devTools'>;

const open = new Map<string, BrowserWindow>();
/** The projectors' web contents: main answers them only the reads in shared/ipc/audience.ts. */
const audienceContents = new WeakSet<object>();

/** Whether an IPC call came from a projector window. */
export const isAudienceSender = (sender: unknown): boolean => typeof sender === 'object' && sender !== null && audienceContents.has(sender);

/**
 * Opens the audience (projector) view of a workshop in its own window: full screen on a second
 * display when there is one, else a window beside the console on the same display. A second
 * call brings the existing window forward instead of opening another.
 */
export function openAudienceWindow(base: WindowBase, workshopId: string, consoleWindow: BrowserWindow | null): boolean {
  const existing = open.get(workshopId);
  if (existing && !existing.isDestroyed()) {
    existing.focus();
    return true;
  }
  const consoleDisplay = consoleWindow ? screen.getDisplayMatching(consoleWindow.getBounds()).id : screen.getPrimaryDisplay().id;
  const placement = audiencePlacement(screen.getAllDisplays(), consoleDisplay);
  if (!placement) return false;
  const { x, y, width, height } = placement.display.bounds;
  const window = createMainWindow({
    ...base,
    route: `/workshops/${encodeURIComponent(workshopId)}/audience`,
    bounds: placement.fullscreen
      ? { x, y, width, height }
      : { x: x + 40, y: y + 40, width: Math.min(1280, width - 80), height: Math.min(720, height - 80) },
    fullscreen: placement.fullscreen,
    title: 'Casebook — audience',
    audience: true,
  });
  audienceContents.add(window.webContents);
  open.set(workshopId, window);
  window.on('closed', () => open.delete(workshopId));
  // The projector belongs to the console: it closes with it.
  consoleWindow?.once('closed', () => {
    if (!window.isDestroyed()) window.close();
  });
  return true;
}
