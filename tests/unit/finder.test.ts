import { describe, expect, it } from 'vitest';
import {
  ageError,
  type FinderEntry,
  finderResults,
  hasAnswers,
  profileFromParams,
  profileToParams,
} from '../../src/lib/finder';
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
