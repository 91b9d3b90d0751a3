import { describe, expect, it } from 'vitest';
import ApplyPanel from '../../src/components/ApplyPanel.astro';
import HowToApplyPanel from '../../src/components/HowToApplyPanel.astro';
import { renderComponent } from './astro-container';

const today = '2026-11-29';
const policy = {
  kind: 'policy',
  id: 'gwangju/rent',
  period: { type: 'fixed', start: '2026-11-01', end: '2026-12-01' },
  today,
  methods: ['visit', 'email'],
};

describe('ApplyPanel', () => {
  it("names a policy's period 신청 기간 and links to its form", async () => {
    const html = await renderComponent(ApplyPanel, { ...policy, url: 'https://www.gwangju.go.kr/apply' });
    expect(html).toMatch(
      /^<aside aria-label="신청" class="[^"]+"><p class="[^"]+">신청 기간 <span class="status-badge" data-status="closing-soon"/,
    );
    expect(html).toContain('<p>2026년 11월 1일(일) ~ 2026년 12월 1일(화)</p>');
    expect(html).toContain('<a href="https://www.gwangju.go.kr/apply" rel="external noopener" data-apply-link');
    expect(html).toContain('<strong>www.gwangju.go.kr</strong>(으)로 이동합니다');
    expect(html).not.toContain('신청합니다');
  });

  it('without a form, says how to apply and sends people to the official notice', async () => {
    const html = await renderComponent(ApplyPanel, policy);
    expect(html).toContain('<p>방문, 이메일(으)로 신청합니다. 자세한 방법은 공식 공고를 확인하세요.</p>');
    expect(html).not.toContain('data-apply-link');
  });

  it("names a program's period 모집 기간 and, without a form, sends people to its center", async () => {
    const html = await renderComponent(ApplyPanel, {
      ...policy,
      kind: 'program',
      id: 'gunsan/mentoring',
      methods: ['visit'],
      askAt: { href: '/centers/gunsan-youth-center/', name: '군산시 청년뜰' },
    });
    expect(html).toContain('">모집 기간 <span class="status-badge"');
    expect(html).toContain(
      '<p>방문(으)로 신청합니다. 자세한 방법은<a href="/centers/gunsan-youth-center/" class="font-semibold text-brand-700 underline">군산시 청년뜰</a>에 문의하세요.</p>',
    );
  });

  it('lets people save the entry and add it to their calendar', async () => {
    const html = await renderComponent(ApplyPanel, { ...policy, calendarHref: '/calendar/policies/gwangju/rent.ics' });
    expect(html).toContain('data-save-entry data-kind="policy" data-id="gwangju/rent"');
    expect(html).toContain('href="/calendar/policies/gwangju/rent.ics"');
  });
});

describe('HowToApplyPanel', () => {
  it("lists a policy's period, ways to apply and documents to hand in", async () => {
    const html = await renderComponent(HowToApplyPanel, {
      kind: 'policy',
      title: '언제, 어떻게 신청하나요',
      period: { type: 'always' },
      methods: ['online', 'visit'],
      documents: ['신분증 사본'],
      contact: undefined,
    });
    expect(html).toContain('<h2');
    expect(html).toContain('언제, 어떻게 신청하나요');
    expect(html).toMatch(/<dt[^>]*>신청 기간<\/dt>\s*<dd[^>]*>상시 \(연중 신청\)<\/dd>/);
    expect(html).toMatch(/<dt[^>]*>신청 방법<\/dt>\s*<dd[^>]*>온라인, 방문<\/dd>/);
    expect(html).toContain('제출 서류');
    expect(html).toContain('신분증 사본');
  });

  it("names a program's period 모집 기간 and says when the notice gives no way to apply", async () => {
    const html = await renderComponent(HowToApplyPanel, {
      kind: 'program',
      title: '신청 방법',
      period: { type: 'closed' },
      contact: undefined,
    });
    expect(html).toMatch(/<dt[^>]*>모집 기간<\/dt>\s*<dd[^>]*>마감<\/dd>/);
    expect(html).toContain('공고에 나와 있지 않습니다. 공식 공고(출처)에서 확인하세요.');
    expect(html).not.toContain('제출 서류');
  });
});
