import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const renderer = path.resolve(import.meta.dirname, '../../../renderer/src');
/** Attributes a person reads or hears: their text must come from i18n too. */
const readAttributes = new Set(['label', 'title', 'placeholder', 'aria-label', 'alt', 'description', 'aria-description', 'error']);

function tsxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return tsxFiles(full);
    return entry.name.endsWith('.tsx') ? [full] : [];
  });
}

/** "file:line text" for every JSX text node or read-aloud attribute holding words. */
export function literalText(file: string, source: string): string[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const where = (node: ts.Node) => `${path.relative(renderer, file)}:${sf.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const words = (text: string) => /\p{L}{2}/u.test(text);
  // Key caps (<Kbd>Ctrl K</Kbd>) name keys printed on the keyboard, the same in every language.
  const inKbd = (node: ts.Node) => ts.isJsxElement(node.parent) && /^(Kbd|kbd)$/.test(node.parent.openingElement.tagName.getText(sf));
  // A template string is read by people when it lands in a JSX child or a read-aloud attribute
  // (ids, hrefs, class names and i18n keys are not).
  const shownToPeople = (node: ts.Node): boolean => {
    for (let at = node.parent; at && !ts.isSourceFile(at); at = at.parent) {
      if (ts.isJsxAttribute(at)) return readAttributes.has(at.name.getText(sf));
      if (ts.isJsxExpression(at) && (ts.isJsxElement(at.parent) || ts.isJsxFragment(at.parent))) return true;
      // An argument (t(`stages.${id}`), a helper) is a key or data, not the text shown.
      if (ts.isFunctionLike(at) || ts.isCallExpression(at)) return false;
    }
    return false;
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && words(node.text) && !inKbd(node)) found.push(`${where(node)} ${node.text.trim()}`);
    // `${n} min` inside {…}: the words around the placeholders are UI text too.
    if (ts.isTemplateExpression(node) && shownToPeople(node)) {
      const parts = [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(' ');
      if (words(parts)) found.push(`${where(node)} \`${parts.trim()}\``);
    }
    if (ts.isJsxAttribute(node) && readAttributes.has(node.name.getText(sf))) {
      const init = node.initializer;
      const literal =
        init && ts.isStringLiteral(init)
          ? init
          : init && ts.isJsxExpression(init) && init.expression && ts.isStringLiteral(init.expression)
            ? init.expression
            : null;
      if (literal && words(literal.text)) found.push(`${where(node)} ${node.name.getText(sf)}="${literal.text}"`);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

describe('no UI text is literal in a component', () => {
  it('catches a literal (the check itself works)', () => {
    const bad = literalText('x.tsx', 'export const A = () => <Button aria-label="Close it">Save now {`${n} min`}</Button>;');
    expect(bad).toHaveLength(3);
    expect(literalText('y.tsx', "export const B = () => <Button aria-label={t('close')}>{t('save')} · 5</Button>;")).toEqual([]);
  });

  it('every JSX text and read-aloud attribute in app/, components/ and features/ comes from i18n', () => {
    const files = ['app', 'components', 'features'].flatMap((dir) => tsxFiles(path.join(renderer, dir)));
    expect(files.length).toBeGreaterThan(50);
    const found = files.flatMap((file) => literalText(file, readFileSync(file, 'utf8')));
    expect(found, `literal UI text (use t()):\n${found.join('\n')}`).toEqual([]);
  });
});
