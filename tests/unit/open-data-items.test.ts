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
