import { createRequire } from 'node:module';

/*
 * pdfmake measures a text word by word, and for each word looks up some twenty style properties
 * (font, size, colour, decoration…) by walking the whole style stack, named styles and their
 * parents: in a report of 180 evidence rows that is most of the layout's time. Within one text
 * the stack does not change, and a word that does not set a property itself gets it from its
 * `style` names and the stack alone, so each property is looked up once per `style` of the words
 * of a text and reused for the others. The values are exactly the ones pdfmake would find.
 */

const require = createRequire(import.meta.url);
type Fn = (this: unknown, ...args: unknown[]) => unknown;
type GetStyleProperty = (item: Record<string, unknown>, stack: unknown, property: string, defaultValue: unknown) => unknown;
interface StyleContextStack {
  getStyleProperty: GetStyleProperty;
}

const isValue = (value: unknown) => value !== null && value !== undefined;

/** What, besides the stack, decides a property a word does not set itself (see StyleContextStack.autopush). */
const styleKey = (item: Record<string, unknown>): string =>
  item.section !== undefined ? '\u0000section' : Array.isArray(item.style) ? item.style.join('\u0000') : String(item.style ?? '');

let installed = false;

/** Wraps pdfmake's TextInlines.measure once per process. */
export function installMeasureHooks() {
  if (installed) return;
  installed = true;
  const styles = (require('pdfmake/js/StyleContextStack') as { default: StyleContextStack }).default;
  const inlines = (require('pdfmake/js/TextInlines') as { default: { prototype: Record<string, Fn> } }).default.prototype;
  const measure = inlines.measure;
  inlines.measure = function (this: unknown, ...args: unknown[]) {
    const stack = args[1];
    const lookUp = styles.getStyleProperty;
    // Per `style` of a word, each property as the stack and that style give it (undefined: not set).
    const found = new Map<string, Map<string, unknown>>();
    styles.getStyleProperty = (item, from, property, defaultValue) => {
      if (from !== stack || !stack || typeof item !== 'object' || isValue(item[property]))
        return lookUp(item, from, property, defaultValue);
      const key = item.style === undefined && item.section === undefined ? '' : styleKey(item);
      let values = found.get(key);
      if (!values) found.set(key, (values = new Map()));
      let value = values.get(property);
      if (value === undefined && !values.has(property)) values.set(property, (value = lookUp(item, from, property, undefined)));
      return isValue(value) ? value : defaultValue;
    };
    try {
      return measure.apply(this, args);
    } finally {
      styles.getStyleProperty = lookUp;
    }
  };
}
