import { createRequire } from 'node:module';
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

  /** The innermost element for these steps, making the missing ones in reading order. */
  element(steps: Step[]): { element: StructElement; type: string } {
    let parent = this.root;
    let type = 'Document';
    for (const step of steps) {
      let element = this.elements.get(step.key);
      type = step.type;
      if (!element) {
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

const builders = new WeakMap<object, StructureBuilder>();

type Fn = (...args: unknown[]) => unknown;
type Proto = Record<string, Fn>;

/** Draws one item inside its marked content. */
function drawMarked(renderer: { pdfDocument: PdfKitDoc }, tag: ItemTag | undefined, isVector: boolean, draw: () => unknown) {
  const doc = renderer.pdfDocument;
  const builder = builders.get(renderer);
  if (!builder) return draw();
  // Anything drawn without a stamp (none today) is kept out of the reading order rather than guessed.
  const resolution = tag ? resolve(tag, isVector) : { artifact: 'Layout' as const };
  if ('artifact' in resolution) {
    doc.markContent('Artifact', { type: resolution.artifact });
    try {
      return draw();
    } finally {
      doc.endMarkedContent();
    }
  }
  const { element, type } = builder.element(resolution.steps);
  const content = doc.markStructureContent(type);
  try {
    return draw();
  } finally {
    doc.endMarkedContent();
    element.add(content);
  }
}

let installed = false;

export function installRenderHooks() {
  if (installed) return;
  installed = true;
  const renderer = (require('pdfmake/js/Renderer') as { default: { prototype: Proto } }).default.prototype;
  const wrap = (name: string, itemOf: (args: unknown[]) => { _cbTag?: ItemTag }, isVector: boolean) => {
    const original = renderer[name];
    renderer[name] = function (this: { pdfDocument: PdfKitDoc }, ...args: unknown[]) {
      return drawMarked(this, itemOf(args)?._cbTag, isVector, () => original.apply(this, args));
    };
  };
  const renderPages = renderer.renderPages;
  renderer.renderPages = function (this: { pdfDocument: PdfKitDoc }, ...args: unknown[]) {
    if (this.pdfDocument.options.tagged) builders.set(this, new StructureBuilder(this.pdfDocument));
    try {
      return renderPages.apply(this, args);
    } finally {
      builders.delete(this);
    }
  };
  const first = (args: unknown[]) => args[0] as { _cbTag?: ItemTag };
  wrap('renderLine', first, false);
  wrap('renderImage', first, false);
  wrap('renderSVG', first, false);
  wrap('renderVector', first, true);
}
