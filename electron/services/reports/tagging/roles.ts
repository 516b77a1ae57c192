/**
 * The one place that says what a pdfmake node is for a screen reader. Every document is a tree
 * of the same few node kinds (text with a style, stack, columns, list, table, image, canvas), so
 * a new document is tagged by construction:
 *
 * - text: `title` → H1, `h2` → H2, `h3` → H3, otherwise P (inside a table cell or list body the
 *   cell or body holds the text itself); a node may say `tag: 'H1'` (or any structure type);
 * - `ul`/`ol` → L, each item → LI with its marker as Lbl and its content as LBody;
 * - a table with header rows → Table, THead/TBody, TR, TH (/Scope /Column) and TD; a table
 *   without header rows only lays things out, so its cells add no structure; a table that
 *   `continues` another (the last row kept with a signature) adds its rows to that table's body;
 * - an image → Figure with its `alt`; a stack of an image then a text → one Figure, the text its
 *   Caption; a canvas → artifact (rules, borders, bars), unless it has `alt` (then a Figure);
 * - stacks, columns and layout tables add nothing: their children are read in order;
 * - the contents (`toc`): its title as styled, its entries → TOC, a TOCI per entry holding the
 *   entry's title and page number, each a P with a Link;
 * - a line with a link (a contents entry) → its text and link annotation inside a Link;
 * - the running header and footer, the page background, repeated table headers → artifacts.
 */

/** A node as pdfmake lays it out (after its preprocessing), with the few hints we read. */
export interface LaidNode {
  text?: unknown;
  style?: string | string[];
  tag?: string;
  alt?: string;
  lang?: string;
  stack?: LaidNode[];
  columns?: LaidNode[];
  ul?: LaidNode[];
  ol?: LaidNode[];
  table?: { body: LaidNode[][]; headerRows?: number };
  /** Set by `tableThen` on the piece of a table laid out apart from its head. */
  continues?: LaidNode;
  image?: unknown;
  canvas?: unknown[];
  svg?: unknown;
  toc?: { _table?: LaidNode };
}

export interface Step {
  /** The same key is the same structure element, wherever on which page its content lands. */
  key: object;
  type: string;
  alt?: string;
  lang?: string;
  scope?: 'Column' | 'Row';
  /** The text as typed, where the drawn glyphs are in another order (a right-to-left word). */
  actual?: string;
  /** A heading's level as the style says; the builder keeps levels from skipping. */
  headingLevel?: number;
  /** Made first when this element is made (a list item's label before its body). */
  after?: Step;
}

/** Where a laid-out item came from: the nodes from the root down, and how it was drawn. */
export interface ItemTag {
  path: LaidNode[];
  /** Header, footer, background or a repeated table header: not content. */
  artifact?: 'Pagination' | 'Layout';
  /** The list item whose marker (bullet or number) this is. */
  markerOf?: LaidNode;
}

export type Resolution = { artifact: 'Pagination' | 'Layout' } | { steps: Step[] };

const HEADING_STYLES: Record<string, number> = { title: 1, h2: 2, h3: 3 };

const styles = (node: LaidNode): string[] => (Array.isArray(node.style) ? node.style : node.style ? [node.style] : []);

export function headingLevelOf(node: LaidNode): number | undefined {
  const explicit = /^H([1-6])$/.exec(node.tag ?? '');
  if (explicit) return Number(explicit[1]);
  for (const style of styles(node)) if (HEADING_STYLES[style]) return HEADING_STYLES[style];
  return undefined;
}

const isDataTable = (node: LaidNode) => Boolean(node.table && ((node.table.headerRows ?? 0) > 0 || node.continues));
const isText = (node: LaidNode) => node.text !== undefined && !node.stack && !node.columns && !node.table && !node.ul && !node.ol;

/** Keys for elements that no node stands for (a table's head and body, a list item's body). */
const partKeys = new WeakMap<object, Record<string, object>>();
function part(owner: object, name: string): object {
  let parts = partKeys.get(owner);
  if (!parts) partKeys.set(owner, (parts = {}));
  return (parts[name] ??= {});
}

/** The table a continuation belongs to (its first piece). */
const tableRoot = (node: LaidNode): LaidNode => (node.continues ? tableRoot(node.continues) : node);

/** A stack of an image with the text under it: a figure with its caption. */
const isFigureWithCaption = (node: LaidNode) =>
  Boolean(node.stack && node.stack.length === 2 && node.stack[0].image && isText(node.stack[1]));

/** The characters of a text node's `text` (a string, or inline pieces). */
export function plainText(text: unknown): string {
  if (typeof text === 'string' || typeof text === 'number') return String(text);
  if (Array.isArray(text)) return text.map(plainText).join('');
  if (text && typeof text === 'object' && 'text' in text) return plainText((text as { text: unknown }).text);
  return '';
}

