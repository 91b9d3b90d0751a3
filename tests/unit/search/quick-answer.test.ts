import { describe, expect, it } from 'vitest';
import { type QuickRecord, quickFileRecord, quickRecord, quickSearch } from '../../../src/lib/search/quick-answer';

const today = '2026-11-20';

// Each record goes through the file and back, as the search page gets it.
function entry(title: string, period: Record<string, string>, tags: string[] = [], summary = ''): QuickRecord {
  const meta = { title, summary, ...period };
  return quickRecord(quickFileRecord(`/policies/${title}/`, { title, tags, summary }, [['집세', '월세']], meta));
}

const closedRent = entry('청년 월세 한시 특별지원', { period_type: 'closed' });
const upcomingRent = entry('청년월세지원', {
  period_type: 'fixed',
  period_start: '2026-12-01',
  period_end: '2026-12-31',
});
const openRent = entry('광주 청년 월세 지원', {
  period_type: 'fixed',
  period_start: '2026-11-01',
  period_end: '2026-11-30',
});
const taggedOnly = entry('주거비 지원', { period_type: 'always' }, ['월세']);
const records = [closedRent, upcomingRent, taggedOnly, openRent];

describe('the quick file', () => {
  it('carries tag terms only; the page makes the title and summary terms from the metadata', () => {
    const meta = { title: '청년 월세 지원', summary: '무주택 청년에게 월세를 드립니다.' };
    const file = quickFileRecord(
      '/p/',
      { title: meta.title, tags: ['주거비'], summary: meta.summary },
      [['집세', '월세']],
      meta,
    );
    expect(file.tagTerms.split(' ')).toEqual(expect.arrayContaining(['주거비', '거비', '집세', '월세']));
    expect(file.tagTerms).not.toContain('청년월세지원');
    expect(JSON.stringify(file)).not.toContain('ㅊㄴㅇㅅㅈㅇ');
    const record = quickRecord(JSON.parse(JSON.stringify(file)));
    expect(record.titleTerms.split(' ')).toEqual(
      expect.arrayContaining(['청년', '청년월세지원', '월세지원', 'ㅊㄴㅇㅅㅈㅇ']),
    );
    expect(record.otherTerms.split(' ')).toEqual(expect.arrayContaining(['무주택', '주거비', '집세']));
  });
});

describe('quickSearch', () => {
  it('finds a word inside a compound title, as Pagefind does through its suffix terms', () => {
    expect(quickSearch(records, '월세', today)).toContain(upcomingRent);
  });

  it('puts title matches first, then at equal match open before upcoming before closed', () => {
    expect(quickSearch(records, '월세', today)).toEqual([openRent, upcomingRent, closedRent, taggedOnly]);
  });

  it('finds the same records for a compound typed joined and typed spaced', () => {
    const allowance = entry('광주청년 구직활동수당', { period_type: 'always' }, ['청년수당']);
    const independence = entry('자립준비청년 자립수당', { period_type: 'always' });
    const all = [...records, allowance, independence];
    expect(quickSearch(all, '청년수당', today)).toEqual(expect.arrayContaining([allowance, independence]));
    expect(new Set(quickSearch(all, '청년수당', today))).toEqual(new Set(quickSearch(all, '청년 수당', today)));
    expect(new Set(quickSearch(all, '청년월세', today))).toEqual(new Set(quickSearch(all, '청년 월세', today)));
  });

  it('takes particles off the query and matches synonyms and 초성', () => {
    expect(quickSearch(records, '월세를', today)).toHaveLength(4);
    expect(quickSearch(records, '집세', today)).toContain(taggedOnly);
    expect(quickSearch(records, 'ㅊㄴㅇㅅ', today)).toContain(upcomingRent);
  });

  it('finds nothing for a word no title, summary or tag has', () => {
    expect(quickSearch(records, '장학금', today)).toEqual([]);
    expect(quickSearch(records, '  ', today)).toEqual([]);
  });
});
