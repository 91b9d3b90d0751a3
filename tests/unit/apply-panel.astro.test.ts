import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import ApplyPanel from '../../src/components/ApplyPanel.astro';
import { type ApplyFacts, applyRoute } from '../../src/lib/apply-route';
import { applicationMethodLabels } from '../../src/lib/vocabulary';

// The apply box of an entry page, rendered alone with the Container API, for the route
// src/lib/apply-route.ts decides from the entry's facts.
const notice = 'https://www.example.go.kr/notice/1';
const render = async (facts: Partial<ApplyFacts>) => {
  const container = await AstroContainer.create();
  const route = applyRoute({ status: 'always', noticeUrl: notice, ...facts }, applicationMethodLabels);
  return container.renderToString(ApplyPanel, {
    props: {
      kind: 'policy',
      id: 'ontong/1',
      period: { type: 'always' },
      today: '2026-11-29',
      route,
      feedsHref: '/feeds/',
    },
  });
};

describe('ApplyPanel', () => {
  it('sends people to the notice, and says why, when the notice gives no way to apply', async () => {
    const html = await render({});
    expect(html).toContain('공고에 신청 방법이 나와 있지 않습니다.');
    expect(html).toMatch(/<a href="https:\/\/www\.example\.go\.kr\/notice\/1"[^>]*>공식 공고 보기<\/a>/);
  });

  it('names the ways to apply when the notice gives them', async () => {
    const html = await render({ methods: ['visit', 'mail'] });
    expect(html).toContain('방문이나 우편으로 신청해요.');
    expect(html).not.toContain('나와 있지 않아요');
  });

  it('offers no apply button once the round is over, but the last notice and the feeds', async () => {
    const html = await render({ status: 'closed', methods: ['online'], url: 'https://apply.example.go.kr/form' });
    expect(html).toContain('이번 모집은 끝났어요');
    expect(html).not.toContain('신청하기');
    expect(html).toContain('href="/feeds/"');
  });

  it('names the portal when the button leads to its front page', async () => {
    const html = await render({ methods: ['online'], url: 'https://www.bokjiro.go.kr/' });
    expect(html).toContain('복지로에서 신청하기');
  });

  it('offers nothing to apply for, and no period or status, when no one applies; it says what it is and links the notice', async () => {
    const html = await render({ applicant: 'none', methods: ['online'], url: 'https://apply.example.go.kr/form' });
    expect(html).toContain('신청하는 사업이 아니에요');
    expect(html).not.toContain('신청하기');
    expect(html).not.toContain('data-apply-link');
    expect(html).not.toContain('신청 기간');
    expect(html).toMatch(/<a href="https:\/\/www\.example\.go\.kr\/notice\/1"[^>]*>공식 공고 보기<\/a>/);
  });
});
