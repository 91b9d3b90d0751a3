import { seoulDate } from '../lib/dates';
import { hasAnswers, profileFromParams } from '../lib/eligibility/finder';
import { type MarksData, markSymbols, marksFor } from '../lib/eligibility/marks';
import { RegionTree } from '../lib/regions';
import { finderMemoryKey } from './finder-memory';
import { writeStored } from './storage';

// Your profile on a detail page: each condition of "누가 신청할 수 있나요" gets ✓, ✗ or ?
// from the answers this browser remembers from the finder. Computed here; nothing is sent.
// Loaded by eligibility-marks.ts only when answers are remembered.

function clearMarks(panel: HTMLElement) {
  for (const slot of panel.querySelectorAll<HTMLElement>('[data-mark]')) {
    slot.replaceChildren();
    slot.dataset.mark = '';
  }
}

function showMarks(panel: HTMLElement, data: MarksData, stored: string) {
  const today = seoulDate(new Date());
  const profile = profileFromParams(new URLSearchParams(stored), new RegionTree([]), today);
  if (!hasAnswers(profile)) return false;
  const marks = marksFor(profile, data, today);
  for (const row of panel.querySelectorAll<HTMLElement>('[data-condition]')) {
    const slot = row.querySelector<HTMLElement>('[data-mark]');
    const mark = marks[row.dataset.condition ?? ''];
    if (!slot || !mark) continue;
    const symbol = document.createElement('span');
    symbol.setAttribute('aria-hidden', 'true');
    symbol.textContent = markSymbols[mark].symbol;
    const words = document.createElement('span');
    words.className = 'sr-only';
    words.textContent = markSymbols[mark].words;
    slot.replaceChildren(symbol, words);
    slot.dataset.mark = mark;
  }
  return true;
}

/** Marks the panel `root` from the remembered query string `stored`, with 답 바꾸기 and 답 잊기. */
export function showProfile(root: HTMLElement, stored: string) {
  const note = root.querySelector<HTMLElement>('[data-profile-note]');
  const data = JSON.parse(root.dataset.eligibilityMarks ?? '{}') as MarksData;
  if (!note || !showMarks(root, data, stored)) return;
  note.hidden = false;
  const change = note.querySelector<HTMLAnchorElement>('[data-profile-change]');
  change?.setAttribute('href', `${change.getAttribute('href')}?${stored}`);
  note.querySelector('[data-profile-forget]')?.addEventListener('click', () => {
    writeStored(finderMemoryKey, undefined);
    clearMarks(root);
    for (const child of note.querySelectorAll<HTMLElement>('[data-profile-actions], [data-profile-lead]')) {
      child.hidden = true;
    }
    const status = note.querySelector<HTMLElement>('[data-profile-status]');
    if (status) status.textContent = '기억한 답을 지웠어요. 이 브라우저에 남은 답이 없어요.';
  });
}
