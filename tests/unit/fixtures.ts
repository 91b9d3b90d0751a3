import type { Listing } from '../../src/lib/listing';

/** A small region tree: the country, a city with two districts, a province with a city. */
export const regionList = [
  { id: 'kr', name: '전국', code: '00' },
  { id: 'gwangju', name: '광주광역시', code: '29', parent: 'kr' },
  { id: 'gwangju-seogu', name: '광주 서구', code: '29140', parent: 'gwangju' },
  { id: 'gwangju-namgu', name: '광주 남구', code: '29155', parent: 'gwangju' },
  { id: 'jeonbuk', name: '전북특별자치도', code: '52', parent: 'kr' },
  { id: 'gunsan', name: '군산시', code: '52130', parent: 'jeonbuk' },
];

/** A housing policy for 광주광역시, always open, titled by its id; `overrides` change the rest. */
export function listing(id: string, overrides: Partial<Listing> = {}): Listing {
  return {
    kind: 'policy',
    id,
    title: id,
    summary: '',
    category: 'housing',
    regions: ['gwangju'],
    tags: [],
    period: { type: 'always' },
    updated: '2026-10-01',
    ...overrides,
  };
}
