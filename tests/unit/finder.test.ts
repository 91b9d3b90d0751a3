import { describe, expect, it } from 'vitest';
import { missOf } from '../../src/lib/eligibility';
import {
  ageError,
  type FinderEntry,
  finderResults,
  hasAnswers,
  profileFromParams,
  profileToParams,
} from '../../src/lib/eligibility/finder';
import { entryCalendarPath, personalPaths, withBase } from '../../src/lib/paths';
import { RegionTree } from '../../src/lib/regions';

const tree = new RegionTree([
  { id: 'kr', name: '전국', code: '00' },
  { id: 'gwangju', name: '광주광역시', code: '29', parent: 'kr' },
  { id: 'gwangju-seogu', name: '광주 서구', code: '29140', parent: 'gwangju' },
  { id: 'gwangju-donggu', name: '광주 동구', code: '29110', parent: 'gwangju' },
]);
const today = '2026-11-20';
const parse = (query: string) => profileFromParams(new URLSearchParams(query), tree, today);

describe('profileFromParams and profileToParams', () => {
  it('reads every answer from the URL and writes the same URL back', () => {
    const query =
      'age=27&region=gwangju-seogu&employment=unemployed&education=university-graduate&marital=single&category=jobs&category=housing';
    const profile = parse(query);
    expect(profile).toEqual({
      age: { min: 27, max: 27 },
      region: 'gwangju-seogu',
      employment: 'unemployed',
      education: 'university-graduate',
      marital: 'single',
      categories: ['jobs', 'housing'],
    });
    expect(profileToParams(profile).toString()).toBe(query);
  });

  it('reads a birth year as two possible 만 나이 and keeps the birth year in the URL', () => {
    expect(parse('age=1999')).toMatchObject({ age: { min: 26, max: 27, birthYear: 1999 } });
    expect(profileToParams(parse('age=1999')).get('age')).toBe('1999');
  });

  it('drops answers that are not valid values instead of failing', () => {
    const profile = parse('age=abc&employment=astronaut&marital=&category=space&category=jobs&category=jobs');
    expect(profile).toEqual({ categories: ['jobs'] });
    expect(parse('age=2999').age).toBeUndefined();
    expect(parse('age=150').age).toBeUndefined();
  });

  it('explains in Korean an age answer it cannot read, and accepts empty, ages and birth years', () => {
    expect(ageError('스물', today)).toMatch(/^만 나이\(0~120\) 또는 태어난 해/);
    expect(ageError('2999', today)).toBeDefined();
    expect(ageError('', today)).toBeUndefined();
    expect(ageError('27', today)).toBeUndefined();
    expect(ageError('1999', today)).toBeUndefined();
  });

  it('keeps an unknown region id so matching can say it was not checked', () => {
    expect(parse('region=atlantis').region).toBe('atlantis');
  });

  it('takes the most specific region when a form without JavaScript sends 시·도 and 시·군·구', () => {
    expect(parse('region=gwangju&region=gwangju-donggu').region).toBe('gwangju-donggu');
    expect(parse('region=gwangju&region=').region).toBe('gwangju');
  });

  it('reads the follow-up answers with the parameter names of the content model and writes them back', () => {
    const query =
      'age=27&region=gwangju-seogu&months=24&employment=unemployed&major=engineering&household=1&income=180&parentsHousehold=4&parentsIncome=550&annualIncome=2100&homeless=1&apart=1&householder=0&group=woman&group=care-leaver&category=housing';
    const profile = parse(query);
    expect(profile).toMatchObject({
      months: 24,
      major: 'engineering',
      household: 1,
      income: 180,
      parentsHousehold: 4,
      parentsIncome: 550,
      annualIncome: 2100,
      homeless: true,
      apart: true,
      householder: false,
      groups: ['woman', 'care-leaver'],
    });
    expect(profileToParams(profile).toString()).toBe(query);
  });

  it('keeps group=none as "none of the groups", and drops unreadable follow-up answers', () => {
    expect(parse('group=none').groups).toEqual([]);
    expect(profileToParams(parse('group=none')).toString()).toBe('group=none');
    expect(parse('')).not.toHaveProperty('groups', []);
    expect(parse('homeless=yes&household=0&income=-5&months=abc&major=magic')).toEqual({ categories: [] });
  });

  it('knows when the person answered nothing', () => {
    expect(hasAnswers(parse(''))).toBe(false);
    expect(hasAnswers(parse('employment=nope'))).toBe(false);
    expect(hasAnswers(parse('category=jobs'))).toBe(true);
  });
});

const entry = (id: string, overrides: Partial<FinderEntry>): FinderEntry => ({
  kind: 'policy',
  id,
  title: id,
  category: 'jobs',
  regions: ['kr'],
  period: { type: 'always' },
  updated: '2026-10-01',
  ...overrides,
});

const entries = [
  entry('later', { period: { type: 'fixed', start: '2026-11-01', end: '2026-12-31' } }),
  entry('soon', { period: { type: 'fixed', start: '2026-11-01', end: '2026-11-24' } }),
  entry('closed', { period: { type: 'closed' } }),
  entry('donggu-rent', { category: 'housing', regions: ['gwangju-donggu'] }),
  entry('youth-rent', { category: 'housing', regions: ['gwangju'], eligibility: { age: { min: 19, max: 39 } } }),
];

const ids = (results: readonly { entry: FinderEntry }[]) => results.map((result) => result.entry.id);

