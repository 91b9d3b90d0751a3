import { describe, expect, it } from 'vitest';
import {
  mapCategories,
  mapCategory,
  mapJobCodes,
  mapMaritalCode,
  mapSchoolCodes,
  parseAge,
} from '../../scripts/import/codes';
import { organizationKind, resolveProvider, withoutDepartments } from '../../scripts/import/organizations';
import { currentRange, mapApplicationPeriod, parseApplicationRanges } from '../../scripts/import/period';
import { romanize } from '../../scripts/import/romanize';
import { cleanText, escapeMarkdown, textLines, truncate } from '../../scripts/import/text';
import { normalizeUrl } from '../../scripts/import/urls';

describe('category names (lclsfNm)', () => {
  it('reads the documented and the live spellings, with U+FF65 or U+00B7 middle dots', () => {
    expect(mapCategory('교육')).toBe('education');
    expect(mapCategory('교육\uff65직업훈련')).toBe('education');
    expect(mapCategory('교육\u00b7직업훈련')).toBe('education');
    expect(mapCategory('복지문화')).toBe('welfare-culture');
    expect(mapCategory('금융\uff65복지\uff65문화 ')).toBe('welfare-culture');
    expect(mapCategory('참여권리')).toBe('participation');
    expect(mapCategory('참여\uff65기반')).toBe('participation');
    expect(mapCategory('일자리,일자리')).toBe('jobs');
    expect(mapCategory('주거')).toBe('housing');
  });

  it('reads several and repeated categories in the order written, once each', () => {
    expect(mapCategories('일자리,교육')).toEqual(['jobs', 'education']);
    expect(mapCategories('참여권리,참여권리')).toEqual(['participation']);
    expect(mapCategories('교육･직업훈련, 금융･복지･문화')).toEqual(['education', 'welfare-culture']);
    expect(mapCategory('금융,주거')).toBe('housing');
  });

  it('knows nothing else, so a record with a new upstream name is skipped instead of landing in a wrong list', () => {
    expect(mapCategory('금융')).toBeUndefined();
    expect(mapCategory('   ')).toBeUndefined();
  });
});

describe('empty values and ages', () => {
  it('treats "", runs of spaces and full-width spaces as empty and trims trailing spaces', () => {
    expect(cleanText('        ')).toBe('');
    expect(cleanText('\u3000')).toBe('');
    expect(cleanText('청년 월세  ')).toBe('청년 월세');
    expect(cleanText(null)).toBe('');
    expect(cleanText('청년 &quot;지원&quot;')).toBe('청년 "지원"');
  });

  it('reads 0, 99, 100, 999 and 99999 as no limit, as real records write it', () => {
    for (const age of ['0', '99', '100', '999', '99999', 99999]) expect(parseAge(age)).toEqual({});
    expect(parseAge('65')).toEqual({ age: 65 });
  });

  it('reads ages written as strings or numbers, with 0 meaning no limit', () => {
    expect(parseAge('19')).toEqual({ age: 19 });
    expect(parseAge(34)).toEqual({ age: 34 });
    expect(parseAge('0')).toEqual({});
    expect(parseAge(0)).toEqual({});
    expect(parseAge('   ')).toEqual({});
    expect(parseAge('만 19세').error).toContain('숫자');
  });

  it('splits multi-line text into lines without bullets or "제한없음" filler', () => {
    expect(textLines('- 광주 거주\\n○ 무주택자\n제한없음\n  \n※ 공고 참고')).toEqual([
      '광주 거주',
      '무주택자',
      '※ 공고 참고',
    ]);
  });

  it('shortens a value to the limit with an ellipsis', () => {
    expect(truncate('가'.repeat(200), 160)).toHaveLength(160);
    expect(truncate('가'.repeat(200), 160).endsWith('…')).toBe(true);
    expect(truncate('짧은 글', 160)).toBe('짧은 글');
  });

  it('escapes Markdown so upstream text is shown as written and never becomes HTML or a list', () => {
    expect(escapeMarkdown('<script>alert(1)</script>')).toBe('\\<script\\>alert(1)\\</script\\>');
    expect(escapeMarkdown('*선착순* [숙식]')).toBe('\\*선착순\\* \\[숙식\\]');
    expect(escapeMarkdown('1. 첫째')).toBe('1\\. 첫째');
    expect(escapeMarkdown('# 제목')).toBe('\\# 제목');
    expect(escapeMarkdown('20260101 ~ 20261231 ~')).toBe('20260101 \\~ 20261231 \\~');
  });
});

