import type { additionKinds } from '../../../shared/domain/signing';
import { ObjectCache, revisionState, type RevisionState } from './pdf-revision-state';
import { canonical, isDict, isName, isRef, refKey, type PdfDict, type PdfRef, type PdfValue } from './pdf-syntax';

export type Addition = (typeof additionKinds)[number];

/*
 * What later revisions changed in what a reader sees, judged like pyHanko's diff analysis: the
 * signed revision and the final one are both read as a reader reads them, the final document is
 * walked from its catalogue, and every object that differs is judged by the role it plays there.
 * A few kinds of change are allowed and named (annotations, form filling, further signatures,
 * empty signature fields, revocation data); anything else that a reader renders or runs is
 * changed content.
 */

type Role = 'content' | 'annotation' | 'fill' | 'signature' | 'dss' | 'ignored';
const roleAddition: Record<Role, Addition | null> = {
  content: 'content',
  annotation: 'annotations',
  fill: 'form_fill',
  signature: 'signature',
  dss: 'dss',
  ignored: null,
};

/** Catalogue entries a later revision may change; each is then judged by its own rules. */
const CATALOG_ALLOWED = new Set(['AcroForm', 'DSS', 'Version', 'Metadata', 'Extensions']);
const ACROFORM_ALLOWED = new Set(['Fields', 'SigFlags', 'DR', 'DA', 'NeedAppearances']);
/** What filling in a field changes: its value and how it looks. */
const FILL_KEYS = new Set(['V', 'AP', 'AS', 'MK']);
const MARKUP = new Set([
  'Text',
  'FreeText',
  'Highlight',
  'Underline',
  'StrikeOut',
  'Squiggly',
  'Ink',
  'Square',
  'Circle',
  'Line',
  'Polygon',
  'PolyLine',
  'Stamp',
  'Caret',
  'Popup',
  'FileAttachment',
  'Link',
  'Redact',
]);
const RUNNING_ACTIONS = new Set(['JavaScript', 'Launch', 'ImportData', 'SubmitForm', 'ResetForm', 'Rendition']);
const MAX_VISITS = 200_000;

const entries = (d: PdfDict | undefined) => (d ? [...d.v.entries()] : []);

export class RevisionDiff {
  private readonly found = new Set<Addition>();
  private readonly visited = new Set<string>();
  private readonly canon = new WeakMap<object, string>();
  private readonly queue: [PdfValue, Role][] = [];

  constructor(
    private readonly before: RevisionState,
    private readonly after: RevisionState,
  ) {}

  private c(v: PdfValue | undefined): string {
    if (v === undefined) return '∅';
    if (typeof v !== 'object' || v === null) return canonical(v);
    let hit = this.canon.get(v);
    if (hit === undefined) {
      hit = canonical(v);
      this.canon.set(v, hit);
    }
    return hit;
  }

  private resolve(state: RevisionState, v: PdfValue | undefined, depth = 0): PdfValue | undefined {
    return isRef(v) && depth < 8 ? this.resolve(state, state.get(v), depth + 1) : v;
  }
  private dictOf(state: RevisionState, v: PdfValue | undefined): PdfDict | undefined {
    const r = this.resolve(state, v);
    return isDict(r) ? r : undefined;
  }
  private listOf(state: RevisionState, v: PdfValue | undefined): PdfValue[] {
    const r = this.resolve(state, v);
    return Array.isArray(r) ? r : [];
  }
  private changedRef(ref: PdfRef): boolean {
    const a = this.before.get(ref);
    const b = this.after.get(ref);
    return a !== b && this.c(a) !== this.c(b);
  }
  private note(kind: Addition | null) {
    if (kind) this.found.add(kind);
  }
  /** Keys (other than the allowed ones) whose values differ between two dictionaries. */
  private otherKeysDiffer(a: PdfDict | undefined, b: PdfDict | undefined, allowed: Set<string>, state = false): boolean {
    const keys = new Set([...(a?.v.keys() ?? []), ...(b?.v.keys() ?? [])]);
    for (const k of keys) {
      if (allowed.has(k) || (state && (k === 'Parent' || k === 'P'))) continue;
      if (this.c(a?.v.get(k)) !== this.c(b?.v.get(k))) return true;
    }
    return false;
  }

