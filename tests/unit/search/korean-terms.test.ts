import { describe, expect, it } from 'vitest';
import {
  choseong,
  deletionVariants,
  indexTerms,
  isChoseongWord,
  spokenNames,
  suffixes,
  synonymsFor,
} from '../../../src/lib/search/korean-terms';
import synonyms from '../../../src/lib/search/synonyms.json';
import { allowance, deposit, prefixMatches, searchable, suit } from './fixtures';

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
    // 구직활동 is not 취업준비: 취준 no longer reaches every job entry, only those about getting ready.
    expect(prefixMatches(searchable(allowance), '취준')).toBe(false);
    expect(prefixMatches(searchable({ ...allowance, summary: '취업준비 청년에게 월 50만원' }), '취준')).toBe(true);
  });

  it('matches the vocabulary in the support text too, both ways (everyday word ↔ official word)', () => {
    const interview = {
      title: '경북 청년애꿈 수당',
      tags: [],
      summary: '청년 미취업자 지원',
      benefit: '면접수당 1회 7만원',
    };
    expect(prefixMatches(searchable(interview), '면접비')).toBe(true);
    const everyday = { title: '청년 면접비 지원', tags: [], summary: '' };
    expect(prefixMatches(searchable(everyday), '면접수당')).toBe(true);
    const bike = { title: '창원시 청년 누비자 이용요금 지원사업', tags: [], summary: '' };
    expect(prefixMatches(searchable(bike), '자전거')).toBe(true);
    expect(prefixMatches(searchable(suit), '자전거')).toBe(false);
  });

  it('indexes region names as people say them, provinces by their short name', () => {
    expect(spokenNames('경상남도')).toEqual(['경상남도', '경상남', '경남']);
    expect(spokenNames('충청북도')).toEqual(['충청북도', '충청북', '충북']);
    expect(spokenNames('경기도')).toEqual(['경기도', '경기']);
    expect(spokenNames('전북특별자치도')).toEqual(['전북특별자치도', '전북']);
    expect(spokenNames('양산시')).toEqual(['양산시', '양산']);
    const yangsan = { title: '청년 자격증 응시료 지원', tags: [], summary: '', places: ['양산시', '경상남도'] };
    expect(prefixMatches(searchable(yangsan), '경남 응시료')).toBe(true);
    expect(prefixMatches(searchable(yangsan), '양산')).toBe(true);
    expect(prefixMatches(searchable(yangsan), '충남')).toBe(false);
  });
  it('keeps the extra terms small: no repeats, nothing shorter than two characters', () => {
    const terms = indexTerms(deposit, synonyms.groups);
    const all = [...terms.title, ...terms.tags];
    expect(new Set(all).size).toBe(all.length);
    expect(all.every((term) => term.length >= 2 && [...term].length <= 8)).toBe(true);
    expect(all.length).toBeLessThan(120);
  });
});

describe('vocabulary weight', () => {
  it('puts a vocabulary word with the title terms when the title has its official word, else with the tags', () => {
    const inTitle = indexTerms({ title: '청년 자격증 응시료 지원', tags: [], summary: '' }, synonyms.groups);
    expect(inTitle.title).toContain('시험비');
    const inBenefit = indexTerms(
      { title: '청년 구직응원 패키지', tags: [], summary: '', benefit: '자격증 응시료, 면접 정장' },
      synonyms.groups,
    );
    expect(inBenefit.title).not.toContain('시험비');
    expect(inBenefit.tags).toContain('시험비');
  });
  it('keeps a one-syllable everyday word (빚) and drops other one-character terms', () => {
    const credit = indexTerms({ title: '청년층 신용회복 지원사업', tags: [], summary: '' }, synonyms.groups);
    expect(credit.title).toContain('빚');
    expect([...credit.title, ...credit.tags].filter((term) => term.length < 2)).toEqual(['빚']);
  });
});
