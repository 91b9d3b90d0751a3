import type { Eligibility } from '../schemas/eligibility';
import { formatAgeRange } from './format';
import { isNationwide, type RegionTree } from './regions';
import { educationLabels, employmentLabels, maritalLabels } from './vocabulary';

/**
 * Who may apply, decided from what a person chose to tell. Deterministic and explained:
 * every condition of an entry yields one plain-Korean reason, so a person sees why an
 * entry fits, does not, or needs checking. Shared by the finder page and the tests.
 */

/** 만 나이 the person may have: one age, or two when only the birth year is known. */
export interface AgeAnswer {
  min: number;
  max: number;
  /** Set when the answer was a birth year (shown as `1999년생`). */
  birthYear?: number | undefined;
}

/** What a person chose to share; every answer is optional. */
export interface Profile {
  age?: AgeAnswer | undefined;
  /** A region id; may be an id the taxonomy does not know (typed into a URL). */
  region?: string | undefined;
  employment?: string | undefined;
  education?: string | undefined;
  marital?: string | undefined;
  categories?: readonly string[] | undefined;
}

/** `met`: the condition holds; `check`: the person must check it; `unmet`: it does not hold. */
export type ConditionResult = 'met' | 'check' | 'unmet';
export type EligibilityVerdict = 'eligible' | 'check' | 'ineligible';

export interface Reason {
  result: ConditionResult;
  text: string;
}

export interface EligibilityMatch {
  verdict: EligibilityVerdict;
  reasons: Reason[];
}

/** The part of an entry that matching reads. */
export interface EligibilityRule {
  eligibility?: Eligibility | undefined;
  regions: readonly string[];
}

const mark: Record<ConditionResult, string> = { met: ' ✓', check: '', unmet: ' ✗' };
const reason = (result: ConditionResult, text: string): Reason => ({ result, text: `${text}${mark[result]}` });

function regionReason(residence: string | undefined, entryRegions: readonly string[], tree: RegionTree): Reason {
  const target = tree.names(entryRegions);
  // Nationwide entries do not depend on where a person lives.
  if (isNationwide(entryRegions)) return reason('met', '전국 대상');
  if (residence === undefined) return reason('check', `${target} 거주자 대상 — 거주지를 알려 주시면 확인해 드려요`);
  if (tree.get(residence) === undefined) {
    return reason('check', `${target} 거주자 대상 — 알 수 없는 지역이라 거주지는 직접 확인 필요`);
  }
  const name = tree.name(residence);
  if (tree.isResidentEligible(residence, entryRegions)) {
    return entryRegions.includes(residence)
      ? reason('met', `거주지 ${name}`)
      : reason('met', `거주지 ${name} — ${target} 대상`);
  }
  return reason('unmet', `거주지 ${name} — ${target} 거주자 대상`);
}

function ageReason(answer: AgeAnswer | undefined, rule: NonNullable<Eligibility['age']>): Reason | undefined {
  const range = formatAgeRange(rule);
  if (range === undefined) return undefined;
  if (answer === undefined) return reason('check', `${range} 대상 — 나이를 알려 주시면 확인해 드려요`);
  const fits = (age: number) =>
    (rule.min === undefined || age >= rule.min) && (rule.max === undefined || age <= rule.max);
  const who =
    answer.birthYear === undefined
      ? `만 ${answer.min}세`
      : `${answer.birthYear}년생(만 ${answer.min === answer.max ? answer.min : `${answer.min}~${answer.max}`}세)`;
  const [low, high] = [fits(answer.min), fits(answer.max)];
  if (low && high) return reason('met', `${who} — ${range} 대상`);
  if (!low && !high) return reason('unmet', `${who} — ${range} 대상`);
  return reason('check', `${who} — ${range} 대상, 생일이 지났는지에 따라 달라요`);
}

function choiceReason(
  topic: string,
  answer: string | undefined,
  allowed: readonly string[] | undefined,
  labels: Record<string, string>,
): Reason | undefined {
  if (allowed === undefined) return undefined;
  const target = allowed.map((value) => labels[value] ?? value).join(', ');
  if (answer === undefined || labels[answer] === undefined) {
    return reason('check', `${topic}: ${target} 대상 — 알려 주시면 확인해 드려요`);
  }
  return reason(allowed.includes(answer) ? 'met' : 'unmet', `${labels[answer]} — ${target} 대상`);
}

/** Matches one entry against a profile: `eligible` only when every condition is known to hold. */
export function matchEligibility(profile: Profile, entry: EligibilityRule, tree: RegionTree): EligibilityMatch {
  const rules = entry.eligibility ?? {};
  const reasons = [
    regionReason(profile.region, entry.regions, tree),
    rules.age && ageReason(profile.age, rules.age),
    choiceReason('취업 상태', profile.employment, rules.employment, employmentLabels),
    choiceReason('학력', profile.education, rules.education, educationLabels),
    choiceReason('혼인 여부', profile.marital, rules.marital && [rules.marital], maritalLabels),
    rules.income && reason('check', `소득 기준(${rules.income})은 공고에서 확인 필요`),
    ...(rules.conditions ?? []).map((condition) => reason('check', `확인 필요: ${condition}`)),
    ...(rules.excluded ?? []).map((excluded) => reason('check', `이런 경우는 신청할 수 없어요: ${excluded}`)),
  ].filter((item): item is Reason => Boolean(item));
  const verdict: EligibilityVerdict = reasons.some((item) => item.result === 'unmet')
    ? 'ineligible'
    : reasons.some((item) => item.result === 'check')
      ? 'check'
      : 'eligible';
  return { verdict, reasons };
}