  /** Queues everything under a value, each changed object judged by `role`. */
  private walk(v: PdfValue | undefined, role: Role) {
    if (v !== undefined) this.queue.push([v, role]);
  }

  private drain() {
    while (this.queue.length > 0) {
      if (this.visited.size > MAX_VISITS) {
        this.note('unreadable');
        return;
      }
      const [v, role] = this.queue.pop() as [PdfValue, Role];
      if (isRef(v)) {
        const key = `${refKey(v)}|${role}`;
        if (this.visited.has(key)) continue;
        const target = this.after.get(v);
        // Pages, annotations and the catalogue have their own rules; links to them are not their content.
        if (isDict(target) && ownRules(target)) continue;
        this.visited.add(key);
        if (this.changedRef(v)) this.note(role === 'content' && this.linksSignatureWidget(v) ? 'signature' : roleAddition[role]);
        this.walk(target, role);
      } else if (Array.isArray(v)) {
        for (const item of v) this.walk(item, role);
      } else if (isDict(v)) {
        for (const [k, item] of v.v) if (k !== 'Parent' && k !== 'P') this.walk(item, role);
      }
    }
  }

  /**
   * A structure element (PDF/UA) whose only change is /K gaining object references to signature
   * widgets: how a tagged document puts a new signature field into its structure tree.
   */
  private linksSignatureWidget(ref: PdfRef): boolean {
    const a = this.dictOf(this.before, ref);
    const b = this.dictOf(this.after, ref);
    if (!a || !b || !b.v.has('S') || this.otherKeysDiffer(a, b, new Set(['K']))) return false;
    const items = (v: PdfValue | undefined) => (Array.isArray(v) ? v : v === undefined ? [] : [v]);
    const old = new Set(items(a.v.get('K')).map((k) => this.c(k)));
    return items(b.v.get('K')).every((k) => {
      if (old.has(this.c(k))) return true;
      const objr = this.dictOf(this.after, k);
      return isName(objr?.v.get('Type'), 'OBJR') && this.fieldType(this.dictOf(this.after, objr?.v.get('Obj'))) === 'Sig';
    });
  }

  private fieldType(d: PdfDict | undefined): string | null {
    for (let i = 0; d && i < 10; i += 1) {
      const ft = d.v.get('FT');
      if (isName(ft)) return ft.v;
      d = this.dictOf(this.after, d.v.get('Parent'));
    }
    return null;
  }
  private fieldValue(d: PdfDict | undefined): PdfValue | undefined {
    for (let i = 0; d && i < 10; i += 1) {
      if (d.v.has('V')) return this.resolve(this.after, d.v.get('V'));
      d = this.dictOf(this.after, d.v.get('Parent'));
    }
    return undefined;
  }
  private runsAction(d: PdfDict): boolean {
    const actions = [d.v.get('A'), ...entries(this.dictOf(this.after, d.v.get('AA'))).map(([, a]) => a)];
    return actions.some((a) => {
      const s = this.dictOf(this.after, a)?.v.get('S');
      return isName(s) && RUNNING_ACTIONS.has(s.v);
    });
  }
  private visible(d: PdfDict): boolean {
    const rect = this.listOf(this.after, d.v.get('Rect')).map((n) => (typeof n === 'number' ? n : 0));
    const flags = d.v.get('F');
    const hidden = typeof flags === 'number' && (flags & 2) !== 0;
    return rect.length === 4 && Math.abs(rect[2] - rect[0]) > 0 && Math.abs(rect[3] - rect[1]) > 0 && !hidden && d.v.has('AP');
  }

