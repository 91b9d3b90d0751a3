import { describe, expect, it } from 'vitest';
import synonyms from '../../src/data/search-synonyms.json';
import {
  choseong,
  deletionVariants,
  highlightRanges,
  indexTerms,
  isChoseongWord,
  isCloseGuess,
  matchesEveryWord,
  normaliseQuery,
  segmentations,
  spacingForms,
  stripParticle,
  suffixes,
  synonymsFor,
  typoQueries,
} from '../../src/lib/korean-search';

/** What Pagefind does with a query word: it matches an indexed word that starts with it. */
const prefixMatches = (terms: string[], query: string) =>
  normaliseQuery(query)
    .split(' ')
    .every((word) => terms.some((term) => term.startsWith(word)));

const prefixMatchesForm = (terms: string[], form: string) =>
  form.split(' ').every((word) => terms.some((term) => term.startsWith(word)));

const allowance = {
  title: '광주청년 구직활동수당',
  tags: ['청년수당', '미취업'],
  summary: '구직활동을 하는 청년에게 월 50만원',
};
const deposit = {
  title: '청년 주택임차보증금 이자 지원',
  tags: ['전월세', '대출이자'],
  summary: '보증금 대출이자를 지원합니다.',
};
const suit = { title: '청년 면접 정장 무료 대여', tags: ['면접정장'], summary: '구직 청년에게 정장을 빌려줍니다.' };
const searchable = (entry: typeof allowance) => {
  const terms = indexTerms(entry, synonyms.groups);
  return [...entry.title.toLowerCase().split(/\s+/), ...terms.title, ...terms.tags];
};

describe('choseong', () => {
  it('gives the initial consonant of every syllable and keeps other characters in place', () => {
    expect(choseong('구직활동수당')).toBe('ㄱㅈㅎㄷㅅㄷ');
    expect(choseong('K-패스 2급')).toBe('K-ㅍㅅ 2ㄱ');
  });
  it('recognises a query typed as initials only', () => {
    expect(isChoseongWord('ㄱㅈㅎㄷ')).toBe(true);
    expect(isChoseongWord('ㄱ')).toBe(false);
    expect(isChoseongWord('ㄱㅈ활동')).toBe(false);
  });
});

describe('index terms', () => {
  it('lists the suffixes of a compound so its inside is found by prefix', () => {
    expect(suffixes('구직활동수당')).toEqual(['직활동수당', '활동수당', '동수당', '수당']);
  });
  it('lists the word with one syllable left out', () => {
    expect(deletionVariants('월세지원')).toEqual(['세지원', '월지원', '월세원', '월세지']);
    expect(deletionVariants('월세')).toEqual([]);
  });
  it('finds the inside of compound nouns in titles: 수당, 활동수당, 보증금, 임차보증금', () => {
    expect(prefixMatches(searchable(allowance), '수당')).toBe(true);
    expect(prefixMatches(searchable(allowance), '활동수당')).toBe(true);
    expect(prefixMatches(searchable(deposit), '보증금')).toBe(true);
    expect(prefixMatches(searchable(deposit), '임차보증금')).toBe(true);
  });
  it('finds a title with its spaces taken out, and a compound typed with spaces', () => {
    expect(prefixMatches(searchable(suit), '면접정장무료대여')).toBe(true);
    expect(prefixMatches(searchable(allowance), '구직 활동 수당')).toBe(true);
  });
  it('finds 초성 of the title from its start and from inside', () => {
    expect(prefixMatches(searchable(allowance), 'ㄱㅈㅊㄴ')).toBe(true);
    expect(prefixMatches(searchable(allowance), 'ㄱㅈㅎㄷ')).toBe(true);
    expect(prefixMatches(searchable(deposit), 'ㅂㅈㄱ')).toBe(true);
  });
  it('finds a title word typed with one syllable missing', () => {
    expect(prefixMatches(searchable(allowance), '구직동수당')).toBe(true);
  });
  it('does not make 수당 match an entry that has no 수당', () => {
    expect(prefixMatches(searchable(deposit), '수당')).toBe(false);
  });
  it('adds the synonyms of words the entry contains', () => {
    expect(synonymsFor('청년월세 지원', [['집세', '월세']])).toEqual(['집세', '월세']);
    expect(synonymsFor('청년 전세대출', [['집세', '월세']])).toEqual([]);
    expect(prefixMatches(searchable(allowance), '취준')).toBe(true);
  });
  it('keeps the extra terms small: no repeats, nothing shorter than two characters', () => {
    const terms = indexTerms(deposit, synonyms.groups);
    const all = [...terms.title, ...terms.tags];
    expect(new Set(all).size).toBe(all.length);
    expect(all.every((term) => term.length >= 2 && [...term].length <= 8)).toBe(true);
    expect(all.length).toBeLessThan(120);
  });
});