describe('application period (aplyPrdSeCd, aplyYmd)', () => {
  it('reads one range, several ranges separated by \\N, and nothing', () => {
    expect(parseApplicationRanges('20260701 ~ 20260713')).toEqual({
      ranges: [{ start: '2026-07-01', end: '2026-07-13' }],
    });
    expect(parseApplicationRanges('20260706 ~ 20260731\\N20260105 ~ 20260130').ranges).toEqual([
      { start: '2026-01-05', end: '2026-01-30' },
      { start: '2026-07-06', end: '2026-07-31' },
    ]);
    expect(parseApplicationRanges('   ')).toEqual({ ranges: [] });
  });

  it('refuses a date that does not exist, a reversed range and an unknown format', () => {
    expect(parseApplicationRanges('20260105 ~ 20260230').error).toContain('존재하지 않는 날짜');
    expect(parseApplicationRanges('20261231 ~ 20260101').error).toContain('종료일이 시작일보다 빠릅니다');
    expect(parseApplicationRanges('2026년 상반기').error).toContain('YYYYMMDD ~ YYYYMMDD');
  });

  it('takes the range that is open or comes next, or the last one when all have passed', () => {
    const ranges = parseApplicationRanges('20260105 ~ 20260130\\N20260706 ~ 20260731').ranges;
    expect(currentRange(ranges, '2026-01-10')).toEqual({ start: '2026-01-05', end: '2026-01-30' });
    expect(currentRange(ranges, '2026-03-01')).toEqual({ start: '2026-07-06', end: '2026-07-31' });
    expect(currentRange(ranges, '2026-12-01')).toEqual({ start: '2026-07-06', end: '2026-07-31' });
  });

  it('maps 0057001 특정기간, 0057002 상시 and 0057003 마감', () => {
    expect(mapApplicationPeriod('0057001', '20260302 ~ 20261231', '2026-11-20').period).toEqual({
      type: 'fixed',
      start: '2026-03-02',
      end: '2026-12-31',
    });
    expect(mapApplicationPeriod('0057002', '', '2026-11-20').period).toEqual({ type: 'always' });
    expect(mapApplicationPeriod('0057003', '20260401 ~ 20260430', '2026-11-20').period).toEqual({ type: 'closed' });
  });

  it('marks a 특정기간 without dates for review and never claims it is open', () => {
    const mapping = mapApplicationPeriod('0057001', '', '2026-11-20');
    expect(mapping.period).toEqual({ type: 'closed' });
    expect(mapping.review).toContain('초안');
  });
});

describe('code tables (jobCd, schoolCd, mrgSttsCd)', () => {
  it('maps exact equivalents to our values', () => {
    expect(mapJobCodes('0013001,0013003,0013006')).toEqual({
      values: ['employed', 'unemployed', 'founder'],
      unknown: [],
    });
    expect(mapJobCodes('0013008')).toEqual({ values: ['farmer'], unknown: [] });
    expect(mapSchoolCodes('0049002,0049004,0049005,0049007,0049008').values).toEqual([
      'high-school-student',
      'high-school-graduate',
      'university-student',
      'university-graduate',
      'graduate-school',
    ]);
    expect(mapMaritalCode('0055001')).toEqual({ values: ['married'], unknown: [] });
    expect(mapMaritalCode('0055002')).toEqual({ values: ['single'], unknown: [] });
  });

  it('sets no rule for 제한없음 or an empty value', () => {
    expect(mapJobCodes('0013010')).toEqual({ unknown: [] });
    expect(mapSchoolCodes('0049010,0049005')).toEqual({ unknown: [] });
    expect(mapMaritalCode('0055003')).toEqual({ unknown: [] });
    expect(mapJobCodes('   ')).toEqual({ unknown: [] });
  });

  it('turns anything inexact into a condition to check, never a wider or narrower rule', () => {
    const job = mapJobCodes('0013001,0013005');
    expect(job.values).toBeUndefined();
    expect(job.condition).toBe('취업 상태: 재직자, 일용근로자 (공고에서 확인하세요)');
    const school = mapSchoolCodes('0049003');
    expect(school.values).toBeUndefined();
    expect(school.condition).toBe('학력: 고졸 예정 (공고에서 확인하세요)');
  });

  it('reports unknown codes and still asks the person to check', () => {
    expect(mapJobCodes('0013099')).toEqual({
      condition: '취업 상태 조건이 있습니다 (공고에서 확인하세요)',
      unknown: ['0013099'],
    });
  });

  it('reads a code named like an object member (constructor, __proto__) as unknown, never as a label', () => {
    for (const code of ['constructor', '__proto__', 'toString']) {
      expect(mapMaritalCode(code)).toEqual({
        condition: '혼인 여부 조건이 있습니다 (공고에서 확인하세요)',
        unknown: [code],
      });
      expect(mapJobCodes(`0013001,${code}`).unknown).toEqual([code]);
    }
  });
});

