import {
  deletionVariants,
  hangulCount,
  isChoseongWord,
  isHangulSyllable,
  MAX_CHOSEONG_LENGTH,
  MAX_TERM_LENGTH,
  stripParticle,
  words,
} from './korean-terms';

/**
 * The query plan: what the search page asks Pagefind for a typed query. Particles off, long
 * words cut to the indexed length, the spacing forms (typed, joined, cut into nouns), typo
 * variants, and the checks that tell a real match from Pagefind backing off. Pure functions.
 */
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
 * A long word with the syllable at `at` replaced by a gap: the part before and the part
 * after, each kept when it has two characters or more (청년전용찬업자금 at 4 → 청년전용,
 * 업자금). The part before is the start of an indexed word; the part after is the start of
 * an indexed suffix (korean-terms.ts indexTerms), so one wrong syllable anywhere inside
 * a long compound still finds it.
 */
function aroundSyllable(word: string, at: number): string[] {
  const chars = [...word];
  return [chars.slice(0, at).join(''), chars.slice(at + 1).join('')].filter((part) => part.length >= 2);
}

/**
 * Queries to try when no spacing form finds anything: each long word with one syllable
 * left out (one extra syllable), and with one syllable replaced by a gap (one wrong
 * syllable, 청년내일저축게좌 → 청년내일저축). The page merges their results.
 */
export function typoQueries(query: string): string[] {
  const base = queryWords(query);
  const typo = base.flatMap((word, index) => {
    if (hangulCount(word) < 3 || isChoseongWord(word)) return [];
    const replaced = (parts: string[]) =>
      asPagefindQuery([...base.slice(0, index), ...parts, ...base.slice(index + 1)]);
    const gaps = hangulCount(word) >= 4 ? [...word].map((_, at) => aroundSyllable(word, at)) : [];
    return [
      ...deletionVariants(word, Number.POSITIVE_INFINITY).map((variant) => replaced([variant])),
      ...gaps.filter((parts) => parts.length > 0).map(replaced),
    ];
  });
  return [...new Set(typo)].filter((form) => form !== '');
}

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The query as a person would have typed it to find `title`, when one long word of it
 * has one syllable wrong, missing or extra (청년구직할동수당 in "광주 청년구직활동수당
 * 지원사업" → 청년구직활동수당); undefined when the title does not show the correction.
 * The page says "‘…’(으)로 찾은 결과" with it, so a changed query is never silent.
 */
export function correctedQuery(query: string, title: string): string | undefined {
  const compact = title.toLowerCase().replace(/\s+/g, '');
  let changed = false;
  const corrected = queryWords(query).map((word) => {
    if (hangulCount(word) < 3 || isChoseongWord(word) || compact.includes(word)) return word;
    const chars = [...word];
    for (let at = 0; at < chars.length; at++) {
      const before = escaped(chars.slice(0, at).join(''));
      const after = escaped(chars.slice(at + 1).join(''));
      // The syllable at `at` wrong (one in its place), extra (none), or one missing after it.
      for (const pattern of [
        `${before}[가-힣]${after}`,
        `${before}${after}`,
        `${before}${escaped(chars[at] ?? '')}[가-힣]${after}`,
      ]) {
        const found = new RegExp(pattern).exec(compact)?.[0];
        if (found && found !== word) {
          changed = true;
          return found;
        }
      }
    }
    return word;
  });
  return changed ? corrected.join(' ') : undefined;
}

/**
 * The page's indexed text without spaces, lower-cased. Pagefind's `content` runs a label
 * into its value ("거주 지역광주시"), so a word's start cannot be read from it; a query word
 * that Pagefind matched is somewhere in this text.
 */
const compactText = (content: string) => content.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * True when every word of a Pagefind query is in the page's indexed text. Pagefind backs
 * off to a shorter prefix when a word matches nothing (구직할동 → 구직), so its results
 * alone cannot tell a real match from a guess: a backed-off page lacks the typed word.
 */
export function matchesEveryWord(content: string, pagefindQuery: string): boolean {
  const text = compactText(content);
  return words(pagefindQuery).every((word) => text.includes(word));
}

/**
 * True when a page Pagefind returned after backing off still has every query word but
 * its last character (청년월새 → 청년월…): a fair guess to show as one. A guess that
 * shares less (청년길잡이 → 청년…) is reported as nothing found.
 */
export function isCloseGuess(content: string, pagefindQuery: string): boolean {
  const text = compactText(content);
  return words(pagefindQuery).every((word) => {
    const chars = [...word];
    return text.includes(chars.slice(0, Math.max(2, chars.length - 1)).join(''));
  });
}
