import fc from 'fast-check';
import type { CaseRecord } from '../../../../shared/domain/case';
import type { Workshop } from '../../../../shared/domain/workshop';

/*
 * Text as users type it, over the whole space the documents must print (issue 19): Welsh ŵ ŷ,
 * letters with combining marks, Hebrew and Arabic phrases, right-to-left and left-to-right marks,
 * emoji (skin tones, ZWJ sequences, flags with tag characters, keycaps), words of 200+ characters
 * (a pasted link or hash, in Latin or Hebrew letters) and empty text. Each text keeps the
 * segments it was made of, so an oracle can look for each one in what a PDF prints.
 */

export interface Typed {
  text: string;
  /** What must be printed, piece by piece (the invisible direction marks are not in them). */
  segments: string[];
}

const WELSH = ['Llŷr', 'Ŵyn', 'dŷ', 'Gŵyl', 'Rhys-Llŵyd', 'Môn', 'Siân', 'ŷ'];
const HEBREW = ['שלום', 'עולם', 'ועדה', 'עובדים', 'הסכם', 'מועצה'];
const ARABIC = ['مرحبا', 'بالعالم', 'لجنة', 'العمال', 'مجلس'];
const EMOJI = ['👍', '👍🏽', '🤝🏾', '👩🏿‍💻', '👨‍👩‍👧', '🏴󠁧󠁢󠁷󠁬󠁳󠁿', '🇬🇧', '❤️', '1️⃣', '🎉', '✅', '🧑‍🤝‍🧑'];
/** Written with combining marks (decomposed), as some keyboards and pastes give them. */
const COMBINING = ['w\u0302yn', 'Lly\u0302r', 'cafe\u0301', 'nai\u0308ve', 'Sia\u0302n'];
const MARKS = ['\u200f', '\u200e'];

const phraseOf = (words: string[], max: number) =>
  fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: max }).map((w) => w.join(' '));

/** A word of 200–300 characters with no space: a link, a hash, Welsh letters, Hebrew letters. */
const longWord = fc.tuple(fc.integer({ min: 200, max: 300 }), fc.constantFrom('link', 'hash', 'welsh', 'hebrew')).map(([length, kind]) => {
  const source =
    kind === 'link'
      ? 'https://example.org/partnership/2025/forum-minutes?item=ŵ&ref='
      : kind === 'hash'
        ? '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08'
        : kind === 'welsh'
          ? 'ŵŷâêîôûẁẃẅỳýÿ'
          : 'אבגדהוזחטיכלמנסעפצקרשת';
  return Array.from({ length }, (_, i) => Array.from(source)[i % Array.from(source).length]).join('');
});

/** One piece of typed text, and what of it must be printed. */
const segment: fc.Arbitrary<{ typed: string; printed: string }> = fc.oneof(
  fc.constantFrom(...WELSH).map((w) => ({ typed: w, printed: w })),
  phraseOf(HEBREW, 4).map((p) => ({ typed: p, printed: p })),
  phraseOf(ARABIC, 3).map((p) => ({ typed: p, printed: p })),
  fc.array(fc.constantFrom(...EMOJI), { minLength: 1, maxLength: 3 }).map((e) => ({ typed: e.join(''), printed: e.join('') })),
  fc.constantFrom(...COMBINING).map((w) => ({ typed: w, printed: w })),
  fc.tuple(fc.constantFrom(...MARKS), fc.constantFrom(...WELSH)).map(([mark, w]) => ({ typed: `${mark}${w}`, printed: w })),
  longWord.map((w) => ({ typed: w, printed: w })),
);

/** Typed text: empty, or a few segments separated by spaces. */
export const typedText: fc.Arbitrary<Typed> = fc.array(segment, { maxLength: 5 }).map((parts) => ({
  text: parts.map((p) => p.typed).join(' '),
  segments: parts.map((p) => p.printed),
}));

/** Non-empty typed text (a field the app requires, such as an organisation's name). */
export const typedName: fc.Arbitrary<Typed> = fc.array(segment, { minLength: 1, maxLength: 4 }).map((parts) => ({
  text: parts.map((p) => p.typed).join(' '),
  segments: parts.map((p) => p.printed),
}));

/** Where typed text went in a record, and the text: the oracle's list of what must be printed. */
export type Placed = { field: string; typed: Typed }[];

/**
 * A generated case with typed text in the fields the assessment report and the commitment
 * certificate print whatever the record's state: the organisation's name, every evidence item's
 * source, every judged criterion's rationale, the directorates and the signatories' names.
 */
export function withTypedCaseText(record: CaseRecord, texts: Typed[]): { record: CaseRecord; placed: Placed } {
  let next = 0;
  const placed: Placed = [];
  const take = (field: string, fallback?: Typed): string => {
    const typed = texts[next++ % texts.length];
    const used = typed.text.trim() || !fallback ? typed : fallback;
    placed.push({ field, typed: used });
    return used.text;
  };
  const name: Typed = { text: 'Cyngor Sir Ynys Môn', segments: ['Cyngor Sir Ynys Môn'] };
  const copy = structuredClone(record);
  copy.organisationName = take('organisationName', name);
  copy.assessment.evidence = copy.assessment.evidence.map((e, i) => ({ ...e, source: take(`evidence.${i}.source`, name) }));
  for (const [id, judged] of Object.entries(copy.assessment.criteria)) judged.rationale = take(`criteria.${id}.rationale`);
  copy.signUp.directorates = copy.signUp.directorates.map((_, i) => take(`directorates.${i}`, name));
  copy.signUp.signatories = copy.signUp.signatories.map((s, i) => {
    const typed = take(`signatories.${i}.name`, name);
    return { ...s, name: typed, signature: s.signature ? { kind: 'typed' as const, name: typed.trim() } : null };
  });
  return { record: copy, placed };
}

/**
 * A generated workshop with typed text in the fields the feedback report and the agenda print
 * whatever the record's state: the title, every action's what and owner, every agenda item's title.
 */
export function withTypedWorkshopText(workshop: Workshop, texts: Typed[]): { workshop: Workshop; placed: Placed } {
  let next = 0;
  const placed: Placed = [];
  const title: Typed = { text: 'Fforwm Partneriaeth', segments: ['Fforwm Partneriaeth'] };
  const take = (field: string): string => {
    const typed = texts[next++ % texts.length];
    const used = typed.text.trim() ? typed : title;
    placed.push({ field, typed: used });
    return used.text;
  };
  const copy = structuredClone(workshop);
  copy.title = take('title');
  copy.actions = copy.actions.map((a, i) => ({ ...a, what: take(`actions.${i}.what`), owner: take(`actions.${i}.owner`) }));
  copy.agenda = copy.agenda.map((a, i) => ({ ...a, title: take(`agenda.${i}.title`) }));
  return { workshop: copy, placed };
}
