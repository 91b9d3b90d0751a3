import { isCalendarDate } from '../../src/lib/dates';
import { type CategoryId, categoryLabel } from '../../src/lib/vocabulary';
import type { Eligibility } from '../../src/schemas/eligibility';
import type { PolicyData } from '../../src/schemas/policy';
import { benefitLine, supportScale } from './benefit';
import {
  categoryNames,
  incomeConditionCodes,
  mapCategories,
  mapJobCodes,
  mapMaritalCode,
  mapSchoolCodes,
  parseAge,
} from './codes';
import { contactOf, linkPhones } from './contact';
import { documentsOf } from './documents';
import { compactEligibility, markdownBody } from './draft';
import { addEligibilityFields } from './eligibility-fields';
import { exclusionsOf } from './exclusions';
import { type Institution, qualifiedName } from './organizations';
import { businessPeriod, type PeriodMapping } from './period';
import { cleanText, escapeMarkdown, oneLine, splitList, textLines, truncate, unique } from './text';
import { normalizeUrl } from './urls';

/**
 * The stages of turning one 온통청년 record into a policy, each reading a few fields.
 * A stage returns what it found, `errors` (the record cannot be published: it is skipped
 * and listed with the reason) and `notes` (said in the report, the record is published).
 */

/** The fields of a `youthPolicyList` record we read; every value may be a string, a number or missing. */
export type OntongRecord = Partial<Record<OntongField, unknown>>;
type OntongField =
  | 'addAplyQlfcCndCn'
  | 'aplyPrdSeCd'
  | 'aplyUrlAddr'
  | 'aplyYmd'
  | 'bizPrdBgngYmd'
  | 'bizPrdEndYmd'
  | 'bizPrdEtcCn'
  | 'earnCndSeCd'
  | 'earnEtcCn'
  | 'earnMaxAmt'
  | 'earnMinAmt'
  | 'etcMttrCn'
  | 'jobCd'
  | 'lclsfNm'
  | 'mclsfNm'
  | 'mrgSttsCd'
  | 'operInstCdNm'
  | 'plcyAplyMthdCn'
  | 'plcyExplnCn'
  | 'plcyKywdNm'
  | 'plcyNm'
  | 'plcyNo'
  | 'plcySprtCn'
  | 'ptcpPrpTrgtCn'
  | 'refUrlAddr1'
  | 'refUrlAddr2'
  | 'frstRegDt'
  | 'lastMdfcnDt'
  | 'rgtrInstCdNm'
  | 'sbmsnDcmntCn'
  | 'schoolCd'
  | 'sprtSclCnt'
  | 'srngMthdCn'
  | 'sprtTrgtMaxAge'
  | 'sprtTrgtMinAge'
  | 'sprvsnInstCdNm'
  | 'zipCd'
  // Who registered, supervises and runs it (기관코드 and names): region and organization stages.
  | 'operInstCd'
  | 'rgtrHghrkInstCd'
  | 'rgtrHghrkInstCdNm'
  | 'rgtrInstCd'
  | 'rgtrUpInstCd'
  | 'rgtrUpInstCdNm'
  | 'sprvsnInstCd';

export interface Findings {
  errors: string[];
  notes: string[];
}

/** The 온통청년 page of a policy, used as the source when a record has no https address. */
export const ontongDetailUrl = (plcyNo: string) =>
  `https://www.youthcenter.go.kr/youthPolicy/ythPlcyTotalSearch/ythPlcyDetail/${encodeURIComponent(plcyNo)}`;

/** 정책번호, 정책명 and how messages name the record. */
export function identityOf(record: OntongRecord, index: number, found: Findings) {
  const plcyNo = cleanText(record.plcyNo);
  const title = oneLine(cleanText(record.plcyNm));
  const label = `${index + 1}번째 정책 (정책번호 ${plcyNo || '없음'}${title === '' ? '' : `, ${title}`})`;
  if (plcyNo === '') found.errors.push('정책번호(plcyNo)가 없습니다.');
  else if (!/^[0-9A-Za-z-]+$/.test(plcyNo))
    found.errors.push(`정책번호(plcyNo) '${plcyNo}'에 숫자·영문 말고 다른 글자가 있습니다.`);
  if (title === '') found.errors.push('정책명(plcyNm)이 없습니다.');
  if ([...title].length > 80) found.notes.push('정책명이 80자를 넘어 줄였습니다.');
  return { plcyNo, title, label };
}

