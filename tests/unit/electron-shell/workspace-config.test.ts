import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readWorkspaceDir, saveWorkspaceDir } from '../../../electron/main/workspace-config';
import { useTempDirs } from '../helpers/temp-dirs';

const tempDir = useTempDirs();

describe('which folder is the workspace', () => {
  it('defaults to a folder in user data, remembers a choice, and CASEBOOK_WORKSPACE wins', async () => {
    const userData = await tempDir('casebook-user-data');
    expect(await readWorkspaceDir(userData, {})).toBe(path.join(userData, 'workspace'));
    await saveWorkspaceDir(userData, '/elsewhere/workspace');
    expect(JSON.parse(await readFile(path.join(userData, 'casebook-config.json'), 'utf8'))).toEqual({
      workspaceDir: '/elsewhere/workspace',
    });
    expect(await readWorkspaceDir(userData, {})).toBe('/elsewhere/workspace');
    expect(await readWorkspaceDir(userData, { CASEBOOK_WORKSPACE: '/from/env' })).toBe('/from/env');
  });

  it.each(['not json', '{"workspaceDir":""}', '{"other":1}'])('falls back to the default for a bad config: %s', async (text) => {
    const userData = await tempDir('casebook-user-data');
    await writeFile(path.join(userData, 'casebook-config.json'), text);
    expect(await readWorkspaceDir(userData, {})).toBe(path.join(userData, 'workspace'));
  });
});
