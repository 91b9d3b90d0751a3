// Browser script for /admin/edit/: entries are read and written keeping their formatting
// (kept-frontmatter.ts), and the CMS preview shows a policy or program the way the
// public sees it, the card in a list and the top of its page (status badge, eligibility
// lines, apply panel), with the site's own stylesheet and the same rules from src/lib/
// (status from dates, labels from the vocabularies). The markup follows EntryCard,
// CardMeta, StatusBadge, EligibilityPanel and ApplyButton by hand (Astro components cannot
// run in the CMS); tests/e2e/admin-editor.spec.ts checks the badge, category line and age.

import { seoulDate } from '../../src/lib/dates';
import { conditionFields, conditions, showCondition } from '../../src/lib/eligibility/conditions';
import { formatPeriod } from '../../src/lib/format';
import { applicationStatus, deadlineLabel, type Period, statusLabels } from '../../src/lib/status';
import { applicationMethodLabels, categoryLabel, entryKindLabel } from '../../src/lib/vocabulary';
import type { Eligibility } from '../../src/schemas/eligibility';
import { type EntryData, formatEntry, parseEntry } from './kept-frontmatter';

type Node = unknown;
type H = (tag: string, props: Record<string, unknown> | null, ...children: Node[]) => Node;
interface PreviewProps {
  entry: { getIn: (path: string[]) => unknown; toJS?: () => unknown };
}
interface Cms {
  init: () => void;
  registerCustomFormat: (
    name: string,
    extension: string,
    format: { fromFile: (text: string) => unknown; toFile: (value: EntryData) => string },
  ) => void;
  registerPreviewTemplate: (name: string, component: (props: PreviewProps) => Node) => void;
  registerPreviewStyle: (url: string) => void;
}
const { CMS, h } = window as unknown as { CMS: Cms; h: H };

/** An entry's data as the form holds it: any field may still be empty while editing. */
interface EntryView {
  title?: string;
  summary?: string;
  category?: string;
  type?: string;
  regions?: string[];
  /** Any field of the eligibility schema, possibly half-typed. */
  eligibility?: Record<string, unknown>;
  application?: { period?: Period; method?: string[]; url?: string };
  registration?: Period;
}

let regionNames: Record<string, string> = {};
const names = (ids: unknown) => (Array.isArray(ids) ? ids.map((id) => regionNames[id] ?? id).join(', ') : '');
const labelled = (values: unknown, labels: Record<string, string>) =>
  Array.isArray(values) && values.length > 0 ? values.map((value) => labels[value] ?? value).join(', ') : undefined;

function statusBadge(period: Period | undefined, today: string): Node {
  if (!period?.type || (period.type === 'fixed' && !(period.start && period.end))) return null;
  const status = applicationStatus(period, today);
  const deadline = deadlineLabel(period, today);
  return h(
    'span',
    { className: 'status-badge', 'data-status': status },
    h('span', null, statusLabels[status]),
    h('span', null, deadline ? ` · ${deadline}` : ''),
  );
}

function card(data: EntryView, kind: 'policy' | 'program', period: Period | undefined, today: string) {
  return h(
    'article',
    {
      className: 'relative flex h-full flex-col gap-2 rounded-xl border border-slate-200 bg-white p-4 shadow-sm',
      'data-preview': 'card',
    },
    h(
      'div',
      { className: 'flex flex-wrap items-center gap-2 text-sm' },
      statusBadge(period, today),
      h(
        'span',
        { className: 'text-slate-600' },
        `${categoryLabel(data.category ?? '')} · ${entryKindLabel({ kind, programType: data.type })}`,
      ),
    ),
    h('h3', { className: 'text-lg leading-snug font-bold' }, data.title ?? ''),
    h('p', { className: 'text-[0.9375rem] text-slate-700' }, data.summary ?? ''),
    h('p', { className: 'mt-auto text-sm text-slate-600' }, names(data.regions)),
  );
}

/** One condition as the table shows it; a half-typed value the table cannot read shows nothing yet. */
function shownCondition(field: (typeof conditionFields)[number], eligibility: object, regions: string) {
  try {
    return showCondition(field, eligibility as Eligibility, regions);
  } catch {
    return undefined;
  }
}

