import { describe, expect, it } from 'vitest';
import {
  conditionTally,
  decidingQuestion,
  type EligibilityVerdict,
  matchEligibility,
  type Profile,
} from '../../src/lib/eligibility';
import { RegionTree } from '../../src/lib/regions';
import type { Eligibility } from '../../src/schemas/eligibility';

const tree = new RegionTree([
  { id: 'kr', name: '전국', code: '00' },
  { id: 'gwangju', name: '광주광역시', code: '29', parent: 'kr' },
  { id: 'gwangju-seogu', name: '광주 서구', code: '29140', parent: 'gwangju' },
]);
const today = '2026-11-20';
const match = (profile: Profile, eligibility: Eligibility, regions = ['kr']) =>
  matchEligibility(profile, { regions, eligibility }, tree, today);
/** The reason of the entry's one non-region condition. */
const only = (profile: Profile, eligibility: Eligibility) => match(profile, eligibility).reasons[1];

const rows = (table: [string, Profile, EligibilityVerdict][]) => table;

describe('기준 중위소득 (2026 amounts)', () => {
  const ownSixty: Eligibility = { medianIncome: [{ percent: 60, household: 'own' }] };
  it.each(
    rows([
      ['1인 가구 월 150만원 is within 60% (1,538,542원)', { household: 1, income: 150 }, 'eligible'],
      ['1인 가구 월 180만원 is above 60%', { household: 1, income: 180 }, 'ineligible'],
      ['2인 가구 월 250만원 is within 60% (2,519,575원)', { household: 2, income: 250 }, 'eligible'],
      ['a household size without an income is unknown', { household: 1 }, 'check'],
      ['an income without a household size is unknown', { income: 100 }, 'check'],
      [
        'a one-person household with only a yearly income is read monthly',
        { household: 1, annualIncome: 1800 },
        'eligible',
      ],
    ]),
  )('%s', (_name, profile, verdict) => {
    expect(match(profile, ownSixty).verdict).toBe(verdict);
  });

  it('explains the limit in won for the household size', () => {
    expect(only({ household: 1, income: 180 }, ownSixty)).toEqual({
      result: 'unmet',
      text: '1인 가구 월 180만원 — 청년 가구 기준 중위소득 60% 이하(1인 가구 월 1,538,542원) 대상 ✗',
      question: 'household',
      // 1,800,000원 − 1,538,542원 = 261,458원: 27만원 less would fit.
      change: '가구 월 소득이 27만원 낮으면',
    });
  });

  it("reads the parents' household for 원가구 limits, and the own household of someone living with them", () => {
    const parents: Eligibility = { medianIncome: [{ percent: 100, household: 'parents' }] };
    expect(match({ parentsHousehold: 4, parentsIncome: 600 }, parents).verdict).toBe('eligible');
    expect(match({ parentsHousehold: 4, parentsIncome: 700 }, parents).verdict).toBe('ineligible');
    expect(match({ apart: false, household: 4, income: 600 }, parents).verdict).toBe('eligible');
    expect(only({ household: 1, income: 100 }, parents)).toMatchObject({ result: 'check', question: 'parents' });
  });

  it('needs every limit to hold', () => {
    const both: Eligibility = {
      medianIncome: [
        { percent: 60, household: 'own' },
        { percent: 100, household: 'parents' },
      ],
    };
    expect(match({ household: 1, income: 150, parentsHousehold: 3, parentsIncome: 500 }, both).verdict).toBe(
      'eligible',
    );
    expect(match({ household: 1, income: 150, parentsHousehold: 3, parentsIncome: 600 }, both).verdict).toBe(
      'ineligible',
    );
    expect(match({ household: 1, income: 150 }, both).verdict).toBe('check');
  });

  it('does not ask to check the free-text income when a field says it', () => {
    const rule: Eligibility = { income: '기준 중위소득 150% 이하', medianIncome: [{ percent: 150, household: 'own' }] };
    const result = match({ household: 1, income: 180 }, rule);
    expect(result.verdict).toBe('eligible');
    expect(result.reasons.map((item) => item.text).join()).not.toContain('공고에서 확인');
  });
});

