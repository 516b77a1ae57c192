import type { Content, ContentTable, TableCell } from 'pdfmake/interfaces';

/*
 * A heading over a table stays on the page of the table's header row and first row.
 *
 * pdfmake lays a table's header row and first row (`keepWithHeaderRows`) out as one block, and
 * moves the block to the next page when it does not fit. What it then tells `pageBreakBefore`
 * about the moved nodes is stale: they keep the page they were first laid on, so the heading
 * rule saw the table "following on the page" and left the heading alone at the foot. Only a text
 * node with an `id` has its page corrected on the move. So the heading and the first row's first
 * text carry ids, and the heading rule (`keepHeadingsWithNext`) asks whether that row really
 * starts on the heading's page. pdfmake refuses two nodes with one id: `numberMarks` numbers
 * them per document before layout.
 */

export const TABLE_HEADING_ID = 'cb-table-heading';
export const FIRST_ROW_ID = 'cb-first-row';

type Node = Record<string, unknown>;
const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && !Array.isArray(value);
const isHeading = (content: Content) => isNode(content) && 'text' in content && ['h2', 'h3'].includes(String(content.style));

/** The cell with `id` on its first text (a stack's first item), or null when it holds no text to mark. */
function withId(cell: TableCell | Content, id: string): TableCell | null {
  if (typeof cell === 'string' || typeof cell === 'number') return { text: String(cell), id };
  if (!isNode(cell)) return null;
  if ('text' in cell) return { ...cell, id } as TableCell;
  const stack: unknown = cell.stack;
  if (Array.isArray(stack) && stack.length > 0) {
    const first = withId(stack[0] as Content, id);
    return first ? ({ ...cell, stack: [first, ...(stack.slice(1) as Content[])] } as TableCell) : null;
  }
  return null;
}

/**
 * The heading (its first h2/h3) and the table's first body row marked for the heading rule; both
 * are copies. Unchanged when either has nothing to mark (the usual rule then applies).
 */
export function keepHeadingWithTable(heading: Content[], table: ContentTable): { heading: Content[]; table: ContentTable } {
  const at = heading.findIndex(isHeading);
  const row = table.table.headerRows ?? 0;
  const body = table.table.body;
  if (at < 0 || body.length <= row) return { heading, table };
  const cell = withId(body[row][0], FIRST_ROW_ID);
  if (!cell) return { heading, table };
  const marked = heading.slice();
  marked[at] = { ...(heading[at] as object), id: TABLE_HEADING_ID } as Content;
  const rows = body.slice();
  rows[row] = [cell, ...body[row].slice(1)];
  return { heading: marked, table: { ...table, table: { ...table.table, body: rows } } };
}

/** Gives each mark above its own number (`cb-first-row-3`), in document order, so ids are unique and the same every build. */
export function numberMarks(content: unknown): void {
  const seen = new WeakSet<object>();
  let next = 0;
  const visit = (value: unknown): void => {
    if (typeof value !== 'object' || value === null || seen.has(value) || ArrayBuffer.isView(value)) return;
    seen.add(value);
    if (Array.isArray(value)) return value.forEach(visit);
    const node = value as Node;
    if (node.id === TABLE_HEADING_ID || node.id === FIRST_ROW_ID) node.id = `${node.id}-${++next}`;
    for (const key of Object.keys(node)) visit(node[key]);
  };
  visit(content);
}

const marked = (id: unknown, mark: string) => typeof id === 'string' && id.startsWith(`${mark}-`);
export const isTableHeading = (id: unknown) => marked(id, TABLE_HEADING_ID);
export const isFirstRow = (id: unknown) => marked(id, FIRST_ROW_ID);
