import { describe, expect, it } from 'vitest';
import { countsByCategory, countsByLevel, levelLabel, levelParts } from '../../src/lib/list-counts';
import type { Listing } from '../../src/lib/listing';
import { RegionTree } from '../../src/lib/regions';
import { listing, regionList } from './fixtures';

const regions = new RegionTree(regionList);
const at = (id: string, regionIds: string[], overrides: Partial<Listing> = {}) =>
  listing(id, { regions: regionIds, ...overrides });

const all = [
  at('national-1', ['kr']),
  at('national-2', ['kr'], { category: 'jobs' }),
  at('city', ['gwangju'], { category: 'jobs' }),
  at('seogu', ['gwangju-seogu']),
  at('seogu-and-city', ['gwangju-seogu', 'gwangju']),
  at('namgu', ['gwangju-namgu']),
  at('gunsan', ['gunsan'], { kind: 'program' }),
];
const eligibleFor = (residence: string) => all.filter((l) => regions.isResidentEligible(residence, l.regions));
const summary = (residence: string) =>
  countsByLevel(regions, residence, eligibleFor(residence)).map(({ region, count }) => [region.id, count]);

describe('counts by level: what a region page total is made of', () => {
  it('splits a district total into the district, its city and the country, adding up to the total', () => {
    expect(summary('gwangju-seogu')).toEqual([
      ['gwangju-seogu', 2],
      ['gwangju', 1],
      ['kr', 2],
    ]);
    const sum = countsByLevel(regions, 'gwangju-seogu', eligibleFor('gwangju-seogu')).reduce((n, l) => n + l.count, 0);
    expect(sum).toBe(eligibleFor('gwangju-seogu').length);
  });

  it('counts an entry for a district and its city once, as a district entry', () => {
    expect(summary('gwangju-namgu')).toEqual([
      ['gwangju-namgu', 1],
      ['gwangju', 2],
      ['kr', 2],
    ]);
  });

  it('leaves out an enclosing region with nothing of its own but keeps the residence and the country', () => {
    expect(summary('gunsan')).toEqual([
      ['gunsan', 1],
      ['kr', 2],
    ]);
    expect(summary('jeonbuk')).toEqual([
      ['jeonbuk', 0],
      ['kr', 2],
    ]);
    expect(summary('kr')).toEqual([['kr', 2]]);
  });

  it('does not count an entry the resident may not use', () => {
    expect(countsByLevel(regions, 'gwangju-seogu', all).reduce((n, l) => n + l.count, 0)).toBe(5);
  });
});

describe('level labels', () => {
  it('names the residence, an enclosing region as a whole, and the country in plain words', () => {
    const [seogu, gwangju, kr] = regions.selfAndAncestors('gwangju-seogu');
    if (!seogu || !gwangju || !kr) throw new Error('fixture tree changed');
    expect(levelLabel(seogu, 'gwangju-seogu')).toBe('광주 서구');
    expect(levelLabel(gwangju, 'gwangju-seogu')).toBe('광주광역시 전체');
    expect(levelLabel(gwangju, 'gwangju')).toBe('광주광역시');
    expect(levelLabel(kr, 'gwangju-seogu')).toBe('전국');
  });

  it('writes the parts of a district total as one line', () => {
    const levels = countsByLevel(regions, 'gwangju-seogu', eligibleFor('gwangju-seogu'));
    const line = levelParts(levels, 'gwangju-seogu')
      .map(({ label, count }) => `${label} ${count}`)
      .join(' · ');
    expect(line).toBe('광주 서구 2 · 광주광역시 전체 1 · 전국 2');
  });
});

describe('counts by category', () => {
  it('counts each category in the vocabulary order, with zero for a category without entries', () => {
    expect(countsByCategory(all).map(({ category, label, count }) => `${category}:${label}:${count}`)).toEqual([
      'jobs:일자리:2',
      'housing:주거:5',
      'education:교육:0',
      'welfare-culture:복지·문화:0',
      'participation:참여·권리:0',
    ]);
  });

  it('counts only the entries it is given (the policies of a policy list)', () => {
    const policies = all.filter((l) => l.kind === 'policy');
    expect(countsByCategory(policies).reduce((n, c) => n + c.count, 0)).toBe(policies.length);
  });
});
