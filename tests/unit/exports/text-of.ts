import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';

/** A text's inline pieces as printed: one after the other (a bilingual label is pieces per language). */
const inline = (text: unknown): string =>
  typeof text === 'string' || typeof text === 'number'
    ? String(text)
    : Array.isArray(text)
      ? text.map(inline).join('')
      : text && typeof text === 'object' && 'text' in text
        ? inline(text.text)
        : '';

/** Every string a docDefinition would print, flattened, so tests can ask what a document says. */
export function textOf(definition: TDocumentDefinitions | Content): string {
  const out: string[] = [];
  const walk = (node: unknown): void => {
    if (typeof node === 'string') out.push(node);
    else if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (key === 'image' || key === 'info' || key === 'styles' || key === 'lang' || typeof value === 'function') continue;
        if (key === 'text' && Array.isArray(value) && value.some((piece) => piece && typeof piece === 'object' && 'lang' in piece)) {
          out.push(inline(value));
          continue;
        }
        walk(value);
      }
    }
  };
  walk('content' in (definition as object) ? (definition as TDocumentDefinitions).content : definition);
  return out.join(' ');
}

/** The images a definition embeds (data URLs). */
export function imagesOf(definition: TDocumentDefinitions): string[] {
  const out: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (key === 'image' && typeof value === 'string') out.push(value);
        else walk(value);
      }
    }
  };
  walk(definition.content);
  return out;
}
