import { seoulDate } from '../lib/dates';
import type { FinderEntry } from '../lib/eligibility/finder';
import { formatPeriod } from '../lib/format';
import { statusOf } from '../lib/listing';
import { paths, withBase } from '../lib/paths';
import { deadlineLabel, statusLabels } from '../lib/status';
import { categoryLabel, entryKindInfo, entryKindLabel } from '../lib/vocabulary';
import { element, hideScriptNotes, required } from './dom';
import { loadFinderData } from './finder-data';
import { type SavedEntry, savedEntries, setSaved } from './saved-entries';
import { shareLink, shareMessages } from './share';

// 관심 목록: saved ids come from this browser's storage, live status and deadlines from the
// entries file, recomputed with today's date in Seoul.

const list = required<HTMLUListElement>(document, '[data-saved-list]');
const status = required<HTMLElement>(document, '[data-saved-status]');
const empty = required<HTMLElement>(document, '[data-saved-empty]');
const base = import.meta.env.BASE_URL;
const today = seoulDate(new Date());
const button =
  'inline-flex min-h-11 items-center justify-center rounded-lg border border-slate-400 bg-white px-4 font-semibold hover:bg-slate-50';

function removeButton(saved: SavedEntry, title: string) {
  const remove = element('button', { type: 'button', class: button, 'data-remove': '' }, '관심 목록에서 빼기');
  remove.addEventListener('click', () => {
    setSaved(saved, false);
    status.textContent = `${title}을(를) 관심 목록에서 뺐어요.`;
    remove.closest('li')?.remove();
    empty.hidden = list.children.length > 0;
  });
  return remove;
}

function renderEntry(saved: SavedEntry, entry: FinderEntry | undefined): HTMLLIElement {
  if (!entry) {
    return element(
      'li',
      { class: 'grid gap-2 rounded-xl border border-slate-200 bg-white p-4', 'data-saved-entry': saved.id },
      element('p', {}, `더 이상 안내하지 않는 항목이에요 (${saved.id}).`),
      removeButton(saved, saved.id),
    );
  }
  const state = statusOf(entry, today);
  const deadline = deadlineLabel(entry.period, today);
  const url = new URL(withBase(base, paths.entry(entry.kind, entry.id)), location.href).href;
  const share = element('button', { type: 'button', class: button, 'data-share': '' }, '공유하기');
  const shareStatus = element('p', { class: 'text-sm text-slate-700 break-all', 'data-share-status': '' });
  share.addEventListener('click', async () => {
    const outcome = await shareLink(entry.title, url);
    shareStatus.textContent = outcome === 'failed' ? `${shareMessages.failed} ${url}` : shareMessages[outcome];
    status.textContent = shareStatus.textContent;
  });
  return element(
    'li',
    { class: 'grid gap-2 rounded-xl border border-slate-200 bg-white p-4', 'data-saved-entry': entry.id },
    element(
      'p',
      { class: 'flex flex-wrap items-center gap-2 text-sm' },
      element(
        'span',
        { class: 'status-badge', 'data-status': state },
        statusLabels[state],
        deadline && ` · ${deadline}`,
      ),
      element('span', { class: 'text-slate-600' }, `${categoryLabel(entry.category)} · ${entryKindLabel(entry)}`),
    ),
    element(
      'h2',
      { class: 'text-lg leading-snug font-bold' },
      element('a', { href: url, class: 'hover:underline' }, entry.title),
    ),
    element('p', { 'data-period': '' }, `${entryKindInfo[entry.kind].periodVerb} 기간: ${formatPeriod(entry.period)}`),
    element(
      'div',
      { class: 'flex flex-wrap gap-2' },
      share,
      entry.calendar &&
        element(
          'a',
          { href: entry.calendar, download: '', class: button, 'data-calendar-link': '' },
          '캘린더에 추가 (.ics)',
        ),
      removeButton(saved, entry.title),
    ),
    shareStatus,
  );
}

async function start() {
  hideScriptNotes();
  const saved = savedEntries();
  if (saved.length === 0) {
    empty.hidden = false;
    status.textContent = '저장한 항목이 없어요.';
    return;
  }
  try {
    const { data } = await loadFinderData(list.dataset.entries ?? '');
    const byKey = new Map(data.entries.map((entry) => [`${entry.kind}:${entry.id}`, entry]));
    list.replaceChildren(...saved.map((item) => renderEntry(item, byKey.get(`${item.kind}:${item.id}`))));
    status.textContent = `저장한 항목 ${saved.length}건`;
  } catch {
    status.textContent = '정책 목록을 불러오지 못했어요. 새로고침해 보세요.';
  }
}

void start();
