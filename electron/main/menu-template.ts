import type { MenuItemConstructorOptions } from 'electron';
import { t } from './strings';

export interface MenuActions {
  chooseWorkspace: () => void;
  about: () => void;
  openGuide: () => void;
  checkForUpdates: () => void;
}

export interface MenuContext {
  platform: NodeJS.Platform;
  /** Development adds Reload and DevTools; a packaged app has neither. */
  development: boolean;
  actions: MenuActions;
}

/**
 * Shortcuts the renderer handles itself (search, site-visit and live-mode keys, Ctrl+Enter to
 * add). The menu must never take one of them, and top-level labels carry no "&" mnemonic, so
 * Alt+letter reaches the app on Windows and Linux instead of opening a menu.
 */
export const IN_APP_SHORTCUTS = [
  'CmdOrCtrl+K',
  'CmdOrCtrl+F',
  'CmdOrCtrl+Enter',
  '/',
  'Alt+1',
  'Alt+2',
  'Alt+3',
  'Alt+4',
  'Alt+5',
  'Alt+6',
  'Alt+N',
  'Alt+E',
  'Alt+L',
  'Alt+S',
  'Alt+K',
  'Alt+P',
  'Alt+F',
  'Alt+Up',
  'Alt+Down',
];

/** The application menu as data: File, Edit, View, Window, Help (and the app menu on macOS). */
export function buildMenuTemplate({ platform, development, actions }: MenuContext): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  const quit: MenuItemConstructorOptions = { role: 'quit', label: t('menu.quit'), accelerator: 'CmdOrCtrl+Q' };
  const about: MenuItemConstructorOptions = { label: t('menu.about'), click: actions.about };
  const appMenu: MenuItemConstructorOptions[] = mac
    ? [
        {
          label: 'Casebook',
          submenu: [
            about,
            { type: 'separator' },
            { role: 'hide', label: t('menu.hide') },
            { role: 'unhide', label: t('menu.unhide') },
            { type: 'separator' },
            quit,
          ],
        },
      ]
    : [];
  const file: MenuItemConstructorOptions = {
    label: t('menu.file'),
    submenu: [
      { label: t('menu.chooseWorkspace'), accelerator: 'CmdOrCtrl+O', click: actions.chooseWorkspace },
      ...(mac ? [] : [{ type: 'separator' } as const, quit]),
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: t('menu.edit'),
    submenu: [
      { role: 'undo', label: t('menu.undo'), accelerator: 'CmdOrCtrl+Z' },
      { role: 'redo', label: t('menu.redo'), accelerator: mac ? 'Shift+CmdOrCtrl+Z' : 'CmdOrCtrl+Y' },
      { type: 'separator' },
      { role: 'cut', label: t('menu.cut'), accelerator: 'CmdOrCtrl+X' },
      { role: 'copy', label: t('menu.copy'), accelerator: 'CmdOrCtrl+C' },
      { role: 'paste', label: t('menu.paste'), accelerator: 'CmdOrCtrl+V' },
      { role: 'selectAll', label: t('menu.selectAll'), accelerator: 'CmdOrCtrl+A' },
    ],
  };
  const devItems: MenuItemConstructorOptions[] = development
    ? [
        { type: 'separator' },
        { role: 'reload', label: t('menu.reload'), accelerator: 'CmdOrCtrl+R' },
        { role: 'toggleDevTools', label: t('menu.devTools'), accelerator: mac ? 'Alt+Command+I' : 'Ctrl+Shift+I' },
      ]
    : [];
  const view: MenuItemConstructorOptions = {
    label: t('menu.view'),
    submenu: [
      { role: 'resetZoom', label: t('menu.resetZoom'), accelerator: 'CmdOrCtrl+0' },
      { role: 'zoomIn', label: t('menu.zoomIn'), accelerator: 'CmdOrCtrl+=' },
      { role: 'zoomOut', label: t('menu.zoomOut'), accelerator: 'CmdOrCtrl+-' },
      { type: 'separator' },
      { role: 'togglefullscreen', label: t('menu.fullScreen'), accelerator: mac ? 'Ctrl+Command+F' : 'F11' },
      ...devItems,
    ],
  };
  const window: MenuItemConstructorOptions = {
    label: t('menu.window'),
    submenu: [
      { role: 'minimize', label: t('menu.minimise'), accelerator: 'CmdOrCtrl+M' },
      { role: 'close', label: t('menu.close'), accelerator: 'CmdOrCtrl+W' },
      ...(mac ? [{ type: 'separator' } as const, { role: 'front', label: t('menu.front') } as const] : []),
    ],
  };
  const help: MenuItemConstructorOptions = {
    label: t('menu.help'),
    role: 'help',
    submenu: [
      { label: t('menu.readme'), accelerator: 'F1', click: actions.openGuide },
      { label: t('menu.checkForUpdates'), click: actions.checkForUpdates },
      ...(mac ? [] : [{ type: 'separator' } as const, about]),
    ],
  };
  return [...appMenu, file, edit, view, window, help];
}

/** Every accelerator in a template, depth first (for the collision test and the README). */
export function acceleratorsOf(template: MenuItemConstructorOptions[]): string[] {
  return template.flatMap((item) => [
    ...(typeof item.accelerator === 'string' ? [item.accelerator] : []),
    ...(Array.isArray(item.submenu) ? acceleratorsOf(item.submenu) : []),
  ]);
}