/** 대분류 (lclsfNm): the first known one is the category, the others become tags. */
export function categoryOf(record: OntongRecord, found: Findings): { category?: CategoryId; tags: string[] } {
  const categories = mapCategories(record.lclsfNm);
  const [category, ...others] = categories;
  if (category === undefined) {
    found.errors.push(
      `정책 대분류(lclsfNm) '${cleanText(record.lclsfNm)}'을(를) 알 수 없습니다. ${Object.keys(categoryNames).join(', ')} 중 하나여야 합니다.`,
    );
    return { tags: [] };
  }
  return { category, tags: others.map(categoryLabel) };
}

/** 나이, 취업·학력·혼인, 소득, 추가 조건과 참여 제한. */
export function eligibilityOf(record: OntongRecord, found: Findings): PolicyData['eligibility'] {
  const minAge = parseAge(record.sprtTrgtMinAge);
  const maxAge = parseAge(record.sprtTrgtMaxAge);
  for (const age of [minAge, maxAge]) if (age.error !== undefined) found.errors.push(`지원 대상 ${age.error}`);
  if (minAge.age !== undefined && maxAge.age !== undefined && minAge.age > maxAge.age) {
    found.errors.push(`최소 나이(${minAge.age})가 최대 나이(${maxAge.age})보다 큽니다.`);
  }
  const job = mapJobCodes(record.jobCd);
  const school = mapSchoolCodes(record.schoolCd);
  const marital = mapMaritalCode(record.mrgSttsCd);
  for (const [name, mapping] of [
    ['jobCd', job],
    ['schoolCd', school],
    ['mrgSttsCd', marital],
  ] as const) {
    if (mapping.unknown.length > 0) found.notes.push(`알 수 없는 ${name} 코드: ${mapping.unknown.join(', ')}`);
  }
  const exclusions = exclusionsOf(record.ptcpPrpTrgtCn);
  const eligibility: Eligibility = {
    age: {
      ...(minAge.age === undefined ? {} : { min: minAge.age }),
      ...(maxAge.age === undefined ? {} : { max: maxAge.age }),
    },
    conditions: unique([
      ...[job.condition, school.condition, marital.condition].flatMap((condition) => condition ?? []),
      ...textLines(record.addAplyQlfcCndCn),
      ...exclusions.exceptions,
    ]),
    excluded: exclusions.excluded,
  };
  if (job.values) eligibility.employment = job.values;
  if (school.values) eligibility.education = school.values;
  const maritalValue = marital.values?.[0];
  if (maritalValue !== undefined) eligibility.marital = maritalValue;
  const income = mapIncome(record);
  if (income !== undefined) eligibility.income = income;
  addEligibilityFields(record, eligibility, found.notes);
  return compactEligibility(eligibility);
}

/** Income from `earnCndSeCd`, `earnMinAmt`, `earnMaxAmt` and `earnEtcCn`. */
export function mapIncome(record: OntongRecord): string | undefined {
  const code = cleanText(record.earnCndSeCd);
  const note = oneLine(textLines(record.earnEtcCn).join(' '));
  if (code === incomeConditionCodes.annual) {
    const min = amount(record.earnMinAmt);
    const max = amount(record.earnMaxAmt);
    const range = [
      min === undefined ? '' : `${formatIncome(min)} 이상`,
      max === undefined ? '' : `${formatIncome(max)} 이하`,
    ]
      .filter(Boolean)
      .join(' ');
    const text = [range === '' ? '' : `연소득 ${range}`, note].filter(Boolean).join(', ');
    return text === '' ? '연소득 기준이 있습니다 (공고에서 확인하세요)' : text;
  }
  if (code === incomeConditionCodes.other) return note === '' ? '소득 기준이 있습니다 (공고에서 확인하세요)' : note;
  // 무관 with a note still has a condition worth reading.
  return note === '' ? undefined : note;
}

function amount(raw: unknown): number | undefined {
  const text = cleanText(raw).replace(/,/g, '');
  if (!/^\d+$/.test(text)) return undefined;
  const value = Number(text);
  return value > 0 ? value : undefined;
}

/**
 * The API does not document the unit of earnMinAmt/earnMaxAmt, and records use both 만원
 * (5000) and 원 (60000000). No annual income is under 10만원 or over 10억원, so a value of
 * 100,000 or more is read as 원 and anything smaller as 만원.
 */
export function formatIncome(value: number): string {
  const manwon = value >= 100_000 ? value / 10_000 : value;
  // Digit grouping by hand: Intl is slow enough to show in a 1,000-record import.
  const grouped = (n: number) => String(n).replace(/\B(?=(\d{3})+$)/g, ',');
  return Number.isInteger(manwon) ? `${grouped(manwon)}만원` : `${grouped(value)}원`;
}

