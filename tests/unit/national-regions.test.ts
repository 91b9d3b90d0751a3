import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mapRegionCodes, nationalCodeTable } from '../../scripts/import/regions';
import { findReferenceProblems } from '../../src/lib/references';
import { RegionTree } from '../../src/lib/regions';
import { regionSchema } from '../../src/schemas/region';

// The shipped content/regions.yaml: the whole country, every code edition.
const table = nationalCodeTable();
const tree = new RegionTree(table.regions);

describe('the national regions.yaml', () => {
  it('is valid: every region passes the schema, codes are unique, the tree hangs from kr', () => {
    for (const region of table.regions) expect(regionSchema.safeParse(region).success, region.id).toBe(true);
    const problems = findReferenceProblems({
      regions: table.regions,
      organizations: [],
      centers: [],
      policies: [],
      programs: [],
    });
    expect(problems).toEqual([]);
  });

  it('keeps the ids saved finder addresses and embeds use', () => {
    for (const id of [
      'kr',
      'gwangju',
      'gwangju-donggu',
      'gwangju-seogu',
      'gwangju-namgu',
      'gwangju-bukgu',
      'gwangju-gwangsangu',
      'jeonbuk',
      'gunsan',
    ]) {
      expect(tree.get(id), id).toBeDefined();
    }
  });

  it('has the 16 시·도 of 2026 (17 before 광주 and 전남 became one), with 광주 and 전남 inside 전남광주통합특별시', () => {
    expect(tree.provinces()).toHaveLength(16);
    expect(tree.selfAndAncestors('gwangju-seogu').map((region) => region.id)).toEqual([
      'gwangju-seogu',
      'gwangju',
      'jeonnam-gwangju',
      'kr',
    ]);
    expect(tree.get('gwangju-seogu')).toMatchObject({ code: '12240', formerCodes: ['29140'] });
  });

  it('knows every code of a real nationwide 2025 record (252) and reads the list as the whole country', () => {
    // zipCd of a nationwide record in ../shared/data/ontong/ontong-v2-2025-sample.json
    const codes = readFileSync('tests/fixtures/ontong/nationwide-2025-zipcd.txt', 'utf8').trim().split(',');
    expect(codes).toHaveLength(252);
    expect(codes.filter((code) => table.named(code).length === 0)).toEqual([]);
    expect(mapRegionCodes(codes.join(','), table, table.regions).regions).toEqual(['kr']);
  });

  it('has 256 시·군·구 codes in the 2026 edition, one region each', () => {
    const leaves = table.regions.filter((region) => region.code.length === 5 && tree.children(region.id).length === 0);
    // + 세종 (36110), a 시·도 without 시·군·구.
    expect(leaves.length + 1).toBe(256);
  });
});
