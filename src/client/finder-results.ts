import { isFrontPage, siteNameOf } from '../lib/apply-route';
import { formatKoreanDate } from '../lib/dates';
import {
  type ConditionResult,
  conditionTally,
  decidingQuestion,
  type EligibilityVerdict,
  missOf,
  type Question,
  verdicts,
} from '../lib/eligibility';
import type { FinderResult, FinderResults } from '../lib/eligibility/finder';
import { statusOf } from '../lib/listing';
import { paths, withBase } from '../lib/paths';
import { deadlineLabel, statusLabels } from '../lib/status';
import { applicantLabels, categoryLabel, entryKindLabel } from '../lib/vocabulary';
import { element } from './dom';
import { questionControl } from './finder-question-control';

// The finder's results as four groups in the order people act on them: what they can apply
// for, what they probably can (a few things to check in the notice), what one more answer
// would settle (asked right on the card), and, collapsed and last, what does not fit.

export const groupTitles: Record<EligibilityVerdict, string> = {
  eligible: '신청할 수 있어요',
  likely: '신청할 수 있어 보여요',
  check: '답하시면 알 수 있어요',
  ineligible: '조건이 맞지 않아요',
};
const groupHints: Record<EligibilityVerdict, string> = {
  eligible: '알려 주신 답으로 모든 조건을 확인했어요.',
  likely: '알려 주신 답으로 확인할 수 있는 조건은 모두 맞아요. 남은 조건은 공고에서 확인하세요.',
  check: '아직 답하지 않은 질문에 따라 달라져요. 카드에서 바로 답할 수 있어요.',
  ineligible: '맞지 않는 조건이 하나 이상 있어요.',
};
const reasonMarks: Record<ConditionResult, string> = {
  met: '충족',
  notice: '공고에서 확인',
  check: '답하면 확인',
  unmet: '해당 안 됨',
};

export interface ResultContext {
  today: string;
  base: string;
  /** Puts an answer given on a card into the form, as if answered there. */
  answer: (entryId: string, answers: Record<string, string>) => void;
  /** Shows and focuses the form's question (for the basic questions). */
  goToQuestion: (question: Question) => void;
}

function verdictLine({ match }: FinderResult): string {
  if (match.verdict !== 'likely') return groupTitles[match.verdict];
  const left = match.reasons.filter((reason) => reason.result === 'notice').length;
  return `신청할 수 있어 보여요, 공고에서 ${left}가지만 확인하세요`;
}

function facts(result: FinderResult, today: string): HTMLElement {
  const { entry, match } = result;
  const { total, met } = conditionTally(match);
  const period = entry.period;
  const deadline =
    period.type === 'fixed'
      ? `신청 마감 ${formatKoreanDate(period.end)}`
      : period.type === 'always'
        ? '상시 신청'
        : '마감';
  return element(
    'dl',
    { class: 'finder-facts grid gap-x-3 gap-y-1 text-[0.9375rem] sm:grid-cols-[auto_1fr]' },
    element('dt', { class: 'font-semibold' }, '조건'),
    element('dd', { 'data-tally': '' }, total === 0 ? '조건 없음' : `조건 ${total}개 중 ${met}개 충족`),
    entry.benefit !== undefined && element('dt', { class: 'font-semibold' }, '지원'),
    entry.benefit !== undefined && element('dd', {}, entry.benefit),
    element('dt', { class: 'font-semibold' }, '기간'),
    element('dd', {}, deadline, statusOf(entry, today) === 'closing-soon' ? ` (${deadlineLabel(period, today)})` : ''),
  );
}

function card(result: FinderResult, context: ResultContext): HTMLElement {
  const { entry, match } = result;
  const status = statusOf(entry, context.today);
  const deadline = deadlineLabel(entry.period, context.today);
  const page = withBase(context.base, paths.entry(entry.kind, entry.id));
  const question = decidingQuestion(match);
  return element(
    'li',
    {
      'data-eligibility': match.verdict,
      'data-entry-id': entry.id,
      class: 'finder-result grid gap-2 rounded-xl border bg-white p-4',
    },
    element(
      'p',
      { class: 'flex flex-wrap items-center gap-2 text-sm' },
      element(
        'span',
        { class: 'status-badge', 'data-status': status },
        statusLabels[status],
        deadline && ` · ${deadline}`,
      ),
      element('span', { class: 'text-slate-600' }, `${categoryLabel(entry.category)} · ${entryKindLabel(entry)}`),
      match.applicant === 'group' &&
        element(
          'span',
          { class: 'rounded bg-slate-100 px-2 font-semibold', 'data-applicant': 'group' },
          applicantLabels.group,
        ),
    ),
    element(
      'h4',
      { class: 'text-lg leading-snug font-bold' },
      element('a', { href: page, class: 'hover:underline' }, entry.title),
    ),
    element('p', { class: 'finder-verdict font-semibold' }, verdictLine(result)),
    facts(result, context.today),
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
    question && questionControl(question, entry.id, context),
    nearMissLine(match),
    action(result, status, page, context),
  );
}

