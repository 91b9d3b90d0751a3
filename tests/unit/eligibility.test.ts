import { describe, expect, it } from 'vitest';
import { type EligibilityRule, matchEligibility, type Profile } from '../../src/lib/eligibility';
import { RegionTree } from '../../src/lib/regions';

const tree = new RegionTree([
  { id: 'kr', name: '전국', code: '00' },
  { id: 'gwangju', name: '광주광역시', code: '29', parent: 'kr' },
  { id: 'gwangju-seogu', name: '광주 서구', code: '29140', parent: 'gwangju' },
  { id: 'gwangju-donggu', name: '광주 동구', code: '29110', parent: 'gwangju' },
  { id: 'gunsan', name: '군산시', code: '52130', parent: 'kr' },
]);

const today = '2026-11-20';
const age = (years: number) => ({ min: years, max: years });
const youthInGwangju: EligibilityRule = { regions: ['gwangju'], eligibility: { age: { min: 19, max: 39 } } };
const texts = (profile: Profile, rule: EligibilityRule) =>
  matchEligibility(profile, rule, tree, today).reasons.map((r) => r.text);
const verdict = (profile: Profile, rule: EligibilityRule) => matchEligibility(profile, rule, tree, today).verdict;

describe('matchEligibility: age', () => {
  it('accepts the youngest and the oldest age of an inclusive range', () => {
    expect(verdict({ region: 'gwangju-seogu', age: age(19) }, youthInGwangju)).toBe('eligible');
    expect(verdict({ region: 'gwangju-seogu', age: age(39) }, youthInGwangju)).toBe('eligible');
    expect(texts({ region: 'gwangju-seogu', age: age(27) }, youthInGwangju)).toContain('만 27세 — 만 19~39세 대상 ✓');
  });

  it('rejects one year under the minimum and one year over the maximum', () => {
    expect(verdict({ region: 'gwangju-seogu', age: age(18) }, youthInGwangju)).toBe('ineligible');
    expect(verdict({ region: 'gwangju-seogu', age: age(40) }, youthInGwangju)).toBe('ineligible');
    expect(texts({ region: 'gwangju-seogu', age: age(40) }, youthInGwangju)).toContain('만 40세 — 만 19~39세 대상 ✗');
  });

  it('handles a range open on one side', () => {
    expect(verdict({ age: age(70) }, { regions: ['kr'], eligibility: { age: { min: 19 } } })).toBe('eligible');
    expect(verdict({ age: age(35) }, { regions: ['kr'], eligibility: { age: { max: 34 } } })).toBe('ineligible');
  });

  it('asks to check when a birth year leaves the 만 나이 on either side of a bound', () => {
    const born = { min: 39, max: 40, birthYear: 1986 };
    const match = matchEligibility({ region: 'gwangju', age: born }, youthInGwangju, tree, today);
    expect(match.verdict).toBe('check');
    expect(match.reasons.map((r) => r.text)).toContain(
      '1986년생(만 39~40세) — 만 19~39세 대상, 생일이 지났는지에 따라 달라요 (만 나이로 알려 주세요)',
    );
    expect(verdict({ region: 'gwangju', age: { min: 26, max: 27, birthYear: 1999 } }, youthInGwangju)).toBe('eligible');
  });

  it('makes an unanswered age a condition to check, never eligible', () => {
    const match = matchEligibility({ region: 'gwangju-seogu' }, youthInGwangju, tree, today);
    expect(match.verdict).toBe('check');
    expect(match.reasons[1]).toEqual({
      result: 'check',
      text: '만 19~39세 대상 — 나이를 알려 주시면 확인해 드려요',
      question: 'age',
    });
  });
});

