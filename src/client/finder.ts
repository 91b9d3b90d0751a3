import { seoulDate } from '../lib/dates';
import { type Profile, type Question, questionIds, verdicts } from '../lib/eligibility';
import {
  ageError,
  type FinderData,
  finderResults,
  hasAnswers,
  profileFromParams,
  profileToParams,
} from '../lib/eligibility/finder';
import { questionAnswers } from '../lib/eligibility/questions';
import { NATIONWIDE, type RegionTree } from '../lib/regions';
import { hideScriptNotes, required } from './dom';
import { loadFinderData } from './finder-data';
import { finderMemoryKey } from './finder-memory';
import { groupTitles, resultGroups } from './finder-results';
import { setUpSteps } from './finder-steps';
import { shareLink, shareMessages } from './share';
import { readStored, writeStored } from './storage';

// 나의 정책 찾기: the profile is the page's query string; matching runs here, in the
// browser, on the entries file built with the site. Nothing is sent anywhere.

const form = required<HTMLFormElement>(document, '[data-finder-form]');
const results = required<HTMLElement>(document, '[data-results]');
const count = required<HTMLElement>(results, '[data-result-count]');
const groupsRoot = required<HTMLElement>(results, '[data-result-groups]');
const options = required<HTMLElement>(results, '[data-result-options]');
const showClosed = required<HTMLInputElement>(options, '[data-show-closed]');
const followUpPrompt = required<HTMLButtonElement>(options, '[data-follow-up-prompt]');
const province = required<HTMLSelectElement>(form, '[data-province]');
const district = required<HTMLSelectElement>(form, '[data-district]');
const memory = required<HTMLElement>(form, '[data-memory]');
const remember = required<HTMLInputElement>(memory, '[data-remember]');
const memoryStatus = required<HTMLElement>(memory, '[data-memory-status]');
const followUpSteps = [...form.querySelectorAll<HTMLFieldSetElement>('[data-follow-up]')];
const base = import.meta.env.BASE_URL;
const today = seoulDate(new Date());
const stepper = setUpSteps(form);

/** District options by province, taken from the server-rendered optgroups once. */
const districtsByProvince = new Map(
  [...district.querySelectorAll('optgroup')].map((group) => [
    group.dataset.provinceId ?? '',
    [...group.querySelectorAll('option')].map((option) => ({ value: option.value, label: option.text })),
  ]),
);

function showDistrictsOf(provinceId: string, selected = '') {
  const choices = districtsByProvince.get(provinceId) ?? [];
  const first = document.createElement('option');
  first.value = '';
  first.text = provinceId ? '시·도 전체' : '시·도를 먼저 고르세요';
  district.replaceChildren(first, ...choices.map((choice) => new Option(choice.label, choice.value)));
  district.value = choices.some((choice) => choice.value === selected) ? selected : '';
  district.disabled = choices.length === 0;
}

function profileFromForm(regions: RegionTree): Profile {
  const params = new URLSearchParams();
  for (const [name, value] of new FormData(form)) if (typeof value === 'string') params.append(name, value);
  return profileFromParams(params, regions, today);
}

/** Puts one answer into the form: the radio or checkbox with that value, or the text field. */
function setField(name: string, value: string) {
  const fields = [...form.querySelectorAll<HTMLInputElement | HTMLSelectElement>(`[name="${CSS.escape(name)}"]`)];
  for (const field of fields) {
    if (field instanceof HTMLInputElement && (field.type === 'radio' || field.type === 'checkbox')) {
      if (field.value === value) field.checked = true;
      else if (field.type === 'checkbox' && name === 'group' && (value === 'none' || field.value === 'none')) {
        field.checked = false;
      }
    } else if (field !== district && field !== province) field.value = value;
  }
}