const fieldNames = { apply: '신청 주소(aplyUrlAddr)', ref1: '참고 주소(refUrlAddr1)', ref2: '참고 주소(refUrlAddr2)' };

/** The application form and the notice (source) addresses, https only. */
export function addressesOf(record: OntongRecord, plcyNo: string, found: Findings) {
  const urls = {
    apply: normalizeUrl(record.aplyUrlAddr),
    ref1: normalizeUrl(record.refUrlAddr1),
    ref2: normalizeUrl(record.refUrlAddr2),
  };
  for (const [field, result] of Object.entries(urls) as [keyof typeof urls, (typeof urls)[keyof typeof urls]][]) {
    if (result.kind === 'unsafe') found.errors.push(`${fieldNames[field]}: ${result.reason}`);
    if (result.kind === 'dropped') found.notes.push(`${fieldNames[field]}: ${result.reason}`);
    if (result.kind === 'ok' && result.fixed !== undefined) {
      found.notes.push(`${fieldNames[field]}: '${result.fixed}'을(를) ${result.url}(으)로 고쳤습니다.`);
    }
  }
  const applyUrl = urls.apply.kind === 'ok' ? urls.apply.url : undefined;
  const sourceUrl =
    [urls.ref1, urls.ref2, urls.apply].flatMap((result) => (result.kind === 'ok' ? [result.url] : []))[0] ??
    ontongDetailUrl(plcyNo);
  return { applyUrl, sourceUrl };
}

type Method = NonNullable<PolicyData['application']['method']>[number];
const methodWords: [Method, RegExp][] = [
  ['visit', /방문|내방|현장\s*접수|직접\s*(제출|접수)|창구/],
  // 전자우편 is email, not mail.
  ['mail', /(?<!전자\s*)우편|등기/],
  ['email', /이메일|e-?mail|전자\s*우편|메일\s*(접수|제출|신청)/i],
  ['phone', /전화\s*(신청|접수)/],
];
const onlineWords = /온라인|인터넷|홈페이지|누리집|웹\s*사이트|사이트|앱|모바일|접속|플랫폼|https?:\/\/|www\./i;

/** 신청 방법 (plcyAplyMthdCn): left out when the notice does not say, never guessed. */
export function applicationOf(
  record: OntongRecord,
  period: PeriodMapping,
  applyUrl: string | undefined,
  found: Findings,
): PolicyData['application'] {
  const text = cleanText(record.plcyAplyMthdCn);
  const method: Method[] = applyUrl === undefined ? [] : ['online'];
  for (const [value, words] of methodWords) if (words.test(text)) method.push(value);
  if (onlineWords.test(text) && applyUrl === undefined) {
    found.notes.push('신청 방법에 온라인 신청이 있지만 https 신청 주소가 없어 온라인을 뺐습니다.');
  }
  if (method.length === 0) {
    found.notes.push(
      '공고에 신청 방법이 없어 신청 방법(application.method)을 비워 두었습니다. 페이지는 공고를 안내합니다.',
    );
  }
  const { documents } = documentsOf(record.sbmsnDcmntCn);
  const contact = contactOf(record, [cleanText(record.operInstCdNm), cleanText(record.sprvsnInstCdNm)]);
  const selection = textLines(record.srngMthdCn).join('\n');
  return {
    period: period.period,
    ...(method.length > 0 ? { method } : {}),
    ...(applyUrl === undefined ? {} : { url: applyUrl }),
    ...(documents.length > 0 ? { documents } : {}),
    ...(contact === undefined ? {} : { contact }),
    ...(selection === '' ? {} : { selection }),
  };
}

/** The day an editor would have checked: `lastMdfcnDt`, else `frstRegDt`, else today. */
export function updatedOf(record: OntongRecord, today: string, found: Findings): string {
  for (const field of ['lastMdfcnDt', 'frstRegDt'] as const) {
    const text = cleanText(record[field]);
    if (text === '') continue;
    const match = /^(\d{4})-?(\d{2})-?(\d{2})(?:[ T]\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?)?$/.exec(text);
    const date = match ? `${match[1]}-${match[2]}-${match[3]}` : '';
    if (match && isCalendarDate(date)) return date;
    found.notes.push(`수정일(${field}) '${text}'을(를) 읽을 수 없어 오늘 날짜로 적었습니다.`);
    return today;
  }
  return today;
}

