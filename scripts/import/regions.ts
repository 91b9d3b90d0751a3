import type { Region } from '../../src/lib/regions';
import { RegionTree } from '../../src/lib/regions';
import { cityDistricts, countryCode, provinces } from './sigungu-codes';
import { splitList, unique } from './text';

/**
 * `zipCd` (a comma list of 5-digit 시·군·구 codes, sometimes 2-digit 시·도 codes) to
 * region ids of `regions.yaml`. A list covering every district of a city means the city,
 * every 시·군·구 of a 시·도 means the 시·도, and all of them means the whole country.
 * A code `regions.yaml` does not know is reported and never widened to its parent: a
 * policy for 광주 서구 only must not be offered to the whole of 광주.
 */
export interface RegionMapping {
  regions: string[];
  unknown: string[];
}

function collapse(codes: Set<string>): Set<string> {
  const result = new Set(codes);
  for (const [city, districts] of Object.entries(cityDistricts)) {
    if (districts.every((code) => result.has(code))) {
      for (const code of districts) result.delete(code);
      result.add(city);
    }
  }
  for (const [province, units] of Object.entries(provinces)) {
    if (result.has(province) || units.every((code) => result.has(code))) {
      for (const code of [...result]) if (code.startsWith(province)) result.delete(code);
      result.add(province);
    }
  }
  if (Object.keys(provinces).every((province) => result.has(province))) return new Set([countryCode]);
  return result;
}

/** The codes a collapsed code stands for, to try when `regions.yaml` lacks the code itself. */
function parts(code: string): readonly string[] {
  if (code === countryCode) return Object.keys(provinces);
  return provinces[code] ?? cityDistricts[code] ?? [];
}

export function mapRegionCodes(raw: unknown, regions: readonly Region[]): RegionMapping {
  const byCode = new Map(regions.map((region) => [region.code, region.id]));
  const tokens = unique(splitList(raw, /[,\s]+/));
  const unknown = tokens.filter((code) => !/^(\d{2}|\d{5})$/.test(code));
  const codes = collapse(new Set(tokens.filter((code) => /^(\d{2}|\d{5})$/.test(code))));

  const resolve = (code: string): { ids: string[]; unknown: string[] } => {
    const id = byCode.get(code);
    if (id !== undefined) return { ids: [id], unknown: [] };
    const resolved = parts(code).map(resolve);
    const ids = resolved.flatMap((part) => part.ids);
    // Report the code as written when none of it is known, not its hundred parts.
    return ids.length === 0 ? { ids, unknown: [code] } : { ids, unknown: resolved.flatMap((part) => part.unknown) };
  };

  const ids: string[] = [];
  for (const code of [...codes].sort()) {
    const resolved = resolve(code);
    ids.push(...resolved.ids);
    unknown.push(...resolved.unknown);
  }
  // Drop a district when its city is listed too: the city already includes it.
  const tree = new RegionTree(regions);
  const kept = unique(ids).filter(
    (id) =>
      !tree
        .selfAndAncestors(id)
        .slice(1)
        .some((ancestor) => ids.includes(ancestor.id)),
  );
  return { regions: kept, unknown: unique(unknown) };
}
