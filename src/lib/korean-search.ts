/**
 * Korean search rules, shared by the build (extra index terms per entry) and the search
 * page (query normalisation and highlighting). Pagefind splits on spaces and matches word
 * prefixes only, so everything here turns "find inside a word" into "find at the start of
 * a word": every suffix of a title is indexed, and queries are reshaped to match.
 * See docs/search.md for the design. Pure functions, no imports.
 */

/** Longest indexed term, in characters. Longer query words are cut into pieces this long. */
export const MAX_TERM_LENGTH = 6;
/** Longest indexed 초성 term. */
export const MAX_CHOSEONG_LENGTH = 8;

const HANGUL_FIRST = 0xac00;
const HANGUL_LAST = 0xd7a3;
const CHOSEONG = 'ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ';

export function isHangulSyllable(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  return code >= HANGUL_FIRST && code <= HANGUL_LAST;
}

/** True for a word typed as initial consonants only (ㄱㅈㅎㄷ). */
export function isChoseongWord(word: string): boolean {
  return word.length >= 2 && [...word].every((char) => CHOSEONG.includes(char));
}

/** Initial consonant of every syllable; other characters stay, so positions line up. */
export function choseong(text: string): string {
  return [...text]
    .map((char) =>
      isHangulSyllable(char) ? (CHOSEONG[Math.floor(((char.codePointAt(0) ?? 0) - HANGUL_FIRST) / 588)] ?? char) : char,
    )
    .join('');
}

/** Words as Pagefind sees them: runs of letters and digits, lower-cased. */
export function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
}

const hangulCount = (word: string) => [...word].filter(isHangulSyllable).length;

/** Suffixes of at least two characters that start on a Hangul syllable or 초성, cut to `max`. */
export function suffixes(word: string, max = MAX_TERM_LENGTH): string[] {
  const chars = [...word];
  const result: string[] = [];
  for (let start = 1; start < chars.length - 1; start++) {
    const char = chars[start] ?? '';
    if (isHangulSyllable(char) || CHOSEONG.includes(char)) result.push(chars.slice(start, start + max).join(''));
  }
  return result;
}

/** The word with one syllable left out, for each syllable (words of three or more syllables). */
export function deletionVariants(word: string, max = MAX_TERM_LENGTH): string[] {
  const chars = [...word];
  if (hangulCount(word) < 3) return [];
  return chars.map((_, skip) => chars.filter((__, i) => i !== skip).join('')).map((variant) => cut(variant, max));
}

const cut = (word: string, max: number) => [...word].slice(0, max).join('');

/** Groups of words that mean the same to a searcher, from src/data/search-synonyms.json. */
export type SynonymGroups = readonly (readonly string[])[];

/** Synonyms an entry should also be found by: every group one of whose words it contains. */
export function synonymsFor(text: string, groups: SynonymGroups): string[] {
  const compact = text.replace(/\s+/g, '').toLowerCase();
  return groups.filter((group) => group.some((word) => compact.includes(word.toLowerCase()))).flat();
}

export interface SearchableEntry {
  title: string;
  tags: readonly string[];
  summary: string;
}

export interface IndexTerms {
  /** Parts of the title, indexed with the title's weight. */
  title: string[];
  /** Tags, their parts and synonyms, indexed above the body. */
  tags: string[];
}

/**
 * Extra words to index for an entry, so that Pagefind's prefix match finds: the inside of
 * a compound (suffixes), the title with its spaces taken out (suffixes of the joined
 * title), 초성 (suffixes of the title's initials), a missing syllable (deletion variants)
 * and synonyms. Words already in the title are left out; the list is deduplicated.
 */
export function indexTerms(entry: SearchableEntry, synonyms: SynonymGroups): IndexTerms {
  const titleWords = words(entry.title);
  const joined = titleWords.join('');
  const joinedHangul = [...joined].filter(isHangulSyllable).join('');
  const initials = choseong(joinedHangul);
  const title = [
    cut(joined, MAX_TERM_LENGTH),
    ...suffixes(joined),
    ...titleWords.flatMap((word) => [...suffixes(word), ...deletionVariants(word)]),
    cut(initials, MAX_CHOSEONG_LENGTH),
    ...suffixes(initials, MAX_CHOSEONG_LENGTH),
  ];
  const tagWords = entry.tags.flatMap(words);
  const tags = [
    ...tagWords,
    ...tagWords.flatMap((word) => [...suffixes(word), ...deletionVariants(word)]),
    ...tagWords.map((word) => choseong(word)).filter(isChoseongWord),
    ...synonymsFor([entry.title, ...entry.tags, entry.summary].join(' '), synonyms).flatMap(words),
  ];
  const seen = new Set(titleWords);
  const unique = (terms: string[]) =>
    terms.filter((term) => {
      if (term.length < 2 || seen.has(term)) return false;
      seen.add(term);
      return true;
    });
  return { title: unique(title), tags: unique(tags) };
}