/** Summary, support line, tags and the Markdown body. */
export function textOf(
  record: OntongRecord,
  identity: { plcyNo: string; title: string },
  period: PeriodMapping,
  extra: { tags: string[]; provider: string; operator?: string },
  found: Findings,
) {
  const supportLines = textLines(record.plcySprtCn);
  const explanationLines = textLines(record.plcyExplnCn);
  if (supportLines.length === 0) found.notes.push('지원 내용(plcySprtCn)이 비어 있습니다.');
  const tags = unique(
    [...splitList(record.plcyKywdNm, /,/), ...splitList(record.mclsfNm, /,/), ...extra.tags].map((tag) =>
      truncate(tag, 30),
    ),
  );
  const operator = extra.operator ?? oneLine(cleanText(record.operInstCdNm));
  const rangesNote =
    period.ranges.length > 1 || (period.period.type !== 'fixed' && period.ranges.length > 0)
      ? [`신청 기간(원문): ${period.ranges.map((range) => `${range.start} ~ ${range.end}`).join(', ')}`]
      : [];
  // Every line as written, phone numbers made tel: links.
  const shown = (lines: readonly string[]) => lines.map((line) => linkPhones(escapeMarkdown(line)));
  const body = markdownBody([
    { title: '지원 내용', lines: shown(supportLines) },
    { title: '정책 설명', lines: shown(explanationLines) },
    { title: '신청 방법', lines: shown([...textLines(record.plcyAplyMthdCn), ...rangesNote]) },
    { title: '기타 사항', lines: shown(textLines(record.etcMttrCn)) },
    {
      title: '유의 사항',
      lines: shown([
        ...documentsOf(record.sbmsnDcmntCn).notes,
        ...(operator !== '' && operator !== extra.provider ? [`운영 기관: ${operator}`] : []),
        `온통청년 정책번호 ${identity.plcyNo}에서 가져온 항목입니다. 최신 내용은 출처를 확인하세요.`,
      ]),
    },
  ]);
  const scale = supportScale(record.sprtSclCnt, [
    ...supportLines,
    ...explanationLines,
    ...textLines(record.srngMthdCn),
  ]);
  const businessRun = businessPeriod(record, period.period);
  return {
    title: truncate(identity.title, 80),
    summary: truncate(explanationLines[0] ?? supportLines[0] ?? identity.title, 160),
    support: {
      summary: truncate(benefitLine(supportLines) ?? '지원 내용은 출처에서 확인하세요.', 160),
      ...(scale === undefined ? {} : { scale }),
      ...(businessRun === undefined ? {} : { period: businessRun }),
    },
    tags,
    body,
  };
}

/** Every institution the record names, most specific first: where a department finds its body. */
function institutionsOf(record: OntongRecord): Institution[] {
  return (
    [
      ['sprvsnInstCd', 'sprvsnInstCdNm'],
      ['operInstCd', 'operInstCdNm'],
      ['rgtrInstCd', 'rgtrInstCdNm'],
      ['rgtrUpInstCd', 'rgtrUpInstCdNm'],
      ['rgtrHghrkInstCd', 'rgtrHghrkInstCdNm'],
    ] as const
  ).map(([code, name]) => ({ code: cleanText(record[code]), name: oneLine(cleanText(record[name])) }));
}

/**
 * 주관기관, else 운영기관, else 등록기관, named with its body (`경상남도 청년정책과`, never
 * a bare `청년정책과` that five 시·도 share), and the operator when it is another
 * institution, named the same way.
 */
export function providerOf(record: OntongRecord, found: Findings): { name: string; operator?: string } | undefined {
  const institutions = institutionsOf(record);
  const [supervisor, operator, registrar] = institutions;
  const own = [supervisor, operator, registrar].find((item) => item !== undefined && item.name !== '');
  if (own === undefined) {
    found.errors.push('주관기관(sprvsnInstCdNm)과 운영기관(operInstCdNm)이 모두 비어 있습니다.');
    return undefined;
  }
  const provider = qualifiedName(own, institutions);
  if (!provider.known) {
    found.notes.push(
      `기관 '${own.name}'이(가) 어느 기관의 부서인지 기록에서 알 수 없어 이름 그대로 두었습니다. 기관 파일의 이름에 기관을 넣으세요.`,
    );
  }
  const operated =
    operator === undefined || operator.name === '' || operator === own
      ? undefined
      : qualifiedName(operator, institutions);
  return {
    name: provider.name,
    ...(operated === undefined || operated.name === provider.name ? {} : { operator: operated.name }),
  };
}
