import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseCsv } from '../../scripts/import/csv';
import { nationalCodeTable } from '../../scripts/import/regions';
import { checkHeader, mapSpreadsheetRow, spreadsheetColumns } from '../../scripts/import/spreadsheet';
import { policySchema } from '../../src/schemas/policy';

const regions = parse(readFileSync('tests/fixtures/trees/import-base/regions.yaml', 'utf8'));
const context = {
  regions,
  codeTable: nationalCodeTable(),
  organizationIds: new Set(['gwangju-city', 'gwangju-seogu']),
};
const [header = [], ...rows] = parseCsv(readFileSync('tests/fixtures/csv/policies.csv', 'utf8'));
const asRecord = (cells: readonly string[]) =>
  Object.fromEntries(header.map((name, index) => [name, cells[index] ?? '']));
const first = asRecord(rows[0] ?? []);

describe('CSV files', () => {
  it('reads quoted cells with commas, quotes and line breaks, CRLF and the Excel byte-order mark', () => {
    expect(parseCsv('\uFEFF이름,설명\r\n"광주, 서구","첫 줄\n둘째 줄 ""인용"""\r\n')).toEqual([
      ['이름', '설명'],
      ['광주, 서구', '첫 줄\n둘째 줄 "인용"'],
    ]);
    expect(parseCsv('a,b\n\n,\n1,2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('says when a quote is never closed', () => {
    expect(() => parseCsv('a,b\n"열린 따옴표,2\n')).toThrow('따옴표');
  });

  it('ships a template whose header is exactly the documented columns', () => {
    const [templateHeader] = parseCsv(readFileSync('scripts/import/policies-template.csv', 'utf8'));
    expect(templateHeader).toEqual(spreadsheetColumns.map((column) => column.header));
    expect(checkHeader(templateHeader ?? [])).toBeUndefined();
  });

  it('names missing and unknown columns', () => {
    expect(checkHeader(['아이디', '정책명', '비고'])).toContain('필수 열이 없습니다: 한줄설명');
    expect(checkHeader(['아이디', '정책명', '비고'])).toContain('알 수 없는 열입니다: 비고');
  });
});

describe('a spreadsheet row', () => {
  it('becomes a policy from Korean labels, with lists split on ; and line breaks', () => {
    const outcome = mapSpreadsheetRow(first, 2, context);
    expect(outcome.kind).toBe('policy');
    if (outcome.kind !== 'policy') return;
    expect(outcome.draft).toMatchObject({
      key: 'gwangju/youth-job-challenge',
      path: 'policies/gwangju/youth-job-challenge.md',
      provider: { id: 'gwangju-city' },
      data: {
        category: 'jobs',
        tags: ['구직', '면접'],
        regions: ['gwangju'],
        eligibility: {
          age: { min: 18, max: 39 },
          employment: ['unemployed'],
          conditions: ['광주시에 주민등록을 둔 청년', '졸업 후 2년 이내'],
          excluded: ['다른 구직 수당 수급자'],
        },
        application: {
          period: { type: 'fixed', start: '2026-11-01', end: '2026-11-30' },
          method: ['online', 'visit'],
          documents: ['주민등록초본', '졸업증명서'],
          contact: { name: '광주광역시 청년정책과' },
        },
        support: { amount: 300000 },
        updated: '2026-11-02',
      },
    });
    expect(outcome.draft.body).toContain('\\<script\\>는 글자로만 보입니다.');
    expect(policySchema.safeParse({ ...outcome.draft.data, provider: 'gwangju-city' }).success).toBe(true);
  });

  it('takes a region by name, a provider by name, 상시, and an address without a scheme', () => {
    const outcome = mapSpreadsheetRow(asRecord(rows[1] ?? []), 3, context);
    expect(outcome.kind === 'policy' && outcome.draft).toMatchObject({
      provider: { name: '광주광역시 서구' },
      data: {
        category: 'participation',
        regions: ['gwangju-seogu'],
        application: { period: { type: 'always' }, method: ['visit'] },
        source: { url: 'https://www.seogu.gwangju.kr/' },
        updated: '2026-10-15',
      },
    });
  });

  const errorsOf = (changes: Record<string, string>) => {
    const outcome = mapSpreadsheetRow({ ...first, ...changes }, 7, context);
    return outcome.kind === 'invalid' ? outcome.errors : [];
  };

  it('names the row and the problem for every value it cannot place exactly', () => {
    expect(mapSpreadsheetRow({ ...first, 정책명: '' }, 7, context)).toMatchObject({
      kind: 'invalid',
      label: '7번째 줄 (gwangju/youth-job-challenge)',
      errors: ['정책명이(가) 비어 있습니다.'],
    });
    expect(errorsOf({ 아이디: 'Gwangju/청년' })[0]).toContain('아이디');
    expect(errorsOf({ 분야: '금융' })[0]).toContain('분야');
    expect(errorsOf({ 지역: '서울' })[0]).toContain("지역 '서울'");
    expect(errorsOf({ 취업상태: '학생' })[0]).toContain("취업상태 '학생'");
    expect(errorsOf({ 신청기간: '2026-02-30 ~ 2026-03-10' })[0]).toContain('존재하지 않는 날짜');
    expect(errorsOf({ 신청기간: '수시' })[0]).toContain('상시, 마감');
    expect(errorsOf({ 신청주소: 'javascript:alert(1)' })).toContain(
      '신청주소: 주소에 허용되지 않는 형식이 있습니다: javascript:alert(1)',
    );
    expect(errorsOf({ 출처주소: 'http://example.go.kr' })[0]).toContain('http');
    expect(errorsOf({ 지원금액: '30만원' })[0]).toContain('지원금액');
    expect(errorsOf({ 최종확인일: '11월 2일' })[0]).toContain('최종확인일');
    expect(errorsOf({ 최종확인일: '2026-11-31' })[0]).toContain('실제 날짜');
  });
});

describe('spreadsheet columns of the structured conditions', () => {
  const row = (cells: Record<string, string>) => mapSpreadsheetRow({ ...first, ...cells }, 2, context);

  it('fills medianIncome, annualIncome, housing, groups, majors, residenceMonths and applicant', () => {
    const outcome = row({
      중위소득: '청년가구 60%; 원가구 100',
      연소득한도: '50,000,000',
      연소득대상: '본인',
      주거조건: '무주택, 세대주',
      특화대상: '자립준비청년·보호종료아동; 여성',
      전공: '공학계열',
      거주기간: '6개월',
      신청주체: '모임으로 신청',
    });
    expect(outcome.kind === 'policy' && outcome.draft.data.eligibility).toMatchObject({
      medianIncome: [
        { percent: 60, household: 'own' },
        { percent: 100, household: 'parents' },
      ],
      annualIncome: { max: 50_000_000, of: 'self' },
      housing: { homeless: true, householder: true },
      groups: ['care-leaver', 'woman'],
      majors: ['engineering'],
      residenceMonths: 6,
      applicant: 'group',
    });
    if (outcome.kind === 'policy') {
      expect(policySchema.safeParse({ ...outcome.draft.data, provider: 'gwangju-city' }).success).toBe(true);
    }
  });

  it('reads 미혼 and 기혼 together as no marital rule, and one of them as the rule', () => {
    const both = row({ 혼인: '미혼, 기혼' });
    expect(both.kind === 'policy' && both.draft.data.eligibility?.marital).toBeFalsy();
    const one = row({ 혼인: '기혼; 기혼' });
    expect(one.kind === 'policy' && one.draft.data.eligibility?.marital).toBe('married');
  });

  it('reports two 신청주체 values instead of keeping the first', () => {
    const outcome = row({ 신청주체: '기업 대상, 청년 본인' });
    expect(outcome.kind).toBe('invalid');
    expect(outcome.kind === 'invalid' && outcome.errors.join('\n')).toContain(
      "신청주체 '기업 대상, 청년 본인'에 값이 여러 개입니다. 하나만 적으세요:",
    );
  });

  it('names the column of a value it cannot place', () => {
    const outcome = row({ 중위소득: '절반', 연소득한도: '5천만', 연소득대상: '누구', 특화대상: '학생' });
    expect(outcome.kind).toBe('invalid');
    const errors = outcome.kind === 'invalid' ? outcome.errors.join('\n') : '';
    expect(errors).toContain("중위소득 '절반'");
    expect(errors).toContain('연소득한도');
    expect(errors).toContain("연소득대상 '누구'");
    expect(errors).toContain("특화대상 '학생'");
  });
});
