import { seoulDate } from '../lib/dates';
import type { ConditionResult, EligibilityVerdict, Profile } from '../lib/eligibility';
import {
  ageError,
  type FinderData,
  type FinderResult,
  finderResults,
  profileFromParams,
  profileToParams,
} from '../lib/finder';
import { statusOf } from '../lib/listing';
import { paths, withBase } from '../lib/paths';
import { NATIONWIDE, type RegionTree } from '../lib/regions';
import { deadlineLabel, statusLabels } from '../lib/status';
import { categoryLabel, entryKindLabel } from '../lib/vocabulary';
import { element, hideScriptNotes, required } from './dom';
import { loadFinderData } from './finder-data';
import { shareLink, shareMessages } from './share';
import { readStored, writeStored } from './storage';

// 나의 정책 찾기: the profile is the page's query string; matching runs here, in the
// browser, on the entries file built with the site. Nothing is sent anywhere.

const form = required<HTMLFormElement>(document, '[data-finder-form]');
const results = required<HTMLElement>(document, '[data-results]');
const count = required<HTMLElement>(results, '[data-result-count]');
const groupsRoot = required<HTMLElement>(results, '[data-result-groups]');
const options = required<HTMLElement>(results, '[data-result-options]');
const showIneligible = required<HTMLInputElement>(options, '[data-show-ineligible]');
const showClosed = required<HTMLInputElement>(options, '[data-show-closed]');
const province = required<HTMLSelectElement>(form, '[data-province]');
const district = required<HTMLSelectElement>(form, '[data-district]');
const memory = required<HTMLElement>(form, '[data-memory]');
const remember = required<HTMLInputElement>(memory, '[data-remember]');
const memoryStatus = required<HTMLElement>(memory, '[data-memory-status]');
const base = import.meta.env.BASE_URL;
const memoryKey = 'cheongnyeon-giljabi:finder-profile';
const today = seoulDate(new Date());

const verdictLabels: Record<EligibilityVerdict, string> = {
  eligible: '신청할 수 있어요',
  check: '확인이 필요해요',
  ineligible: '조건에 맞지 않아요',
};
const reasonMarks: Record<ConditionResult, string> = { met: '충족', check: '확인 필요', unmet: '해당 안 됨' };

/** District options by province, taken from the server-rendered optgroups once. */
const districtsByProvince = new Map(
  [...district.querySelectorAll('optgroup')].map((group) => [
    group.dataset.provinceId ?? '',
    [...group.querySelectorAll('option')].map((option) => ({ value: option.value, label: option.text })),
  ]),
);

function showDistrictsOf(provinceId: string, selected = '') {
  const choices = districtsByProvince.get(provinceId) ?? [];
  district.replaceChildren(
    element('option', { value: '' }, provinceId ? '시·도 전체' : '시·도를 먼저 고르세요'),
    ...choices.map((choice) => element('option', { value: choice.value }, choice.label)),
  );
  district.value = choices.some((choice) => choice.value === selected) ? selected : '';
  district.disabled = choices.length === 0;
}

function profileFromForm(regions: RegionTree): Profile {
  const params = new URLSearchParams();
  for (const [name, value] of new FormData(form)) if (typeof value === 'string') params.append(name, value);
  return profileFromParams(params, regions, today);
}

function fillForm(profile: Profile, regions: RegionTree) {
  form.reset();
  const age = form.elements.namedItem('age');
  if (age instanceof HTMLInputElement) age.value = profile.age ? String(profile.age.birthYear ?? profile.age.max) : '';
  const chain = profile.region ? regions.selfAndAncestors(profile.region) : [];
  const provinceId = chain.find((region) => region.parent === NATIONWIDE)?.id ?? '';
  province.value = provinceId;
  showDistrictsOf(provinceId, chain[0]?.id);
  for (const name of ['employment', 'education', 'marital'] as const) {
    const input = form.querySelector<HTMLInputElement>(`input[name="${name}"][value="${profile[name] ?? ''}"]`);
    if (input) input.checked = true;
  }
  for (const box of form.querySelectorAll<HTMLInputElement>('input[name="category"]')) {
    box.checked = profile.categories?.includes(box.value) ?? false;
  }
}

