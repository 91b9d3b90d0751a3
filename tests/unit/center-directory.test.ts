import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CenterDirectory, type CenterSummary } from '../../src/lib/center-directory';
import { type Region, RegionTree } from '../../src/lib/regions';

// Centres by region, on the national regions.yaml and the real imported centres.
const regions = new RegionTree(parse(readFileSync('content/regions.yaml', 'utf8')) as Region[]);
const center = (id: string, region: string, kind?: 'center' | 'space'): CenterSummary => ({
  id,
  name: id,
  region,
  address: '',
  ...(kind ? { kind } : {}),
});
const directory = new CenterDirectory(
  [
    center('gimhae-10263', 'gimhae', 'center'),
    center('gimhae-10264', 'gimhae', 'center'),
    center('gyeryong-10268', 'gyeryong', 'space'),
    center('cheongyang-10266', 'cheongyang', 'space'),
    center('chungnam-hub', 'chungnam', 'center'),
    center('yeonggwang-10262', 'yeonggwang', 'center'),
    center('gwangju-youth-center', 'gwangju', 'center'),
    center('gwangju-bukgu-youth-center', 'gwangju-bukgu', 'center'),
  ],
  regions,
);

describe('centres by region', () => {
  it('lists the centres inside a region, 청년센터 before 청년공간', () => {
    expect(directory.within('chungnam').map((c) => c.id)).toEqual([
      'chungnam-hub',
      'cheongyang-10266',
      'gyeryong-10268',
    ]);
    expect(directory.within('gwangju').map((c) => c.id)).toEqual([
      'gwangju-bukgu-youth-center',
      'gwangju-youth-center',
    ]);
    expect(directory.within('seoul')).toEqual([]);
  });

  it('groups by 시·도 with counts, places in tree order (광주 before 전남 under the merged 시·도)', () => {
    const merged = directory.provinceGroups().find((group) => group.province.id === 'jeonnam-gwangju');
    expect(merged?.count).toBe(3);
    expect(merged?.places.map((place) => [place.region.id, place.count])).toEqual([
      ['gwangju', 1],
      ['gwangju-bukgu', 1],
      ['yeonggwang', 1],
    ]);
    expect(directory.provinceGroups().some((group) => group.province.id === 'seoul')).toBe(false);
  });

  it('gives list pages only to regions with a centre inside, never to the whole country', () => {
    const ids = directory.listRegions().map((region) => region.id);
    expect(ids).toContain('gyeongnam');
    expect(ids).toContain('gimhae');
    expect(ids).not.toContain('kr');
    expect(ids).not.toContain('seoul');
  });

  it('finds the centres near an entry: its region, else the nearest enclosing one, never for a nationwide entry', () => {
    expect(directory.nearEntry(['gimhae'])).toMatchObject({ listRegion: 'gimhae' });
    // 보령 has no centre: the people of 보령 are pointed to 충남's.
    expect(directory.nearEntry(['boryeong']).listRegion).toBe('chungnam');
    expect(directory.nearEntry(['boryeong']).centers[0]?.id).toBe('chungnam-hub');
    expect(directory.nearEntry(['kr', 'gimhae'])).toEqual({ centers: [] });
    // Two regions with their own lists: the centres of both, and no single list to link.
    const two = directory.nearEntry(['gimhae', 'gyeryong']);
    expect(two.listRegion).toBeUndefined();
    expect(two.centers).toHaveLength(3);
    expect(directory.nearEntry(['seoul-nowongu'])).toEqual({ centers: [] });
  });

  it('maps every region to the list to link, with its name and count, for pages that learn the region in the browser', () => {
    const map = directory.nearMap();
    expect(map.gimhae).toEqual(['gimhae', '김해시', 2]);
    expect(map.boryeong).toEqual(['chungnam', regions.name('chungnam'), 3]);
    expect(map['seoul-nowongu']).toBeUndefined();
    expect(map.kr).toBeUndefined();
  });
});
