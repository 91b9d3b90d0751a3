import type { Eligibility } from '../../schemas/eligibility';
import type { RegionTree } from '../regions';
import type { Applicant } from '../vocabulary';
import { conditionFields, judgeCondition } from './conditions';
import { regionReason } from './person';
import { type Profile, type Question, questionIds, type Reason } from './types';

export * from './types';

/**
 * Who may apply, decided from what a person chose to tell. Deterministic and explained:
 * every condition of an entry yields one plain-Korean reason, so a person sees why an
 * entry fits, does not, or needs checking. Shared by the finder page and the tests.
 */

/**
 * `eligible`: every condition holds. `likely`: every condition the finder can judge holds,
 * only free-text ones are left to the notice. `check`: a condition depends on an answer
 * not given. `ineligible`: a condition fails.
 */
export const verdicts = ['eligible', 'likely', 'check', 'ineligible'] as const;
export type EligibilityVerdict = (typeof verdicts)[number];

export interface EligibilityMatch {
  verdict: EligibilityVerdict;
  reasons: Reason[];
  /** Who applies: a business's entries are not a person's results; a group applies together. */
  applicant: Applicant;
}

/** The part of an entry that matching reads. */
export interface EligibilityRule {
  eligibility?: Eligibility | undefined;
  regions: readonly string[];
}

export function verdictOf(reasons: readonly Reason[]): EligibilityVerdict {
  if (reasons.some((item) => item.result === 'unmet')) return 'ineligible';
  if (reasons.some((item) => item.result === 'check')) return 'check';
  if (reasons.some((item) => item.result === 'notice')) return 'likely';
  return 'eligible';
}

/** Matches one entry against a profile: `eligible` only when every condition is known to hold. */
export function matchEligibility(
  profile: Profile,
  entry: EligibilityRule,
  tree: RegionTree,
  today: string,
): EligibilityMatch {
  const rules = entry.eligibility ?? {};
  const context = { tree, regions: entry.regions, today };
  const reasons = [
    regionReason(profile.region, entry.regions, tree),
    ...conditionFields.flatMap((field) => judgeCondition(field, profile, rules, context)),
  ];
  return { verdict: verdictOf(reasons), reasons, applicant: rules.applicant ?? 'person' };
}

/** 조건 N개 중 M개 충족: how many of the entry's conditions are known to hold. */
export function conditionTally(match: EligibilityMatch): { total: number; met: number } {
  return { total: match.reasons.length, met: match.reasons.filter((item) => item.result === 'met').length };
}

/**
 * How far an `ineligible` match is from fitting, in the order the finder lists them:
 * `near` fails exactly one condition other than where the person lives (that condition is
 * returned), `other` fails several, `region` is for residents elsewhere.
 */
export function missOf(match: EligibilityMatch): { kind: 'near'; reason: Reason } | { kind: 'other' | 'region' } {
  const unmet = match.reasons.filter((item) => item.result === 'unmet');
  if (unmet.some((item) => item.question === 'region')) return { kind: 'region' };
  const [only, ...more] = unmet;
  return only !== undefined && more.length === 0 ? { kind: 'near', reason: only } : { kind: 'other' };
}

/**
 * The unanswered question to ask on the card itself, in the order the finder asks them
 * (basics first, then 무주택, 따로 삶, …), so the card and the form ask the same next thing.
 */
export function decidingQuestion(match: EligibilityMatch): Question | undefined {
  if (match.verdict !== 'check') return undefined;
  const asked = new Set(match.reasons.flatMap((item) => (item.question ? [item.question] : [])));
  return questionIds.find((question) => asked.has(question));
}
