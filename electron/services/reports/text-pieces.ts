/*
 * Rewrites the texts of a document's content into pieces before layout: a piece is printed as
 * typed, or with properties of its own (another font, another way to break). Used to print what
 * users type faithfully whatever it holds (`printable.ts`).
 */

/** A piece of a text: a plain string inherits its text's style; an object adds its own properties. */
export type Piece = string | ({ text: string } & Record<string, unknown>);
/** Splits a text into pieces, or null to leave it as it is. */
export type Split = (text: string) => Piece[] | null;

type Node = Record<string, unknown>;
const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && !Array.isArray(value);

/** An inline list with each text split; an inline object keeps its own style on every piece of it. */
function inlines(items: unknown[], split: Split, skip: (node: Node) => boolean): unknown[] {
  return items.flatMap((item) => {
    if (typeof item === 'string') return split(item) ?? [item];
    if (isNode(item) && typeof item.text === 'string' && !skip(item)) {
      const pieces = split(item.text);
      return pieces ? pieces.map((p) => (typeof p === 'string' ? { ...item, text: p } : { ...item, ...p })) : [item];
    }
    if (isNode(item) && Array.isArray(item.text) && !skip(item)) return [{ ...item, text: inlines(item.text, split, skip) }];
    return [item];
  });
}

/**
 * Splits every text of the content (in place, as pdfmake itself works): text nodes, their inline
 * lists, and bare strings in stacks, columns, lists and table rows. `skip` leaves a node's text
 * alone (and that of its inlines).
 */
export function splitTexts(content: unknown, split: Split, skip: (node: Node) => boolean = () => false): void {
  const seen = new WeakSet<object>();
  const visit = (value: unknown): void => {
    if (typeof value !== 'object' || value === null || seen.has(value) || ArrayBuffer.isView(value)) return;
    seen.add(value);
    if (Array.isArray(value)) {
      value.forEach((item, i) => {
        // A bare string in a stack, column, list or row is a paragraph of its own.
        const pieces = typeof item === 'string' ? split(item) : null;
        if (pieces) value[i] = { text: pieces };
        else visit(item);
      });
      return;
    }
    const node = value;
    if ('text' in node && !skip(node as Node)) {
      if (typeof node.text === 'string') node.text = split(node.text) ?? node.text;
      else if (Array.isArray(node.text)) node.text = inlines(node.text, split, skip);
    }
    for (const [key, child] of Object.entries(node)) if (key !== 'text') visit(child);
  };
  visit(content);
}
