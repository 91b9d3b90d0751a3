import { NATIONWIDE, type Region, type RegionTree } from './regions';
import type { CenterKind } from './vocabulary';

/**
 * Youth centres by region, built once per build: which centres a person of a region can
 * walk into, how many each 시·도 and 시·군·구 has, and which region's centre list a page
 * should link to. With the national list (about 674 centres) no page may list them all:
 * a region's list holds only the centres inside it.
 */

export interface CenterSummary {
  id: string;
  name: string;
  region: string;
  address: string;
  kind?: CenterKind | undefined;
}

/** `/centers/near.json`: region id -> [list region id, its name, centres in it]. */
export type NearMap = Record<string, [listRegion: string, name: string, count: number]>;

export interface ProvinceGroup {
  province: Region;
  /** Centres anywhere in the 시·도. */
  count: number;
  /** The regions centres name inside it (a 시·군·구, a 구, or the 시·도 itself) in tree order, with their own count. */
  places: { region: Region; count: number }[];
}

/** 청년센터 before 청년공간 (a person with an application question wants the first), then by name. */
function helpFirst(a: CenterSummary, b: CenterSummary): number {
  const rank = (center: CenterSummary) => (center.kind === 'center' ? 0 : center.kind === undefined ? 1 : 2);
  return rank(a) - rank(b) || a.name.localeCompare(b.name, 'ko');
}

export class CenterDirectory {
  readonly #regions: RegionTree;
  /** Region id -> centres placed exactly there. */
  readonly #placed = new Map<string, CenterSummary[]>();
  /** Region id -> centres anywhere inside it. */
  readonly #within = new Map<string, CenterSummary[]>();

  constructor(centers: readonly CenterSummary[], regions: RegionTree) {
    this.#regions = regions;
    for (const center of [...centers].sort(helpFirst)) {
      push(this.#placed, center.region, center);
      for (const region of regions.selfAndAncestors(center.region)) push(this.#within, region.id, center);
    }
  }

  /** Centres inside a region (itself or below it), 청년센터 first. */
  within(region: string): readonly CenterSummary[] {
    return this.#within.get(region) ?? [];
  }

  /** Centres placed exactly in a region. */
  placedIn(region: string): readonly CenterSummary[] {
    return this.#placed.get(region) ?? [];
  }

  /** Regions that get a centre list page: every region with a centre inside it, but the whole country. */
  listRegions(): Region[] {
    return this.#regions.all().filter((region) => region.id !== NATIONWIDE && this.within(region.id).length > 0);
  }

  /**
   * The nearest region with centres for a person of `region`: the region itself, else the
   * closest enclosing one (a 군 without a centre gets its 도's). Never the whole country:
   * "near you" in another province would not be near.
   */
  nearestListRegion(region: string): string | undefined {
    return this.#regions
      .selfAndAncestors(region)
      .find((candidate) => candidate.id !== NATIONWIDE && this.within(candidate.id).length > 0)?.id;
  }

  /**
   * The centres for the people of an entry's regions: inside those regions, else inside the
   * nearest enclosing region that has some. Nationwide entries have no "near".
   */
  nearEntry(entryRegions: readonly string[]): { listRegion?: string; centers: CenterSummary[] } {
    if (entryRegions.includes(NATIONWIDE)) return { centers: [] };
    const lists = [...new Set(entryRegions.flatMap((id) => this.nearestListRegion(id) ?? []))];
    const centers = [...new Set(lists.flatMap((id) => this.within(id)))].sort(helpFirst);
    return lists.length === 1 && lists[0] !== undefined ? { listRegion: lists[0], centers } : { centers };
  }

  /** 시·도 with centres, each with the places centres name inside it. */
  provinceGroups(): ProvinceGroup[] {
    return this.#regions.provinces().flatMap((province) => {
      const count = this.within(province.id).length;
      if (count === 0) return [];
      const places = [province, ...this.#regions.subtree(province.id)]
        .map((region) => ({ region, count: this.placedIn(region.id).length }))
        .filter((place) => place.count > 0);
      return [{ province, count, places }];
    });
  }

  /**
   * For pages that learn the region in the browser (finder, search): every region -> the
   * region whose centre list to link, its name and how many centres it holds. Its size
   * follows the number of regions (about 290), never the number of centres.
   */
  nearMap(): NearMap {
    const map: NearMap = {};
    for (const region of this.#regions.all()) {
      const list = this.nearestListRegion(region.id);
      if (list !== undefined) map[region.id] = [list, this.#regions.name(list), this.within(list).length];
    }
    return map;
  }
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}
