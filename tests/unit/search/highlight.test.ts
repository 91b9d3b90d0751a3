import { describe, expect, it } from 'vitest';
import { highlightRanges } from '../../../src/lib/search/highlight';

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
