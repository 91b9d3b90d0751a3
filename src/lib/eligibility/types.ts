import type { Group } from '../vocabulary';

/** 만 나이 the person may have: one age, or two when only the birth year is known. */
export interface AgeAnswer {
  min: number;
  max: number;
  /** Set when the answer was a birth year (shown as `1999년생`). */
  birthYear?: number | undefined;
}

/**
 * What a person chose to share; every answer is optional and an answer left out is
 * unknown, never "no". Money is in 만원, as people say it and as the address carries it.
 */
export interface Profile {
  age?: AgeAnswer | undefined;
  /** A region id; may be an id the taxonomy does not know (typed into a URL). */
  region?: string | undefined;
  /** Months lived in `region`. */
  months?: number | undefined;
  employment?: string | undefined;
  education?: string | undefined;
  marital?: string | undefined;
  major?: string | undefined;
  /** The person's own household: number of people and monthly income before tax (만원). */
  household?: number | undefined;
  income?: number | undefined;
  /** The parents' household (원가구), likewise. */
  parentsHousehold?: number | undefined;
  parentsIncome?: number | undefined;
  /** The person's own yearly income before tax (만원). */
  annualIncome?: number | undefined;
  homeless?: boolean | undefined;
  apart?: boolean | undefined;
  householder?: boolean | undefined;
  /** 특화 대상 the person belongs to; an empty list means "none of them" (`group=none`). */
  groups?: readonly Group[] | undefined;
  categories?: readonly string[] | undefined;
}

/**
 * The finder's questions, by what they decide. A condition that depends on an unanswered
 * question names it, so the finder asks only what would change a verdict.
 */
export const questionIds = [
  'age',
  'region',
  'employment',
  'education',
  'marital',
  'homeless',
  'apart',
  'householder',
  'household',
  'parents',
  'annualIncome',
  'group',
  'major',
  'months',
] as const;
export type Question = (typeof questionIds)[number];

/**
 * `met`: holds; `unmet`: does not hold; `check`: depends on an answer the person did not
 * give (`question` names it); `notice`: a free-text condition only the notice can settle.
 */
export type ConditionResult = 'met' | 'check' | 'notice' | 'unmet';

export interface Reason {
  result: ConditionResult;
  text: string;
  /** `check`: the question whose answer would settle it; `unmet`: the answer that fails it. */
  question?: Question | undefined;
  /** `unmet`: what would make it hold, in words (`가구 월 소득이 20만원 낮으면`), when anything could. */
  change?: string | undefined;
}

const mark: Record<ConditionResult, string> = { met: ' ✓', check: '', notice: '', unmet: ' ✗' };

export const reason = (result: ConditionResult, text: string, question?: Question, change?: string): Reason => ({
  result,
  text: `${text}${mark[result]}`,
  ...(question === undefined ? {} : { question }),
  ...(change === undefined ? {} : { change }),
});

/** `met` when true, else `unmet` naming the answer that fails it and what would change it. */
export const judged = (holds: boolean, text: string, question: Question, change?: string): Reason =>
  holds ? reason('met', text) : reason('unmet', text, question, change);
