import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';

/** Every string a docDefinition would print, flattened, so tests can ask what a document says. */
export function textOf(definition: TDocumentDefinitions | Content): string {
  const out: string[] = [];
  const walk = (node: unknown): void => {
    if (typeof node === 'string') out.push(node);
    else if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (key === 'image' || key === 'info' || key === 'styles' || typeof value === 'function') continue;
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
