import { describe, expect, it } from 'vitest';
import { addEligibilityFields, annualIncomeFrom, medianIncomeFrom } from '../../scripts/import/eligibility-fields';
import type { Eligibility } from '../../src/schemas/eligibility';

const fieldsOf = (record: Record<string, string>) => {
  const eligibility: Eligibility = {};
  const warnings: string[] = [];
  addEligibilityFields(record, eligibility, warnings);
  return { eligibility, warnings };
};

describe('온통청년 codes to structured conditions', () => {
  it('maps 특화 codes (sbizCd) to groups, and leaves 제한없음 without a rule', () => {
    expect(fieldsOf({ sbizCd: '0014001,0014002' }).eligibility).toEqual({
      groups: ['sme-worker', 'woman'],
      conditions: [],
    });
    expect(fieldsOf({ sbizCd: '0014010' }).eligibility.groups).toBeUndefined();
  });

  it('keeps a list with 기타 as a condition to read, never a narrower rule', () => {
    const { eligibility } = fieldsOf({ sbizCd: '0014003,0014009' });
    expect(eligibility.groups).toBeUndefined();
    expect(eligibility.conditions).toEqual(['특화 대상: 기초생활수급자, 기타 (공고에서 확인하세요)']);
  });

  it('maps 전공 codes (plcyMajorCd) to majors and warns about unknown codes', () => {
    expect(fieldsOf({ plcyMajorCd: '0011004,0011005' }).eligibility.majors).toEqual(['science', 'engineering']);
    expect(fieldsOf({ plcyMajorCd: '0011099' }).warnings).toEqual(['알 수 없는 plcyMajorCd 코드: 0011099']);
  });
});

describe('income', () => {
  it('reads 연소득 (earnCndSeCd 0043002) earnMaxAmt in 만원 or 원 as annualIncome in 원', () => {
    expect(annualIncomeFrom({ earnCndSeCd: '0043002', earnMinAmt: '0', earnMaxAmt: '6000' })).toEqual({
      limit: { max: 60_000_000, of: 'self' },
      conditions: [],
    });
    expect(annualIncomeFrom({ earnCndSeCd: '0043002', earnMaxAmt: '43056240' }).limit).toEqual({
      max: 43_056_240,
      of: 'self',
    });
  });

  it('keeps a lower bound and a note as conditions, and reads 가구 or 부부 합산 from the note', () => {
    expect(
      annualIncomeFrom({ earnCndSeCd: '0043002', earnMinAmt: '5000', earnMaxAmt: '7500', earnEtcCn: '부부 합산' }),
    ).toEqual({
      limit: { max: 75_000_000, of: 'household' },
      conditions: ['연소득 5,000만원 이상', '부부 합산'],
    });
    expect(annualIncomeFrom({ earnCndSeCd: '0043001', earnMaxAmt: '5000' })).toEqual({ conditions: [] });
  });

  it.each([
    ['기준 중위소득 150% 이하', 150],
    ['중위소득 60% 이하', 60],
    ['가구 기준 중위소득 150% 이하인 자', 150],
    ['2025년 기준중위소득 150%(3,588,020원) 이하인 자', 150],
  ])('reads "%s" as one 기준 중위소득 limit of the own household', (text, percent) => {
    expect(medianIncomeFrom(text)).toEqual([{ percent, household: 'own' }]);
  });

  it.each([
    '기준중위소득 60% 초과 150% 이하',
    '근로소득 기준 중위소득 120% 이하인자',
    '가구소득인정액 기준중위소득 130% 이하',
    '(원가구) 기준 중위소득 100% 이하 & (청년독립가구) 기준 중위소득 60% 이하',
    '기준 중위소득 100% 이하, 월 근로소득 250만원 이하',
    '2025년 1인 기준중위소득 120%이하(2,871천원 이하)',
  ])('leaves "%s" as text: it says more than one limit of the own household', (text) => {
    expect(medianIncomeFrom(text)).toBeUndefined();
  });

  it('structures a 기타 income text only when it is one 기준 중위소득 limit', () => {
    expect(fieldsOf({ earnCndSeCd: '0043003', earnEtcCn: '중위소득 180% 이하' }).eligibility.medianIncome).toEqual([
      { percent: 180, household: 'own' },
    ]);
    expect(
      fieldsOf({ earnCndSeCd: '0043001', earnEtcCn: '중위소득 180% 이하' }).eligibility.medianIncome,
    ).toBeUndefined();
  });
});
