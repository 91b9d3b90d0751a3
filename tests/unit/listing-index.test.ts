import { describe, expect, it } from 'vitest';
import type { Listing } from '../../src/lib/listing';
import { ListingIndex } from '../../src/lib/listing-index';
import { RegionTree } from '../../src/lib/regions';

const regions = new RegionTree([
  { id: 'kr', name: '전국', code: '00' },
  { id: 'gwangju', name: '광주광역시', code: '29', parent: 'kr' },
  { id: 'gwangju-seogu', name: '광주 서구', code: '29140', parent: 'gwangju' },
  { id: 'gwangju-namgu', name: '광주 남구', code: '29155', parent: 'gwangju' },
  { id: 'jeonbuk', name: '전북특별자치도', code: '52', parent: 'kr' },
  { id: 'gunsan', name: '군산시', code: '52130', parent: 'jeonbuk' },
]);

function listing(id: string, regionIds: string[], overrides: Partial<Listing> = {}): Listing {
  return {
    kind: 'policy',
    id,
    title: id,
    summary: '',
    category: 'housing',
    regions: regionIds,
    tags: [],
    period: { type: 'always' },
    updated: '2026-10-01',
    ...overrides,
  };
}

const national = listing('national', ['kr']);
const city = listing('city', ['gwangju'], { category: 'jobs' });
const seogu = listing('seogu', ['gwangju-seogu']);
const namgu = listing('namgu', ['gwangju-namgu']);
const twoDistricts = listing('two-districts', ['gwangju-seogu', 'gwangju-namgu'], { category: 'jobs' });
const gunsan = listing('gunsan', ['gunsan'], { kind: 'program', center: 'gunsan-youth-center' });
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
    const target = listing('target', ['gwangju-seogu', 'gunsan']);
    expect(ids(index.relatedCandidates(target))).toEqual(['national', 'seogu', 'gunsan']);
  });

  it('finds entries by category, and by center', () => {
    expect(ids(index.inCategory('jobs'))).toEqual(['city', 'two-districts']);
    expect(index.inCategory('unknown')).toEqual([]);
    expect(ids(index.ofCenter('gunsan-youth-center'))).toEqual(['gunsan']);
  });
});