function eligibilityPanel(data: EntryView) {
  const eligibility = data.eligibility ?? {};
  const regions = names(data.regions);
  // Every condition the finder judges, from the same table as EligibilityPanel.astro.
  const shown = conditionFields.flatMap((field) => {
    const value = shownCondition(field, eligibility, regions);
    return value === undefined || value === '' ? [] : [{ label: conditions[field].label, value }];
  });
  const facts: [string, string | undefined][] = [
    ['거주 지역', regions],
    ...shown.flatMap(({ label, value }): [string, string][] => (typeof value === 'string' ? [[label, value]] : [])),
  ];
  const list = (title: string, items: unknown) =>
    Array.isArray(items) && items.length > 0
      ? h(
          'div',
          { className: 'mt-3' },
          h('h3', { className: 'font-semibold text-slate-600' }, title),
          h('ul', { className: 'mt-1 list-disc pl-5' }, ...items.map((item) => h('li', null, String(item)))),
        )
      : null;
  return h(
    'section',
    { className: 'rounded-xl border border-slate-200 bg-white p-4', 'data-preview': 'eligibility' },
    h('h2', { className: 'text-lg font-bold' }, '누가 신청할 수 있나요'),
    h(
      'dl',
      null,
      ...facts
        .filter(([, value]) => value)
        .flatMap(([term, value]) => [
          h('dt', { className: 'font-semibold text-slate-600' }, term),
          h('dd', null, value),
        ]),
    ),
    ...shown.flatMap(({ label, value }) => (typeof value === 'string' ? [] : [list(label, value)])),
  );
}

function applyPanel(data: EntryView, period: Period | undefined, verb: string) {
  const application = data.application ?? {};
  let host = '';
  try {
    host = application.url ? new URL(application.url).host : '';
  } catch {}
  return h(
    'section',
    { className: 'rounded-xl border border-slate-200 bg-white p-4', 'data-preview': 'apply' },
    h('h2', { className: 'text-lg font-bold' }, `${verb} 기간과 방법`),
    period?.type ? h('p', null, formatPeriod(period)) : null,
    h('p', null, labelled(application.method, applicationMethodLabels) ?? ''),
    host
      ? h(
          'a',
          {
            className:
              'inline-flex min-h-14 items-center justify-center gap-2 rounded-xl bg-brand-700 px-6 text-lg font-bold text-white shadow',
            href: application.url,
          },
          `${verb}하기`,
        )
      : null,
    host ? h('p', { className: 'text-sm text-slate-600' }, `외부 사이트 ${host}(으)로 이동합니다`) : null,
  );
}

function template(kind: 'policy' | 'program') {
  return ({ entry }: PreviewProps) => {
    const data = (entry.getIn(['data']) as { toJS?: () => EntryView })?.toJS?.() ?? {};
    const period: Period | undefined = kind === 'policy' ? data.application?.period : data.registration;
    const today = seoulDate(new Date());
    return h(
      'div',
      { className: 'flex flex-col gap-6 bg-slate-50 p-4' },
      h('p', { className: 'text-sm text-slate-600' }, '목록에 보이는 카드'),
      card(data, kind, period, today),
      h('p', { className: 'text-sm text-slate-600' }, '항목 쪽 윗부분'),
      h('h1', { className: 'text-2xl font-bold' }, data.title ?? ''),
      h('p', null, data.summary ?? ''),
      applyPanel(data, period, kind === 'policy' ? '신청' : '모집'),
      eligibilityPanel(data),
    );
  };
}

CMS.registerCustomFormat('kept-frontmatter', 'md', { fromFile: parseEntry, toFile: formatEntry });
CMS.registerPreviewTemplate('policies', template('policy'));
CMS.registerPreviewTemplate('programs', template('program'));
// Framed by another page (before-cms.js says so): the editor never starts (build-admin.ts).
if (!(window as { CMS_REFUSED_FRAME?: boolean }).CMS_REFUSED_FRAME) CMS.init();
fetch('site-styles.json')
  .then((response) => response.json())
  .then((styles: string[]) => {
    for (const url of styles) CMS.registerPreviewStyle(url);
  })
  .catch(() => {});
fetch('region-names.json')
  .then((response) => response.json())
  .then((loaded: Record<string, string>) => {
    regionNames = loaded;
  })
  .catch(() => {});
