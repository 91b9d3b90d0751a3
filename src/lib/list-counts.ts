import type { Listing } from './listing';
import { NATIONWIDE, type Region, type RegionTree } from './regions';
import { type CategoryId, categories } from './vocabulary';

/**
 * The counts lists show beside their chips and totals. A count must say what it counts:
 * a district page's total mixes entries for the district, for the city around it and for
 * the whole country, and a bare "31건" beside a city's "29건" read as a contradiction.
 */

export interface LevelCount {
  region: Region;
  count: number;
}

/**
 * What a resident of `residence` may use, split by the place each entry is for: the
 * residence itself, each enclosing region, 전국. An entry naming several of them counts
 * once, at the narrowest (a 서구-and-광주 entry is a 서구 entry). Enclosing regions with
 * nothing of their own are left out; the residence and 전국 always stay, so "서울특별시 0"
 * tells that nothing is only for Seoul. `eligible` are entries the resident may use;
 * any other entry is not counted.
 */
export function countsByLevel(
  regions: RegionTree,
  residence: string,
  eligible: readonly Pick<Listing, 'regions'>[],
): LevelCount[] {
  const levels = regions.selfAndAncestors(residence);
  const counts = new Map(levels.map((level) => [level.id, 0]));
  for (const listing of eligible) {
    const level = levels.find((candidate) => listing.regions.includes(candidate.id));
    if (level !== undefined) counts.set(level.id, (counts.get(level.id) ?? 0) + 1);
  }
  return levels
    .map((region) => ({ region, count: counts.get(region.id) ?? 0 }))
    .filter(({ region, count }, index) => index === 0 || region.id === NATIONWIDE || count > 0);
}

/**
 * How a level is named beside its count: the residence by its name, an enclosing region
 * as "<name> 전체" (a 서구 resident uses what is for all of 광주), the country as 전국.
 */
export function levelLabel(level: Region, residence: string): string {
  if (level.id === NATIONWIDE) return '전국';
  return level.id === residence ? level.name : `${level.name} 전체`;
}

/** The parts of a region's total as a region page shows them: 광주 서구 2 · 광주 전체 14 · 전국 15. */
export function levelParts(levels: readonly LevelCount[], residence: string): { label: string; count: number }[] {
  return levels.map(({ region, count }) => ({ label: levelLabel(region, residence), count }));
}

export interface CategoryCount {
  category: CategoryId;
  label: string;
  count: number;
}

/** How many of `listings` each category has, in the categories' order (a category with none counts 0). */
export function countsByCategory(listings: readonly Pick<Listing, 'category'>[]): CategoryCount[] {
  return categories.map(({ id, label }) => ({
    category: id,
    label,
    count: listings.filter((listing) => listing.category === id).length,
  }));
}