describe('addresses', () => {
  it('removes whitespace and adds https:// to an address without a scheme', () => {
    expect(normalizeUrl(' https://www.work24.go.kr ')).toEqual({ kind: 'ok', url: 'https://www.work24.go.kr/' });
    expect(normalizeUrl('www.work24.go.kr')).toEqual({
      kind: 'ok',
      url: 'https://www.work24.go.kr/',
      fixed: 'www.work24.go.kr',
    });
    expect(normalizeUrl('https://www.kofpi.or.kr /apply.do')).toMatchObject({
      kind: 'ok',
      url: 'https://www.kofpi.or.kr/apply.do',
    });
  });

  it('drops plain http and things that are not addresses, and treats placeholders as empty', () => {
    expect(normalizeUrl('http://www.seogu.gwangju.kr').kind).toBe('dropped');
    expect(normalizeUrl('홈페이지').kind).toBe('dropped');
    expect(normalizeUrl('-')).toEqual({ kind: 'empty' });
    expect(normalizeUrl('      ')).toEqual({ kind: 'empty' });
  });

  it('refuses script addresses, also when spaces hide them', () => {
    expect(normalizeUrl('javascript:alert(1)').kind).toBe('unsafe');
    expect(normalizeUrl(' JaVa Script:alert(1)').kind).toBe('unsafe');
    expect(normalizeUrl('data:text/html,<script>').kind).toBe('unsafe');
  });
});

describe('providers', () => {
  const organizations = [
    { id: 'gwangju-city', name: '광주광역시' },
    { id: 'gwangju-seogu', name: '광주광역시 서구' },
    { id: 'moel', name: '고용노동부' },
  ];

  it('matches an existing organization by name or by the name without its department', () => {
    expect(resolveProvider('고용노동부', organizations, 'kr')).toEqual({ kind: 'existing', id: 'moel' });
    expect(resolveProvider('광주광역시 청년정책과 ', organizations, 'kr')).toEqual({
      kind: 'existing',
      id: 'gwangju-city',
    });
    expect(resolveProvider('광주광역시 서구 일자리경제과', organizations, 'kr')).toEqual({
      kind: 'existing',
      id: 'gwangju-seogu',
    });
  });

  it('creates an organization with a readable id and a kind from its name', () => {
    expect(resolveProvider('산림청', organizations, 'kr')).toEqual({
      kind: 'new',
      id: 'sanrimcheong',
      data: { name: '산림청', kind: 'national', region: 'kr' },
    });
    expect(resolveProvider('경기도 미래평생교육국 청년기회과', organizations, 'kr')).toMatchObject({
      kind: 'new',
      id: 'gyeonggido',
      data: { name: '경기도', kind: 'province' },
    });
  });

  it('refuses to guess between two organizations with the same name', () => {
    const twins = [...organizations, { id: 'moel-2', name: '고용노동부' }];
    expect(resolveProvider('고용노동부', twins, 'kr')).toEqual({ kind: 'ambiguous', ids: ['moel', 'moel-2'] });
  });

  it('guesses kinds from Korean names', () => {
    expect(organizationKind('서울특별시')).toBe('city');
    expect(organizationKind('전북특별자치도')).toBe('province');
    expect(organizationKind('광주광역시 서구')).toBe('district');
    expect(organizationKind('군산시')).toBe('city');
    expect(organizationKind('완주군')).toBe('district');
    expect(organizationKind('국무조정실')).toBe('national');
    expect(organizationKind('광주청년센터')).toBe('center');
    expect(organizationKind('㈜지엘켐')).toBe('company');
    expect(organizationKind('(사)청년문화협회')).toBe('nonprofit');
    expect(organizationKind('한국임업진흥원')).toBe('agency');
    expect(withoutDepartments('고용노동부 청년고용정책과')).toBe('고용노동부');
    expect(romanize('광주광역시 서구')).toBe('gwangjugwangyeoksi-seogu');
  });
});
