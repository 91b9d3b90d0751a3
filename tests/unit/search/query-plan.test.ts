import { describe, expect, it } from 'vitest';
import { stripParticle } from '../../../src/lib/search/korean-terms';
import {
  correctedQuery,
  isCloseGuess,
  matchesEveryWord,
  normaliseQuery,
  segmentations,
  spacingForms,
  typoQueries,
} from '../../../src/lib/search/query-plan';
import { allowance, prefixMatchesForm, searchable } from './fixtures';

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

  it('finds one wrong syllable inside a long compound: the parts around it, each the start of an indexed term', () => {
    // Real titles: 청년전용창업자금, 청년내일저축계좌, (2차)2025 광주 청년구직활동수당 지원사업.
    const fund = searchable({ title: '청년전용창업자금', tags: [], summary: '' });
    expect(typoQueries('청년전용찬업자금').some((form) => prefixMatchesForm(fund, form))).toBe(true);
    const account = searchable({ title: '청년내일저축계좌', tags: [], summary: '' });
    expect(typoQueries('청년내일저축게좌').some((form) => prefixMatchesForm(account, form))).toBe(true);
    const allowanceTitle = searchable({ title: '(2차)2025 광주 청년구직활동수당 지원사업', tags: [], summary: '' });
    expect(typoQueries('청년구직할동수당').some((form) => prefixMatchesForm(allowanceTitle, form))).toBe(true);
    // …and not an unrelated title.
    expect(typoQueries('청년전용찬업자금').some((form) => prefixMatchesForm(account, form))).toBe(false);
  });

  it('says what the query became, read from the title found', () => {
    expect(correctedQuery('청년구직할동수당', '(2차)2025 광주 청년구직활동수당 지원사업')).toBe('청년구직활동수당');
    expect(correctedQuery('청년내일저축게좌', '청년내일저축계좌')).toBe('청년내일저축계좌');
    expect(correctedQuery('면접정장 무료대녀', '2025년 청년 면접정장 무료대여사업')).toBe('면접정장 무료대여');
    expect(correctedQuery('국민내일배카드', '국민내일배움카드')).toBe('국민내일배움카드');
    expect(correctedQuery('청년월세', '청년월세 지원사업')).toBeUndefined();
    expect(correctedQuery('청년전용찬업자금', '청년내일저축계좌')).toBeUndefined();
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

describe('telling a real match from Pagefind backing off to a shorter prefix', () => {
  it('accepts a page whose words start with every query word, and rejects one that only shares a prefix', () => {
    expect(matchesEveryWord('광주청년 구직활동수당. 수당 활동수당', '활동 수당')).toBe(true);
    expect(matchesEveryWord('구직 청년 증명사진 촬영', '구직할동')).toBe(false);
  });
  it('reads a label run into its value, as Pagefind gives a page text, without losing the region', () => {
    // Pagefind's content of a real entry page: "거주 지역" and "광주광역시" with no space between.
    const content = '청년 면접정장 무료대여 거주 지역광주광역시나이만 19~39세';
    expect(matchesEveryWord(content, '광주 면접정장')).toBe(true);
    expect(matchesEveryWord(content, '부산 면접정장')).toBe(false);
  });
});

describe('judging a guess after Pagefind backed off', () => {
  it('keeps a guess that misses only the last character of a word, and drops one that shares less', () => {
    expect(isCloseGuess('청년월세 지원', '청년월새')).toBe(true);
    expect(isCloseGuess('청년 구직 수당', '청년길잡')).toBe(false);
    expect(isCloseGuess('사회적 기업 사업', '사이트맵')).toBe(false);
  });
});
