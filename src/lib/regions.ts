/**
 * The region taxonomy as a tree. A person living in a region lives in all of its
 * ancestors: a resident of `gwangju-seogu` can use entries for `gwangju` and `kr`.
 */

/** The whole country: an entry for it is open to residents of every region. */
export const NATIONWIDE = 'kr';

/** True when an entry for `entryRegions` is open to everyone in the country. */
export function isNationwide(entryRegions: readonly string[]): boolean {
  return entryRegions.includes(NATIONWIDE);
}

export interface Region {
  id: string;
  name: string;
  code: string;
  parent?: string | undefined;
  /** Codes the region had before (a map change); records of either edition find it. */
  formerCodes?: readonly string[] | undefined;
}

export class RegionTree {
  readonly #byId: Map<string, Region>;

  constructor(regions: readonly Region[]) {
    // In 법정동 code order (동구 29110 before 서구 29140), the order people know from official lists.
    const ordered = [...regions].sort((a, b) => a.code.localeCompare(b.code));
    this.#byId = new Map(ordered.map((region) => [region.id, region]));
  }

  get(id: string): Region | undefined {
    return this.#byId.get(id);
  }

  all(): Region[] {
    return [...this.#byId.values()];
  }

  /** The region itself, then its parent, up to the root. Stops on a cycle. */
  selfAndAncestors(id: string): Region[] {
    const chain: Region[] = [];
    let current = this.#byId.get(id);
    while (current && !chain.includes(current)) {
      chain.push(current);
      current = current.parent === undefined ? undefined : this.#byId.get(current.parent);
    }
    return chain;
  }

  children(id: string): Region[] {
    return this.all().filter((region) => region.parent === id);
  }

  /** The 시·도: the regions directly below the whole country. */
  provinces(): Region[] {
    return this.children(NATIONWIDE);
  }

  /** True when `place` is `area` or lies inside it (광주 서구 is in 광주광역시 and in 전국). */
  contains(area: string, place: string): boolean {
    return this.selfAndAncestors(place).some((region) => region.id === area);
  }

  /** Every region below `id`, each followed by those below it (광주, 광주 동구, …, 전남, 목포시, …). */
  subtree(id: string): Region[] {
    return this.children(id).flatMap((child) => [child, ...this.subtree(child.id)]);
  }

  /** Every region below `id`, not including it. */
  descendants(id: string): Region[] {
    return this.all().filter((region) => region.id !== id && this.contains(id, region.id));
  }

  /** True when a resident of `residence` is within one of `entryRegions`. */
  isResidentEligible(residence: string, entryRegions: readonly string[]): boolean {
    return entryRegions.some((area) => this.contains(area, residence));
  }

  /**
   * Every region whose residents may use an entry for `entryRegions`: those regions and
   * everything below them, in code order. Search filters and embeds select by these.
   */
  residentRegions(entryRegions: readonly string[]): string[] {
    return this.all()
      .filter((region) => this.isResidentEligible(region.id, entryRegions))
      .map((region) => region.id);
  }

  /** True when an entry for `entryRegions` is limited to places strictly inside `region`. */
  isWithin(region: string, entryRegions: readonly string[]): boolean {
    return entryRegions.some((id) => id !== region && this.contains(region, id));
  }

  /** `광주 서구`, or the id itself when unknown (never throws in a page). */
  name(id: string): string {
    return this.#byId.get(id)?.name ?? id;
  }

  /** `광주 서구, 광주광역시`: the names of an entry's regions as one line. */
  names(ids: readonly string[]): string {
    return ids.map((id) => this.name(id)).join(', ');
  }

  /** Depth from the root: 0 for 전국, 1 for a 시·도, 2 for a 시·군·구. */
  depth(id: string): number {
    return this.selfAndAncestors(id).length - 1;
  }

  /**
   * The regions that get their own pages, feeds and calendars: 전국, every 시·도, and each
   * region an entry names with the regions enclosing it. A national tree has about 290
   * regions and most 시·군·구 have no entry of their own; their page would repeat the
   * 시·도 page, so they get none (about 1,100 files fewer) and link to the nearest page.
   */
  withPages(named: Iterable<string>): Set<string> {
    const ids = new Set([NATIONWIDE, ...this.provinces().map((region) => region.id)]);
    for (const id of named) for (const region of this.selfAndAncestors(id)) ids.add(region.id);
    return ids;
  }

  /** The region itself when it has a page, else the nearest enclosing region that has one. */
  pageOf(id: string, withPages: ReadonlySet<string>): string {
    return this.selfAndAncestors(id).find((region) => withPages.has(region.id))?.id ?? NATIONWIDE;
  }

  /**
   * Choices for a region picker, grouped by 시·도 (about 290 regions are too many for one
   * flat list): 전국, then per 시·도 the 시·도 itself and every region below it.
   */
  groupedChoices(): RegionChoice[] {
    const country = this.get(NATIONWIDE);
    return [
      ...(country === undefined ? [] : [{ value: country.id, label: country.name }]),
      ...this.provinces().flatMap((province) => [
        { value: province.id, label: `${province.name} 전체`, group: province.name },
        ...this.descendants(province.id).map((region) => ({
          value: region.id,
          label: region.name,
          group: province.name,
        })),
      ]),
    ];
  }
}

export interface RegionChoice {
  value: string;
  label: string;
  /** The 시·도 the choice is listed under. */
  group?: string;
}
