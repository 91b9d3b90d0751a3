import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { NATIONWIDE, type Region } from '../../src/lib/regions';
import { parseYaml } from '../lib/content-files';
import { splitList, unique } from './text';

/**
 * `zipCd` (a comma list of 5-digit 시·군·구 codes, sometimes 2-digit 시·도 codes, of
 * either code edition) to region ids.
 *
 * Which codes make up a city, a 시·도 or the country is read from the project's national
 * `content/regions.yaml` (current codes and `formerCodes`), the one home of that table.
 * A region counts as covered when the record names it, or when every region below it is
 * covered: all districts of a city are the city, every 시·군·구 of an edition is the whole
 * country. Nothing is ever widened: a record that names a code no edition knows is only
 * published when that code lies inside a region it already covers entirely; otherwise its
 * coverage cannot be decided and the record is skipped, never published narrowed.
 */

export interface RegionMapping {
  /** Region ids of the target content tree. */
  regions: string[];
  /** Codes no edition of the national table knows. */
  unknown: string[];
  /** Set when the record's coverage cannot be decided: it is skipped with this reason. */
  undecided?: string;
  /** What the report should say about a decided mapping (absorbed codes, regions the tree lacks). */
  notes: string[];
}

/** The national table: every region with its current and former codes. */
export class RegionCodeTable {
  readonly #byId: Map<string, Region>;
  readonly #byCode = new Map<string, string[]>();
  readonly #children = new Map<string, Region[]>();

  constructor(readonly regions: readonly Region[]) {
    this.#byId = new Map(regions.map((region) => [region.id, region]));
    for (const region of regions) {
      for (const code of [region.code, ...(region.formerCodes ?? [])]) {
        this.#byCode.set(code, [...(this.#byCode.get(code) ?? []), region.id]);
      }
      if (region.parent !== undefined) {
        this.#children.set(region.parent, [...(this.#children.get(region.parent) ?? []), region]);
      }
    }
  }

  get(id: string): Region | undefined {
    return this.#byId.get(id);
  }

  children(id: string): readonly Region[] {
    return this.#children.get(id) ?? [];
  }

  /** The regions below `id` that have none below them (시·군·구, 일반구). */
  leaves(id: string): Region[] {
    return this.children(id).flatMap((child) =>
      this.children(child.id).length === 0 ? [child] : this.leaves(child.id),
    );
  }

