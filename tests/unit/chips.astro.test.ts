import { describe, expect, it } from 'vitest';
import ChipNav from '../../src/components/ChipNav.astro';
import LevelCounts from '../../src/components/LevelCounts.astro';
import { renderComponent } from './astro-container';

describe('LevelCounts', () => {
  it('writes the parts of a region total as one "대상 지역" line', async () => {
    const html = await renderComponent(LevelCounts, {
      levels: [
        { label: '광주 서구', count: 2 },
        { label: '광주 전체', count: 14 },
        { label: '전국', count: 15 },
      ],
    });
    expect(html).toBe(
      '<p class="text-[0.9375rem] text-slate-700" data-level-counts>' +
        '<span class="font-semibold">대상 지역:</span> ' +
        '<span data-level>광주 서구 2</span> · <span data-level>광주 전체 14</span> · <span data-level>전국 15</span></p>',
    );
  });
});

describe('ChipNav', () => {
  const links = [
    { href: '/regions/gwangju-seogu/', label: '전체', count: 31, current: true },
    { href: '/regions/gwangju-seogu/housing/', label: '주거', count: 5 },
  ];

  it('marks the chip of the page shown and gives each chip its count', async () => {
    const html = await renderComponent(ChipNav, { label: '분야', links });
    expect(html).toContain('<nav aria-label="분야" class="no-print">');
    expect(html).toMatch(
      /<a href="\/regions\/gwangju-seogu\/" aria-current="page"[^>]*>전체<span class="ml-1 font-normal">\(31\)<\/span><\/a>/,
    );
    expect(html).toMatch(
      /<a href="\/regions\/gwangju-seogu\/housing\/"(?! aria-current)[^>]*>주거<span class="ml-1 font-normal">\(5\)<\/span><\/a>/,
    );
    expect(html).not.toContain('<p');
  });

  it('shows its label above the chips when asked, where several chip rows sit together', async () => {
    const html = await renderComponent(ChipNav, { label: '분야', labelVisible: true, links });
    expect(html).toContain('<p class="mb-1 text-sm font-semibold text-slate-700" aria-hidden="true">분야</p>');
  });
});
