import { describe, expect, it } from 'vitest';
import {
  addEligibilityFields,
  annualIncomeFrom,
  localBodyCondition,
  medianIncomeFrom,
  qualificationFallback,
} from '../../scripts/import/eligibility-fields';
import {
  annualIncomeIn,
  groupsFromLine,
  koreanAmount,
  medianIncomeIn,
  readQualificationLine,
} from '../../scripts/import/eligibility-text';
import type { Eligibility } from '../../src/schemas/eligibility';

const fieldsOf = (record: Record<string, string>) => {
  const eligibility: Eligibility = {};
  // A qualification text, so the fallback for records without one stays out of these cases.
  record = { addAplyQlfcCndCn: '만 19세~39세 청년', ...record };
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

// Every text below is a line of a real record of ../shared/data/ontong/ontong-v2-2025-sample.json.
describe('qualification text of real records', () => {
  it.each([
    ['무주택자', { housing: { homeless: true } }, true],
    ['부모님과 별도거주, 무주택', { housing: { homeless: true, apart: true } }, true],
    ['❍ 주거요건 : 부모로부터 독립한 무주택 청년가구', { housing: { homeless: true, apart: true } }, false],
    ['(재산기준) 신청자 청년 본인 무주택자', { housing: { homeless: true } }, false],
    ['- 부부 모두 무주택자로서 혼인신고일 기준 5년 이내 신혼부부', { housing: { homeless: true } }, false],
    ['주거급여 수급가구 내 부모와 떨어져 사는 청년에게 주거급여를 분리하여 지급', { housing: { apart: true } }, false],
    ['(거    주) 공고일부터 신청일 현재까지 계속하여 주민등록상 양산시 거주 중인 자', {}, false],
    ['｢농업·농촌 및 식품산업 기본법｣에 따른 농업인이며, 도내 3년 이상 주소를 두고', { residenceMonths: 36 }, false],
    [
      '18세 이후 아동복지시설 및 가정위탁(소년소녀가정) 보호가 종료된 자립준비 청년',
      { groups: ['care-leaver'] },
      false,
    ],
    [
      '기초생활수급자 · 법정 차상위계층 · 한부모가족 지원대상자',
      { groups: ['basic-livelihood', 'near-poverty', 'single-parent'] },
      true,
    ],
  ])('reads "%s"', (line, findings, whole) => {
    expect(readQualificationLine(line)).toEqual({ findings, whole });
  });

  it.each([
    '- 본인·배우자·직계비속* 모두 ‘무주택자**’ 또는 ‘1주택자***’이며,',
    '- 청년형: 만19세~39세 무주택 청년/ 도시근로자 월평균 소득액 100% 이하',
    '-신청일 기준 본인 또는 부모가 계속해서 인천에 1년 이상 거주 중(주민등록기준)',
    '광주광역시에 거주하는 19세 이상 39세 이하의 자립준비청년, 가족돌봄청년, 한부모가족의 자녀, 자립기반 취약청년',
    '-우선선발: 기초생활보장수급자 및 자녀, 법정 저소득 한부모 가족 자녀 등',
    '□ 거주기준 : 신청일 기준, 부부 중 1인 이상이 주민등록상 도내 6개월 이상 거주',
  ])('requires nothing of everyone in "%s" (choices, tracks or priorities)', (line) => {
    expect(readQualificationLine(line).findings).toEqual({});
  });

  it('takes a list of 특화 대상 only when every item is a group it knows', () => {
    expect(groupsFromLine('기초생활수급자, 차상위계층, 한부모가정')).toEqual([
      'basic-livelihood',
      'near-poverty',
      'single-parent',
    ]);
    expect(groupsFromLine('기초생활수급자, 차상위계층, 한부모가정, 중위소득 100% 이하 신혼부부')).toBeUndefined();
  });

  it.each([
    ['가구소득인정액 기준중위소득 130% 이하', [{ percent: 130, household: 'own' }]],
    ['천안아산 통학 학생 및 기준중위소득 150% 이하', [{ percent: 150, household: 'own' }]],
    ['중위소득 130%이하(세전 3,109,610원)이하인자', [{ percent: 130, household: 'own' }]],
    ['부부합산 연소득 기준 중위소득 180% 이하 가구', [{ percent: 180, household: 'own' }]],
    ['기준중위소득 60% 초과 150% 이하', undefined],
    ['기초생활수급자, 차상위계층, 한부모가정, 중위소득 100% 이하 신혼부부', undefined],
    [
      '청년가구 : 기준 중위소득 60% 이하이며 재산가액이 1.22억원 이하,  원가구 : 기준 중위소득 100% 이하이면서 재산가액이 4.7억원 이하',
      [
        { percent: 60, household: 'own' },
        { percent: 100, household: 'parents' },
      ],
    ],
    [
      '(원가구) 기준 중위소득 100% 이하 & (청년독립가구) 기준 중위소득 60% 이하',
      [
        { percent: 60, household: 'own' },
        { percent: 100, household: 'parents' },
      ],
    ],
  ])('finds the 기준 중위소득 limit in "%s"', (note, limit) => {
    expect(medianIncomeIn(note)).toEqual(limit);
  });

  it.each([
    ['2024년 부부 합산 연소득 8천만원 이하', { max: 80_000_000, of: 'household' }],
    ['연소득 6천만원(기혼자는 부부합산 연소득 8천만원) 이하', undefined],
    ['미혼 소득자 : 부모 합산 연소득 1억원 이하, 미혼소득자 : 본인 연소득 5천만원 이하', undefined],
  ])('finds one 연소득 limit in "%s"', (note, limit) => {
    expect(annualIncomeIn(note)).toEqual(limit);
  });

  it('reads amounts as notices write them', () => {
    expect(koreanAmount('8천5백만 원')).toBe(85_000_000);
    expect(koreanAmount('1억원')).toBe(100_000_000);
    expect(koreanAmount('3,700만원')).toBe(37_000_000);
    expect(koreanAmount('1억 2천만원')).toBe(120_000_000);
    expect(koreanAmount('원')).toBeUndefined();
  });

  it('keeps an income note that says more as a condition beside the limit it structures', () => {
    const { eligibility } = fieldsOf({
      earnCndSeCd: '0043003',
      earnEtcCn: '천안아산 통학 학생 및 기준중위소득 150% 이하',
    });
    expect(eligibility.medianIncome).toEqual([{ percent: 150, household: 'own' }]);
    expect(eligibility.conditions).toContain('소득 기준: 천안아산 통학 학생 및 기준중위소득 150% 이하');
  });

  it('takes nothing from a text whose lines are choices ((선택) 1개의 항목만 해당되어도)', () => {
    const { eligibility } = fieldsOf({
      addAplyQlfcCndCn: '(선택) 1개의 항목만 해당되어도 조건 충족\n1. 전북에 12년 이상 거주한 자',
    });
    expect(eligibility.residenceMonths).toBeUndefined();
  });

  it('drops a qualification line only when its fields say all of it', () => {
    // As mapOntongRecord calls it: the qualification lines are already conditions.
    const lines = ['무주택자', '(재산기준) 신청자 청년 본인 무주택자'];
    const eligibility: Eligibility = { conditions: [...lines] };
    addEligibilityFields({ addAplyQlfcCndCn: lines.join('\n') }, eligibility, []);
    expect(eligibility.housing).toEqual({ homeless: true });
    expect(eligibility.conditions).toEqual(['(재산기준) 신청자 청년 본인 무주택자']);
  });

  it("shows the description's 대상 when the qualification field is empty, else says to look there", () => {
    expect(
      qualificationFallback({ addAplyQlfcCndCn: '-', plcyExplnCn: '(목적) 정책 관심도 제고\n(대상) 지역 청년' }),
    ).toBe('지원 대상: 지역 청년');
    expect(qualificationFallback({ plcyExplnCn: '청년 공모전 개최' })).toBe(
      '온통청년에 자격 조건이 따로 적혀 있지 않아요. 정책 설명과 공고에서 대상을 확인하세요.',
    );
    expect(qualificationFallback({ addAplyQlfcCndCn: '무주택자' })).toBeUndefined();
    // 부산진구 청년 공모전: `(대상) 청년 누구나` is no condition beyond the age.
    expect(qualificationFallback({ plcyExplnCn: '(대상) 청년 누구나' })).toBeUndefined();
  });

  it("never lets a local government's programme listed for every district read as open to everyone", () => {
    const everyDistrict = Array.from({ length: 252 }, (_, index) => String(11_110 + index)).join(',');
    const busanjin = {
      pvsnInstGroupCd: '0054002',
      zipCd: everyDistrict,
      rgtrInstCdNm: '부산광역시 부산진구 문화경제국',
    };
    expect(localBodyCondition(busanjin)).toBe(
      '부산광역시 부산진구 문화경제국에서 운영해요. 다른 지역 주민도 신청할 수 있는지 공고에서 확인하세요.',
    );
    expect(localBodyCondition({ ...busanjin, pvsnInstGroupCd: '0054001' })).toBeUndefined();
    expect(localBodyCondition({ ...busanjin, zipCd: '26230' })).toBeUndefined();
  });
});
