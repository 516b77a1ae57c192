import { createRequire } from 'node:module';
import type { ItemTag, LaidNode } from './roles';

/*
 * pdfmake lays a document out into positioned items (lines, vectors, images) per page and then
 * draws them; which node an item came from is lost on the way. These hooks stamp every item with
 * the path of nodes it was laid out from (an `ItemTag`), so the renderer hooks can put it in the
 * structure tree. They wrap pdfmake 0.3's LayoutBuilder and ElementWriter methods in place; the
 * stamps are plain properties that pdfmake's own item cloning (unbreakable blocks, repeated
 * header rows) copies along.
 */

const require = createRequire(import.meta.url);

type Fn = (...args: never[]) => unknown;
type Proto = Record<string, Fn>;
const protoOf = (module: string): Proto => (require(module) as { default: { prototype: Proto } }).default.prototype;

interface Tagged {
  _cbTag?: ItemTag;
}
interface ListMarker {
  canvas?: Tagged[];
  _inlines?: { _cbMarkerOf?: LaidNode }[];
}
interface Inline {
  _cbMarkerOf?: LaidNode;
}
interface PageItem {
  item: Tagged;
}

/** The nodes being laid out, root first, and what kind of region we are in. */
const state = { path: [] as LaidNode[], artifact: undefined as ItemTag['artifact'], enabled: false };

function stamp(item: Tagged & { inlines?: Inline[] }, markerOf?: LaidNode) {
  if (!state.enabled || !item || item._cbTag) return;
  const firstInline = item.inlines?.[0];
  const marker = markerOf ?? firstInline?._cbMarkerOf;
  item._cbTag = { path: [...state.path], ...(state.artifact ? { artifact: state.artifact } : {}), ...(marker ? { markerOf: marker } : {}) };
}

function wrap(proto: Proto, name: string, around: (original: Fn, self: unknown, args: unknown[]) => unknown) {
  const original = proto[name];
  proto[name] = function (this: unknown, ...args: unknown[]) {
    return around(original, this, args);
  } as Fn;
}

const call = (original: Fn, self: unknown, args: unknown[]) => (original as (...a: unknown[]) => unknown).apply(self, args);

function withArtifact(kind: ItemTag['artifact'], run: () => unknown) {
  const before = state.artifact;
  state.artifact = kind;
  try {
    return run();
  } finally {
    state.artifact = before;
  }
}

let installed = false;

/** Wraps pdfmake's layout once per process; stamping happens only while `state.enabled`. */
export function installLayoutHooks() {
  if (installed) return;
  installed = true;
  const builder = protoOf('pdfmake/js/LayoutBuilder');
  const writer = protoOf('pdfmake/js/ElementWriter');
  const pageWriter = protoOf('pdfmake/js/PageElementWriter');

  wrap(builder, 'layoutDocument', (original, self, args) => {
    const tagged = Boolean((args[1] as { options?: { tagged?: boolean } })?.options?.tagged);
    state.enabled = tagged;
    state.path = [];
    state.artifact = undefined;
    try {
      return call(original, self, args);
    } finally {
      state.enabled = false;
    }
  });
  wrap(builder, 'processNode', (original, self, args) => {
    state.path.push(args[0] as LaidNode);
    try {
      return call(original, self, args);
    } finally {
      state.path.pop();
    }
  });
  // A list item's marker is drawn while its first line is laid out: remember whose it is.
  wrap(builder, 'processList', (original, self, args) => {
    const node = args[1] as LaidNode;
    for (const item of (node.ul ?? node.ol ?? []) as (LaidNode & { listMarker?: ListMarker })[]) {
      for (const vector of item.listMarker?.canvas ?? []) (vector as Tagged & { _cbMarkerOf?: LaidNode })._cbMarkerOf = item;
      for (const inline of item.listMarker?._inlines ?? []) inline._cbMarkerOf = item;
    }
    return call(original, self, args);
  });
  wrap(builder, 'addBackground', (original, self, args) => withArtifact('Layout', () => call(original, self, args)));
  wrap(builder, 'addHeadersAndFooters', (original, self, args) => withArtifact('Pagination', () => call(original, self, args)));
  wrap(builder, 'addWatermark', (original, self, args) => withArtifact('Pagination', () => call(original, self, args)));

  wrap(writer, 'addLine', (original, self, args) => {
    stamp(args[0] as Tagged);
    return call(original, self, args);
  });
  wrap(writer, 'addImage', (original, self, args) => {
    stamp(args[0] as Tagged);
    return call(original, self, args);
  });
  wrap(writer, 'addSVG', (original, self, args) => {
    stamp(args[0] as Tagged);
    return call(original, self, args);
  });
  wrap(writer, 'addVector', (original, self, args) => {
    const vector = args[0] as Tagged & { _cbMarkerOf?: LaidNode };
    stamp(vector, vector._cbMarkerOf);
    return call(original, self, args);
  });
  // Header rows repeated on a new page are the same cells again: artifacts, read once.
  wrap(pageWriter, 'moveToNextPage', (original, self, args) => {
    const context = (self as { context: () => { pages: { items: PageItem[] }[]; page: number } }).context();
    // The next page may exist already (a table in columns): only what this call adds is repeated.
    const before = context.pages[context.page + 1]?.items.length ?? 0;
    const result = call(original, self, args);
    if (state.enabled) {
      for (const entry of context.pages[context.page]?.items.slice(before) ?? []) {
        const tag = entry.item?._cbTag;
        if (tag && !tag.artifact) entry.item._cbTag = { ...tag, artifact: 'Pagination' };
      }
    }
    return result;
  });
}
