import { describe, expect, it } from 'vitest';
import { centerItem } from '../../src/lib/open-data-items';
import { openDataSchemas } from '../../src/schemas/open-data';

const center: { url?: string; name: string; region: string; address: string; updated: string } = {
  name: '군산시 청년뜰',
  region: 'gunsan',
  address: '전북특별자치도 군산시 예시로 1',
  url: 'https://center.example.kr/',
  updated: '2026-11-01',
};

describe('a youth center in /api/centers.json', () => {
  it("keeps the center's own site as website, beside the address of its page here", () => {
    const item = centerItem('gunsan-youth-center', center, 'https://site.example/centers/gunsan-youth-center/');
    expect(item.website).toBe('https://center.example.kr/');
    expect(item.url).toBe('https://site.example/centers/gunsan-youth-center/');
    expect(item.id).toBe('gunsan-youth-center');
  });

  it('publishes an imported centre with its kind, its 온통청년 number and its own https homepage', () => {
    const imported = {
      name: '청년활력공간',
      kind: 'space' as const,
      region: 'cheongyang',
      address: '충남 청양군 칠갑산로9길10, 청년LAB 2층',
      url: 'https://www.xn--og5bwgv8pq6k.org/',
      source: { ontongCenter: '10266' },
      updated: '2026-12-08',
    };
    const item = centerItem('cheongyang-10266', imported, 'https://site.example/centers/cheongyang-10266/');
    expect(item).toMatchObject({ kind: 'space', source: { ontongCenter: '10266' } });
    expect(item.website).toBe('https://www.xn--og5bwgv8pq6k.org/');
    const file = { version: 1, generated: '2026-12-08', site: 'https://site.example/', notice: '', items: [item] };
    expect(openDataSchemas.centers.safeParse(file).success).toBe(true);
  });

  it('has no website when the center has none', () => {
    const { url: _url, ...withoutSite } = center;
    expect(centerItem('a', withoutSite, 'https://site.example/centers/a/').website).toBeUndefined();
  });

  it('is what the published JSON Schema allows', () => {
    const parsed = openDataSchemas.centers.safeParse({
      version: 1,
      generated: '2026-11-29',
      site: 'https://site.example/',
      notice: '샘플',
      items: [centerItem('gunsan-youth-center', center, 'https://site.example/centers/gunsan-youth-center/')],
    });
    expect(parsed.error?.issues).toBeUndefined();
  });
});
