import { describe, expect, it } from 'vitest';
import type { Listing } from '../../src/lib/listing';
import { ListingIndex } from '../../src/lib/listing-index';
import { RegionTree } from '../../src/lib/regions';
import { listing, regionList } from './fixtures';

const regions = new RegionTree(regionList);
const at = (id: string, regionIds: string[], overrides: Partial<Listing> = {}) =>
  listing(id, { regions: regionIds, ...overrides });

const national = at('national', ['kr']);
const city = at('city', ['gwangju'], { category: 'jobs' });
const seogu = at('seogu', ['gwangju-seogu']);
const namgu = at('namgu', ['gwangju-namgu']);
const twoDistricts = at('two-districts', ['gwangju-seogu', 'gwangju-namgu'], { category: 'jobs' });
const gunsan = at('gunsan', ['gunsan'], { kind: 'program', center: 'gunsan-youth-center' });
const all = [national, city, seogu, namgu, twoDistricts, gunsan];
const index = new ListingIndex(all, regions);
const ids = (listings: readonly Listing[]) => listings.map((l) => l.id);

describe('listing index', () => {
  it('answers "who can use this" exactly as the region rule does, for every region', () => {
    for (const region of regions.all()) {
      const expected = all.filter((l) => regions.isResidentEligible(region.id, l.regions));
      expect(ids(index.eligibleFor(region.id)), region.id).toEqual(ids(expected));
    }
  });

  it('narrows what a resident may use to one category', () => {
    expect(ids(index.eligibleFor('gwangju-seogu', 'jobs'))).toEqual(['city', 'two-districts']);
  });

  it('lists an entry naming two districts once', () => {
    expect(ids(index.onlyWithin('gwangju'))).toEqual(['seogu', 'namgu', 'two-districts']);
  });

  it('keeps district-only entries apart from what every resident of the city may use', () => {
    expect(ids(index.onlyWithin('kr'))).toEqual(['city', 'seogu', 'namgu', 'two-districts', 'gunsan']);
    expect(index.onlyWithin('gwangju-seogu')).toEqual([]);
  });

  it('finds related candidates of the same category reachable from any of the target regions', () => {
    const target = at('target', ['gwangju-seogu', 'gunsan']);
    expect(ids(index.relatedCandidates(target))).toEqual(['national', 'seogu', 'gunsan']);
  });

  it('finds entries by category, and by center', () => {
    expect(ids(index.inCategory('jobs'))).toEqual(['city', 'two-districts']);
    expect(index.inCategory('unknown')).toEqual([]);
    expect(ids(index.ofCenter('gunsan-youth-center'))).toEqual(['gunsan']);
  });
});