describe('matchEligibility: region', () => {
  it('treats a resident of a district as a resident of its city', () => {
    expect(texts({ region: 'gwangju-seogu', age: age(27) }, youthInGwangju)).toContain(
      '거주지 광주 서구 — 광주광역시 대상 ✓',
    );
    expect(texts({ region: 'gwangju-seogu' }, { regions: ['gwangju-seogu'] })).toEqual(['거주지 광주 서구 ✓']);
  });

  it('rejects a resident of another district for a district-only entry', () => {
    const match = matchEligibility({ region: 'gwangju-seogu' }, { regions: ['gwangju-donggu'] }, tree, today);
    expect(match).toEqual({
      verdict: 'ineligible',
      reasons: [{ result: 'unmet', text: '거주지 광주 서구 — 광주 동구 거주자 대상 ✗', question: 'region' }],
      applicant: 'person',
    });
  });

  it('asks a city resident for the district of a district-only entry, never rules it out or in', () => {
    const match = matchEligibility({ region: 'gwangju' }, { regions: ['gwangju-donggu'] }, tree, today);
    expect(match.verdict).toBe('check');
    expect(match.reasons).toEqual([
      {
        result: 'check',
        text: '광주 동구 거주자 대상 — 광주광역시의 어느 시·군·구에 사는지 알려 주시면 확인해 드려요',
        question: 'region',
      },
    ]);
    expect(verdict({ region: 'gunsan' }, { regions: ['gwangju-donggu'] })).toBe('ineligible');
  });

  it('accepts anyone, even without a region, for a nationwide entry', () => {
    expect(matchEligibility({}, { regions: ['kr'] }, tree, today)).toEqual({
      verdict: 'eligible',
      reasons: [{ result: 'met', text: '전국 대상 ✓' }],
      applicant: 'person',
    });
    expect(verdict({ region: 'gunsan' }, { regions: ['kr'] })).toBe('eligible');
  });

  it('asks to check, without failing, when the region id is unknown', () => {
    const match = matchEligibility({ region: 'atlantis' }, { regions: ['gwangju'] }, tree, today);
    expect(match.verdict).toBe('check');
    expect(match.reasons[0]?.text).toBe('광주광역시 거주자 대상 — 알 수 없는 지역이라 사는 곳을 다시 골라 주세요');
    expect(verdict({ region: 'atlantis' }, { regions: ['kr'] })).toBe('eligible');
  });
});

describe('matchEligibility: the empty profile and other conditions', () => {
  it('with no answers, nothing is ineligible and conditions are to be checked', () => {
    expect(verdict({}, youthInGwangju)).toBe('check');
    expect(verdict({}, { regions: ['gwangju-donggu'], eligibility: { employment: ['founder'] } })).toBe('check');
  });

  it('gives no reason for a condition the entry does not have', () => {
    expect(texts({ employment: 'employed', marital: 'married', age: age(60) }, { regions: ['kr'] })).toEqual([
      '전국 대상 ✓',
    ]);
  });

  it('checks employment, education and marital status against the allowed values', () => {
    const rule: EligibilityRule = {
      regions: ['kr'],
      eligibility: { employment: ['unemployed', 'freelancer'], education: ['university-student'], marital: 'married' },
    };
    expect(texts({ employment: 'employed', education: 'university-student', marital: 'married' }, rule)).toEqual([
      '전국 대상 ✓',
      '재직자 — 미취업자, 프리랜서 대상 ✗',
      '대학 재학 — 대학 재학 대상 ✓',
      '기혼 — 기혼 대상 ✓',
    ]);
    expect(verdict({ employment: 'freelancer', education: 'university-student', marital: 'married' }, rule)).toBe(
      'eligible',
    );
    expect(verdict({ employment: 'freelancer', education: 'university-student' }, rule)).toBe('check');
  });

  it('leaves free-text income, conditions and exclusions to the notice: likely, not check', () => {
    const rule: EligibilityRule = {
      regions: ['kr'],
      eligibility: { income: '기준 중위소득 150% 이하', conditions: ['무주택자'], excluded: ['대학원생'] },
    };
    const match = matchEligibility({ region: 'gwangju' }, rule, tree, today);
    expect(match.verdict).toBe('likely');
    expect(match.reasons.map((r) => r.text)).toEqual([
      '전국 대상 ✓',
      '공고에서 확인: 소득 기준 기준 중위소득 150% 이하',
      '공고에서 확인: 무주택자',
      '이런 경우는 신청할 수 없어요: 대학원생',
    ]);
  });

  it('an unmet condition outweighs conditions still to check', () => {
    const rule: EligibilityRule = { regions: ['gunsan'], eligibility: { income: '소득 무관' } };
    expect(verdict({ region: 'gwangju' }, rule)).toBe('ineligible');
  });
});
