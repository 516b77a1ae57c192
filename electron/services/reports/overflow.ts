import { createRequire } from 'node:module';
import { AppError } from '../../../shared/result';

/*
 * pdfmake lays an unbreakable block (a table row with `dontBreakRows`, a signature with its
 * declaration) out on an endlessly tall sheet, then places it on the first page it fits; a block
 * taller than a page fits on none and is silently dropped. A document that would lose text that
 * way is refused instead, before anything is signed, naming the text so the user can shorten it.
 */

const require = createRequire(import.meta.url);
type Fn = (this: unknown, ...args: unknown[]) => unknown;
type Proto = Record<string, Fn>;
const protoOf = (module: string): Proto => (require(module) as { default: { prototype: Proto } }).default.prototype;

interface Context {
  y: number;
  pages: {
    items: { type: string; item: { x?: number; y?: number; getHeight?: () => number; inlines?: { text?: string }[] } }[];
    pageSize: { height: number };
  }[];
  pageMargins: { top: number; bottom: number };
  getCurrentPage(): { pageSize: { height: number } };
}
interface Writer {
  transactionLevel: number;
  contextStack: Context[];
  context(): Context;
}

const shortened = (text: string) => (text.length > 60 ? `${text.slice(0, 59).trimEnd()}…` : text);

type Line = { x: number; y: number; text: string; height: number };

/**
 * The first words of the paragraph that runs off the page: the first line below the page's
 * height, then back up its column while the lines run on.
 */
function beginning(block: Context, bodyHeight: number): string {
  const lines: Line[] = block.pages[0].items
    .filter((entry) => entry.type === 'line')
    .map(({ item }) => ({
      x: item.x ?? 0,
      y: item.y ?? 0,
      height: item.getHeight?.() ?? 12,
      text: (item.inlines ?? []).map((i) => i.text ?? '').join(''),
    }));
  const off = lines.find((line) => line.y + line.height > bodyHeight);
  if (!off) return '';
  const column = lines.filter((line) => Math.abs(line.x - off.x) < 0.5 && line.y <= off.y).sort((p, q) => p.y - q.y);
  let start = column.length - 1;
  while (start > 0 && column[start].y - column[start - 1].y <= column[start - 1].height * 1.5) start -= 1;
  return shortened(column[start].text.trim());
}

let installed = false;
/** What the layout now running would drop; null when no layout is running. */
let dropped: string[] | null = null;

export function installOverflowGuard() {
  if (installed) return;
  installed = true;
  const builder = protoOf('pdfmake/js/LayoutBuilder');
  const writer = protoOf('pdfmake/js/PageElementWriter');
  const layoutDocument = builder.layoutDocument;
  builder.layoutDocument = function (this: unknown, ...args: unknown[]) {
    dropped = [];
    try {
      const pages = layoutDocument.apply(this, args);
      if (dropped.length) throw new AppError('invalid_input', 'documentBlockTooTall', { begins: dropped[0] });
      return pages;
    } finally {
      dropped = null;
    }
  };
  const commit = writer.commitUnbreakableBlock;
  writer.commitUnbreakableBlock = function (this: unknown, ...args: unknown[]) {
    const self = this as Writer;
    // The outermost block of the page body (headers and footers pass a position).
    if (dropped && self.transactionLevel === 1 && args[0] === undefined && args[1] === undefined) {
      const block = self.context();
      const page = self.contextStack[self.contextStack.length - 1];
      const bodyHeight = page.getCurrentPage().pageSize.height - page.pageMargins.top - page.pageMargins.bottom;
      if (block.y > bodyHeight + 0.5) dropped.push(beginning(block, bodyHeight));
    }
    return commit.apply(this, args);
  };
}

/** Is this the refusal above (a certificate tries smaller type before giving up)? */
export const isTooTall = (error: unknown): boolean => error instanceof AppError && error.key === 'documentBlockTooTall';