describe('연소득', () => {
  it.each(
    rows([
      ['본인 연소득 5,000만원 이하: 4,000만원', { annualIncome: 4000 }, 'eligible'],
      ['본인 연소득 5,000만원 이하: exactly 5,000만원', { annualIncome: 5000 }, 'eligible'],
      ['본인 연소득 5,000만원 이하: 5,001만원', { annualIncome: 5001 }, 'ineligible'],
      ['본인 연소득: a one-person household of 월 180만원 earns 2,160만원', { household: 1, income: 180 }, 'eligible'],
      ['본인 연소득: not answered', { household: 2, income: 300 }, 'check'],
    ]),
  )('%s', (_name, profile, verdict) => {
    expect(match(profile, { annualIncome: { max: 50_000_000, of: 'self' } }).verdict).toBe(verdict);
  });

  it('reads a household limit from the monthly household income', () => {
    const rule: Eligibility = { annualIncome: { max: 60_000_000, of: 'household' } };
    expect(match({ household: 2, income: 500 }, rule).verdict).toBe('eligible');
    expect(match({ household: 2, income: 501 }, rule).verdict).toBe('ineligible');
    expect(only({ annualIncome: 3000 }, rule)).toMatchObject({ result: 'check', question: 'household' });
  });
});

describe('주거: 무주택, 따로 삶, 세대주', () => {
  const all: Eligibility = { housing: { homeless: true, apart: true, householder: true } };
  it('gives one reason per required condition, met when answered yes', () => {
    const result = match({ homeless: true, apart: true, householder: true }, all);
    expect(result.verdict).toBe('eligible');
    expect(result.reasons.map((item) => item.text)).toEqual([
      '전국 대상 ✓',
      '무주택 — 무주택 대상 ✓',
      '부모님과 따로 삶 — 부모님과 따로 사는 청년 대상 ✓',
      '세대주 — 세대주 대상 ✓',
    ]);
  });

  it('fails on a "no" and asks the unanswered question', () => {
    expect(match({ homeless: false, apart: true, householder: true }, all).verdict).toBe('ineligible');
    const unanswered = match({ homeless: true, apart: true }, all);
    expect(unanswered.verdict).toBe('check');
    expect(decidingQuestion(unanswered)).toBe('householder');
  });

  it('asks nothing about housing when the entry has no housing condition', () => {
    expect(match({}, { housing: {} }).reasons).toHaveLength(1);
  });
});

describe('특화 대상, 전공, 거주 기간', () => {
  const careLeavers: Eligibility = { groups: ['care-leaver', 'basic-livelihood'] };
  it.each(
    rows([
      ['belongs to one of the groups', { groups: ['care-leaver'] }, 'eligible'],
      ['belongs to another group only', { groups: ['woman'] }, 'ineligible'],
      ['belongs to none (group=none)', { groups: [] }, 'ineligible'],
      ['did not say', {}, 'check'],
    ]),
  )('groups: %s', (_name, profile, verdict) => {
    expect(match(profile, careLeavers).verdict).toBe(verdict);
  });

  it.each(
    rows([
      ['an allowed major', { major: 'engineering' }, 'eligible'],
      ['another major', { major: 'arts' }, 'ineligible'],
      ['no answer', {}, 'check'],
    ]),
  )('majors: %s', (_name, profile, verdict) => {
    expect(match(profile, { majors: ['engineering', 'science'] }).verdict).toBe(verdict);
  });

  it.each(
    rows([
      ['6 months in 광주 서구 for a 광주 entry needing 6', { region: 'gwangju-seogu', months: 6 }, 'eligible'],
      ['5 months', { region: 'gwangju-seogu', months: 5 }, 'ineligible'],
      ['months not given', { region: 'gwangju-seogu' }, 'check'],
    ]),
  )('residenceMonths: %s', (_name, profile, verdict) => {
    expect(match(profile, { residenceMonths: 6 }, ['gwangju']).verdict).toBe(verdict);
  });
});

describe('verdicts, tallies and who applies', () => {
  it('is likely when only free-text conditions are left, and says how many', () => {
    const result = match({ homeless: true }, { housing: { homeless: true }, conditions: ['임차보증금 3억원 이하'] });
    expect(result.verdict).toBe('likely');
    expect(conditionTally(result)).toEqual({ total: 3, met: 2 });
  });

  it('an unanswered question outweighs a free-text condition, and a failed one outweighs both', () => {
    expect(match({}, { housing: { homeless: true }, conditions: ['조건'] }).verdict).toBe('check');
    expect(match({ homeless: false }, { housing: { homeless: true }, conditions: ['조건'] }).verdict).toBe(
      'ineligible',
    );
  });

  it('names the one question that would decide a check, and none otherwise', () => {
    expect(decidingQuestion(match({}, { housing: { apart: true } }))).toBe('apart');
    expect(decidingQuestion(match({ apart: true }, { housing: { apart: true } }))).toBeUndefined();
  });

  it('says who applies: a person by default, else the business or the group', () => {
    expect(match({}, {}).applicant).toBe('person');
    expect(match({}, { applicant: 'business' }).applicant).toBe('business');
    expect(match({}, { applicant: 'group' }).applicant).toBe('group');
  });
});
