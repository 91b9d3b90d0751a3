import type { Group } from '../../src/lib/vocabulary';
import type { Eligibility } from '../../src/schemas/eligibility';

/**
 * Conditions the finder can judge, read from the qualification text of a 온통청년 record
 * (`addAplyQlfcCndCn`, one line at a time, and the income note `earnEtcCn`): 무주택, 부모와
 * 따로, 세대주, 거주 기간, 기준 중위소득, 연소득, 특화 대상. Each rule reads one line and
 * takes a condition only when the line requires it of everyone: a line offering choices
 * (또는, 1주택, 형: tracks), a priority (우선, 가점) or a list with a group we have no value
 * for gives nothing. The line itself stays a condition to read unless the rule said all of it.
 */

export interface TextFindings {
  housing?: NonNullable<Eligibility['housing']>;
  residenceMonths?: number;
  groups?: Group[];
}

/** A line that offers alternatives or ranks applicants: nothing in it is required of everyone. */
const notRequired = /또는|1주택|유주택|우선|가점|우대|형\s*[:：]|제외|불가|선발|중\s*1\s*(?:인|명)/;

/** A text that lets applicants meet some of its lines (`(선택) 1개의 항목만 해당되어도`): no line is required. */
export const offersChoices = (text: string) => /선택|하나|1개\s*이상|중\s*1개/.test(text);

const housingRules: readonly [keyof NonNullable<Eligibility['housing']>, RegExp][] = [
  ['homeless', /무주택/],
  ['apart', /부모(?:님)?(?:과|와|로부터)?\s*(?:별도\s*거주|독립|따로|떨어져)/],
  ['householder', /세대주/],
];

/** 거주 기간: `인천에 1년 이상 거주`, `도내 3년 이상 주소를 두고`, `6개월 이상 계속 거주`. */
const residencePattern = /(\d{1,2})\s*(개월|년)\s*이상\s*(?:계속(?:하여)?\s*)?(?:거주|주소를\s*두|주민등록)/;

/** Names of 특화 대상 as notices write them, each for one group value. */
const groupNames: readonly [Group, RegExp][] = [
  ['care-leaver', /^(?:18세 이후\s*)?(?:자립\s*준비\s*청년|보호\s*종료\s*아동)$/],
  ['basic-livelihood', /^(?:국민)?기초생활(?:보장)?\s*수급자$/],
  ['near-poverty', /^(?:법정\s*)?차상위\s*(?:계층)?$/],
  ['single-parent', /^(?:법정\s*)?(?:저소득\s*)?한부모\s*(?:가정|가족)?(?:\s*지원\s*대상자)?$/],
  ['disabled', /^장애인$/],
  ['veteran', /^제대\s*군인$/],
];

/** A line that is only a list of 특화 대상 (`기초생활수급자, 차상위계층, 한부모가정`): one of them. */
export function groupsFromLine(line: string): Group[] | undefined {
  const items = line
    .replace(/[-○□❍ㅇ*]\s*/g, '')
    .split(/\s*(?:,|·|및|\/)\s*/)
    .map((item) => item.trim())
    .filter(Boolean);
  const groups = items.map((item) => groupNames.find(([, pattern]) => pattern.test(item))?.[0]);
  if (groups.length === 0 || groups.some((group) => group === undefined)) return undefined;
  return [...new Set(groups as Group[])];
}

/** 자립준비청년 named in a line that names no other kind of person beside it. */
const careLeaverPattern = /자립\s*준비\s*청년|보호\s*종료|보호가\s*종료/;
const otherPeople = /가족\s*돌봄|한부모|취약|청소년\s*복지|,/;

/** What one qualification line requires, and whether the line says nothing else. */
export function readQualificationLine(line: string): { findings: TextFindings; whole: boolean } {
  const findings: TextFindings = {};
  if (notRequired.test(line)) return { findings, whole: false };
  for (const [condition, pattern] of housingRules) {
    if (pattern.test(line)) findings.housing = { ...findings.housing, [condition]: true };
  }
  const residence = residencePattern.exec(line);
  if (residence?.[1] !== undefined) {
    findings.residenceMonths = Number(residence[1]) * (residence[2] === '년' ? 12 : 1);
  }
  const listed = groupsFromLine(line);
  if (listed) return { findings: { ...findings, groups: listed }, whole: true };
  if (careLeaverPattern.test(line) && !otherPeople.test(line)) findings.groups = ['care-leaver'];
  // Only a bare 무주택자 / 세대주 says nothing more than its field.
  const whole = /^(?:[-○□❍ㅇ]\s*)?(?:무주택(?:자|\s*청년)?|세대주|부모님과 별도거주,\s*무주택)$/.test(line.trim());
  return { findings, whole };
}

/** Words of a list of 특화 대상: a note naming them offers choices, not one limit. */
const groupWords = /수급자|차상위|한부모/;
/** 부모 or 원가구, not 한부모: the limit is of the parents' household. */
const parentsWords = /(?<!한)부모|원가구/;

/**
 * 기준 중위소득 limits in an income note: one `N% 이하` (the parents' household when the note
 * says 부모 or 원가구), or the pair `청년가구 … 60% 이하 … 원가구 … 100% 이하` of the 월세 지원.
 */
export function medianIncomeIn(note: string): Eligibility['medianIncome'] {
  if (/초과|또는|~|부터/.test(note) || groupWords.test(note)) return undefined;
  const found = [...note.matchAll(/중위\s*소득\s*(\d{1,3})\s*%/g)];
  const percent = found[0]?.[1];
  if (found.length === 1 && percent !== undefined) {
    return [{ percent: Number(percent), household: parentsWords.test(note) ? 'parents' : 'own' }];
  }
  const own = /청년\s*(?:독립\s*)?가구[^%]*?중위\s*소득\s*(\d{1,3})\s*%/.exec(note)?.[1];
  const parents = /원가구[^%]*?중위\s*소득\s*(\d{1,3})\s*%/.exec(note)?.[1];
  if (found.length !== 2 || own === undefined || parents === undefined) return undefined;
  return [
    { percent: Number(own), household: 'own' },
    { percent: Number(parents), household: 'parents' },
  ];
}

/** `8천만원`, `8천5백만 원`, `1억원`, `3,700만원`, `1억 2천만원` in 원; undefined when it is not an amount. */
export function koreanAmount(text: string): number | undefined {
  const match = /^(?:(\d+)\s*억)?\s*(?:(\d+)\s*천)?\s*(?:(\d+)\s*백)?\s*([\d,]+)?\s*만?\s*원?$/.exec(text.trim());
  if (!match || text.trim() === '') return undefined;
  const [, eok, cheon, baek, rest] = match;
  const manwon =
    Number(eok ?? 0) * 10_000 +
    Number(cheon ?? 0) * 1_000 +
    Number(baek ?? 0) * 100 +
    Number((rest ?? '0').replace(/,/g, ''));
  return manwon > 0 ? manwon * 10_000 : undefined;
}

/** `2024년 부부 합산 연소득 8천만원 이하`: one 연소득 limit and nothing to choose between. */
export function annualIncomeIn(note: string): Eligibility['annualIncome'] {
  if (/기혼|미혼|또는|,|중위/.test(note)) return undefined;
  const found = [...note.matchAll(/연\s*소득\s*([\d,억천백만\s]+원)\s*이하/g)];
  const amount = found.length === 1 ? koreanAmount(found[0]?.[1] ?? '') : undefined;
  if (amount === undefined) return undefined;
  return { max: amount, of: /가구|부부|합산|세대/.test(note) ? 'household' : 'self' };
}
