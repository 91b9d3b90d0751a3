import type { Eligibility } from '../../schemas/eligibility';
import { type Listing, sortForBrowsing, statusOf } from '../listing';
import type { Region, RegionTree } from '../regions';
import {
  categories,
  educationLabels,
  employmentLabels,
  groupValues,
  housingValues,
  majorLabels,
  maritalLabels,
} from '../vocabulary';
import {
  type EligibilityMatch,
  type EligibilityVerdict,
  matchEligibility,
  missOf,
  type Profile,
  type Question,
  questionIds,
  verdicts,
} from './index';

/**
 * The finder's profile lives in the URL (`?age=27&region=gwangju-seogu&category=jobs`), so
 * a result can be bookmarked and shared and nothing is sent anywhere. This module turns
 * query parameters into a profile and back, and groups matched entries for display.
 */

/** What the finder and the saved list read about each entry (the compact JSON: no summaries or tags). */
export interface FinderEntry extends Omit<Listing, 'summary' | 'tags'> {
  eligibility?: Eligibility | undefined;
  /** What the person gets (`support.summary` of a policy; what a program leaves them with). */
  benefit?: string | undefined;
  /** Where to apply online (`application.url`), when the entry has such a page. */
  applyUrl?: string | undefined;
  /** The official notice (a policy's `source.url`): a page to read, not a form. */
  noticeUrl?: string | undefined;
  /** Link to the entry's `.ics` file (with the base path), when it has dated events. */
  calendar?: string | undefined;
}

export interface FinderData {
  /** Build date; browsers use their own Seoul date. */
  built: string;
  regions: Region[];
  entries: FinderEntry[];
}

const birthYearPattern = /^(19|20)\d{2}$/;

/**
 * `age` is a 만 나이 (`27`) or a birth year (`1999`). A birth year alone leaves two possible
 * 만 나이 (before and after this year's birthday), and matching says so.
 */
export function parseAge(value: string | null, today: string): Profile['age'] {
  const text = value?.trim() ?? '';
  if (!/^\d{1,4}$/.test(text)) return undefined;
  const number = Number(text);
  if (birthYearPattern.test(text)) {
    const thisYear = Number(today.slice(0, 4));
    if (number > thisYear) return undefined;
    const max = thisYear - number;
    return { min: Math.max(0, max - 1), max, birthYear: number };
  }
  return number <= 120 ? { min: number, max: number } : undefined;
}

/** Korean message for an age answer that cannot be read; undefined when it is empty or valid. */
export function ageError(value: string, today: string): string | undefined {
  if (value.trim() === '' || parseAge(value, today) !== undefined) return undefined;
  return '만 나이(0~120) 또는 태어난 해(예: 1999)를 숫자로 적어 주세요. 이 답은 빼고 찾았어요.';
}

const known = (labels: Record<string, string>, value: string | null) =>
  value !== null && Object.hasOwn(labels, value) ? value : undefined;

/** A whole number within bounds, or undefined: money in 만원, people, months. */
function count(value: string | null, max: number): number | undefined {
  const text = value?.trim() ?? '';
  if (!/^\d{1,7}$/.test(text)) return undefined;
  const number = Number(text);
  return number <= max ? number : undefined;
}

/** `1` yes, `0` no; anything else is no answer. */
const yesNo = (value: string | null) => (value === '1' ? true : value === '0' ? false : undefined);

/** `group` is repeatable; `none` says the person belongs to none of the groups. */
function groupsFrom(params: URLSearchParams): Profile['groups'] {
  const values = params.getAll('group');
  const chosen = groupValues.filter((group) => values.includes(group));
  if (chosen.length > 0) return chosen;
  return values.includes('none') ? [] : undefined;
}

/** The most specific known region of the `region` answers (a form without JavaScript sends two). */
function regionFrom(params: URLSearchParams, tree: RegionTree): string | undefined {
  const values = params
    .getAll('region')
    .map((value) => value.trim())
    .filter(Boolean);
  const knownRegions = values.filter((id) => tree.get(id) !== undefined);
  return knownRegions.sort((a, b) => tree.depth(b) - tree.depth(a))[0] ?? values[0];
}

/**
 * Reads a profile from query parameters (docs/content-model.md, "The finder's address").
 * Unknown values are dropped, except a region id the taxonomy does not know, which is
 * kept so matching can say it could not check it.
 */
export function profileFromParams(params: URLSearchParams, tree: RegionTree, today: string): Profile {
  const categoryIds = new Set<string>(categories.map((category) => category.id));
  const chosen = params.getAll('category').filter((id) => categoryIds.has(id));
  return {
    age: parseAge(params.get('age'), today),
    region: regionFrom(params, tree),
    months: count(params.get('months'), 1200),
    employment: known(employmentLabels, params.get('employment')),
    education: known(educationLabels, params.get('education')),
    marital: known(maritalLabels, params.get('marital')),
    major: known(majorLabels, params.get('major')),
    household: nonZero(count(params.get('household'), 30)),
    income: count(params.get('income'), 1_000_000),
    parentsHousehold: nonZero(count(params.get('parentsHousehold'), 30)),
    parentsIncome: count(params.get('parentsIncome'), 1_000_000),
    annualIncome: count(params.get('annualIncome'), 10_000_000),
    homeless: yesNo(params.get('homeless')),
    apart: yesNo(params.get('apart')),
    householder: yesNo(params.get('householder')),
    groups: groupsFrom(params),
    categories: [...new Set(chosen)],
  };
}

