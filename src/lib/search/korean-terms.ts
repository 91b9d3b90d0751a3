/**
 * Korean terms, shared by the build (extra index terms per entry, SearchMeta.astro) and the
 * search page: syllables and 초성, words as Pagefind splits them, suffixes and one-syllable-off
 * variants, synonyms, particles. Pagefind matches word prefixes only, so the index carries
 * the inside of compounds as words of their own. See docs/search.md. Pure functions.
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

export const hangulCount = (word: string) => [...word].filter(isHangulSyllable).length;

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

/** Groups of words that mean the same to a searcher, from src/lib/search/synonyms.json. */
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
  /** What the person gets (a policy's support text): everyday words are matched in it too. */
  benefit?: string | undefined;
  /** Names of the entry's regions and the regions above them (양산시, 경상남도). */
  places?: readonly string[] | undefined;
}

/** The entry's own words the vocabulary is matched in: title, tags, summary, benefit. */
const ownText = (entry: SearchableEntry) => [entry.title, ...entry.tags, entry.summary, entry.benefit ?? ''].join(' ');

const REGION_SUFFIXES = ['특별자치시', '특별자치도', '광역시', '특별시', '시', '군', '구', '도'];

/**
 * The names a person types for a region: 광주광역시 → 광주; 경상남도 → 경상남, 경남 (a
 * province of four syllables is said by its first and third: 충북, 전남); 서구 stays 서구
 * (one syllable is too short).
 */
export function spokenNames(name: string): string[] {
  const short = REGION_SUFFIXES.map((suffix) => (name.endsWith(suffix) ? name.slice(0, -suffix.length) : ''))
    .filter((stem) => stem.length >= 2)
    .at(0);
  const chars = [...name];
  const province = chars.length === 4 && name.endsWith('도') ? `${chars[0]}${chars[2]}` : undefined;
  return [...new Set([name, ...(short ? [short] : []), ...(province ? [province] : [])])];
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
  // Vocabulary words weigh as the place their official word was found: an entry titled
  // 자격증 응시료 지원 is found by 시험비 with a title's weight, one whose support text
  // mentions 응시료 with a tag's, so the first comes first.
  const titleVocabulary = synonymsFor(entry.title, synonyms).flatMap(words);
  const title = [
    cut(joined, MAX_TERM_LENGTH),
    ...suffixes(joined),
    ...titleWords.flatMap((word) => [...suffixes(word), ...deletionVariants(word)]),
    cut(initials, MAX_CHOSEONG_LENGTH),
    ...suffixes(initials, MAX_CHOSEONG_LENGTH),
    ...titleVocabulary,
  ];
  const tagWords = entry.tags.flatMap(words);
  const tags = [
    ...tagWords,
    ...tagWords.flatMap((word) => [...suffixes(word), ...deletionVariants(word)]),
    ...tagWords.map((word) => choseong(word)).filter(isChoseongWord),
    ...synonymsFor(ownText(entry), synonyms).flatMap(words),
    ...(entry.places ?? []).flatMap(spokenNames).flatMap(words),
  ];
  const vocabulary = new Set(synonyms.flat());
  const seen = new Set(titleWords);
  // One-syllable vocabulary words stay (빚); other one-character terms are noise.
  const unique = (terms: string[]) =>
    terms.filter((term) => {
      if ((term.length < 2 && !vocabulary.has(term)) || seen.has(term)) return false;
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