  /**
   * The regions a code names, in either edition. A split region's former code names every
   * successor. 세종 has no 시·군·구 of its own, so its one 시·군·구 code (36110) names the
   * 시·도: a 5-digit code under a 시·도 without districts is that 시·도.
   */
  named(code: string): string[] {
    const direct = this.#byCode.get(code);
    if (direct !== undefined) return direct;
    if (code.length !== 5) return [];
    return (this.#byCode.get(code.slice(0, 2)) ?? []).filter((id) => this.children(id).length === 0);
  }

  /** True when `place` is `area` or lies inside it. */
  contains(area: string, place: string): boolean {
    for (let id: string | undefined = place, steps = 0; id !== undefined && steps < 10; steps += 1) {
      if (id === area) return true;
      id = this.#byId.get(id)?.parent;
    }
    return false;
  }

  /** Every region below `id`. */
  descendants(id: string): Region[] {
    return this.children(id).flatMap((child) => [child, ...this.descendants(child.id)]);
  }

  /** True when an unknown code would lie inside `id` (its 시·도 prefix, or the country). */
  encloses(id: string, code: string): boolean {
    const region = this.#byId.get(id);
    if (region === undefined) return false;
    if (id === NATIONWIDE) return true;
    return [region.code, ...(region.formerCodes ?? [])].some(
      (own) => own.length === 2 && code.length === 5 && code.startsWith(own),
    );
  }
}

const codeShape = /^(\d{2}|\d{5})$/;

/** Which regions a set of named regions covers: named, or every region below covered. */
function coverage(table: RegionCodeTable, named: ReadonlySet<string>): (id: string) => boolean {
  const memo = new Map<string, boolean>();
  const covered = (id: string): boolean => {
    const known = memo.get(id);
    if (known !== undefined) return known;
    const children = table.children(id);
    const result = named.has(id) || (children.length > 0 && children.every((child) => covered(child.id)));
    memo.set(id, result);
    return result;
  };
  return covered;
}

/** The smallest set of covered regions, top-down from the whole country. */
function coveredRegions(table: RegionCodeTable, named: ReadonlySet<string>): string[] {
  const covered = coverage(table, named);
  const pick = (id: string): string[] => (covered(id) ? [id] : table.children(id).flatMap((child) => pick(child.id)));
  return pick(NATIONWIDE);
}

/**
 * A list that names as many distinct 시·군·구 codes under a 시·도 as the 시·도 has, some of
 * them new to our table, names the whole 시·도: a code table a little behind upstream
 * (a re-coded 군) must not turn a nationwide record into a skipped one. Returns the 시·도
 * so completed.
 */
function completedByCount(table: RegionCodeTable, named: Set<string>, unknown: readonly string[]): string[] {
  const covered = coverage(table, named);
  const byPrefix = new Map<string, number>();
  for (const code of unknown)
    if (/^\d{5}$/.test(code)) byPrefix.set(code.slice(0, 2), (byPrefix.get(code.slice(0, 2)) ?? 0) + 1);
  return [...byPrefix].flatMap(([prefix, count]) =>
    table.named(prefix).filter((id) => {
      const leaves = table.leaves(id);
      const missing = leaves.filter((leaf) => !covered(leaf.id)).length;
      return leaves.length > 0 && missing > 0 && count >= missing;
    }),
  );
}

/** National ids to ids of the target tree (a city's tree may keep only some regions). */
function inTarget(ids: readonly string[], table: RegionCodeTable, target: readonly Region[]) {
  const targetIds = new Set(target.map((region) => region.id));
  const kept: string[] = [];
  const missing: string[] = [];
  const visit = (id: string) => {
    if (targetIds.has(id)) kept.push(id);
    else if (table.children(id).length > 0) for (const child of table.children(id)) visit(child.id);
    else missing.push(id);
  };
  for (const id of ids) visit(id);
  return { kept, missing };
}

export function mapRegionCodes(raw: unknown, table: RegionCodeTable, target: readonly Region[]): RegionMapping {
  const { national, ...mapping } = nationalRegionCodes(raw, table);
  if (mapping.undecided !== undefined) return { regions: [], ...mapping };
  const fitted = targetRegions(national, table, target);
  return { ...mapping, regions: fitted.regions, notes: [...mapping.notes, ...fitted.notes] };
}

/** The project's own `content/regions.yaml`: the national table, whatever CONTENT_DIR says. */
export function nationalCodeTable(
  file = fileURLToPath(new URL('../../content/regions.yaml', import.meta.url)),
): RegionCodeTable {
  const list = parseYaml(readFileSync(file, 'utf8'));
  return new RegionCodeTable(Array.isArray(list) ? (list as Region[]) : []);
}

/** The national ids a `zipCd` covers, before they are fitted to a content tree. */
export function nationalRegionCodes(
  raw: unknown,
  table: RegionCodeTable,
): Omit<RegionMapping, 'regions'> & {
  national: string[];
} {
  const tokens = unique(splitList(raw, /[,\s]+/));
  const unknown = tokens.filter((code) => !codeShape.test(code) || table.named(code).length === 0);
  const named = new Set(tokens.flatMap((code) => (codeShape.test(code) ? table.named(code) : [])));
  const notes: string[] = [];
  for (const id of completedByCount(table, named, unknown)) {
    named.add(id);
    notes.push(
      `${table.get(id)?.name ?? id}의 시·군·구 수만큼 코드가 있어 ${table.get(id)?.name ?? id} 전체로 보았습니다.`,
    );
  }
  const national = coveredRegions(table, named);
  const outside = unknown.filter((code) => !national.some((id) => table.encloses(id, code)));
  if (outside.length > 0) {
    return {
      national: [],
      unknown,
      notes,
      undecided: `지역 코드 ${outside.join(', ')}을(를) 어느 판의 코드표에서도 찾을 수 없어 대상 지역을 정할 수 없습니다. regions.yaml에 새 코드를 추가하세요.`,
    };
  }
  if (unknown.length > 0) {
    notes.push(`알 수 없는 지역 코드 ${unknown.join(', ')}은(는) 이미 전체가 대상인 지역 안의 코드로 보았습니다.`);
  }
  return { national, unknown, notes };
}

/** National ids fitted to the target tree; regions the tree lacks are dropped with a note. */
export function targetRegions(
  national: readonly string[],
  table: RegionCodeTable,
  target: readonly Region[],
): { regions: string[]; notes: string[] } {
  const { kept, missing } = inTarget(national, table, target);
  const notes: string[] = [];
  if (missing.length > 0 && kept.length > 0) {
    const names = missing.map((id) => table.get(id)?.name ?? id);
    notes.push(
      `이 콘텐츠의 regions.yaml에 없는 지역은 뺐습니다: ${names.slice(0, 8).join(', ')}${names.length > 8 ? ` 외 ${names.length - 8}곳` : ''}`,
    );
  }
  return { regions: kept, notes };
}
