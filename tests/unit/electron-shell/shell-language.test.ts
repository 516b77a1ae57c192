import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Language } from '../../../shared/domain/settings';
import { AppError } from '../../../shared/result';
import { resetFakeElectron } from '../helpers/fake-electron';
import { useTempDirs } from '../helpers/temp-dirs';

vi.mock('electron', () => import('../helpers/fake-electron').then((m) => m.electronModule));

const { errorText, setShellLanguage, t } = await import('../../../electron/main/strings');
const { WorkspaceSession } = await import('../../../electron/main/workspace-session');

const tempDir = useTempDirs();
beforeEach(() => {
  resetFakeElectron();
  setShellLanguage('en-GB');
});

describe('menus and dialogs follow the chosen language', () => {
  it('reads the shell’s text and a service error by key in English or Welsh', () => {
    const refused = new AppError('not_found', 'fileUnreadable', { file: 'tŷ.cbcase' });
    expect(t('menu.file')).toBe('File');
    expect(errorText(refused)).toBe('tŷ.cbcase could not be read.');
    expect(setShellLanguage('cy')).toBe(true);
    expect(setShellLanguage('cy')).toBe(false);
    expect(t('menu.file')).toBe('Ffeil');
    expect(t('quit.failed', { message: 'x' })).not.toContain('workspace');
    expect(errorText(refused)).toBe('Nid oedd modd darllen tŷ.cbcase.');
    expect(errorText(new Error('plain'))).toBe('plain');
  });

  it('the session tells the language when a workspace opens and whenever Settings change it', async () => {
    const root = await tempDir('casebook-language');
    const told: Language[] = [];
    const session = new WorkspaceSession(
      root,
      () => null,
      undefined,
      (language) => told.push(language),
    );
    await session.open(path.join(root, 'w'));
    expect(told).toEqual(['en-GB']);
    const handlers = session.current!.handlers;
    const profile = await handlers['settings:getProfile']();
    await handlers['settings:updateProfile']({ ...profile, language: 'cy' });
    expect(told).toEqual(['en-GB', 'cy']);
    await session.close();
    // A closed workspace tells nothing more.
    expect(told).toHaveLength(2);
  });
});
