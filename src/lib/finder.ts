import type { Eligibility } from '../schemas/eligibility';
import { type EligibilityMatch, matchEligibility, type Profile } from './eligibility';
import { type Listing, sortForBrowsing, statusOf } from './listing';
import type { Region, RegionTree } from './regions';
import { categories, educationLabels, employmentLabels, maritalLabels } from './vocabulary';

/**
 * The finder's profile lives in the URL (`?age=27&region=gwangju-seogu&category=jobs`), so
 * a result can be bookmarked and shared and nothing is sent anywhere. This module turns
 * query parameters into a profile and back, and groups matched entries for display.
 */

/** What the finder and the saved list read about each entry (the compact JSON: no summaries or tags). */
export interface FinderEntry extends Omit<Listing, 'summary' | 'tags'> {
  eligibility?: Eligibility | undefined;
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

/**
 * Reads a profile from query parameters. Unknown values are dropped, except a region id
 * the taxonomy does not know, which is kept so matching can say it could not check it.
 * A form without JavaScript sends the 시·도 and the 시·군·구 both as `region`; the most
 * specific known one wins.
 */
export function profileFromParams(params: URLSearchParams, tree: RegionTree, today: string): Profile {
  const regionValues = params
    .getAll('region')
    .map((value) => value.trim())
    .filter(Boolean);
  const knownRegions = regionValues.filter((id) => tree.get(id) !== undefined);
  const region = knownRegions.sort((a, b) => tree.depth(b) - tree.depth(a))[0] ?? regionValues[0];
  const categoryIds = new Set<string>(categories.map((category) => category.id));
  const chosen = params.getAll('category').filter((id) => categoryIds.has(id));
  return {
    age: parseAge(params.get('age'), today),
    region,
    employment: known(employmentLabels, params.get('employment')),
    education: known(educationLabels, params.get('education')),
    marital: known(maritalLabels, params.get('marital')),
    categories: [...new Set(chosen)],
  };
}

/** The canonical query string of a profile (empty answers left out). */
export function profileToParams(profile: Profile): URLSearchParams {
  const params = new URLSearchParams();
  if (profile.age) params.set('age', String(profile.age.birthYear ?? profile.age.max));
  if (profile.region) params.set('region', profile.region);
  if (profile.employment) params.set('employment', profile.employment);
  if (profile.education) params.set('education', profile.education);
  if (profile.marital) params.set('marital', profile.marital);
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

export interface FinderGroup {
  category: string;
  label: string;
  results: FinderResult[];
}

export interface FinderResults {
  groups: FinderGroup[];
  counts: Record<EligibilityMatch['verdict'], number>;
  /** Closed entries left out because `includeClosed` was false. */
  closedHidden: number;
}

/**
 * Matches every entry, keeps the chosen categories (all when none chosen), leaves closed
 * entries out unless asked, and groups by category in the fixed order, what can be applied
 * for now and closes soonest first.
 */
export function finderResults(
  profile: Profile,
  entries: readonly FinderEntry[],
  tree: RegionTree,
  today: string,
  options: { includeClosed: boolean },
): FinderResults {
  const wanted = profile.categories?.length ? new Set(profile.categories) : undefined;
  const inCategory = entries.filter((entry) => wanted === undefined || wanted.has(entry.category));
  const shown = inCategory.filter((entry) => options.includeClosed || statusOf(entry, today) !== 'closed');
  const counts = { eligible: 0, check: 0, ineligible: 0 };
  const groups = categories
    .map((category) => ({
      category: category.id,
      label: category.label,
      results: sortForBrowsing(
        shown.filter((entry) => entry.category === category.id),
        today,
      ).map((entry) => {
        const match = matchEligibility(profile, entry, tree);
        counts[match.verdict] += 1;
        return { entry, match };
      }),
    }))
    .filter((group) => group.results.length > 0);
  return { groups, counts, closedHidden: inCategory.length - shown.length };
}