function fillForm(profile: Profile, regions: RegionTree) {
  form.reset();
  const chain = profile.region ? regions.selfAndAncestors(profile.region) : [];
  const provinceId = chain.find((region) => region.parent === NATIONWIDE)?.id ?? '';
  province.value = provinceId;
  showDistrictsOf(provinceId, chain[0]?.id);
  const params = profileToParams(profile);
  for (const [name, value] of params)
    if (name !== 'region' && name !== 'group' && name !== 'category') setField(name, value);
  for (const value of params.getAll('group')) setField('group', value);
  for (const box of form.querySelectorAll<HTMLInputElement>('input[name="category"]')) {
    box.checked = profile.categories?.includes(box.value) ?? false;
  }
}

/** Whether the person answered a follow-up, from the one table of questions. */
const answered = (id: string, profile: Profile) =>
  (questionIds as readonly string[]).includes(id) && questionAnswers[id as Question].answered(profile);

/** Shows the follow-ups whose answer would change a verdict, and those already answered. */
function showFollowUps(questions: readonly { question: Question; entries: number }[], profile: Profile) {
  const open: HTMLFieldSetElement[] = [];
  // Follow-ups come after the basics: nine questions at once would greet a newcomer.
  const started = [profile.age, profile.region, profile.employment, profile.education, profile.marital].some(
    (answer) => answer !== undefined,
  );
  for (const step of followUpSteps) {
    const id = step.dataset.followUp ?? '';
    const deciding = started ? questions.find((item) => item.question === id) : undefined;
    step.hidden = deciding === undefined && !answered(id, profile);
    required<HTMLElement>(step, '[data-follow-up-count]').textContent = deciding
      ? `이 답으로 결과 ${deciding.entries}건이 정해져요.`
      : '';
    if (deciding && !answered(id, profile)) open.push(step);
  }
  stepper.refresh();
  followUpPrompt.hidden = open.length === 0;
  followUpPrompt.textContent = `질문 ${open.length}개에 더 답하기`;
  followUpPrompt.onclick = () => {
    const first = open[0];
    if (!first) return;
    stepper.show(first);
    first.scrollIntoView({ block: 'start' });
  };
}

function render(profile: Profile, data: FinderData, regions: RegionTree, update: () => void) {
  // Nothing answered yet: every entry would only say "answer first", so none is drawn
  // (it also keeps the first paint of /finder/ free of a long task).
  if (!hasAnswers(profile)) {
    groupsRoot.replaceChildren();
    count.textContent = '질문에 답하시면 신청할 수 있는 정책과 프로그램을 찾아 드려요.';
    showFollowUps([], profile);
    return;
  }
  const found = finderResults(profile, data.entries, regions, today, { includeClosed: showClosed.checked });
  groupsRoot.replaceChildren(
    ...resultGroups(found, {
      today,
      base,
      answer: (entryId, answers) => {
        for (const [name, value] of Object.entries(answers)) setField(name, value);
        update();
        const moved = groupsRoot.querySelector<HTMLElement>(`[data-entry-id="${CSS.escape(entryId)}"] h4 a`);
        moved?.closest('details')?.setAttribute('open', '');
        moved?.focus();
      },
      goToQuestion: () => {
        // With a 시·도 already chosen, the question left is the 시·군·구.
        const target = province.value && !district.disabled ? district : province;
        stepper.show(province.closest('fieldset') ?? province);
        target.scrollIntoView({ block: 'center' });
        target.focus();
      },
    }),
  );
  const shown = verdicts.filter((verdict) => found.counts[verdict] > 0);
  count.textContent =
    shown.length === 0
      ? '보여 드릴 항목이 없어요.'
      : `${shown.map((verdict) => `${groupTitles[verdict]} ${found.counts[verdict]}건`).join(', ')}을 찾았어요.`;
  required(options, '[data-closed-label]').textContent = showClosed.checked
    ? '마감된 항목도 보기'
    : `마감된 항목도 보기 (${found.closedHidden}건)`;
  showFollowUps(found.questions, profile);
}

