import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { acceleratorsOf, buildMenuTemplate, IN_APP_SHORTCUTS } from '../../../electron/main/menu-template';
import { setShellLanguage } from '../../../electron/main/strings';
import { shellStrings } from '../../../shared/i18n/desktop';

const noop = () => undefined;
const actions = { chooseWorkspace: noop, about: noop, openGuide: noop, checkForUpdates: noop };
const platforms: NodeJS.Platform[] = ['win32', 'linux', 'darwin'];
const menus = platforms.flatMap((platform) =>
  [true, false].map((development) => ({ platform, development, template: buildMenuTemplate({ platform, development, actions }) })),
);

const flatten = (items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
  items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
const roles = (template: MenuItemConstructorOptions[]) =>
  flatten(template)
    .map((item) => item.role)
    .filter(Boolean);
const labels = (template: MenuItemConstructorOptions[]) =>
  flatten(template)
    .map((item) => item.label)
    .filter(Boolean);

describe('application menu', () => {
  it.each(menus)('$platform (development: $development) has File, Edit, View, Window and Help', ({ platform, template }) => {
    const top = template.map((item) => item.label);
    expect(top.slice(platform === 'darwin' ? 1 : 0)).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);
    expect(labels(template)).toEqual(expect.arrayContaining(['About Casebook', 'Casebook guide (README)', 'Check for updates…']));
    expect(roles(template)).toEqual(
      expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'quit', 'minimize', 'close']),
    );
  });

  it('a packaged app has no DevTools and no reload; development has both', () => {
    for (const { development, template } of menus) {
      const devOnly = roles(template).filter((role) => role === 'toggleDevTools' || role === 'reload' || role === 'forceReload');
      expect(devOnly).toEqual(development ? ['reload', 'toggleDevTools'] : []);
    }
  });

  it('takes no shortcut the app itself uses, and no accelerator twice', () => {
    for (const { template } of menus) {
      const accelerators = acceleratorsOf(template);
      expect(accelerators.filter((a) => IN_APP_SHORTCUTS.includes(a))).toEqual([]);
      expect(new Set(accelerators).size).toBe(accelerators.length);
    }
  });

  it('top-level labels carry no mnemonic, so Alt+letter reaches the app', () => {
    for (const { template } of menus) expect(template.filter((item) => item.label?.includes('&'))).toEqual([]);
  });

  it('menu items run the actions they name', () => {
    const calls: string[] = [];
    const template = buildMenuTemplate({
      platform: 'win32',
      development: false,
      actions: {
        chooseWorkspace: () => calls.push('choose'),
        about: () => calls.push('about'),
        openGuide: () => calls.push('guide'),
        checkForUpdates: () => calls.push('updates'),
      },
    });
    for (const item of flatten(template)) (item.click as (() => void) | undefined)?.();
    expect(calls.sort()).toEqual(['about', 'choose', 'guide', 'updates']);
  });
});

describe('the menu in Welsh', () => {
  // Built as main builds it before any workspace is read, once per language.
  const built = (language: 'en-GB' | 'cy', platform: NodeJS.Platform, development: boolean) => {
    setShellLanguage(language);
    try {
      return flatten(buildMenuTemplate({ platform, development, actions }));
    } finally {
      setShellLanguage('en-GB');
    }
  };
  const welshMenus = platforms.flatMap((platform) =>
    [true, false].map((development) => ({
      platform,
      development,
      english: built('en-GB', platform, development),
      welsh: built('cy', platform, development),
    })),
  );
  type Table = { [key: string]: string | Table };
  const texts = (table: Table): string[] => Object.values(table).flatMap((value) => (typeof value === 'string' ? [value] : texts(value)));
  // Every English word (3+ letters) of the shell's strings, but the names both languages keep and
  // the Welsh words spelt like an English one ("Offer datblygwr" is developer tools; the English
  // errors say "Offer to the region…").
  const bothLanguages = ['casebook', 'readme', 'offer'];
  const englishWords = new Set(
    texts(shellStrings['en-GB'] as unknown as Table)
      .flatMap((text) => text.match(/\p{L}{3,}/gu) ?? [])
      .map((word) => word.toLowerCase())
      .filter((word) => !bothLanguages.includes(word)),
  );
  const englishIn = (label: string) => (label.match(/\p{L}{3,}/gu) ?? []).filter((word) => englishWords.has(word.toLowerCase()));

  it.each(welshMenus)('$platform (development: $development): every item is labelled, none in English', ({ english, welsh }) => {
    // Electron labels a role that has no label itself, in English on Windows and Linux.
    expect(welsh.filter((item) => item.type !== 'separator' && !item.label)).toEqual([]);
    expect(welsh.map((item) => item.role)).toEqual(english.map((item) => item.role));
    const labels = welsh.map((item) => item.label).filter((label): label is string => Boolean(label));
    expect(labels.flatMap(englishIn)).toEqual([]);
    // Each Welsh label differs from its English one, the app's own name aside.
    const same = welsh.filter((item, i) => item.label && item.label === english[i].label && item.label !== 'Casebook');
    expect(same.map((item) => item.label)).toEqual([]);
    expect(labels).toEqual(expect.arrayContaining(['Ffeil', 'Golygu', 'Dadwneud', 'Gludo', 'Cymorth']));
  });

  it('the English word check would catch an English label', () => {
    expect(englishIn('Dewis y cyfan')).toEqual([]);
    expect(englishIn('Select all')).toEqual(['Select', 'all']);
  });
});
