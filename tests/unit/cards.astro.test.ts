import { describe, expect, it } from 'vitest';
import CardMeta from '../../src/components/CardMeta.astro';
import EmbedCard from '../../src/components/EmbedCard.astro';
import EntryCard from '../../src/components/EntryCard.astro';
import { renderComponent } from './astro-container';
import { listing } from './fixtures';

const today = '2026-11-29';
const rent = listing('gwangju/rent', {
  title: '청년 월세 지원',
  summary: '월 20만원까지 12개월',
  period: { type: 'fixed', start: '2026-11-01', end: '2026-12-01' },
});
const mentoring = listing('gunsan/mentoring', { kind: 'program', programType: 'mentoring', category: 'jobs' });

/** The status badge as it is for `rent` on `today`, with the script that recomputes it in the browser. */
const closingSoonBadge =
  '<span class="status-badge" data-status="closing-soon" data-period-type="fixed" data-period-start="2026-11-01" data-period-end="2026-12-01">' +
  '<span data-status-label>마감 임박</span><span data-status-deadline> · D-2</span></span>' +
  '<script type="module" src="<root>/src/components/StatusBadge.astro?astro&type=script&index=0&lang.ts"></script>';

describe('CardMeta', () => {
  it("shows the live status, then the category and a policy's kind", async () => {
    expect(await renderComponent(CardMeta, { listing: rent, today })).toBe(
      `<div class="flex flex-wrap items-center gap-2 text-sm">${closingSoonBadge}<span class="text-slate-600">주거 · 정책</span></div>`,
    );
  });

  it('labels an entry no one applies for, and gives it no status badge', async () => {
    expect(await renderComponent(CardMeta, { listing: { ...rent, applicant: 'none' }, today })).toBe(
      '<div class="flex flex-wrap items-center gap-2 text-sm"><span class="text-slate-600">주거 · 정책</span>' +
        '<span class="rounded bg-slate-100 px-2 font-semibold text-slate-800" data-applicant="none">신청하는 사업이 아님</span></div>',
    );
  });

  it('names a program by its type', async () => {
    const html = await renderComponent(CardMeta, { listing: mentoring, today });
    expect(html).toContain('<span data-status-label>상시 신청</span>');
    expect(html).toContain('<span class="text-slate-600">일자리 · 멘토링</span>');
  });
});

describe('EntryCard', () => {
  it("links the title to the entry's page and shows the summary and the region names it is given", async () => {
    expect(await renderComponent(EntryCard, { listing: rent, today, regionNames: '광주광역시' })).toBe(
      [
        '<article class="relative flex h-full flex-col gap-2 rounded-xl border border-slate-200 bg-white p-4 shadow-sm hover:border-brand-600">',
        `<div class="flex flex-wrap items-center gap-2 text-sm">${closingSoonBadge}<span class="text-slate-600">주거 · 정책</span></div>`,
        '<h3 class="text-lg leading-snug font-bold">',
        '<a href="/policies/gwangju/rent/" class="text-ink after:absolute after:inset-0 after:content-[\'\'] hover:underline">청년 월세 지원</a>',
        '</h3>',
        '<p class="text-[0.9375rem] text-slate-700">월 20만원까지 12개월</p>',
        // The deadline in words, so it reads without colour.
        '<p class="mt-auto text-sm text-slate-600"><span class="font-semibold text-ink" data-card-date>12/1(화) 마감 · </span>광주광역시</p>',
        '</article>',
      ].join(''),
    );
  });

  it('takes the heading level of the list it is in, and links a program under /programs/', async () => {
    const html = await renderComponent(EntryCard, {
      listing: mentoring,
      today,
      regionNames: '군산시',
      headingLevel: 2,
    });
    expect(html).toContain('<h2 class="text-lg leading-snug font-bold"><a href="/programs/gunsan/mentoring/"');
  });
});

describe('EmbedCard', () => {
  it("opens the entry's page in a new tab, says so to screen readers, and folds the summary and regions in compact mode", async () => {
    expect(await renderComponent(EmbedCard, { listing: rent, today, regionNames: '광주광역시', headingLevel: 2 })).toBe(
      [
        '<article class="relative flex flex-col gap-1 rounded-lg border border-slate-200 bg-white p-3 hover:border-(--embed-accent) in-data-compact:p-2">',
        `<div class="flex flex-wrap items-center gap-2 text-sm">${closingSoonBadge}<span class="text-slate-600">주거 · 정책</span></div>`,
        '<h2 class="text-base leading-snug font-bold">',
        '<a href="/policies/gwangju/rent/" target="_blank" rel="noopener" class="text-(--embed-accent) underline-offset-2 after:absolute after:inset-0 after:content-[\'\'] hover:underline">',
        '청년 월세 지원<span class="sr-only"> (새 창)</span></a>',
        '</h2>',
        '<p class="text-[0.9375rem] text-slate-700 in-data-compact:hidden">월 20만원까지 12개월</p>',
        '<p class="text-sm text-slate-600 in-data-compact:hidden">광주광역시</p>',
        '</article>',
      ].join(''),
    );
  });
});