const nonZero = (value: number | undefined) => (value === 0 ? undefined : value);

/** Answers written as they are in the address, in the order of the content model. */
const plainAnswers = [
  'months',
  'employment',
  'education',
  'marital',
  'major',
  'household',
  'income',
  'parentsHousehold',
  'parentsIncome',
  'annualIncome',
] as const;

/** The canonical query string of a profile (empty answers left out). */
export function profileToParams(profile: Profile): URLSearchParams {
  const params = new URLSearchParams();
  if (profile.age) params.set('age', String(profile.age.birthYear ?? profile.age.max));
  if (profile.region) params.set('region', profile.region);
  for (const name of plainAnswers) {
    const value = profile[name];
    if (value !== undefined && value !== '') params.set(name, String(value));
  }
  for (const name of housingValues) {
    const value = profile[name];
    if (value !== undefined) params.set(name, value ? '1' : '0');
  }
  if (profile.groups) {
    for (const group of profile.groups.length > 0 ? profile.groups : ['none']) params.append('group', group);
  }
  for (const category of profile.categories ?? []) params.append('category', category);
  return params;
}

/** True when the person answered at least one question. */
export function hasAnswers(profile: Profile): boolean {
  return profileToParams(profile).toString() !== '';
}

export interface FinderResult {
  entry: FinderEntry;
  match: EligibilityMatch;
}

export interface FinderResults {
  /** Results by verdict, in the order people read them: eligible, likely, check, ineligible. */
  byVerdict: Record<EligibilityVerdict, FinderResult[]>;
  counts: Record<EligibilityVerdict, number>;
  /** Closed entries left out because `includeClosed` was false. */
  closedHidden: number;
  /**
   * The questions whose answer would change a verdict, with how many results each would
   * settle: the follow-ups worth asking this person, most useful first.
   */
  questions: { question: Question; entries: number }[];
}

/** Which unanswered questions stand between `check` results and a verdict, most results first. */
function usefulQuestions(results: readonly FinderResult[]): FinderResults['questions'] {
  const tally = new Map<Question, number>();
  for (const { match } of results) {
    if (match.verdict !== 'check') continue;
    const asked = new Set(match.reasons.flatMap((item) => (item.question ? [item.question] : [])));
    for (const question of asked) tally.set(question, (tally.get(question) ?? 0) + 1);
  }
  return [...tally]
    .map(([question, entries]) => ({ question, entries }))
    .sort((a, b) => b.entries - a.entries || questionIds.indexOf(a.question) - questionIds.indexOf(b.question));
}

const missRank = { near: 0, other: 1, region: 2 } as const;

/**
 * Matches every entry meant for a person (entries a business applies for are not a
 * person's results: they stay in lists and search), keeps the chosen categories (all when
 * none chosen), leaves closed entries out unless asked, and groups by verdict, what can be
 * applied for now and closes soonest first.
 */
export function finderResults(
  profile: Profile,
  entries: readonly FinderEntry[],
  tree: RegionTree,
  today: string,
  options: { includeClosed: boolean },
): FinderResults {
  const wanted = profile.categories?.length ? new Set(profile.categories) : undefined;
  // A person's results: not what businesses apply for, nor what no one applies for.
  const forPeople = entries.filter((entry) => {
    const applicant = entry.eligibility?.applicant;
    return applicant !== 'business' && applicant !== 'none';
  });
  const inCategory = forPeople.filter((entry) => wanted === undefined || wanted.has(entry.category));
  const shown = inCategory.filter((entry) => options.includeClosed || statusOf(entry, today) !== 'closed');
  const results = sortForBrowsing(shown, today).map((entry) => ({
    entry,
    match: matchEligibility(profile, entry, tree, today),
  }));
  const byVerdict = Object.fromEntries(
    verdicts.map((verdict) => [verdict, results.filter((result) => result.match.verdict === verdict)]),
  ) as Record<EligibilityVerdict, FinderResult[]>;
  // Near misses first: one condition away is worth reading; another region's entries last.
  byVerdict.ineligible.sort((a, b) => missRank[missOf(a.match).kind] - missRank[missOf(b.match).kind]);
  const counts = Object.fromEntries(verdicts.map((verdict) => [verdict, byVerdict[verdict].length])) as Record<
    EligibilityVerdict,
    number
  >;
  return { byVerdict, counts, closedHidden: inCategory.length - shown.length, questions: usefulQuestions(results) };
}
