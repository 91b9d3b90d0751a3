import type { Eligibility } from '../../schemas/eligibility';
import { formatAgeRange } from '../format';
import { ifItIs, joinAlternatives, withParticle } from '../particles';
import { isNationwide, type RegionTree } from '../regions';
import { groupLabels } from '../vocabulary';
import { type AgeAnswer, judged, type Profile, type Question, type Reason, reason } from './types';

/** Who the person is: where they live and for how long, age, choices from a list, 특화 대상. */

export function regionReason(residence: string | undefined, entryRegions: readonly string[], tree: RegionTree): Reason {
  const target = tree.names(entryRegions);
  // Nationwide entries do not depend on where a person lives.
  if (isNationwide(entryRegions)) return reason('met', '전국 대상');
  if (residence === undefined) {
    return reason('check', `${target} 거주자 대상 — 사는 곳을 알려 주시면 확인해 드려요`, 'region');
  }
  if (tree.get(residence) === undefined) {
    return reason('check', `${target} 거주자 대상 — 알 수 없는 지역이라 사는 곳을 다시 골라 주세요`, 'region');
  }
  const name = tree.name(residence);
  if (tree.isResidentEligible(residence, entryRegions)) {
    return entryRegions.includes(residence)
      ? reason('met', `거주지 ${name}`)
      : reason('met', `거주지 ${name} — ${target} 대상`);
  }
  // A 시·도-only answer cannot rule out an entry for some of its districts: ask which one.
  if (tree.isWithin(residence, entryRegions)) {
    return reason(
      'check',
      `${target} 거주자 대상 — ${name}의 어느 시·군·구에 사는지 알려 주시면 확인해 드려요`,
      'region',
    );
  }
  return reason('unmet', `거주지 ${name} — ${target} 거주자 대상`, 'region');
}

/** `months` answers `residenceMonths`: how long the person has lived where they live now. */
export function monthsReason(profile: Profile, required: number, entryRegions: readonly string[], tree: RegionTree) {
  const target = `${tree.names(entryRegions)}에 ${required}개월 이상 거주`;
  if (profile.months === undefined) {
    return reason('check', `${target} 대상 — 지금 사는 곳에서 산 기간을 알려 주시면 확인해 드려요`, 'months');
  }
  return judged(
    profile.months >= required,
    `${profile.months}개월 거주 — ${target} 대상`,
    'months',
    `${required - profile.months}개월 더 살면`,
  );
}

export function ageReason(answer: AgeAnswer | undefined, rule: NonNullable<Eligibility['age']>): Reason | undefined {
  const range = formatAgeRange(rule);
  if (range === undefined) return undefined;
  if (answer === undefined) return reason('check', `${range} 대상 — 나이를 알려 주시면 확인해 드려요`, 'age');
  const fits = (age: number) =>
    (rule.min === undefined || age >= rule.min) && (rule.max === undefined || age <= rule.max);
  const who =
    answer.birthYear === undefined
      ? `만 ${answer.min}세`
      : `${answer.birthYear}년생(만 ${answer.min === answer.max ? answer.min : `${answer.min}~${answer.max}`}세)`;
  const [low, high] = [fits(answer.min), fits(answer.max)];
  if (low && high) return reason('met', `${who} — ${range} 대상`);
  if (!low && !high) {
    const younger = rule.min !== undefined && answer.max < rule.min;
    return reason('unmet', `${who} — ${range} 대상`, 'age', younger ? `만 ${rule.min}세가 되면` : undefined);
  }
  return reason('check', `${who} — ${range} 대상, 생일이 지났는지에 따라 달라요 (만 나이로 알려 주세요)`, 'age');
}

/** One answer against a list of allowed values (취업 상태, 학력, 혼인 여부, 전공). */
export function choiceReason(
  question: Question,
  topic: string,
  answer: string | undefined,
  allowed: readonly string[] | undefined,
  labels: Record<string, string>,
): Reason | undefined {
  if (allowed === undefined) return undefined;
  const target = allowed.map((value) => labels[value] ?? value).join(', ');
  if (answer === undefined || labels[answer] === undefined) {
    return reason('check', `${topic}: ${target} 대상 — 알려 주시면 확인해 드려요`, question);
  }
  const wanted = joinAlternatives(allowed.map((value) => labels[value] ?? value));
  return judged(
    allowed.includes(answer),
    `${labels[answer]} — ${target} 대상`,
    question,
    `${withParticle(topic, '이')} ${ifItIs(wanted)}`,
  );
}

/** 특화 대상: the person must belong to one of the groups. */
export function groupsReason(answer: Profile['groups'], allowed: readonly string[] | undefined): Reason | undefined {
  if (allowed === undefined) return undefined;
  const labels: Record<string, string> = groupLabels;
  const target = allowed.map((value) => labels[value] ?? value).join(', ');
  if (answer === undefined) return reason('check', `${target} 대상 — 해당하는지 알려 주시면 확인해 드려요`, 'group');
  const shared = answer.filter((group) => allowed.includes(group));
  if (shared.length > 0) return reason('met', `${shared.map((group) => labels[group]).join(', ')} — ${target} 대상`);
  const wanted = joinAlternatives(allowed.map((value) => labels[value] ?? value));
  return reason('unmet', `${target} 대상 — 해당하지 않는다고 답하셨어요`, 'group', `${wanted}에 해당하면`);
}
