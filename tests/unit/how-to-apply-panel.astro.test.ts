import { describe, expect, it } from 'vitest';
import HowToApplyPanel from '../../src/components/HowToApplyPanel.astro';
import { renderComponent } from './astro-container';

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

  it('shows 선정 방법 as written, its phone numbers as tel: links, and whom to ask (20250331005400210675)', async () => {
    const html = await renderComponent(HowToApplyPanel, {
      kind: 'policy',
      title: '언제, 어떻게 신청하나요',
      period: { type: 'always' },
      methods: ['visit'],
      contact: { name: '광주신용보증재단 광산지점', phone: '062-950-0080' },
      selection: '서류 심사\n- 광주신용보증재단 (062-950-0034)',
    });
    expect(html).toMatch(
      /<dt[^>]*>선정 방법<\/dt>\s*<dd[^>]*>서류 심사\n- 광주신용보증재단 \(<a[^>]*href="tel:0629500034"[^>]*>062-950-0034<\/a>\)<\/dd>/,
    );
    expect(html).toContain('광주신용보증재단 광산지점');
    expect(html).toMatch(/href="tel:0629500080"[^>]*>\s*062-950-0080/);
  });
});
