/**
 * Welsh "gyda" and "â" (with) take a g before a vowel: "gydag Alun", "ag Ifan". The word after
 * them is often a typed name, known only when the sentence is built, so the rule runs on the
 * finished sentence. W is left out: before a name it is usually a consonant ("gyda Wyn").
 */
const VOWEL = '[AEIOUYÂÊÎÔÛŶaeiouyâêîôûŷ]';
const gyda = new RegExp(`(?<![\\p{L}’'])(G|g)yda (?=${VOWEL})`, 'gu');
const a = new RegExp(`(?<![\\p{L}’'])â (?=${VOWEL})`, 'gu');

export function welshLinking(text: string): string {
  return text.replace(gyda, (_, g: string) => `${g}ydag `).replace(a, 'ag ');
}
