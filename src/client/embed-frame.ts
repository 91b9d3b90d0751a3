import './status-refresher';
import {
  type EmbedMorePages,
  type EmbedStatusFilter,
  embedHeightMessage,
  embedListTitle,
  embedMorePath,
  embedStatusCaptions,
  isEmbedStatusFilter,
  parseEmbedOptions,
  selectEmbedEntries,
} from '../lib/embed';
import { withBase } from '../lib/paths';
import type { ApplicationStatus } from '../lib/status';
import { isEntryKind } from '../lib/vocabulary';

// Runs inside an embed page: applies the theme options and filters from the query
// string, then keeps the framing page told of the content height. The status refresher
// (imported first) has already recomputed every badge for today.

type Names = Record<string, string>;
interface Vocabulary extends EmbedMorePages {
  regions: Names;
  categories: Names;
  centers?: Names;
  types?: Names;
}

const root = document.documentElement;
const list = document.querySelector<HTMLElement>('[data-embed-list]');
const query = new URLSearchParams(location.search);
const vocabulary: Vocabulary = list?.dataset.vocabulary
  ? (JSON.parse(list.dataset.vocabulary) as Vocabulary)
  : { regions: {}, categories: {} };
const defaultStatus: EmbedStatusFilter =
  list?.dataset.defaultStatus && isEmbedStatusFilter(list.dataset.defaultStatus)
    ? list.dataset.defaultStatus
    : 'applicable';
const { options, problems } = parseEmbedOptions(
  query,
  list
    ? {
        regions: Object.keys(vocabulary.regions),
        categories: Object.keys(vocabulary.categories),
        centers: Object.keys(vocabulary.centers ?? {}),
        types: Object.keys(vocabulary.types ?? {}),
      }
    : {},
  defaultStatus,
);

// CSSOM, not a style attribute: allowed by a CSP without 'unsafe-inline'. The value is a
// validated hex colour.
if (options.accent) root.style.setProperty('--embed-accent', options.accent);
if (options.compact) root.dataset.compact = '';

if (list) {
  const kind = isEntryKind(list.dataset.embedList) ? list.dataset.embedList : 'policy';
  const items = [...list.querySelectorAll<HTMLElement>('[data-embed-entry]')];
  const candidates = items.map((item) => ({
    category: item.dataset.category ?? '',
    status: (item.querySelector<HTMLElement>('[data-status]')?.dataset.status ?? 'closed') as ApplicationStatus,
    residentRegions: (item.dataset.residentRegions ?? '').split(' '),
    center: item.dataset.center,
    programType: item.dataset.programType,
  }));
  const shown = new Set(selectEmbedEntries(candidates, options));
  for (const [index, item] of items.entries()) item.hidden = !shown.has(index);

  const name = (names: Names | undefined, id: string | undefined) => (id === undefined ? undefined : names?.[id]);
  const title = embedListTitle(kind, {
    region: name(vocabulary.regions, options.region),
    category: name(vocabulary.categories, options.category),
    center: name(vocabulary.centers, options.center),
    type: name(vocabulary.types, options.type),
  });
  const heading = list.querySelector('[data-embed-title]');
  if (heading) heading.textContent = title;
  document.title = `${title} | 청년길잡이`;
  const caption = list.querySelector('[data-embed-caption]');
  if (caption) caption.textContent = embedStatusCaptions[options.status];
  const empty = list.querySelector<HTMLElement>('[data-embed-empty]');
  if (empty) empty.hidden = shown.size > 0;
  list.querySelector<HTMLElement>('[data-embed-nojs]')?.remove();

  // "전체 목록 보기" goes to the site page with the same scope: the region, category or center.
  const more = list.querySelector<HTMLAnchorElement>('[data-embed-more]');
  const scopePath = embedMorePath(kind, options, vocabulary);
  if (more?.dataset.embedMore && scopePath) more.href = withBase(more.dataset.embedMore, scopePath);
}

const problemBox = document.querySelector<HTMLElement>('[data-embed-problems]');
if (problemBox && problems.length > 0) {
  // Text only: query values are shown back as text, never as markup.
  problemBox.replaceChildren(
    ...problems.map((problem) => {
      const line = document.createElement('p');
      line.textContent = problem;
      return line;
    }),
  );
  problemBox.hidden = false;
}

// Tell the framing page our height whenever it changes. The message carries nothing
// but the height, so any target origin may receive it; embed.js checks where it came from.
if (window.parent !== window) {
  let last = -1;
  const report = () => {
    const height = Math.ceil(document.body.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage(embedHeightMessage(height), '*');
  };
  new ResizeObserver(report).observe(document.body);
  report();
}