function renderResult({ entry, match }: FinderResult): HTMLElement {
  const status = statusOf(entry, today);
  const deadline = deadlineLabel(entry.period, today);
  const kind = entryKindLabel(entry);
  return element(
    'li',
    { 'data-eligibility': match.verdict, class: 'finder-result grid gap-2 rounded-xl border bg-white p-4' },
    element(
      'p',
      { class: 'flex flex-wrap items-center gap-2 text-sm' },
      element(
        'span',
        { class: 'status-badge', 'data-status': status },
        statusLabels[status],
        deadline && ` · ${deadline}`,
      ),
      element('span', { class: 'text-slate-600' }, `${categoryLabel(entry.category)} · ${kind}`),
    ),
    element(
      'h4',
      { class: 'text-lg leading-snug font-bold' },
      element('a', { href: withBase(base, paths.entry(entry.kind, entry.id)), class: 'hover:underline' }, entry.title),
    ),
    element('p', { class: 'finder-verdict font-semibold' }, verdictLabels[match.verdict]),
    element(
      'ul',
      { class: 'grid gap-1 text-[0.9375rem]', 'aria-label': '판단 이유' },
      ...match.reasons.map((reason) =>
        element(
          'li',
          { 'data-reason': reason.result, class: 'finder-reason' },
          element('span', { class: 'sr-only' }, `${reasonMarks[reason.result]}: `),
          reason.text,
        ),
      ),
    ),
  );
}

function render(profile: Profile, data: FinderData, regions: RegionTree) {
  const found = finderResults(profile, data.entries, regions, today, { includeClosed: showClosed.checked });
  const visible = (result: FinderResult) => showIneligible.checked || result.match.verdict !== 'ineligible';
  groupsRoot.replaceChildren(
    ...found.groups
      .filter((group) => group.results.some(visible))
      .map((group) =>
        element(
          'section',
          { 'aria-labelledby': `finder-group-${group.category}`, 'data-category': group.category, class: 'grid gap-3' },
          element(
            'h3',
            { id: `finder-group-${group.category}`, class: 'text-lg font-bold' },
            `${group.label} (${group.results.filter(visible).length}건)`,
          ),
          element('ul', { class: 'grid gap-3' }, ...group.results.filter(visible).map(renderResult)),
        ),
      ),
  );
  const { eligible, check, ineligible } = found.counts;
  const hidden = showIneligible.checked ? '' : ` 조건에 맞지 않는 ${ineligible}건은 숨겼어요.`;
  count.textContent =
    eligible + check === 0 && (showIneligible.checked ? ineligible === 0 : true)
      ? `보여 드릴 항목이 없어요.${hidden}`
      : `신청할 수 있는 항목 ${eligible}건, 확인이 필요한 항목 ${check}건을 찾았어요.${hidden}`;
  required(options, '[data-ineligible-label]').textContent = `조건에 맞지 않는 항목도 보기 (${ineligible}건)`;
  required(options, '[data-closed-label]').textContent = showClosed.checked
    ? '마감된 항목도 보기'
    : `마감된 항목도 보기 (${found.closedHidden}건)`;
  options.hidden = false;
}

/** Phone: one question at a time with 이전/다음; the CSS shows every step on a desktop. */
function setUpSteps() {
  const steps = [...form.querySelectorAll<HTMLFieldSetElement>('[data-step]')];
  const nav = required<HTMLElement>(form, '[data-step-nav]');
  const previous = required<HTMLButtonElement>(nav, '[data-step-previous]');
  const next = required<HTMLButtonElement>(nav, '[data-step-next]');
  const position = required<HTMLElement>(nav, '[data-step-position]');
  let current = 0;
  const show = (index: number, focus: boolean) => {
    current = Math.max(0, Math.min(steps.length - 1, index));
    steps.forEach((step, i) => {
      step.toggleAttribute('data-current', i === current);
    });
    position.textContent = `${current + 1} / ${steps.length}`;
    previous.disabled = current === 0;
    next.disabled = current === steps.length - 1;
    if (focus) steps[current]?.querySelector<HTMLElement>('input, select')?.focus();
  };
  previous.addEventListener('click', () => show(current - 1, true));
  next.addEventListener('click', () => show(current + 1, true));
  form.setAttribute('data-stepper', '');
  nav.hidden = false;
  show(0, false);
}

