import { type ApplicationStatus, applicationStatus, compareByStatus, isApplicable, type Period } from './status';
import type { EntryKind } from './vocabulary';

/** What lists, cards and rules need to know about a policy or a program. */
export interface Listing {
  kind: EntryKind;
  id: string;
  title: string;
  summary: string;
  category: string;
  regions: readonly string[];
  tags: readonly string[];
  /** What the person gets, in one line: a policy's support.summary, a program's outcome. */
  benefit?: string | undefined;
  /** Application period of a policy, registration period of a program. */
  period: Period;
  updated: string;
  /** Program type (`course`, …), programs only. */
  programType?: string | undefined;
  /** Center id, programs only. */
  center?: string | undefined;
  /**
   * Who applies when not the young person: a business (기업 대상), a group (모임으로 신청), or
   * no one (`none`: information, infrastructure or a plan).
   */
  applicant?: 'business' | 'group' | 'none' | undefined;
}

export function statusOf(listing: Pick<Listing, 'period'>, today: string): ApplicationStatus {
  return applicationStatus(listing.period, today);
}

const collator = new Intl.Collator('ko');

/**
 * Korean dictionary order of two titles. One shared collator: `localeCompare(b, 'ko')`
 * builds a new one on every call, which made sorting a large catalogue slow.
 */
export const compareTitles = (a: string, b: string): number => collator.compare(a, b);

/** True when no one applies for the entry (infrastructure, a plan): never "applicable", listed last. */
export const noOneApplies = (listing: { applicant?: Listing['applicant'] }): boolean => listing.applicant === 'none';

/** Applicable first (closing soonest first), then upcoming, then closed, then what no one applies for; ties by title. */
export function sortForBrowsing<T extends Pick<Listing, 'period' | 'title' | 'applicant'>>(
  listings: readonly T[],
  today: string,
): T[] {
  const endOf = (listing: T) => (listing.period.type === 'fixed' ? listing.period.end : '9999-12-31');
  return [...listings].sort(
    (a, b) =>
      Number(noOneApplies(a)) - Number(noOneApplies(b)) ||
      compareByStatus(statusOf(a, today), statusOf(b, today)) ||
      endOf(a).localeCompare(endOf(b)) ||
      collator.compare(a.title, b.title),
  );
}

/** Open fixed-period entries whose deadline is within a week, soonest first. */
export function closingSoon<T extends Listing>(listings: readonly T[], today: string): T[] {
  return sortForBrowsing(
    listings.filter((listing) => !noOneApplies(listing) && statusOf(listing, today) === 'closing-soon'),
    today,
  );
}

/** Everything a person can apply for today. */
export function applicableNow<T extends Listing>(listings: readonly T[], today: string): T[] {
  return sortForBrowsing(
    listings.filter((listing) => !noOneApplies(listing) && isApplicable(statusOf(listing, today))),
    today,
  );
}

/** Most recently checked first. */
export function newest<T extends Listing>(listings: readonly T[]): T[] {
  return [...listings].sort((a, b) => b.updated.localeCompare(a.updated) || collator.compare(a.title, b.title));
}

/** Counts per status, for summaries such as "신청 가능 12건". */
export function countApplicable(listings: readonly Listing[], today: string): number {
  return listings.filter((listing) => !noOneApplies(listing) && isApplicable(statusOf(listing, today))).length;
}