/** Particles and endings people type after a noun, longest first. */
const ENDINGS = [
  '으로부터',
  '에게서는',
  '받으려면',
  '하려면',
  '에게서',
  '에서는',
  '에게는',
  '으로는',
  '이라도',
  '까지는',
  '부터는',
  '이에요',
  '입니다',
  '에서',
  '에게',
  '한테',
  '으로',
  '이랑',
  '하고',
  '처럼',
  '보다',
  '까지',
  '부터',
  '마다',
  '이나',
  '예요',
  '하기',
  '받기',
  '은',
  '는',
  '이',
  '가',
  '을',
  '를',
  '에',
  '의',
  '도',
  '만',
  '와',
  '과',
  '로',
  '랑',
  '나',
];

/**
 * The noun without a trailing particle or ending (월세를 → 월세, 청년에게 → 청년). At least
 * two syllables are kept, so 제도 stays 제도; taking off too much is harmless because a
 * shorter word still prefix-matches the longer one.
 */
export function stripParticle(word: string): string {
  let current = word;
  for (let pass = 0; pass < 2; pass++) {
    const ending = ENDINGS.find((end) => current.endsWith(end) && hangulCount(current.slice(0, -end.length)) >= 2);
    if (!ending) break;
    current = current.slice(0, -ending.length);
  }
  return current;
}

/**
 * Long words cut into pieces of `size` for Pagefind to prefix-match against the cut index
 * terms; the last piece ends at the word's end and may overlap the one before, so every
 * piece of a word found in a title is itself the start of an indexed suffix.
 */
function pieces(word: string, size: number): string[] {
  const chars = [...word];
  if (chars.length <= size) return [word];
  const result: string[] = [];
  for (let start = 0; start + size < chars.length; start += size)
    result.push(chars.slice(start, start + size).join(''));
  result.push(chars.slice(-size).join(''));
  return result;
}

const withoutParticle = (word: string) => (isChoseongWord(word) ? word : stripParticle(word));

/** Query words after particles are taken off, in the order typed, without repeats. */
export function queryWords(query: string): string[] {
  const result = words(query).map(withoutParticle);
  return [...new Set(result)];
}

/** Words as a Pagefind query: long words cut into pieces of the indexed length, no repeats. */
const asPagefindQuery = (list: readonly string[]) =>
  [...new Set(list.flatMap((word) => pieces(word, isChoseongWord(word) ? MAX_CHOSEONG_LENGTH : MAX_TERM_LENGTH)))].join(
    ' ',
  );

/** The query Pagefind runs first: particles off, long words cut to the indexed length. */
export function normaliseQuery(query: string): string {
  return asPagefindQuery(queryWords(query));
}

/** A word of Hangul syllables only (no 초성, Latin letters or digits): the parts of a compound. */
const isHangulWord = (word: string) => word !== '' && [...word].every(isHangulSyllable);

/** A Hangul compound long enough to be two nouns (청년수당, 구직활동수당). */
const isCompound = (word: string) => isHangulWord(word) && hangulCount(word) >= 4;

/** Adjacent Hangul words joined into one (청년 월세 지원 → 청년월세지원); other words stay apart. */
function joinHangulRuns(list: readonly string[]): string[] {
  const result: string[] = [];
  let previousHangul = false;
  for (const word of list) {
    const hangul = isHangulWord(word);
    if (hangul && previousHangul) result[result.length - 1] += word;
    else result.push(word);
    previousHangul = hangul;
  }
  return result;
}

/**
 * The Pagefind queries one search runs, whose results are merged, so that a compound typed
 * joined and typed with a space between its two-syllable nouns find the same entries
 * (청년수당 / 청년 수당, 구직활동 / 구직 활동). All but the first are made from the typed
 * Hangul words run together, so both spellings give the same queries: the query as typed,
 * the run joined, the run cut into two-syllable nouns (Korean compounds are mostly built
 * from them; 자격증지원 / 자격증 지원 is not covered, see docs/search.md), and, when taking
 * a particle off the run's end changed it (국민취업지원제도 → …제), the run cut before that.
 * Both joined and split are needed: a body word like 청년수당을 matches only the joined
 * query, a body with 청년 and 수당 apart only the split one.
 */