/** Answers typed while the entries load are the person's: they survive filling the form. */
function keepEarlyAnswers(): () => void {
  const early = new Map<HTMLInputElement | HTMLSelectElement, { value: string; checked: boolean }>();
  const mark = (event: Event) => {
    const field = event.target;
    if (field instanceof HTMLInputElement || field instanceof HTMLSelectElement) {
      early.set(field, { value: field.value, checked: field instanceof HTMLInputElement && field.checked });
    }
  };
  form.addEventListener('input', mark);
  form.addEventListener('change', mark);
  return () => {
    form.removeEventListener('input', mark);
    form.removeEventListener('change', mark);
    for (const [field, answer] of early) {
      if (field instanceof HTMLInputElement && (field.type === 'checkbox' || field.type === 'radio')) {
        field.checked = answer.checked;
      } else field.value = answer.value;
      if (field === province) showDistrictsOf(province.value);
    }
  };
}

function setUpMemory(regions: RegionTree) {
  remember.addEventListener('change', () => {
    const saved = writeStored(
      finderMemoryKey,
      remember.checked ? profileToParams(profileFromForm(regions)).toString() : undefined,
    );
    memoryStatus.textContent = !saved
      ? '이 브라우저에서는 기억할 수 없어요.'
      : remember.checked
        ? '이 기기에 기억했어요.'
        : '기억하지 않아요.';
  });
  required<HTMLButtonElement>(memory, '[data-forget]').addEventListener('click', () => {
    writeStored(finderMemoryKey, undefined);
    remember.checked = false;
    memoryStatus.textContent = '기억한 정보를 지웠어요.';
  });
  required<HTMLButtonElement>(memory, '[data-share-results]').addEventListener('click', async () => {
    const outcome = await shareLink('나의 정책 찾기 결과', location.href);
    memoryStatus.textContent =
      outcome === 'failed' ? `${shareMessages.failed} ${location.href}` : shareMessages[outcome];
  });
  required<HTMLButtonElement>(memory, '[data-print-results]').addEventListener('click', () => window.print());
}

/** Printed results show every group, the collapsed one too. */
function openGroupsForPrint() {
  let closed: HTMLDetailsElement[] = [];
  addEventListener('beforeprint', () => {
    closed = [...groupsRoot.querySelectorAll<HTMLDetailsElement>('details:not([open])')];
    for (const details of closed) details.open = true;
  });
  addEventListener('afterprint', () => {
    for (const details of closed) details.open = false;
  });
}

async function start() {
  hideScriptNotes();
  for (const step of followUpSteps) step.disabled = false;
  province.addEventListener('change', () => showDistrictsOf(province.value));
  showDistrictsOf(province.value, district.value);
  const restoreEarlyAnswers = keepEarlyAnswers();
  let loaded: Awaited<ReturnType<typeof loadFinderData>>;
  try {
    loaded = await loadFinderData(form.dataset.entries ?? '');
  } catch {
    count.textContent = '정책 목록을 불러오지 못했어요. 새로고침해 보세요.';
    return;
  }
  const { data, regions } = loaded;
  const stored = readStored(finderMemoryKey);
  const fromUrl = new URLSearchParams(location.search);
  // A shared or bookmarked URL wins over what this browser remembers.
  const initial = profileFromParams(fromUrl.toString() ? fromUrl : new URLSearchParams(stored ?? ''), regions, today);
  fillForm(initial, regions);
  restoreEarlyAnswers();
  remember.checked = stored !== undefined;

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
    if (remember.checked) writeStored(finderMemoryKey, query);
    render(profile, data, regions, () => update(false));
    if (announce) required<HTMLElement>(results, '#finder-results-title').focus();
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    update(true);
  });
  form.addEventListener('change', (event) => {
    if (event.target === remember) return;
    if (event.target instanceof HTMLInputElement && event.target.name === 'group' && event.target.checked) {
      setField('group', event.target.value);
    }
    update(false);
  });
  form.addEventListener('input', (event) => {
    const target = event.target;
    if (target instanceof HTMLInputElement && target.type !== 'radio' && target.type !== 'checkbox') update(false);
  });
  showClosed.addEventListener('change', () => update(false));
  setUpMemory(regions);
  openGroupsForPrint();
  update(false);
}

void start();
