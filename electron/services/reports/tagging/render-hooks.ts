import { createRequire } from 'node:module';
import { isRightToLeft } from '../line-hooks';
import { resolve, type ItemTag, type Step } from './roles';

/*
 * While pdfmake draws a tagged document, each stamped item is drawn inside a marked-content
 * sequence: an /Artifact, or content with an MCID that belongs to the structure element its node
 * path resolves to (roles.ts). Elements are made the first time content reaches them, so their
 * order in the tree is the order the text is laid out and read.
 */

const require = createRequire(import.meta.url);

interface StructElement {
  add(child: unknown): StructElement;
}
interface PdfKitDoc {
  options: { tagged?: boolean; lang?: string };
  struct(type: string, options?: Record<string, unknown>): StructElement;
  addStructure(element: StructElement): PdfKitDoc;
  markContent(tag: string, options?: Record<string, unknown> | null): PdfKitDoc;
  markStructureContent(tag: string, options?: Record<string, unknown>): unknown;
  endMarkedContent(): PdfKitDoc;
  opacity(...args: unknown[]): PdfKitDoc;
  annotate(x: number, y: number, w: number, h: number, options: Record<string, unknown>): PdfKitDoc;
}

/** The structure tree of one document as it is drawn. */
class StructureBuilder {
  private readonly elements = new Map<object, StructElement>();
  private readonly root: StructElement;
  private lastHeading = 0;

  constructor(private readonly doc: PdfKitDoc) {
    this.root = doc.struct('Document');
    doc.addStructure(this.root);
  }

  /**
   * The Form element the signature field will belong to, last in reading order. The field is
   * added when the document is signed (tagging/signature-field.ts links it): here it gets its
   * place in the tree and its key in the parent tree, the last one.
   */
  reserveSignatureField() {
    const form = this.doc.struct('Form');
    this.root.add(form);
    const doc = this.doc as unknown as {
      createStructParentTreeNextKey(): number;
      getStructParentTree(): { add(key: number, value: unknown): void };
    };
    const key = doc.createStructParentTreeNextKey();
    doc.getStructParentTree().add(key, (form as unknown as { dictionary: unknown }).dictionary);
  }

  /** The innermost element for these steps, making the missing ones in reading order. */
  element(steps: Step[]): { element: StructElement; type: string } {
    let parent = this.root;
    let type = 'Document';
    for (const step of steps) {
      let element = this.elements.get(step.key);
      type = step.type;
      if (!element) {
        if (step.after) this.element([...steps.slice(0, steps.indexOf(step)), step.after]);
        if (step.headingLevel) {
          // Headings never skip a level for a reader: a heading is at most one deeper than the last.
          const level = Math.min(step.headingLevel, this.lastHeading + 1);
          this.lastHeading = level;
          type = `H${level}`;
        }
        element = this.doc.struct(type, {
          ...(step.alt ? { alt: step.alt } : {}),
          ...(step.lang ? { lang: step.lang } : {}),
          ...(step.scope ? { scope: step.scope } : {}),
          ...(step.actual ? { actual: step.actual } : {}),
        });
        (element as unknown as { _cbType: string })._cbType = type;
        parent.add(element);
        this.elements.set(step.key, element);
      }
      type = (element as unknown as { _cbType: string })._cbType;
      parent = element;
    }
    return { element: parent, type };
  }
}

type Drawn = 'text' | 'blank' | 'image' | 'vector';
interface DrawnItem {
  _cbTag?: ItemTag;
  inlines?: { text?: unknown; link?: unknown; linkToPage?: unknown; linkToDestination?: unknown }[];
}

const builders = new WeakMap<object, StructureBuilder>();

type Fn = (...args: unknown[]) => unknown;
type Proto = Record<string, Fn>;

/** A text piece in its own language (language-spans.ts): one Span with /Lang, wherever its words land. */
interface LanguageInline {
  lang?: string;
  _cbSpan?: object;
}

/** The Span of a language piece inside one element (a heading and its contents entry share pieces). */
const spanKeys = new WeakMap<object, WeakMap<object, object>>();
function spanKey(owner: object, piece: object): object {
  let keys = spanKeys.get(owner);
  if (!keys) spanKeys.set(owner, (keys = new WeakMap()));
  let key = keys.get(piece);
  if (!key) keys.set(piece, (key = {}));
  return key;
}

