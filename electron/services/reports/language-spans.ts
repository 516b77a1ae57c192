/*
 * A bilingual document prints most fixed text as one string, Welsh then English ("Statws / Status"),
 * joined by DocLang before the layout sees it; a screen reader must still read each half in its own
 * language (PDF/UA-1: /Lang on every passage in another language than the document's). DocLang
 * records what it printed (`LanguageSpans`), and `withLanguageSpans` turns those texts in the
 * finished content into text pieces that carry their language; the tagging (tagging/render-hooks.ts)
 * makes each piece a Span with /Lang. One pass over the content, so every document and every
 * call site of DocLang gets it by construction, and nothing moves on the page: the pieces break
 * where the joined string did (after the separator).
 */

/** A piece of text read in one language: a Span with /Lang. `_cbSpan` is its identity across line breaks. */
export interface LanguagePiece {
  text: string;
  lang: string;
  _cbSpan: object;
}
type Piece = string | LanguagePiece;
type Part = { text: string; lang: string };

/** What one bilingual document's DocLang printed: joined texts by their parts, one-language texts by their language. */
export class LanguageSpans {
  private readonly joined = new Map<string, Part[]>();
  private readonly single = new Map<string, string | null>();
  /** Longest first, so a joined text inside a longer one is found whole. */
  private sorted: string[] | null = null;

  /** Records texts printed as one string, in reading order, with the separator between them; returns the string. */
  join(texts: { text: string; lang: string }[], separator: string): string {
    const joined = texts.map((t) => t.text).join(separator);
    if (texts.length < 2 || this.joined.has(joined)) return joined;
    // The separator ends the first half: the line breaker splits "Oes / Skills" after "/ " (never
    // before "/"), so a piece boundary there makes the same words and the same widths.
    const parts: Part[] = texts.map((t, i) => ({ text: i < texts.length - 1 ? t.text + separator : t.text, lang: t.lang }));
    this.joined.set(joined, parts);
    this.sorted = null;
    return joined;
  }

  /** Records a text printed on its own in one language (a line per language). */
  one(text: string, lang: string): string {
    for (const form of new Set([text, text.toUpperCase()])) {
      const known = this.single.get(form);
      // The same words in two languages (a name, a number) say nothing about the language.
      this.single.set(form, known === undefined || known === lang ? lang : null);
    }
    return text;
  }

  languageOf(text: string): string | undefined {
    return this.single.get(text) ?? undefined;
  }

  /** The string as pieces, or null when it holds no recorded joined text. */
  split(text: string): Piece[] | null {
    if (this.joined.size === 0 || !text) return null;
    if (!this.sorted) {
      // A label printed in capitals (a form field's label) is the same text, upper-cased.
      for (const [joined, parts] of [...this.joined])
        this.joined.set(
          joined.toUpperCase(),
          parts.map((p) => ({ ...p, text: p.text.toUpperCase() })),
        );
      this.sorted = [...this.joined.keys()].sort((a, b) => b.length - a.length);
    }
    for (const joined of this.sorted) {
      const at = text.indexOf(joined);
      if (at < 0) continue;
      const pieces: Piece[] = [];
      if (at > 0) pieces.push(...(this.split(text.slice(0, at)) ?? [text.slice(0, at)]));
      for (const part of this.joined.get(joined)!) pieces.push({ ...part, _cbSpan: {} });
      const rest = text.slice(at + joined.length);
      if (rest) pieces.push(...(this.split(rest) ?? [rest]));
      return pieces;
    }
    return null;
  }
}

type Node = Record<string, unknown>;
const CONTAINERS = ['stack', 'columns', 'ul', 'ol'] as const;

/** Inline text (a string, or pieces with their own style) with recorded texts split into language pieces. */
function inline(text: unknown, spans: LanguageSpans): unknown {
  if (typeof text === 'string') return spans.split(text) ?? text;
  if (!Array.isArray(text)) return text;
  return text.flatMap((piece: unknown) => {
    if (typeof piece === 'string')
      return spans.split(piece) ?? [spans.languageOf(piece) ? { text: piece, lang: spans.languageOf(piece), _cbSpan: {} } : piece];
    if (piece && typeof piece === 'object' && typeof (piece as Node).text === 'string' && !(piece as Node).lang) {
      const style = piece as Node;
      const pieces = spans.split(style.text as string);
      // pdfmake drops a piece's own style when its text is an array: each new piece keeps it.
      if (pieces) return pieces.map((p) => (typeof p === 'string' ? { ...style, text: p } : { ...style, ...p }));
      const lang = spans.languageOf(style.text as string);
      return [lang ? { ...style, lang, _cbSpan: {} } : piece];
    }
    return [piece];
  });
}

/** A content node (or array of them) with the language of every recorded text marked. Mutates in place, as pdfmake does. */
export function withLanguageSpans<T>(content: T, spans: LanguageSpans): T {
  const visit = (node: unknown): unknown => {
    if (typeof node === 'string') {
      const pieces = spans.split(node);
      if (pieces) return { text: pieces };
      const lang = spans.languageOf(node);
      return lang ? { text: node, lang } : node;
    }
    if (Array.isArray(node)) return node.map(visit);
    if (!node || typeof node !== 'object') return node;
    const n = node as Node;
    if ('text' in n) {
      const lang = typeof n.text === 'string' ? spans.languageOf(n.text) : undefined;
      if (lang && !n.lang) n.lang = lang;
      else n.text = inline(n.text, spans);
    }
    for (const key of CONTAINERS) if (Array.isArray(n[key])) n[key] = (n[key] as unknown[]).map(visit);
    const table = n.table as { body?: unknown[][] } | undefined;
    if (table?.body) table.body = table.body.map((row) => (Array.isArray(row) ? row.map(visit) : row));
    const toc = n.toc as { title?: unknown } | undefined;
    if (toc?.title) toc.title = visit(toc.title);
    return n;
  };
  return visit(content) as T;
}
