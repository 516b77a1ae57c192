import { desktop } from '../../renderer/src/i18n/en-GB/desktop';

type Tree = { [key: string]: string | Tree };

/**
 * The shell's own text, looked up by dotted key with {{name}} values filled in, like i18next does
 * in the renderer. Main has no i18next instance of its own; the strings stay in the en-GB files.
 */
export function t(key: string, values: Record<string, string> = {}): string {
  let node: string | Tree = desktop as Tree;
  for (const part of key.split('.')) {
    if (typeof node === 'string' || !(part in node)) throw new Error(`Missing desktop string ${key}`);
    node = node[part];
  }
  if (typeof node !== 'string') throw new Error(`Desktop string ${key} is not text`);
  return node.replace(/\{\{(\w+)\}\}/g, (_match, name: string) => values[name] ?? `{{${name}}}`);
}
