import type { Eligibility } from '../../schemas/eligibility';
import { formatAgeRange, formatWon, joinLabels } from '../format';
import { medianIncomeTableFor } from '../median-income';
import type { RegionTree } from '../regions';
import {
  applicantLabels,
  educationLabels,
  employmentLabels,
  groupLabels,
  housingLabels,
  housingValues,
  incomeHolderLabels,
  majorLabels,
  maritalLabels,
  medianHouseholdLabels,
} from '../vocabulary';
import { annualIncomeReason, housingReasons, medianIncomeReason } from './household';
import { ageReason, choiceReason, groupsReason, monthsReason } from './person';
import { type Profile, type Question, type Reason, reason } from './types';

/**
 * One home per condition: every field of `eligibility` (src/schemas/eligibility.ts) has one
 * entry here saying how a page shows it, how the finder judges it and which questions it
 * asks. The detail page, the CMS preview, the finder and its follow-up questions all read
 * this table, so a new condition is one entry (and the typed table fails `astro check` until
 * it has one) plus its test. The table's order is the order reasons and facts are listed.
 */

/** What judging a condition may need besides the person's answers. */
export interface JudgeContext {
  tree: RegionTree;
  /** The entry's regions (거주 기간 names them). */
  regions: readonly string[];
  /** Today in Seoul: the 기준 중위소득 table of this year. */
  today: string;
}

type Field = keyof Eligibility;
type Value<K extends Field> = NonNullable<Eligibility[K]>;

export interface Condition<K extends Field> {
  /** The term the page shows beside the value. */
  label: string;
  /**
   * How the page shows the value: a line, lines (a list), or nothing (a value with nothing
   * to say, such as `applicant: person`). `regionNames` names the entry's regions.
   */
  show: (value: Value<K>, regionNames: string) => string | readonly string[] | undefined;
  /** The finder's reasons for this condition; `rules` is the whole eligibility (income reads its neighbours). */
  judge: (profile: Profile, value: Value<K>, rules: Eligibility, context: JudgeContext) => (Reason | undefined)[];
  /** The finder's questions whose answers this condition reads. */
  questions: readonly Question[];
}

/** The table's type: exactly one entry per schema field, no more. */
export type ConditionTable = { [K in Field]-?: Condition<K> };

const noticeReasons = (prefix: string) => (_profile: Profile, lines: readonly string[]) =>
  lines.map((line) => reason('notice', `${prefix}${line}`));

export const conditions: ConditionTable = {
  residenceMonths: {
    label: '거주 기간',
    show: (months, regionNames) => `${regionNames}에 ${months}개월 이상 거주`,
    judge: (profile, months, _rules, { tree, regions }) => [monthsReason(profile, months, regions, tree)],
    questions: ['months'],
  },
  age: {
    label: '나이',
    show: (age) => formatAgeRange(age),
    judge: (profile, age) => [ageReason(profile.age, age)],
    questions: ['age'],
  },
  employment: {
    label: '취업 상태',
    show: (values) => joinLabels(values, employmentLabels),
    judge: (profile, values) => [choiceReason('employment', '취업 상태', profile.employment, values, employmentLabels)],
    questions: ['employment'],
  },
  education: {
    label: '학력',
    show: (values) => joinLabels(values, educationLabels),
    judge: (profile, values) => [choiceReason('education', '학력', profile.education, values, educationLabels)],
    questions: ['education'],
  },
  marital: {
    label: '혼인 여부',
    show: (value) => maritalLabels[value],
    judge: (profile, value) => [choiceReason('marital', '혼인 여부', profile.marital, [value], maritalLabels)],
    questions: ['marital'],
  },
  majors: {
    label: '전공',
    show: (values) => joinLabels(values, majorLabels),
    judge: (profile, values) => [choiceReason('major', '전공', profile.major, values, majorLabels)],
    questions: ['major'],
  },
  groups: {
    label: '특화 대상',
    show: (values) => `${joinLabels(values, groupLabels)} 중 하나`,
    judge: (profile, values) => [groupsReason(profile.groups, values)],
    questions: ['group'],
  },
  medianIncome: {
    label: '기준 중위소득',
    show: (limits) =>
      limits
        .map((limit) => `${medianHouseholdLabels[limit.household]} 기준 중위소득 ${limit.percent}% 이하`)
        .join(', '),
    judge: (profile, limits, _rules, { today }) =>
      limits.map((limit) => medianIncomeReason(profile, limit, medianIncomeTableFor(today))),
    questions: ['household', 'parents'],
  },
  annualIncome: {
    label: '연소득',
    show: (limit) => `${incomeHolderLabels[limit.of]} 연소득 ${formatWon(limit.max)} 이하`,
    judge: (profile, limit) => [annualIncomeReason(profile, limit)],
    questions: ['annualIncome', 'household'],
  },
  income: {
    label: '소득 기준',
    show: (text) => text,
    // The notice's wording, to check only when no structured limit says it.
    judge: (_profile, text, rules) =>
      rules.medianIncome || rules.annualIncome ? [] : [reason('notice', `공고에서 확인: 소득 기준 ${text}`)],
    questions: [],
  },
  housing: {
    label: '주거',
    show: (housing) =>
      housingValues
        .filter((condition) => housing[condition] === true)
        .map((condition) => housingLabels[condition])
        .join(', ') || undefined,
    judge: (profile, housing) => housingReasons(profile, housing),
    questions: ['homeless', 'apart', 'householder'],
  },
  applicant: {
    label: '신청하는 사람',
    show: (applicant) => (applicant === 'person' ? undefined : applicantLabels[applicant]),
    // Who applies decides whether an entry is a person's result at all (finderResults), not a reason.
    judge: () => [],
    questions: [],
  },
  conditions: {
    label: '그 밖의 조건',
    show: (lines) => lines,
    judge: noticeReasons('공고에서 확인: '),
    questions: [],
  },
  excluded: {
    label: '신청할 수 없는 경우',
    show: (lines) => lines,
    judge: noticeReasons('이런 경우는 신청할 수 없어요: '),
    questions: [],
  },
};

/** The fields in table order. */
export const conditionFields = Object.keys(conditions) as Field[];

/** One condition's reasons for a person, or none when the entry does not have it. */
export function judgeCondition<K extends Field>(
  field: K,
  profile: Profile,
  rules: Eligibility,
  context: JudgeContext,
): Reason[] {
  const value = rules[field];
  if (value === undefined) return [];
  const entry = conditions[field] as Condition<K>;
  return entry.judge(profile, value as Value<K>, rules, context).filter((item): item is Reason => item !== undefined);
}

/** What a page shows of one condition, or undefined when the entry does not have it. */
export function showCondition<K extends Field>(
  field: K,
  rules: Eligibility,
  regionNames: string,
): string | readonly string[] | undefined {
  const value = rules[field];
  if (value === undefined) return undefined;
  return (conditions[field] as Condition<K>).show(value as Value<K>, regionNames);
}
