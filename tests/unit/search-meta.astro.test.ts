import { describe, expect, it } from 'vitest';
import SearchMeta from '../../src/components/SearchMeta.astro';
import { RegionTree } from '../../src/lib/regions';
import { renderComponent } from './astro-container';
import { listing, regionList } from './fixtures';

// SearchMeta carries the whole Pagefind contract of an entry page: result metadata,
// filters, sort keys and the extra Korean search terms, all hidden from people.
const regions = new RegionTree(regionList);
const today = '2026-11-29';

describe('SearchMeta', () => {
  it("writes a policy's metadata, filters, sort keys and extra title and tag terms as hidden data", async () => {
    const rent = listing('gwangju/rent', {
      title: '청년 월세 지원',
      summary: '월 20만원까지',
      tags: ['월세'],
      period: { type: 'fixed', start: '2026-11-01', end: '2026-12-01' },
    });
    expect(await renderComponent(SearchMeta, { listing: rent, regions, today })).toBe(
      [
        '<div hidden data-search-meta>',
        '<data value="청년 월세 지원" data-pagefind-meta="title[value]"></data>',
        '<data value="월 20만원까지" data-pagefind-meta="summary[value]"></data>',
        '<data value="주거" data-pagefind-meta="category[value]"></data>',
        '<data value="광주광역시" data-pagefind-meta="regions[value]"></data>',
        '<data value="정책" data-pagefind-meta="kind[value]"></data>',
        '<data value="fixed" data-pagefind-meta="period_type[value]"></data>',
        '<data value="2026-11-01" data-pagefind-meta="period_start[value]"></data>',
        '<data value="2026-12-01" data-pagefind-meta="period_end[value]"></data>',
        '<data value="housing" data-pagefind-filter="category[value]"></data>',
        // A resident of either 구 may use what 광주광역시 offers.
        '<data value="gwangju" data-pagefind-filter="region[value]"></data>',
        '<data value="gwangju-namgu" data-pagefind-filter="region[value]"></data>',
        '<data value="gwangju-seogu" data-pagefind-filter="region[value]"></data>',
        '<data value="open" data-pagefind-filter="status[value]"></data>',
        '<data value="policy" data-pagefind-filter="kind[value]"></data>',
        '<data value="2026-12-01" data-pagefind-sort="deadline[value]"></data>',
        '<data value="2026-10-01" data-pagefind-sort="updated[value]"></data>',
        // The inside of the compound title, its 초성 and the vocabulary of its words; then the tag's 초성 and the region names.
        '<p data-pagefind-weight="9">청년월세지원 년월세지원 월세지원 세지원 ㅊㄴㅇㅅㅈㅇ ㄴㅇㅅㅈㅇ ㅇㅅㅈㅇ ㅅㅈㅇ ㅈㅇ 집세 방세 주거비 임차급여 주거급여</p>',
        '<p data-pagefind-weight="5">ㅇㅅ 광주광역시 광주</p>',
        '</div>',
      ].join(''),
    );
  });

  it('gives an always-open program its type as filter and kind, and no period dates', async () => {
    const mentoring = listing('gunsan/mentoring', {
      kind: 'program',
      programType: 'mentoring',
      title: '멘토링',
      summary: '현직자 1:1 멘토링',
      category: 'jobs',
      regions: ['gunsan'],
    });
    expect(await renderComponent(SearchMeta, { listing: mentoring, regions, today })).toBe(
      [
        '<div hidden data-search-meta>',
        '<data value="멘토링" data-pagefind-meta="title[value]"></data>',
        '<data value="현직자 1:1 멘토링" data-pagefind-meta="summary[value]"></data>',
        '<data value="일자리" data-pagefind-meta="category[value]"></data>',
        '<data value="군산시" data-pagefind-meta="regions[value]"></data>',
        '<data value="멘토링" data-pagefind-meta="kind[value]"></data>',
        '<data value="always" data-pagefind-meta="period_type[value]"></data>',
        '<data value="jobs" data-pagefind-filter="category[value]"></data>',
        '<data value="gunsan" data-pagefind-filter="region[value]"></data>',
        '<data value="always" data-pagefind-filter="status[value]"></data>',
        '<data value="program" data-pagefind-filter="kind[value]"></data>',
        '<data value="mentoring" data-pagefind-filter="type[value]"></data>',
        // 상시 entries sort after every dated one that is still open.
        '<data value="9000-01-01" data-pagefind-sort="deadline[value]"></data>',
        '<data value="2026-10-01" data-pagefind-sort="updated[value]"></data>',
        '<p data-pagefind-weight="9">토링 멘링 멘토 ㅁㅌㄹ ㅌㄹ</p>',
        '<p data-pagefind-weight="5">군산시 군산 전북특별자치도 전북</p>',
        '</div>',
      ].join(''),
    );
  });

  it('files a nationwide entry under every region and a past one as closed, sorted last', async () => {
    const closed = listing('kr/closed', { regions: ['kr'], period: { type: 'closed' } });
    const html = await renderComponent(SearchMeta, { listing: closed, regions, today });
    const regionFilters = [...html.matchAll(/value="([^"]+)" data-pagefind-filter="region\[value\]"/g)].map(
      (m) => m[1],
    );
    expect(regionFilters).toEqual(['gunsan', 'gwangju', 'gwangju-namgu', 'gwangju-seogu', 'jeonbuk', 'kr']);
    expect(html).toContain('<data value="closed" data-pagefind-filter="status[value]"></data>');
    expect(html).toContain('<data value="9999-12-31" data-pagefind-sort="deadline[value]"></data>');
    expect(html).toContain('<data value="전국" data-pagefind-meta="regions[value]"></data>');
  });
});
