import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { shellStrings } from '../../../shared/i18n/desktop';
import { resetFakeElectron, type FakeElectron } from '../helpers/fake-electron';
import { useTempDirs } from '../helpers/temp-dirs';

vi.mock('electron', () => import('../helpers/fake-electron').then((m) => m.electronModule));

const { runApp } = await import('../../../electron/main/app');
const { setShellLanguage } = await import('../../../electron/main/strings');

const tempDir = useTempDirs();
let electron: FakeElectron;
let root: string;
let userData: string;
let workspace: string;

type Item = { label?: string; type?: string; click?: () => void; submenu?: Item[] };
const menuItems = (): Item[] => {
  const walk = (items: Item[]): Item[] => items.flatMap((item) => [item, ...walk(item.submenu ?? [])]);
  return walk((electron.menu?.template ?? []) as Item[]);
};
const labels = () => menuItems().flatMap((item) => (item.label ? [item.label] : []));

beforeEach(async () => {
  electron = resetFakeElectron();
  setShellLanguage('en-GB');
  root = await tempDir('casebook-shell-language');
  await mkdir(path.join(root, 'out/main'), { recursive: true });
  userData = path.join(root, 'user-data');
  workspace = path.join(root, 'workspace');
  await mkdir(userData);
  electron.app.paths = { userData, documents: path.join(root, 'documents') };
});

afterEach(async () => {
  electron.app.quit();
  await vi.waitFor(() => expect(existsSync(path.join(workspace, '.lock'))).toBe(false));
});

/**
 * A workspace whose casebook.json cannot be read at all (a folder stands where the file should
 * be): no profile, so no language from it. (A damaged file is not this case: it is set aside
 * and the workspace opens from a backup.)
 */
async function unreadableWorkspace() {
  await rm(path.join(workspace, 'casebook.json'), { force: true });
  await mkdir(path.join(workspace, 'casebook.json'), { recursive: true });
}

/** Starts the app (the config's folder, as a user's install does) and waits for its window. */
async function started() {
  runApp({ mainDir: path.join(root, 'out/main'), env: {} });
  electron.app.readyResolve();
  await vi.waitFor(() => expect({ windows: electron.windows.length, errors: electron.errorBoxes }).toEqual({ windows: 1, errors: [] }), {
    timeout: 5_000,
  });
}

const config = async () => JSON.parse(await readFile(path.join(userData, 'casebook-config.json'), 'utf8')) as Record<string, string>;

describe('menus and dialogs before the workspace is read', () => {
  it('speak the language last chosen on this computer when the workspace cannot be read', async () => {
    await unreadableWorkspace();
    await writeFile(path.join(userData, 'casebook-config.json'), JSON.stringify({ workspaceDir: workspace, language: 'cy' }));
    await started();
    const status = await electron.handlers.get('workspace:status')!(
      { senderFrame: { url: 'app://casebook/index.html', parent: null } },
      undefined,
    );
    expect(status).toMatchObject({ ok: true, data: { state: 'failed', reason: 'unreadable', language: null } });
    const menu = labels();
    expect(menu).toEqual(expect.arrayContaining(['Ffeil', 'Golygu', 'Dadwneud', 'Gludo', 'Dewis y cyfan', 'Cymorth']));
    const englishMenu = Object.values(shellStrings['en-GB'].menu).filter((label) => label !== 'Casebook');
    expect(menu.filter((label) => englishMenu.includes(label))).toEqual([]);
    // A native dialog from the menu speaks Welsh too (Help → Check for updates, in a copy run from source).
    electron.dialogAnswers.push({ response: 0 });
    menuItems()
      .find((item) => item.label === shellStrings.cy.menu.checkForUpdates)
      ?.click?.();
    await vi.waitFor(() => expect(electron.dialogCalls).toHaveLength(1));
    expect(electron.dialogCalls[0].options).toMatchObject({
      title: 'Diweddariadau',
      message: shellStrings.cy.updates.notInstalled,
      buttons: ['Iawn'],
    });
  });

  it('speak the system’s language when nothing was chosen here yet, and English for a language Casebook does not speak', async () => {
    await unreadableWorkspace();
    await writeFile(path.join(userData, 'casebook-config.json'), JSON.stringify({ workspaceDir: workspace }));
    electron.app.systemLanguages = ['fr-FR', 'cy-GB', 'en-GB'];
    await started();
    expect(labels()).toEqual(expect.arrayContaining(['Ffeil', 'Cymorth']));
    electron.app.quit();

    electron = resetFakeElectron();
    electron.app.paths = { userData, documents: path.join(root, 'documents') };
    electron.app.systemLanguages = [];
    electron.app.locale = 'de';
    setShellLanguage('en-GB');
    await started();
    expect(labels()).toEqual(expect.arrayContaining(['File', 'Help']));
  });

  it('remember the language a workspace chose, for a later start whose workspace cannot be read', async () => {
    await writeFile(path.join(userData, 'casebook-config.json'), JSON.stringify({ workspaceDir: workspace }));
    await started();
    const frame = { senderFrame: { url: 'app://casebook/index.html', parent: null } };
    const call = (channel: string, input?: unknown) => electron.handlers.get(channel)!(frame, input) as Promise<{ data: unknown }>;
    const profile = (await call('settings:getProfile')).data as Record<string, unknown>;
    await call('settings:updateProfile', { ...profile, language: 'cy' });
    expect(labels()).toContain('Ffeil');
    await vi.waitFor(async () => expect(await config()).toMatchObject({ language: 'cy' }));
    electron.app.quit();
    await vi.waitFor(() => expect(existsSync(path.join(workspace, '.lock'))).toBe(false));

    // Next start: the workspace file cannot be read, the system is English; the menu stays Welsh.
    await unreadableWorkspace();
    electron = resetFakeElectron();
    electron.app.paths = { userData, documents: path.join(root, 'documents') };
    setShellLanguage('en-GB');
    await started();
    expect(labels()).toEqual(expect.arrayContaining(['Ffeil', 'Golygu', 'Ffenestr', 'Cymorth']));
  });
});
