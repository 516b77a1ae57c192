import path from 'node:path';
import { app, dialog, type BrowserWindow } from 'electron';
import type { PickFilesOptions, SaveFileOptions } from '../services/context';

type CurrentWindow = () => BrowserWindow | null;

/** Native dialogs are modal to the main window when there is one. */
function showOpen(window: BrowserWindow | null, options: Electron.OpenDialogOptions) {
  return window ? dialog.showOpenDialog(window, options) : dialog.showOpenDialog(options);
}

/** The renderer never names a path: main asks the user and hands back what they chose. */
export function fileDialogs(currentWindow: CurrentWindow) {
  return {
    pickFiles: async (options: PickFilesOptions): Promise<string[]> => {
      const picked = await showOpen(currentWindow(), {
        title: options.title,
        filters: options.filters,
        properties: options.multiple ? ['openFile', 'multiSelections'] : ['openFile'],
      });
      return picked.canceled ? [] : picked.filePaths;
    },
    saveFile: async (options: SaveFileOptions): Promise<string | null> => {
      const window = currentWindow();
      const dialogOptions: Electron.SaveDialogOptions = {
        title: options.title,
        defaultPath: path.join(app.getPath('documents'), options.defaultName),
        filters: options.filters,
      };
      const chosen = window ? await dialog.showSaveDialog(window, dialogOptions) : await dialog.showSaveDialog(dialogOptions);
      return chosen.canceled || !chosen.filePath ? null : chosen.filePath;
    },
    /** A folder the user chose (null when cancelled). */
    chooseFolder: async (title: string): Promise<string | null> => {
      const picked = await showOpen(currentWindow(), { title, properties: ['openDirectory', 'createDirectory'] });
      const dir = picked.filePaths[0];
      return picked.canceled || !dir ? null : dir;
    },
  };
}