describe('query normalisation', () => {
  it('takes particles and endings off nouns', () => {
    expect(stripParticle('월세를')).toBe('월세');
    expect(stripParticle('청년에게')).toBe('청년');
    expect(stripParticle('자격증은')).toBe('자격증');
    expect(stripParticle('청년에게도')).toBe('청년');
  });
  it('keeps at least two syllables, so nouns ending like a particle stay whole', () => {
    expect(stripParticle('제도')).toBe('제도');
    expect(stripParticle('과도')).toBe('과도');
    expect(stripParticle('수당')).toBe('수당');
  });
  it('cuts long words to the indexed length and leaves 초성 alone', () => {
    expect(normaliseQuery('청년구직활동수당을')).toBe('청년구직활동 구직활동수당');
    expect(normaliseQuery('ㄱㅈㅎㄷ')).toBe('ㄱㅈㅎㄷ');
    expect(normaliseQuery('국민취업지원제도')).toBe('국민취업지원 민취업지원제');
    expect(normaliseQuery('  월세를   지원받기 ')).toBe('월세 지원');
  });
  it('tries one-syllable-off variants for a typo', () => {
    expect(typoQueries('면접정장대여')).toContain('면접정장여');
    expect(typoQueries('구직할동수당')).toContain('구직동수당');
    expect(typoQueries('월세 구직할동')).toContain('월세 구직동');
    expect(typoQueries('월세')).toEqual([]);
  });
});

