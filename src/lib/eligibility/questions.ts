import { groupLabels, majorLabels } from '../vocabulary';
import type { Profile, Question } from './types';

/**
 * The finder's follow-up questions: asked after the basic ones (age, region, status,
 * study, marriage) and only when an answer would change a verdict among this person's
 * results. Each names the address parameters it fills (docs/content-model.md) and says in one
 * line why it is asked. The page renders them; the results ask the one that decides a card.
 */

export interface NumberField {
  name: 'household' | 'income' | 'parentsHousehold' | 'parentsIncome' | 'annualIncome' | 'months';
  label: string;
  unit: string;
  max: number;
}

export type FollowUp =
  | { id: Question; legend: string; why: string; kind: 'yes-no'; name: 'homeless' | 'apart' | 'householder' }
  | { id: Question; legend: string; why: string; kind: 'numbers'; fields: readonly NumberField[] }
  | { id: Question; legend: string; why: string; kind: 'choice'; name: 'major'; labels: Record<string, string> }
  | { id: Question; legend: string; why: string; kind: 'groups'; labels: Record<string, string> };

const people = (name: 'household' | 'parentsHousehold'): NumberField => ({
  name,
  label: '가구원 수 (본인 포함)',
  unit: '명',
  max: 30,
});
const monthly = (name: 'income' | 'parentsIncome'): NumberField => ({
  name,
  label: '가구 월 소득 (세전, 모든 가구원 합계)',
  unit: '만원',
  max: 1_000_000,
});

export const followUps: readonly FollowUp[] = [
  {
    id: 'homeless',
    legend: '무주택인가요?',
    why: '주거 지원 대부분은 가구원 모두 집이 없어야 받을 수 있어요.',
    kind: 'yes-no',
    name: 'homeless',
  },
  {
    id: 'apart',
    legend: '부모님과 따로 사나요?',
    why: '월세 지원처럼 부모님과 따로 사는 청년만 받는 지원이 있어요.',
    kind: 'yes-no',
    name: 'apart',
  },
  {
    id: 'householder',
    legend: '세대주인가요?',
    why: '주민등록상 세대주여야 받는 지원이 있어요.',
    kind: 'yes-no',
    name: 'householder',
  },
  {
    id: 'household',
    legend: '가구원 수와 월 소득',
    why: '기준 중위소득 몇 % 이하처럼 가구 소득으로 정하는 지원이 있어요.',
    kind: 'numbers',
    fields: [people('household'), monthly('income')],
  },
  {
    id: 'parents',
    legend: '원가구(부모님 가구)의 가구원 수와 월 소득',
    why: '부모님과 따로 살아도 부모님 가구 소득을 함께 보는 지원이 있어요.',
    kind: 'numbers',
    fields: [people('parentsHousehold'), monthly('parentsIncome')],
  },
  {
    id: 'annualIncome',
    legend: '본인 연소득',
    why: '본인 연소득이 얼마 이하여야 받는 지원이 있어요.',
    kind: 'numbers',
    fields: [{ name: 'annualIncome', label: '지난해 본인 연소득 (세전)', unit: '만원', max: 10_000_000 }],
  },
  {
    id: 'group',
    legend: '특화 대상에 해당하나요?',
    why: '자립준비청년, 중소기업 재직자처럼 대상을 정한 지원이 있어요. 해당하는 것을 모두 고르세요.',
    kind: 'groups',
    labels: groupLabels,
  },
  {
    id: 'major',
    legend: '전공',
    why: '전공 계열을 정한 지원이 있어요.',
    kind: 'choice',
    name: 'major',
    labels: majorLabels,
  },
  {
    id: 'months',
    legend: '지금 사는 곳에서 산 기간',
    why: '그 지역에 일정 기간 이상 살아야 받는 지원이 있어요.',
    kind: 'numbers',
    fields: [{ name: 'months', label: '지금 사는 지역에서 산 기간', unit: '개월', max: 1200 }],
  },
];

/** Yes/no answers as the address writes them. */
export const yesNoChoices = [
  { value: '1', label: '예' },
  { value: '0', label: '아니요' },
] as const;

/** The basic questions, asked of everyone, by the question they answer. */
export const basicQuestionLabels: Partial<Record<Question, string>> = {
  age: '나이',
  region: '사는 곳',
  employment: '취업 상태',
  education: '학력',
  marital: '혼인 여부',
};

/**
 * Every question's address parameters (docs/content-model.md, "The finder's address") and when a
 * profile has answered it. Typed by the questions, so a new question without its entry
 * fails `astro check` instead of losing its answer.
 */
export const questionAnswers: {
  [Q in Question]: { keys: readonly string[]; answered: (profile: Profile) => boolean };
} = {
  age: { keys: ['age'], answered: (profile) => profile.age !== undefined },
  region: { keys: ['region'], answered: (profile) => profile.region !== undefined },
  employment: { keys: ['employment'], answered: (profile) => profile.employment !== undefined },
  education: { keys: ['education'], answered: (profile) => profile.education !== undefined },
  marital: { keys: ['marital'], answered: (profile) => profile.marital !== undefined },
  homeless: { keys: ['homeless'], answered: (profile) => profile.homeless !== undefined },
  apart: { keys: ['apart'], answered: (profile) => profile.apart !== undefined },
  householder: { keys: ['householder'], answered: (profile) => profile.householder !== undefined },
  household: {
    keys: ['household', 'income'],
    answered: (profile) => profile.household !== undefined || profile.income !== undefined,
  },
  parents: {
    keys: ['parentsHousehold', 'parentsIncome'],
    answered: (profile) => profile.parentsHousehold !== undefined || profile.parentsIncome !== undefined,
  },
  annualIncome: { keys: ['annualIncome'], answered: (profile) => profile.annualIncome !== undefined },
  group: { keys: ['group'], answered: (profile) => profile.groups !== undefined },
  major: { keys: ['major'], answered: (profile) => profile.major !== undefined },
  months: { keys: ['months'], answered: (profile) => profile.months !== undefined },
};
