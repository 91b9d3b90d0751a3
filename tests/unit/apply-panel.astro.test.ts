import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import ApplyPanel from '../../src/components/ApplyPanel.astro';

// The apply box of an entry page, rendered alone with the Container API.
const render = async (props: Record<string, unknown>) => {
  const container = await AstroContainer.create();
  return container.renderToString(ApplyPanel, {
    props: { kind: 'policy', id: 'ontong/1', period: { type: 'always' }, today: '2026-11-29', ...props },
  });
};

describe('ApplyPanel', () => {
  it('sends people to the notice, and says why, when the notice gives no way to apply', async () => {
    const html = await render({ noticeUrl: 'https://www.example.go.kr/notice/1' });
    expect(html).toContain('공고에 신청 방법이 나와 있지 않습니다.');
    expect(html).toMatch(/<a href="https:\/\/www\.example\.go\.kr\/notice\/1"[^>]*>공식 공고<\/a>/);
  });

  it('names the ways to apply when the notice gives them', async () => {
    const html = await render({ methods: ['visit', 'mail'], noticeUrl: 'https://www.example.go.kr/notice/1' });
    expect(html).toContain('방문, 우편(으)로 신청합니다.');
    expect(html).not.toContain('나와 있지 않습니다');
  });
});