describe('spacing forms', () => {
  const asSet = (query: string) => new Set(spacingForms(query));
  it.each([
    ['청년수당', '청년 수당'],
    ['청년월세', '청년 월세'],
    ['구직활동', '구직 활동'],
    ['마음건강', '마음 건강'],
    ['구직활동수당', '구직 활동 수당'],
    ['청년월세지원', '청년 월세 지원'],
    ['국민취업지원제도', '국민 취업 지원 제도'],
    ['청년수당을', '청년 수당을'],
  ])('runs the same queries for %s typed joined and %s typed spaced', (joined, spaced) => {
    expect(asSet(joined)).toEqual(asSet(spaced));
  });
  it('searches the query as typed, joined and cut into nouns of two or three syllables', () => {
    expect(spacingForms('청년수당')).toEqual(['청년수당', '청년 수당']);
    expect(spacingForms('청년 수당')).toEqual(['청년 수당', '청년수당']);
    expect(spacingForms('면접정장대여')).toEqual(['면접정장대여', '면접 정장 대여', '면접정 장대여']);
    // An odd compound also ends on an overlapping pair, each a start of an indexed suffix.
    expect(spacingForms('자격증 지원')).toEqual(['자격증 지원', '자격증지원', '자격 증지원', '자격 증지 지원']);
  });
  it.each([
    ['자격증지원', '자격증 지원'],
    ['면접비지원', '면접비 지원'],
    ['자격증응시료', '자격증 응시료'],
    ['청년면접비지원', '청년 면접비 지원'],
    ['보증금대출', '보증금 대출'],
  ])('cuts %s where a three-syllable noun ends, as %s', (joined, spaced) => {
    expect(spacingForms(joined)).toContain(spaced);
    expect(new Set(spacingForms(joined))).toEqual(new Set(spacingForms(spaced)));
  });
  it('finds a three-syllable noun and its neighbour written apart in the body, however the query is spaced', () => {
    // Body words are indexed as written: 자격증 and 지원, no suffixes of a joined title.
    const bodyWords = ['구직', '청년', '자격증', '응시료', '지원'];
    for (const query of ['자격증지원', '자격증 지원', '자격증응시료지원'])
      expect(
        spacingForms(query).some((form) => prefixMatchesForm(bodyWords, form)),
        query,
      ).toBe(true);
  });
  it('cuts a compound into nouns of two or three syllables, at most four ways, longer ones in pairs', () => {
    expect(segmentations('청년수당')).toEqual([['청년', '수당']]);
    expect(segmentations('자격증지원')).toEqual([
      ['자격', '증지원'],
      ['자격증', '지원'],
    ]);
    expect(segmentations('청년면접비지원')).toEqual([
      ['청년', '면접', '비지원'],
      ['청년', '면접비', '지원'],
      ['청년면', '접비', '지원'],
    ]);
    expect(segmentations('국민취업지원제도')).toContainEqual(['국민', '취업', '지원', '제도']);
    expect(segmentations('자격증응시료지원')).toContainEqual(['자격증', '응시료', '지원']);
    expect(segmentations('국민취업지원제도')).toHaveLength(4);
    expect(segmentations('국민취업지원제도안내')).toEqual([['국민', '취업', '지원', '제도', '안내']]);
  });
  it('keeps particles off, and leaves 초성, Latin words and short queries alone', () => {
    expect(spacingForms('청년에게 수당을')).toEqual(['청년 수당', '청년수당', '청년 수당 당을']);
    expect(spacingForms('월세')).toEqual(['월세']);
    expect(spacingForms('ㅊㄴ ㅅㄷ')).toEqual(['ㅊㄴ ㅅㄷ']);
    expect(spacingForms('K-패스 청년')).toEqual(['k 패스 청년', 'k 패스청년']);
    expect(spacingForms('  ')).toEqual([]);
  });
  it('cuts a long joined query to the indexed length, as normaliseQuery does', () => {
    expect(spacingForms('국민 취업 지원 제도')).toContain(normaliseQuery('국민취업지원제도'));
  });
  it('finds an entry whose tag is the joined compound and one whose title has its parts', () => {
    const titleParts = { title: '자립준비청년 자립수당', tags: [], summary: '' };
    for (const query of ['청년수당', '청년 수당'])
      for (const entry of [allowance, titleParts])
        expect(spacingForms(query).some((form) => prefixMatchesForm(searchable(entry), form))).toBe(true);
  });
});

describe('highlight ranges', () => {
  it('marks every place a query word appears', () => {
    expect(highlightRanges('월세 지원, 청년월세', '월세를')).toEqual([
      { start: 0, end: 2 },
      { start: 9, end: 11 },
    ]);
  });
  it('marks across spaces in the text and in the query', () => {
    expect(highlightRanges('구직 활동 수당', '활동수당')).toEqual([{ start: 3, end: 8 }]);
    expect(highlightRanges('구직활동수당', '활동 수당')).toEqual([{ start: 2, end: 6 }]);
  });
  it('marks the parts of a compound query where the text has them apart, as the search found it', () => {
    expect(highlightRanges('자립준비청년 자립수당', '청년수당')).toEqual([
      { start: 4, end: 6 },
      { start: 9, end: 11 },
    ]);
  });
  it('marks the syllables a 초성 query stands for', () => {
    expect(highlightRanges('광주청년 구직활동수당', 'ㄱㅈㅎㄷ')).toEqual([{ start: 5, end: 9 }]);
  });
  it('marks nothing for a query that is not in the text', () => {
    expect(highlightRanges('청년월세 지원', '보증금')).toEqual([]);
  });
});

describe('telling a real match from Pagefind backing off to a shorter prefix', () => {
  it('accepts a page whose words start with every query word, and rejects one that only shares a prefix', () => {
    expect(matchesEveryWord('광주청년 구직활동수당. 수당 활동수당', '활동 수당')).toBe(true);
    expect(matchesEveryWord('구직 청년 증명사진 촬영', '구직할동')).toBe(false);
  });
});

describe('judging a guess after Pagefind backed off', () => {
  it('keeps a guess that misses only the last character of a word, and drops one that shares less', () => {
    expect(isCloseGuess('청년월세 지원', '청년월새')).toBe(true);
    expect(isCloseGuess('청년 구직 수당', '청년길잡')).toBe(false);
    expect(isCloseGuess('사회적 기업 사업', '사이트맵')).toBe(false);
  });
});
