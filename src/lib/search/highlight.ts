import { choseong, isChoseongWord } from './korean-terms';
import { spacingForms } from './query-plan';

export interface TextRange {
  start: number;
  end: number;
}

/**
 * Where the query's words appear in a text, ignoring spaces on both sides (구직 활동 /
 * 구직활동) and matching 초성 words against the text's initials. Ranges are in UTF-16
 * indices of `text`, sorted and merged, for wrapping in <mark>.
 */
export function highlightRanges(text: string, query: string): TextRange[] {
  const positions: number[] = [];
  let compact = '';
  for (let i = 0; i < text.length; i++) {
    const char = text[i] ?? '';
    if (/\s/.test(char)) continue;
    positions.push(i);
    compact += char.toLowerCase();
  }
  const initials = choseong(compact);
  const found: TextRange[] = [];
  // Every spacing form's words: a result found by 청년 … 수당 for 청년수당 shows both marked.
  const queried = new Set(spacingForms(query).flatMap((form) => form.split(' ')));
  for (const word of queried) {
    if (word.length < 1) continue;
    const haystack = isChoseongWord(word) ? initials : compact;
    for (let at = haystack.indexOf(word); at !== -1; at = haystack.indexOf(word, at + 1)) {
      found.push({ start: positions[at] ?? 0, end: (positions[at + word.length - 1] ?? 0) + 1 });
    }
  }
  found.sort((a, b) => a.start - b.start);
  const merged: TextRange[] = [];
  for (const range of found) {
    const last = merged.at(-1);
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}