  /** A widget or field that did not exist when the document was signed. */
  private newField(d: PdfDict) {
    const type = this.fieldType(d);
    if (type !== 'Sig') return this.note('content');
    if (isDict(this.fieldValue(d))) return this.note('signature');
    // An empty signature field is allowed unless it paints over the signed page.
    this.note(isName(d.v.get('Subtype'), 'Widget') && this.visible(d) ? 'content' : 'signature_field');
  }

  private newAnnotation(v: PdfValue) {
    const d = this.dictOf(this.after, v);
    if (!d) return this.note('content');
    const subtype = d.v.get('Subtype');
    if (isName(subtype, 'Widget') || d.v.has('FT')) return this.newField(d);
    if (!isName(subtype) || !MARKUP.has(subtype.v) || this.runsAction(d)) return this.note('content');
    this.note('annotations');
  }

  /** An annotation or field that existed when signed: filling in and restyling is allowed. */
  private existingAnnotation(ref: PdfValue, isField: boolean) {
    const key = `${isRef(ref) ? refKey(ref) : this.c(ref)}|existing`;
    if (this.visited.has(key)) return;
    this.visited.add(key);
    const a = this.dictOf(this.before, ref);
    const b = this.dictOf(this.after, ref);
    if (!b) return this.note('content');
    const widget = isField || isName(b.v.get('Subtype'), 'Widget') || b.v.has('FT') || this.fieldType(b) !== null;
    if (widget) {
      if (this.otherKeysDiffer(a, b, new Set([...FILL_KEYS, 'Kids']))) this.note('content');
      else if (this.c(a?.v.get('V')) !== this.c(b.v.get('V'))) this.note(this.fieldType(b) === 'Sig' ? 'signature' : 'form_fill');
      else if (this.c(a?.v.get('AP')) !== this.c(b.v.get('AP')) || this.c(a?.v.get('AS')) !== this.c(b.v.get('AS'))) this.note('form_fill');
      this.walk(b.v.get('AP'), 'fill');
      this.walk(b.v.get('V'), this.fieldType(b) === 'Sig' ? 'signature' : 'fill');
      for (const [k, item] of b.v) if (!FILL_KEYS.has(k) && !['Parent', 'P', 'Kids'].includes(k)) this.walk(item, 'content');
      const oldKids = new Set(this.listOf(this.before, a?.v.get('Kids')).map((k) => this.c(k)));
      for (const kid of this.listOf(this.after, b.v.get('Kids'))) {
        if (oldKids.has(this.c(kid))) this.existingAnnotation(kid, true);
        else this.newAnnotation(kid);
      }
      return;
    }
    if (this.c(a) !== this.c(b))
      this.note(
        this.otherKeysDiffer(
          a,
          b,
          new Set(['AP', 'Contents', 'M', 'C', 'Popup', 'RC', 'T', 'Subj', 'CreationDate', 'Rect', 'QuadPoints', 'InkList']),
        )
          ? 'content'
          : 'annotations',
      );
    this.walk(b.v.get('AP'), 'annotation');
    for (const [k, item] of b.v) if (!['AP', 'Parent', 'P', 'Popup', 'IRT'].includes(k)) this.walk(item, 'content');
  }

  /** A list (page annotations, form fields): removals are changes; new entries and kept ones are judged. */
  private list(before: PdfValue | undefined, after: PdfValue | undefined, isField: boolean) {
    const was = this.listOf(this.before, before).map((v) => this.c(v));
    const now = this.listOf(this.after, after);
    const nowKeys = new Set(now.map((v) => this.c(v)));
    if (was.some((k) => !nowKeys.has(k))) this.note('content');
    const wasKeys = new Set(was);
    for (const item of now) {
      if (wasKeys.has(this.c(item))) this.existingAnnotation(item, isField);
      else if (isField) {
        const d = this.dictOf(this.after, item);
        if (d) this.newField(d);
        else this.note('content');
      } else this.newAnnotation(item);
    }
  }

