import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import NearbyCenters from '../../src/components/NearbyCenters.astro';
import type { CenterSummary } from '../../src/lib/center-directory';

// "Help near you" after a policy, rendered alone: the line, a few centres and the list link.
const centre = (id: string, kind?: 'center' | 'space'): CenterSummary => ({
  id,
  name: `센터 ${id}`,
  region: 'gimhae',
  address: '경남 김해시 부곡로 57',
  ...(kind ? { kind } : {}),
});
const render = async (centers: CenterSummary[]) => {
  const container = await AstroContainer.create();
  return container.renderToString(NearbyCenters, {
    props: { centers, list: { href: '/centers/regions/gimhae/', label: '김해시 청년센터 4곳 모두 보기' } },
  });
};

describe('NearbyCenters', () => {
  it('says where to ask for help, shows three centres with their kind, and links the full list', async () => {
    const html = await render([centre('a', 'center'), centre('b', 'space'), centre('c'), centre('d')]);
    expect(html).toContain('신청이 어렵다면 가까운 청년센터에 물어보세요.');
    expect(html.match(/href="\/centers\/[a-z]\/"/g)).toEqual([
      'href="/centers/a/"',
      'href="/centers/b/"',
      'href="/centers/c/"',
    ]);
    expect(html).toContain('청년센터 · 경남 김해시 부곡로 57');
    expect(html).toContain('청년공간 · 경남 김해시 부곡로 57');
    expect(html).toMatch(/<a href="\/centers\/regions\/gimhae\/"[^>]*>김해시 청년센터 4곳 모두 보기<\/a>/);
  });

  it('still gives the line and the link when no centre is near', async () => {
    const html = await render([]);
    expect(html).toContain('신청이 어렵다면 가까운 청년센터에 물어보세요.');
    expect(html).not.toContain('<ul');
    expect(html).toContain('김해시 청년센터 4곳 모두 보기');
  });
});
