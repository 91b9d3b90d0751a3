import type { Eligibility, MedianIncomeLimit } from '../../schemas/eligibility';
import { formatWon } from '../format';
import { compareWithMedianIncome, type MedianIncomeTable } from '../median-income';
import { housingLabels, housingValues } from '../vocabulary';
import { judged, type Profile, type Reason, reason } from './types';

/** The household: 기준 중위소득 and 연소득 limits, 무주택, 따로 사는지, 세대주. Money answers are in 만원. */

const MANWON = 10_000;
const manwon = (amount: number) => `${amount.toLocaleString('ko-KR')}만원`;

interface HouseholdAnswer {
  size: number;
  monthly: number;
}

/** The person's own household; a one-person household's yearly income tells its monthly income. */
function ownHousehold(profile: Profile): HouseholdAnswer | undefined {
  const { household, income, annualIncome } = profile;
  if (household === undefined) return undefined;
  if (income !== undefined) return { size: household, monthly: income };
  return household === 1 && annualIncome !== undefined ? { size: 1, monthly: annualIncome / 12 } : undefined;
}

/** The parents' household (원가구); someone who lives with their parents shares it. */
function parentsHousehold(profile: Profile): HouseholdAnswer | undefined {
  const { parentsHousehold: size, parentsIncome: monthly } = profile;
  if (size !== undefined && monthly !== undefined) return { size, monthly };
  return profile.apart === false ? ownHousehold(profile) : undefined;
}

export function medianIncomeReason(profile: Profile, limit: MedianIncomeLimit, table: MedianIncomeTable): Reason {
  const whose = limit.household === 'own' ? '청년 가구' : '원가구(부모님 가구)';
  const rule = `${whose} 기준 중위소득 ${limit.percent}% 이하`;
  const answer = limit.household === 'own' ? ownHousehold(profile) : parentsHousehold(profile);
  if (answer === undefined) {
    const question = limit.household === 'own' ? 'household' : 'parents';
    return reason('check', `${rule} 대상 — 가구원 수와 월 소득을 알려 주시면 확인해 드려요`, question);
  }
  const amount = table.amounts[Math.min(answer.size, table.amounts.length) - 1] ?? 0;
  const limitText = `${rule}(${answer.size}인 가구 월 ${formatWon(Math.floor((amount * limit.percent) / 100))})`;
  const who = `${answer.size}인 가구 월 ${manwon(Math.round(answer.monthly))}`;
  const compared = compareWithMedianIncome(answer.monthly * MANWON, answer.size, limit.percent, table);
  if (compared === 'unknown') {
    return reason('check', `${who} — ${rule} 대상, 7인 이상 가구의 기준 금액은 공고에서 확인하세요`);
  }
  const over = Math.ceil((answer.monthly * MANWON - Math.floor((amount * limit.percent) / 100)) / MANWON);
  return judged(
    compared === 'within',
    `${who} — ${limitText} 대상`,
    limit.household === 'own' ? 'household' : 'parents',
    `${limit.household === 'own' ? '가구' : '부모님 가구'} 월 소득이 ${manwon(over)} 낮으면`,
  );
}

export function annualIncomeReason(profile: Profile, limit: NonNullable<Eligibility['annualIncome']>): Reason {
  const rule = `${limit.of === 'self' ? '본인' : '가구'} 연소득 ${formatWon(limit.max)} 이하`;
  const own = ownHousehold(profile);
  const yearly =
    limit.of === 'self'
      ? (profile.annualIncome ?? (own?.size === 1 ? own.monthly * 12 : undefined))
      : own && own.monthly * 12;
  if (yearly === undefined) {
    const question = limit.of === 'self' ? 'annualIncome' : 'household';
    return reason(
      'check',
      `${rule} 대상 — ${limit.of === 'self' ? '연소득' : '가구 소득'}을 알려 주시면 확인해 드려요`,
      question,
    );
  }
  const who = `${limit.of === 'self' ? '본인' : '가구'} 연소득 ${manwon(Math.round(yearly))}`;
  const over = Math.ceil((yearly * MANWON - limit.max) / MANWON);
  return judged(
    yearly * MANWON <= limit.max,
    `${who} — ${rule} 대상`,
    limit.of === 'self' ? 'annualIncome' : 'household',
    `${limit.of === 'self' ? '본인' : '가구'} 연소득이 ${manwon(over)} 낮으면`,
  );
}

const housingTexts = {
  homeless: { yes: '무주택', no: '집이 있는 가구', ask: '집이 있는지', change: '무주택이면' },
  apart: { yes: '부모님과 따로 삶', no: '부모님과 함께 삶', ask: '부모님과 따로 사는지', change: '부모님과 따로 살면' },
  householder: { yes: '세대주', no: '세대주 아님', ask: '세대주인지', change: '세대주이면' },
} as const;

/** One reason for each housing condition the entry requires. */
export function housingReasons(profile: Profile, housing: Eligibility['housing']): Reason[] {
  return housingValues
    .filter((condition) => housing?.[condition] === true)
    .map((condition) => {
      const target = `${housingLabels[condition]} 대상`;
      const answer = profile[condition];
      const texts = housingTexts[condition];
      if (answer === undefined) return reason('check', `${target} — ${texts.ask} 알려 주시면 확인해 드려요`, condition);
      return judged(answer, `${answer ? texts.yes : texts.no} — ${target}`, condition, texts.change);
    });
}