/** A near miss says which one condition fails and, when something could, what would change it. */
function nearMissLine(match: FinderResult['match']): HTMLElement | false {
  if (match.verdict !== 'ineligible') return false;
  const miss = missOf(match);
  if (miss.kind !== 'near') return false;
  const sentence = miss.reason.change
    ? `이 조건 하나만 맞지 않아요. ${miss.reason.change} 신청할 수 있어요.`
    : '이 조건 하나만 맞지 않아요.';
  return element('p', { class: 'finder-near font-semibold', 'data-near-miss': '' }, sentence);
}

const actionLink = 'inline-flex min-h-11 items-center font-semibold text-brand-700 underline';

/**
 * What the card offers, as the entry page does (src/lib/apply-route.ts): never 신청하기 for
 * a round that is over, and a notice or description page is named as what it is.
 */
function action(result: FinderResult, status: string, page: string, context: ResultContext): HTMLElement {
  const { entry } = result;
  if (status === 'closed') {
    return element(
      'p',
      { class: 'flex flex-wrap gap-x-4', 'data-next-round': '' },
      element('span', { class: 'font-semibold' }, '이번 모집은 끝났어요.'),
      element('a', { href: withBase(context.base, '/feeds/'), class: actionLink }, '다음 모집 소식 받기 (RSS·캘린더)'),
      entry.calendar !== undefined && element('a', { href: entry.calendar, class: actionLink }, '캘린더에 추가'),
    );
  }
  if (entry.applyUrl) {
    const label = isFrontPage(entry.applyUrl) ? `${siteNameOf(entry.applyUrl)}에서 신청하기` : '신청하기';
    return element(
      'p',
      {},
      element(
        'a',
        { href: entry.applyUrl, class: actionLink, rel: 'noopener', 'data-apply': '' },
        `${label} (${new URL(entry.applyUrl).hostname})`,
      ),
    );
  }
  return element(
    'p',
    { class: 'flex flex-wrap gap-x-4' },
    element('a', { href: page, class: actionLink }, '신청 방법 보기'),
    entry.noticeUrl !== undefined &&
      element(
        'a',
        { href: entry.noticeUrl, class: actionLink, rel: 'noopener', 'data-notice': '' },
        `${siteNameOf(entry.noticeUrl)} 공고 보기`,
      ),
  );
}

function group(verdict: EligibilityVerdict, results: readonly FinderResult[], context: ResultContext): HTMLElement {
  const id = `finder-group-${verdict}`;
  const title = `${groupTitles[verdict]} (${results.length}건)`;
  const hint = element('p', { class: 'text-sm text-slate-600' }, groupHints[verdict]);
  if (verdict === 'ineligible') {
    // Collapsed and last: what does not fit stays out of the way but can be read; near
    // misses lead (finderResults sorts them first), and other regions' entries fold again.
    const elsewhere = results.filter((result) => missOf(result.match).kind === 'region');
    const here = results.filter((result) => missOf(result.match).kind !== 'region');
    return element(
      'details',
      { 'data-verdict-group': verdict, class: 'finder-ineligible grid gap-3' },
      element(
        'summary',
        { class: 'min-h-11 cursor-pointer py-2 text-lg font-bold' },
        element('h3', { id, class: 'inline' }, title),
      ),
      hint,
      here.length > 0 && element('ul', { class: 'grid gap-3' }, ...here.map((result) => card(result, context))),
      elsewhere.length > 0 &&
        element(
          'details',
          { class: 'grid gap-3', 'data-other-regions': '' },
          element(
            'summary',
            { class: 'min-h-11 cursor-pointer py-2 font-semibold' },
            `다른 지역 주민 대상 (${elsewhere.length}건)`,
          ),
          element('ul', { class: 'grid gap-3' }, ...elsewhere.map((result) => card(result, context))),
        ),
    );
  }
  return element(
    'section',
    { 'aria-labelledby': id, 'data-verdict-group': verdict, class: 'grid gap-3' },
    element('h3', { id, class: 'text-lg font-bold' }, title),
    hint,
    element('ul', { class: 'grid gap-3' }, ...results.map((result) => card(result, context))),
  );
}

/** The result groups that have entries, in verdict order. */
export function resultGroups(found: FinderResults, context: ResultContext): HTMLElement[] {
  return verdicts
    .filter((verdict) => found.byVerdict[verdict].length > 0)
    .map((verdict) => group(verdict, found.byVerdict[verdict], context));
}