/** Draws one item inside its marked content; a line's language pieces each in their Span. */
function drawMarked(
  renderer: { pdfDocument: PdfKitDoc },
  tag: ItemTag | undefined,
  drawn: Drawn,
  linked: boolean,
  draw: () => unknown,
  inlines: LanguageInline[] = [],
) {
  const doc = renderer.pdfDocument;
  const builder = builders.get(renderer);
  if (!builder) return draw();
  // Anything drawn without a stamp (none today) is kept out of the reading order rather than guessed.
  const resolution = tag ? resolve(tag, drawn, linked) : { artifact: 'Layout' as const };
  if ('artifact' in resolution) {
    doc.markContent('Artifact', { type: resolution.artifact });
    try {
      return draw();
    } finally {
      doc.endMarkedContent();
    }
  }
  const { element, type } = builder.element(resolution.steps);
  // A right-to-left word (glyphs drawn right to left, line-hooks.ts) is a Span of its own whose
  // /ActualText is the word as typed, so a reader gets its letters in order.
  const backwards = (inline: LanguageInline | undefined) => isRightToLeft((inline as { text?: unknown } | undefined)?.text);
  const pieces = inlines.some((inline) => (inline.lang && inline._cbSpan) || backwards(inline));
  // Content joins its element when it opens, so an element's children keep the order they are read in.
  const mark = (target: { element: StructElement; type: string }) => {
    const content = doc.markStructureContent(target.type);
    target.element.add(content);
    return target.element;
  };
  // With pieces, the first marked content opens with the first inline (no empty one before a Span);
  // a background would be drawn before it, so then it opens at once.
  const eager = !pieces || inlines.some((inline) => (inline as { background?: unknown }).background);
  let open = eager ? mark({ element, type }) : undefined;
  // Link annotations made while drawing join the Link element (an OBJR and a /StructParent).
  const annotate = doc.annotate;
  doc.annotate = (x, y, w, h, options) =>
    annotate.call(doc, x, y, w, h, options.Subtype === 'Link' ? { ...options, structParent: element } : options);
  // pdfmake draws a line's inlines in order, each starting with `opacity` (then colour, font and
  // text): a piece in another language gets its own marked content in its Span, and the rest of
  // the line goes on in the element.
  const opacity = doc.opacity;
  if (pieces) {
    const owner = resolution.steps.at(-1)!.key;
    let index = 0;
    doc.opacity = function (this: PdfKitDoc, ...args: unknown[]) {
      const inline = inlines[index++];
      const steps: Step[] =
        inline?.lang && inline._cbSpan
          ? [...resolution.steps, { key: spanKey(owner, inline._cbSpan), type: 'Span', lang: inline.lang }]
          : resolution.steps;
      const text = (inline as { text?: string } | undefined)?.text ?? '';
      const target =
        inline && backwards(inline)
          ? builder.element([...steps, { key: inline, type: 'Span', actual: text }])
          : steps === resolution.steps
            ? { element, type }
            : builder.element(steps);
      if (target.element !== open) {
        if (open) doc.endMarkedContent();
        open = mark(target);
      }
      return opacity.apply(this, args);
    };
  }
  try {
    return draw();
  } finally {
    doc.annotate = annotate;
    if (pieces) doc.opacity = opacity;
    if (open) doc.endMarkedContent();
  }
}

let installed = false;

export function installRenderHooks() {
  if (installed) return;
  installed = true;
  const renderer = (require('pdfmake/js/Renderer') as { default: { prototype: Proto } }).default.prototype;
  const wrap = (name: string, drawnOf: (item: DrawnItem) => Drawn) => {
    const original = renderer[name];
    renderer[name] = function (this: { pdfDocument: PdfKitDoc }, ...args: unknown[]) {
      const item = args[0] as DrawnItem;
      const linked = (item?.inlines ?? []).some((inline) => inline.link || inline.linkToPage || inline.linkToDestination);
      return drawMarked(
        this,
        item?._cbTag,
        drawnOf(item),
        linked,
        () => original.apply(this, args),
        name === 'renderLine' ? (item?.inlines as LanguageInline[]) : undefined,
      );
    };
  };
  const renderPages = renderer.renderPages;
  renderer.renderPages = function (this: { pdfDocument: PdfKitDoc }, ...args: unknown[]) {
    const builder = this.pdfDocument.options.tagged ? new StructureBuilder(this.pdfDocument) : undefined;
    if (builder) builders.set(this, builder);
    try {
      return renderPages.apply(this, args);
    } finally {
      builder?.reserveSignatureField();
      builders.delete(this);
    }
  };
  // A line ended by a newline in the text has no space at its end: a reader would run its last
  // word into the next line's first. An invisible space is drawn after it, and nothing moves.
  const renderLine = renderer.renderLine;
  renderer.renderLine = function (this: { pdfDocument: PdfKitDoc }, ...args: unknown[]) {
    const line = args[0] as DrawnItem & { newLineForced?: boolean };
    const last = line?.inlines?.at(-1);
    if (!builders.has(this) || !line.newLineForced || !last || typeof last.text !== 'string' || /\s$/.test(last.text))
      return renderLine.apply(this, args);
    const text = last.text;
    last.text = `${text} `;
    try {
      return renderLine.apply(this, args);
    } finally {
      last.text = text;
    }
  };
  wrap('renderLine', (line) => ((line.inlines ?? []).some((inline) => String(inline.text ?? '').trim() !== '') ? 'text' : 'blank'));
  wrap('renderImage', () => 'image');
  wrap('renderSVG', () => 'image');
  wrap('renderVector', () => 'vector');
}
