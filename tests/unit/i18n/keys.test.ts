import { describe, expect, it } from 'vitest';
import { cy } from '../../../renderer/src/i18n/cy';
import { enGB } from '../../../renderer/src/i18n/en-GB';

type Tree = { [key: string]: unknown };
const pluralSuffix = /_(zero|one|two|few|many|other)$/;
const welshForms = new Intl.PluralRules('cy').resolvedOptions().pluralCategories;

/** "ns:a.b.c" → string, for every leaf of every namespace. */
function flatten(namespaces: Record<string, Tree>): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (tree: Tree, path: string) => {
    for (const [key, value] of Object.entries(tree)) {
      const id = path.endsWith(':') ? `${path}${key}` : `${path}.${key}`;
      if (typeof value === 'string') out.set(id, value);
      else walk(value as Tree, id);
    }
  };
  for (const [ns, tree] of Object.entries(namespaces)) walk(tree, `${ns}:`);
  return out;
}

const en = flatten(enGB);
const welsh = flatten(cy);
const base = (key: string) => key.replace(pluralSuffix, '');
const enBases = new Set([...en.keys()].map(base));
const enPlurals = new Set([...en.keys()].filter((k) => pluralSuffix.test(k)).map(base));
const vars = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('the Welsh interface matches the English one key for key', () => {
  it('reads every string of both languages', () => {
    expect(en.size).toBeGreaterThan(800);
    expect(en.get('common:nav.cases')).toBe('Cases');
    expect(welsh.get('common:nav.cases')).toBe('Achosion');
  });

  it('every en-GB key has a Welsh string', () => {
    const missing = [...en.keys()].filter((k) => !pluralSuffix.test(k) && !welsh.has(k));
    expect(missing, `missing in cy: ${missing.join(', ')}`).toEqual([]);
  });

  it('every English plural has all six Welsh plural forms', () => {
    expect(welshForms).toHaveLength(6);
    const missing = [...enPlurals].flatMap((b) => welshForms.map((f) => `${b}_${f}`)).filter((k) => !welsh.has(k));
    expect(missing, `missing Welsh plural forms: ${missing.join(', ')}`).toEqual([]);
  });

  it('Welsh has no key that English lacks', () => {
    const extra = [...welsh.keys()].filter((k) => !en.has(k) && !enBases.has(base(k)));
    expect(extra, `in cy but not en-GB: ${extra.join(', ')}`).toEqual([]);
  });

  it('every Welsh string uses the same {{placeholders}} as the English', () => {
    const wrong = [...welsh.entries()].filter(([k, text]) => {
      // A service error's Welsh may leave out a value that is itself English (a noun, a zod
      // detail); tests/unit/i18n/error-keys.test.ts checks it uses no value English does not give.
      if (k.startsWith('errors:')) return false;
      const english = en.get(k) ?? en.get(`${base(k)}_other`) ?? en.get(base(k));
      return english !== undefined && vars(english).join() !== vars(text).join();
    });
    expect(wrong.map(([k]) => k)).toEqual([]);
  });

  it('no sentence is left in English', () => {
    // Identical strings are fine when they are names, codes or placeholders only.
    const sameOnPurpose = new Set(['Casebook', 'Agenda', 'Data', 'English', 'Cymraeg', 'Sector']);
    const words = (text: string) => text.replace(/\{\{\w+\}\}/g, '');
    const untranslated = [...welsh.entries()].filter(
      ([k, text]) => en.get(k) === text && !sameOnPurpose.has(text) && /\p{L}{2}/u.test(words(text)),
    );
    expect(untranslated.map(([k, text]) => `${k} = ${text}`)).toEqual([]);
  });
});
