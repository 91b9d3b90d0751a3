import { formatKoreanDate } from './dates';
import type { Period } from './status';
import { type ApplicationMethod, applicationMethodLabels } from './vocabulary/application';

/** `50만원`, `1,200만원`, `3억원`, `5,000원`: how amounts are read in Korean notices. */
export function formatWon(amount: number): string {
  if (amount === 0) return '무료';
  const eok = Math.floor(amount / 100_000_000);
  const man = Math.floor((amount % 100_000_000) / 10_000);
  const rest = amount % 10_000;
  if (rest !== 0 || (eok === 0 && man === 0)) return `${amount.toLocaleString('ko-KR')}원`;
  const parts = [eok > 0 ? `${eok.toLocaleString('ko-KR')}억` : '', man > 0 ? `${man.toLocaleString('ko-KR')}만` : ''];
  return `${parts.filter(Boolean).join(' ')}원`;
}

/** `만 19~39세`, `만 19세 이상`, `만 39세 이하`; undefined when there is no age rule. */
export function formatAgeRange(
  age: { min?: number | undefined; max?: number | undefined } | undefined,
): string | undefined {
  if (!age || (age.min === undefined && age.max === undefined)) return undefined;
  if (age.min !== undefined && age.max !== undefined) return `만 ${age.min}~${age.max}세`;
  if (age.min !== undefined) return `만 ${age.min}세 이상`;
  return `만 ${age.max}세 이하`;
}

/** `2026년 3월 2일(월) ~ 2026년 12월 31일(목)`, `상시`, `마감`. */
export function formatPeriod(period: Period): string {
  if (period.type === 'always') return '상시 (연중 신청)';
  if (period.type === 'closed') return '마감';
  return `${formatKoreanDate(period.start)} ~ ${formatKoreanDate(period.end)}`;
}

/** `방문, 이메일`: how an entry is applied for, in the order the entry lists the ways. */
export function formatApplicationMethods(methods: readonly ApplicationMethod[]): string {
  return methods.map((method) => applicationMethodLabels[method]).join(', ');
}

/** `전화 062-000-0000`, as a `tel:` link target: digits and + only. */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^0-9+]/g, '')}`;
}
