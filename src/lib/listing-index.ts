import type { Listing } from './listing';
import type { RegionTree } from './regions';

/**
 * Lookups over every listing, built once per build. Pages ask "what can a resident of
 * this region use", "what is in this category", "what does this center run" many times;
 * answering each by scanning every entry made the build quadratic in the catalogue
 * (a related-entry lookup per detail page scanned all entries). Answers keep the order of
 * the listings given, so lists built from them are stable from build to build.
 */
export class ListingIndex<T extends Listing> {
  readonly all: readonly T[];
  readonly #regions: RegionTree;
  readonly #position = new Map<T, number>();
  readonly #byRegion = new Map<string, T[]>();
  readonly #byCategory = new Map<string, T[]>();
  readonly #byCenter = new Map<string, T[]>();
  readonly #eligible = new Map<string, T[]>();

  constructor(listings: readonly T[], regions: RegionTree) {
    this.all = listings;
    this.#regions = regions;
    listings.forEach((listing, position) => {
      this.#position.set(listing, position);
      for (const region of new Set(listing.regions)) push(this.#byRegion, region, listing);
      push(this.#byCategory, listing.category, listing);
      if (listing.center !== undefined) push(this.#byCenter, listing.center, listing);
    });
  }

  inCategory(category: string): readonly T[] {
    return this.#byCategory.get(category) ?? [];
  }

  ofCenter(center: string): readonly T[] {
    return this.#byCenter.get(center) ?? [];
  }

  /**
   * Entries a resident of `residence` can use (they name the region or one enclosing it),
   * optionally of one category. The same answer as filtering with
   * `RegionTree.isResidentEligible`, from the per-region lists.
   */
  eligibleFor(residence: string, category?: string): readonly T[] {
    const cacheKey = `${residence}\u0000${category ?? ''}`;
    let found = this.#eligible.get(cacheKey);
    if (found === undefined) {
      const regionIds = this.#regions.selfAndAncestors(residence).map((region) => region.id);
      const union = this.#union(regionIds);
      found = category === undefined ? union : union.filter((listing) => listing.category === category);
      this.#eligible.set(cacheKey, found);
    }
    return found;
  }

  /** Entries only residents of places strictly inside `region` can use (a city's district-only entries). */
  onlyWithin(region: string): T[] {
    const inside = this.#union(this.#regions.descendants(region).map((descendant) => descendant.id));
    return inside.filter((listing) => !this.#regions.isResidentEligible(region, listing.regions));
  }

  /** Entries of the target's category open to residents of one of the target's regions. */
  relatedCandidates(target: Pick<Listing, 'category' | 'regions'>): T[] {
    return this.#sorted(new Set(target.regions.flatMap((region) => [...this.eligibleFor(region, target.category)])));
  }

  #union(regionIds: readonly string[]): T[] {
    return this.#sorted(new Set(regionIds.flatMap((id) => this.#byRegion.get(id) ?? [])));
  }

  #sorted(listings: Set<T>): T[] {
    return [...listings].sort((a, b) => (this.#position.get(a) ?? 0) - (this.#position.get(b) ?? 0));
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}