async function start() {
  hideScriptNotes();
  setUpSteps();
  province.addEventListener('change', () => showDistrictsOf(province.value));
  showDistrictsOf(province.value, district.value);
  // Answers given while the entries are still loading are the person's: they must survive
  // the form being filled from the address or from what this browser remembers.
  const answeredWhileLoading = new Map<HTMLInputElement | HTMLSelectElement, { value: string; checked: boolean }>();
  const markAnswered = (event: Event) => {
    const field = event.target;
    if (field instanceof HTMLInputElement || field instanceof HTMLSelectElement) {
      answeredWhileLoading.set(field, {
        value: field.value,
        checked: field instanceof HTMLInputElement && field.checked,
      });
    }
  };
  form.addEventListener('input', markAnswered);
  form.addEventListener('change', markAnswered);
  let loaded: Awaited<ReturnType<typeof loadFinderData>>;
  try {
    loaded = await loadFinderData(form.dataset.entries ?? '');
  } catch {
    count.textContent = '정책 목록을 불러오지 못했어요. 새로고침해 보세요.';
    return;
  }
  const { data, regions } = loaded;
  const stored = readStored(memoryKey);
  const fromUrl = new URLSearchParams(location.search);
  // A shared or bookmarked URL wins over what this browser remembers.
  form.removeEventListener('input', markAnswered);
  form.removeEventListener('change', markAnswered);
  const initial = profileFromParams(fromUrl.toString() ? fromUrl : new URLSearchParams(stored ?? ''), regions, today);
  fillForm(initial, regions);
  for (const [field, answer] of answeredWhileLoading) {
    if (field instanceof HTMLInputElement && (field.type === 'checkbox' || field.type === 'radio')) {
      field.checked = answer.checked;
    } else field.value = answer.value;
    if (field === province) showDistrictsOf(province.value);
  }
  remember.checked = stored !== undefined;
  memory.hidden = false;

  const ageInput = required<HTMLInputElement>(form, 'input[name="age"]');
  const ageMessage = required<HTMLElement>(form, '[data-age-error]');
  const update = (announce: boolean) => {
    // An unreadable age is explained and left in the box, and the search goes on without it.
    const error = ageError(ageInput.value, today);
    ageMessage.textContent = error ?? '';
    if (error) ageInput.setAttribute('aria-invalid', 'true');
    else ageInput.removeAttribute('aria-invalid');
    const profile = profileFromForm(regions);
    // The unknown region of a hand-typed URL stays until the person picks a region.
    if (profile.region === undefined && initial.region && !regions.get(initial.region) && !province.value) {
      profile.region = initial.region;
    }
    const query = profileToParams(profile).toString();
    history.replaceState(null, '', `${location.pathname}${query ? `?${query}` : ''}`);
    if (remember.checked) writeStored(memoryKey, query);
    render(profile, data, regions);
    if (announce) required<HTMLElement>(results, '#finder-results-title').focus();
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    update(true);
  });
  form.addEventListener('change', (event) => {
    if (event.target === remember) return;
    update(false);
  });
  form.addEventListener('input', (event) => {
    if (event.target instanceof HTMLInputElement && event.target.name === 'age') update(false);
  });
  showIneligible.addEventListener('change', () => update(false));
  showClosed.addEventListener('change', () => update(false));
  remember.addEventListener('change', () => {
    const saved = writeStored(
      memoryKey,
      remember.checked ? profileToParams(profileFromForm(regions)).toString() : undefined,
    );
    memoryStatus.textContent = !saved
      ? '이 브라우저에서는 기억할 수 없어요.'
      : remember.checked
        ? '이 기기에 기억했어요.'
        : '기억하지 않아요.';
  });
  required<HTMLButtonElement>(memory, '[data-forget]').addEventListener('click', () => {
    writeStored(memoryKey, undefined);
    remember.checked = false;
    memoryStatus.textContent = '기억한 정보를 지웠어요.';
  });
  required<HTMLButtonElement>(memory, '[data-share-results]').addEventListener('click', async () => {
    const outcome = await shareLink('나의 정책 찾기 결과', location.href);
    memoryStatus.textContent =
      outcome === 'failed' ? `${shareMessages.failed} ${location.href}` : shareMessages[outcome];
  });
  update(false);
}

void start();