function leafRole(node: LaidNode): Step {
  if (node.tag && !/^H[1-6]$/.test(node.tag)) return { key: node, type: node.tag, alt: node.alt, lang: node.lang };
  const level = headingLevelOf(node);
  if (level) return { key: node, type: `H${level}`, headingLevel: level, lang: node.lang };
  return { key: node, type: 'P', lang: node.lang };
}

/**
 * The structure elements, from the document down, that a laid-out item's content belongs to;
 * or that it is an artifact. Pure: the same path always gives the same keys.
 */
export function resolve(tag: ItemTag, drawn: 'text' | 'blank' | 'image' | 'vector', linked = false): Resolution {
  if (tag.artifact) return { artifact: tag.artifact };
  // An empty line (a spacer column, an empty cell) says nothing: not content.
  if (drawn === 'blank') return { artifact: 'Layout' };
  const isVector = drawn === 'vector';
  const steps: Step[] = [];
  const { path } = tag;
  for (let i = 0; i < path.length; i += 1) {
    const node = path[i];
    const parent = i > 0 ? path[i - 1] : undefined;
    // Whether this node's parent made an element that holds its text directly (a cell, a list body, a caption): no P inside.
    let holdsText = false;

    if (parent?.table) {
      if (isDataTable(parent)) {
        const body = parent.table.body;
        const row = body.findIndex((cells) => cells.includes(node));
        const head = !parent.continues && row >= 0 && row < (parent.table.headerRows ?? 0);
        const root = tableRoot(parent);
        steps.push({ key: part(root, head ? 'THead' : 'TBody'), type: head ? 'THead' : 'TBody' });
        steps.push({ key: row >= 0 ? body[row] : part(node, 'TR'), type: 'TR' });
        steps.push({ key: node, type: head ? 'TH' : 'TD', ...(head ? { scope: 'Column' as const } : {}) });
        holdsText = true;
      }
    }
    // The contents' entries: pdfmake lays them out as a table of title and page number per row.
    const isContents = (table: LaidNode | undefined) => Boolean(table && path[path.indexOf(table) - 1]?.toc?._table === table);
    if (isContents(node)) steps.push({ key: node, type: 'TOC' });
    if (parent && isContents(parent)) {
      const row = parent.table!.body.findIndex((cells) => cells.includes(node));
      steps.push({ key: row >= 0 ? parent.table!.body[row] : part(node, 'TOCI'), type: 'TOCI' });
    }
    if (parent && (parent.ul || parent.ol)) {
      steps.push({ key: node, type: 'LI' });
      if (tag.markerOf === node) return { steps: [...steps, { key: part(node, 'Lbl'), type: 'Lbl' }] };
      steps.push({ key: part(node, 'LBody'), type: 'LBody', after: { key: part(node, 'Lbl'), type: 'Lbl' } });
      holdsText = true;
    }
    if (parent && isFigureWithCaption(parent) && node === parent.stack?.[1]) {
      steps.push({ key: node, type: 'Caption' });
      holdsText = true;
    }

    if (node.table) {
      if (isDataTable(node)) steps.push({ key: tableRoot(node), type: 'Table' });
    } else if (node.ul || node.ol) {
      steps.push({ key: node, type: 'L' });
    } else if (isFigureWithCaption(node)) {
      const image = node.stack![0];
      // A photograph without its own alternative text is described by its caption.
      steps.push({ key: node, type: 'Figure', alt: image.alt ?? node.alt ?? plainText(node.stack![1].text) });
    } else if (node.image || node.svg) {
      if (!(parent && isFigureWithCaption(parent))) steps.push({ key: node, type: 'Figure', alt: node.alt });
    } else if (node.canvas) {
      if (node.alt) steps.push({ key: node, type: 'Figure', alt: node.alt });
      else return { artifact: 'Layout' };
    } else if (isText(node)) {
      const role = leafRole(node);
      const isPlain = role.type === 'P' && !node.lang;
      if (!(holdsText && isPlain)) steps.push(role);
    } else if (node.tag) {
      steps.push({ key: node, type: node.tag, alt: node.alt, lang: node.lang });
    } else if (node.lang) {
      steps.push({ key: node, type: 'Div', lang: node.lang });
    }
  }
  // Borders, rules and cell fills drawn while laying out a table or a paragraph are not content.
  const inFigure = steps.some((s) => s.type === 'Figure' || s.type === 'Lbl');
  if (isVector && !inFigure) return { artifact: 'Layout' };
  // A line that links somewhere (a contents entry): its text and its link annotation in a Link.
  if (linked) steps.push({ key: part(steps.at(-1)?.key ?? tag.path.at(-1) ?? tag, 'Link'), type: 'Link' });
  return { steps };
}