export function spacingForms(query: string): string[] {
  const typed = words(query);
  // Particles inside a run come off now (청년에게 수당을 → 청년수당을); the run's end is taken off below.
  const inRun = (index: number) => isHangulWord(typed[index] ?? '') && isHangulWord(typed[index + 1] ?? '');
  const run = joinHangulRuns(typed.map((word, index) => (inRun(index) ? withoutParticle(word) : word)));
  const joined = run.map(withoutParticle);
  const split = (list: string[]) => list.flatMap((word) => (isCompound(word) ? pieces(word, 2) : [word]));
  const forms = [queryWords(query), joined, ...segmented(joined), split(run)];
  return [...new Set(forms.map(asPagefindQuery))].filter((form) => form !== '');
}

/**
 * Compounds longer than this are cut into two-syllable pieces only: every other way of
 * cutting them is one more Pagefind query, and may load an index chunk for a piece no
 * one typed (업지원, 원제도).
 */
const MAX_SEGMENTED_LENGTH = 8;

/**
 * The ways to cut a compound into nouns of two or three syllables, the commonest Korean
 * noun lengths (청년·수당, 자격증·지원, 면접비·지원): 자격증지원 → [자격, 증지원],
 * [자격증, 지원]. At most four ways up to eight syllables; a longer compound is cut into
 * two-syllable pieces, the last overlapping when the length is odd.
 */
export function segmentations(word: string): string[][] {
  const chars = [...word];
  if (chars.length > MAX_SEGMENTED_LENGTH) return [pieces(word, 2)];
  const ways: string[][] = [];
  const walk = (nouns: string[], at: number) => {
    if (at === chars.length) ways.push(nouns);
    for (const size of [2, 3])
      if (at + size <= chars.length) walk([...nouns, chars.slice(at, at + size).join('')], at + size);
  };
  walk([], 0);
  return ways;
}

/**
 * The query with each Hangul compound cut into nouns, one form per way of cutting; words
 * that are not compounds stay whole. Several compounds in one query are cut together,
 * form by form (the first ways of each, then the second…), not every combination.
 */
function segmented(list: readonly string[]): string[][] {
  const perWord = list.map((word) => (isCompound(word) ? segmentations(word) : [[word]]));
  const count = Math.max(1, ...perWord.map((ways) => ways.length));
  return Array.from({ length: count }, (_, form) =>
    perWord.flatMap((ways) => ways[Math.min(form, ways.length - 1)] ?? []),
  );
}

/**
 * Queries to try when no spacing form finds anything: each long word with one syllable
 * left out (one wrong or extra syllable). The page merges their results.
 */
export function typoQueries(query: string): string[] {
  const base = queryWords(query);
  const typo = base.flatMap((word, index) =>
    hangulCount(word) >= 3 && !isChoseongWord(word)
      ? deletionVariants(word, Number.POSITIVE_INFINITY).map((variant) =>
          asPagefindQuery([...base.slice(0, index), variant, ...base.slice(index + 1)]),
        )
      : [],
  );
  return [...new Set(typo)];
}

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

/**
 * True when every word of a Pagefind query starts some word of the page's indexed text.
 * Pagefind backs off to a shorter prefix when a word matches nothing (구직할동 → 구직), so
 * its results alone cannot tell a real match from a guess.
 */
export function matchesEveryWord(content: string, pagefindQuery: string): boolean {
  const indexed = words(content);
  return words(pagefindQuery).every((word) => indexed.some((term) => term.startsWith(word)));
}

/**
 * True when a page Pagefind returned after backing off still has every query word but
 * its last character (청년월새 → 청년월…): a fair guess to show as one. A guess that
 * shares less (청년길잡이 → 청년…) is reported as nothing found.
 */
export function isCloseGuess(content: string, pagefindQuery: string): boolean {
  const indexed = words(content);
  return words(pagefindQuery).every((word) => {
    const chars = [...word];
    const start = chars.slice(0, Math.max(2, chars.length - 1)).join('');
    return indexed.some((term) => term.startsWith(start));
  });
}