  private page(ref: PdfRef, depth: number) {
    const key = `${refKey(ref)}|page`;
    if (this.visited.has(key) || depth > 64) return;
    this.visited.add(key);
    const a = this.dictOf(this.before, ref);
    const b = this.dictOf(this.after, ref);
    if (!b) return this.note('content');
    if (isName(b.v.get('Type'), 'Pages')) {
      if (!a || this.otherKeysDiffer(a, b, new Set())) this.note('content');
      for (const kid of this.listOf(this.after, b.v.get('Kids'))) if (isRef(kid)) this.page(kid, depth + 1);
      for (const [k, item] of b.v) if (k !== 'Kids' && k !== 'Parent') this.walk(item, 'content');
      return;
    }
    if (!a || this.otherKeysDiffer(a, b, new Set(['Annots']))) this.note('content');
    for (const [k, item] of b.v) if (k !== 'Annots' && k !== 'Parent') this.walk(item, 'content');
    this.list(a?.v.get('Annots'), b.v.get('Annots'), false);
  }

  /** The additions, by kind, from the signed revision to the final one. */
  run(): Addition[] {
    const { before, after } = this;
    if (!before.root || !after.root) return ['unreadable'];
    // A new catalogue is a new document that only shares bytes with the signed one.
    if (refKey(before.root) !== refKey(after.root)) return ['content'];
    const a = this.dictOf(before, before.root);
    const b = this.dictOf(after, after.root);
    if (!b) return ['unreadable'];
    if (this.otherKeysDiffer(a, b, CATALOG_ALLOWED)) this.note('content');
    const pages = b.v.get('Pages');
    if (isRef(pages)) this.page(pages, 0);
    else this.note('content');
    const formBefore = this.dictOf(before, a?.v.get('AcroForm'));
    const formAfter = this.dictOf(after, b.v.get('AcroForm'));
    if (formAfter) {
      if (this.otherKeysDiffer(formBefore, formAfter, ACROFORM_ALLOWED)) this.note('content');
      if (this.c(formBefore?.v.get('DR')) !== this.c(formAfter.v.get('DR'))) this.note('form_fill');
      this.walk(formAfter.v.get('DR'), 'fill');
      for (const [k, item] of formAfter.v) if (!ACROFORM_ALLOWED.has(k)) this.walk(item, 'content');
      this.list(formBefore?.v.get('Fields'), formAfter.v.get('Fields'), true);
    } else if (formBefore) this.note('content');
    if (this.c(a?.v.get('DSS')) !== this.c(b.v.get('DSS'))) this.note('dss');
    this.walk(b.v.get('DSS'), 'dss');
    this.walk(b.v.get('Metadata'), 'ignored');
    for (const [k, item] of b.v) if (!CATALOG_ALLOWED.has(k) && k !== 'Pages') this.walk(item, 'content');
    this.drain();
    if (after.scanned && !before.scanned) this.note('unreadable');
    return [...this.found];
  }
}

/** Objects whose changes are judged by their own rules, not as part of whatever links to them. */
function ownRules(d: PdfDict): boolean {
  const type = d.v.get('Type');
  if (isName(type) && ['Page', 'Pages', 'Catalog', 'Annot'].includes(type.v)) return true;
  return isName(d.v.get('Subtype'), 'Widget') || d.v.has('FT');
}

const EOF_AT_END = /%%EOF[\r\n\t ]*$/;

/** What the revisions after `signedEnd` changed in what a reader sees. */
export function changesAfter(cache: ObjectCache, signedEnd: number): Addition[] {
  const pdf = cache.buf;
  const found = new RevisionDiff(revisionState(cache, signedEnd), revisionState(cache, pdf.length)).run();
  // Bytes after the last %%EOF belong to no revision: readers skip them, but nothing vouches for them.
  const tail = pdf.toString('latin1', Math.max(signedEnd, pdf.length - 4096));
  if (!EOF_AT_END.test(tail) && !/^[\r\n\t ]*$/.test(tail)) found.push('unreadable');
  return [...new Set(found)];
}
