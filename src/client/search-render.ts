import { seoulDate } from '../lib/dates';
import { SEARCH_META } from '../lib/search/facets';
import { highlightRanges } from '../lib/search/highlight';
import { applicationStatus, deadlineLabel, type Period, periodDateLabel, statusLabels } from '../lib/status';
import type { PagefindResultData } from './pagefind';

// Results are built with DOM calls and text nodes only: titles and summaries come from
// the index, and nothing from it or from the query is ever parsed as HTML.

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Text with the query's words wrapped in <mark>. */
export function highlighted(text: string, query: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  let at = 0;
  for (const { start, end } of highlightRanges(text, query)) {
    if (start > at) fragment.append(text.slice(at, start));
    fragment.append(element('mark', 'rounded-sm bg-yellow-200 px-0.5 text-ink', text.slice(start, end)));
    at = end;
  }
  if (at < text.length) fragment.append(text.slice(at));
  return fragment;
}

function periodOf(meta: PagefindResultData['meta']): Period {
  const type = meta[SEARCH_META.periodType];
  const start = meta[SEARCH_META.periodStart];
  const end = meta[SEARCH_META.periodEnd];
  if (type === 'fixed' && start && end) return { type, start, end };
  return type === 'always' ? { type } : { type: 'closed' };
}

/** Status badge as StatusBadge.astro renders it, recomputed for today in Seoul. */
function statusBadge(period: Period): HTMLElement {
  const today = seoulDate(new Date());
  const status = applicationStatus(period, today);
  const deadline = deadlineLabel(period, today);
  const badge = element('span', 'status-badge');
  badge.dataset.status = status;
  badge.append(element('span', '', statusLabels[status]), element('span', '', deadline ? ` · ${deadline}` : ''));
  return badge;
}

/** One result card: status, category and kind, linked title, summary, regions. */
export function resultItem(data: Pick<PagefindResultData, 'url' | 'meta'>, query: string): HTMLLIElement {
  const { meta } = data;
  const item = element('li', '');
  const card = element(
    'article',
    'relative flex flex-col gap-2 rounded-xl border border-slate-200 bg-white p-4 shadow-sm hover:border-brand-600',
  );
  const facts = element('div', 'flex flex-wrap items-center gap-2 text-sm');
  // Center pages are indexed too; they have no period, category or kind.
  if (meta[SEARCH_META.periodType]) facts.append(statusBadge(periodOf(meta)));
  const labels = [meta[SEARCH_META.category], meta[SEARCH_META.kind]].filter(Boolean).join(' · ');
  if (labels) facts.append(element('span', 'text-slate-600', labels));
  const heading = element('h2', 'text-lg leading-snug font-bold');
  const link = element('a', "text-ink after:absolute after:inset-0 after:content-[''] hover:underline");
  link.href = data.url;
  link.append(highlighted(meta[SEARCH_META.title] ?? data.url, query));
  heading.append(link);
  const summary = element('p', 'text-[0.9375rem] text-slate-700');
  summary.append(highlighted(meta[SEARCH_META.summary] ?? '', query));
  const regions = element('p', 'text-sm text-slate-600', meta[SEARCH_META.regions] ?? '');
  const dateLabel = meta[SEARCH_META.periodType] ? periodDateLabel(periodOf(meta), seoulDate(new Date())) : undefined;
  if (dateLabel) regions.prepend(element('span', 'font-semibold text-ink', `${dateLabel} · `));
  card.append(facts, heading, summary);
  const benefit = meta[SEARCH_META.benefit];
  if (benefit) {
    const line = element('p', 'text-[0.9375rem]');
    line.append(element('span', 'font-semibold text-slate-600', '받는 것'), ` ${benefit}`);
    card.append(line);
  }
  card.append(regions);
  item.append(card);
  return item;
}