describe('finderResults', () => {
  it('groups by verdict, closing soon first, and leaves closed entries out', () => {
    const results = finderResults(parse('region=gwangju-seogu'), entries, tree, today, { includeClosed: false });
    expect(ids(results.byVerdict.eligible)).toEqual(['soon', 'later']);
    expect(ids(results.byVerdict.check)).toEqual(['youth-rent']);
    expect(ids(results.byVerdict.ineligible)).toEqual(['donggu-rent']);
    expect(results.closedHidden).toBe(1);
  });

  it('includes closed entries when asked', () => {
    const results = finderResults({}, entries, tree, today, { includeClosed: true });
    expect(ids(results.byVerdict.eligible)).toEqual(['soon', 'later', 'closed']);
    expect(results.closedHidden).toBe(0);
  });

  it('keeps only the chosen categories and counts each verdict', () => {
    const results = finderResults(parse('region=gwangju-seogu&age=27&category=housing'), entries, tree, today, {
      includeClosed: false,
    });
    expect(ids(results.byVerdict.eligible)).toEqual(['youth-rent']);
    expect(ids(results.byVerdict.ineligible)).toEqual(['donggu-rent']);
    expect(results.counts).toEqual({ eligible: 1, likely: 0, check: 0, ineligible: 1 });
  });

  it("leaves a business's entries out of a person's results", () => {
    const withBusiness = [...entries, entry('hire-bonus', { eligibility: { applicant: 'business' } })];
    const results = finderResults({}, withBusiness, tree, today, { includeClosed: false });
    expect(
      Object.values(results.byVerdict)
        .flat()
        .map((result) => result.entry.id),
    ).not.toContain('hire-bonus');
  });

  it('lists only the follow-up questions that would change a verdict, most results first', () => {
    const housing = [
      entry('rent', { eligibility: { housing: { homeless: true, householder: true } } }),
      entry('loan', { eligibility: { housing: { homeless: true } } }),
      entry('elsewhere', { regions: ['gwangju-donggu'], eligibility: { majors: ['arts'] } }),
    ];
    const asked = finderResults(parse('region=gwangju-seogu'), housing, tree, today, { includeClosed: false });
    expect(asked.questions).toEqual([
      { question: 'homeless', entries: 2 },
      { question: 'householder', entries: 1 },
    ]);
    const answered = finderResults(parse('region=gwangju-seogu&homeless=1&householder=0'), housing, tree, today, {
      includeClosed: false,
    });
    expect(answered.questions).toEqual([]);
  });
});

describe('finderResults: near misses first', () => {
  it('lists an entry failing one condition other than region first, and other regions last', () => {
    const misses = [
      entry('elsewhere', { regions: ['gwangju-donggu'] }),
      entry('two-misses', { eligibility: { age: { max: 24 }, housing: { homeless: true } } }),
      entry('rent-income', { eligibility: { medianIncome: [{ percent: 60, household: 'own' }] } }),
    ];
    const found = finderResults(
      parse('age=27&region=gwangju-seogu&homeless=0&household=1&income=180'),
      misses,
      tree,
      today,
      { includeClosed: false },
    );
    expect(ids(found.byVerdict.ineligible)).toEqual(['rent-income', 'two-misses', 'elsewhere']);
  });

  it('says what would change a near miss, in won for income and in months for residence', () => {
    const near = (query: string, eligibility: FinderEntry['eligibility']) => {
      const [result] = finderResults(parse(query), [entry('one', { eligibility })], tree, today, {
        includeClosed: false,
      }).byVerdict.ineligible;
      return result && missOf(result.match);
    };
    // 2026 1인 가구 기준 중위소득 2,564,238원 × 60% = 1,538,542원.
    expect(near('household=1&income=180', { medianIncome: [{ percent: 60, household: 'own' }] })).toMatchObject({
      kind: 'near',
      reason: { question: 'household', change: '가구 월 소득이 27만원 낮으면' },
    });
    expect(near('annualIncome=3500', { annualIncome: { max: 30_000_000, of: 'self' } })).toMatchObject({
      reason: { change: '본인 연소득이 500만원 낮으면' },
    });
    expect(near('region=gwangju-seogu&months=3', { residenceMonths: 6 })).toMatchObject({
      reason: { change: '3개월 더 살면' },
    });
    expect(near('age=17', { age: { min: 19, max: 39 } })).toMatchObject({ reason: { change: '만 19세가 되면' } });
    expect(near('age=40', { age: { min: 19, max: 39 } })).not.toHaveProperty('reason.change');
    expect(near('homeless=0', { housing: { homeless: true } })).toMatchObject({ reason: { change: '무주택이면' } });
    expect(near('employment=employed', { employment: ['unemployed', 'freelancer'] })).toMatchObject({
      reason: { change: '취업 상태가 미취업자나 프리랜서면' },
    });
    expect(near('group=none', { groups: ['care-leaver'] })).toMatchObject({
      reason: { change: '자립준비청년·보호종료아동에 해당하면' },
    });
  });
});

describe('routes of the finder, the saved list and entry calendars', () => {
  it('puts each entry calendar under /calendar/<kind folder>/ with the entry id as the file name', () => {
    expect(entryCalendarPath('policy', 'gwangju/rent-deposit-interest')).toBe(
      '/calendar/policies/gwangju/rent-deposit-interest.ics',
    );
    expect(withBase('/youth/', entryCalendarPath('program', 'gunsan/mock-interview'))).toBe(
      '/youth/calendar/programs/gunsan/mock-interview.ics',
    );
  });

  it('keeps the finder, its entries file and the saved list at fixed addresses people bookmark', () => {
    expect([personalPaths.finder(), personalPaths.finderEntries(), personalPaths.saved()]).toEqual([
      '/finder/',
      '/finder/entries.json',
      '/saved/',
    ]);
  });
});
