import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { PolicyDraft } from '../../scripts/import/draft';
import { mapOntongRecord, parseOntongResponse } from '../../scripts/import/ontong';
import { mapRegionCodes, nationalCodeTable } from '../../scripts/import/regions';
import { RegionTree } from '../../src/lib/regions';
import { policySchema } from '../../src/schemas/policy';

// Records written with the 2026 code edition (광주·전남 → 12…, 인천's new 구, 화성's 일반구),
// the 2026 category names and the shapes real records take (tests/fixtures/ontong/edition-2026.json).
const table = nationalCodeTable();
const national = new RegionTree(table.regions);
const context = { regions: table.regions, codeTable: table, today: '2026-11-29', folder: 'ontong' };
const parsed = parseOntongResponse(
  readFileSync('tests/fixtures/ontong/edition-2026.json', 'utf8'),
  'edition-2026.json',
);
const records = 'records' in parsed ? parsed.records : [];
const draftOf = (index: number): PolicyDraft => {
  const outcome = mapOntongRecord(records[index], index, context);
  if (outcome.kind !== 'policy') throw new Error(JSON.stringify(outcome));
  return outcome.draft;
};
const codesOf = (index: number) => String((records[index] as { zipCd: string }).zipCd).split(',');

describe('records of the 2026 code edition', () => {
  it('reads a nationwide list of 256 codes as the whole country, with no age limit for 99999', () => {
    expect(codesOf(0)).toHaveLength(256);
    const draft = draftOf(0);
    expect(draft.data.regions).toEqual(['kr']);
    expect(draft.data.eligibility?.age).toEqual({ min: 19 });
    expect(draft.data.category).toBe('welfare-culture');
    expect(draft.data.application.method).toBeUndefined();
  });

  it('reads the five former 광주 districts as 광주, so a resident of 광주 서구 is eligible', () => {
    const draft = draftOf(1);
    expect(draft.data.regions).toEqual(['gwangju']);
    expect(national.isResidentEligible('gwangju-seogu', draft.data.regions)).toBe(true);
    expect(national.isResidentEligible('gunsan', draft.data.regions)).toBe(false);
    expect(draft.data.eligibility?.age).toEqual({ min: 18 });
    expect(draft.data.category).toBe('participation');
  });

  it('keeps 인천 제물포구 and 영종구 apart, reads 0 ages as none and a space-filled date as none', () => {
    const draft = draftOf(2);
    expect(draft.data.regions).toEqual(['incheon-jemulpogu', 'incheon-yeongjonggu']);
    expect(draft.data.eligibility?.age).toBeUndefined();
    expect(draft.data.category).toBe('education');
    expect(draft.data.tags).toContain('일자리');
    expect(draft.data.application.period).toEqual({ type: 'closed' });
  });

  it('imports a record that lacks most keys, reading the 22 former 전남 codes as 전남', () => {
    const draft = draftOf(3);
    expect(draft.data.regions).toEqual(['jeonnam']);
    expect(national.isResidentEligible('gwangju-seogu', draft.data.regions)).toBe(false);
    expect(policySchema.safeParse({ ...draft.data, provider: 'x' }).success).toBe(true);
  });

  it('publishes every record as the schema accepts it', () => {
    for (const [index] of records.entries()) {
      const result = policySchema.safeParse({ ...draftOf(index).data, provider: 'x' });
      expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
    }
  });
});

describe('region codes of either edition (zipCd)', () => {
  const map = (codes: string) => mapRegionCodes(codes, table, table.regions);

  it('reads the 2025 and the 2026 code of one district as the same region', () => {
    expect(map('29140').regions).toEqual(['gwangju-seogu']);
    expect(map('12240').regions).toEqual(['gwangju-seogu']);
    expect(map('52130').regions).toEqual(['gunsan']);
    expect(map('45130').regions).toEqual(['gunsan']);
  });

  it('reads all districts of a city as the city, across editions and with mixed editions', () => {
    expect(map('29110,29140,29155,29170,29200').regions).toEqual(['gwangju']);
    expect(map('29110,12240,29155,12300,29200').regions).toEqual(['gwangju']);
    expect(map('41111,41113,41115,41117').regions).toEqual(['suwon']);
    expect(map('41591,41593,41595,41597').regions).toEqual(['hwaseong']);
  });

  it('keeps some districts as those districts, never the whole city or 시·도', () => {
    expect(map('29140,29155').regions).toEqual(['gwangju-seogu', 'gwangju-namgu']);
    expect(map('41111').regions).toEqual(['suwon-jangangu']);
  });

  it('reads a split district’s former code as every successor', () => {
    expect(map('28110').regions).toEqual(['incheon-jemulpogu', 'incheon-yeongjonggu']);
    expect(map('28260').regions).toEqual(['incheon-seogu', 'incheon-geomdangu']);
  });

  it('reads 세종’s one 시·군·구 code and 2-digit 시·도 codes', () => {
    expect(map('36110').regions).toEqual(['sejong']);
    expect(map('11, 52').regions).toEqual(['seoul', 'jeonbuk']);
  });

  it('skips a list with a code no edition knows instead of narrowing it, and names the code', () => {
    const mapping = map('29140,12999');
    expect(mapping.regions).toEqual([]);
    expect(mapping.undecided).toContain('12999');
    const outcome = mapOntongRecord({ ...(records[1] as object), zipCd: '12210,77777' }, 1, context);
    expect(outcome).toMatchObject({
      kind: 'skipped',
      key: '20260902005400100002',
      reason: expect.stringContaining('77777'),
    });
  });

  it('accepts an unknown code inside a 시·도 the list covers entirely, and says so', () => {
    const seoul = table.children('seoul').map((region) => region.code);
    const mapping = map([...seoul, '11999'].join(','));
    expect(mapping.regions).toEqual(['seoul']);
    expect(mapping.notes.join()).toContain('11999');
  });

  it('reads a list with as many codes under a 시·도 as it has 시·군·구 as the whole 시·도, even with codes new to us', () => {
    const nationwide = codesOf(0);
    // Two 전남광주통합특별시 codes re-coded upstream after our table was written.
    const recoded = nationwide.map((code) => (code === '12110' ? '12115' : code === '12870' ? '12875' : code));
    const mapping = map(recoded.join(','));
    expect(mapping.regions).toEqual(['kr']);
    expect(mapping.notes.join()).toContain('전남광주통합특별시 전체로 보았습니다');
    // Fewer codes than 시·군·구: not the whole 시·도, and the unknown one cannot be placed.
    expect(map('12115,12130').undecided).toContain('12115');
  });

  it('keeps only the regions a city’s own tree has, and reports the rest', () => {
    const cityTree = table.regions.filter((region) => ['kr', 'jeonbuk', 'gunsan'].includes(region.id));
    expect(mapRegionCodes('52130,52140', table, cityTree)).toMatchObject({
      regions: ['gunsan'],
      notes: [expect.stringContaining('익산시')],
    });
    // The one district the city keeps is never taken for its whole 시·도.
    expect(mapRegionCodes('52130', table, cityTree).regions).toEqual(['gunsan']);
    expect(mapRegionCodes('11110', table, cityTree).regions).toEqual([]);
  });
});
