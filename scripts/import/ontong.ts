import { isCalendarDate } from '../../src/lib/dates';
import type { Region } from '../../src/lib/regions';
import type { Eligibility } from '../../src/schemas/eligibility';
import { incomeConditionCodes, mapCategory, mapJobCodes, mapMaritalCode, mapSchoolCodes, parseAge } from './codes';
import { compactEligibility, markdownBody, type PolicyDraft, type RecordOutcome } from './draft';
import { addEligibilityFields } from './eligibility-fields';
import { mapApplicationPeriod } from './period';
import { mapRegionCodes } from './regions';
import { cleanText, escapeMarkdown, oneLine, splitList, textLines, truncate, unique } from './text';
import { normalizeUrl } from './urls';

/**
 * 온통청년 Open API v2 (`GET https://www.youthcenter.go.kr/go/ythip/getPlcy?rtnType=json`)
 * records to policy drafts. Pure: the caller passes the regions and today's date.
 */

export interface OntongContext {
  regions: readonly Region[];
  /** Today in Seoul, `YYYY-MM-DD`: picks the current range when there are several. */
  today: string;
  /** Folder for new files under the content root. */
  folder: string;
}

/** The 온통청년 page of a policy, used as the source when a record has no https address. */
export const ontongDetailUrl = (plcyNo: string) =>
  `https://www.youthcenter.go.kr/youthPolicy/ythPlcyTotalSearch/ythPlcyDetail/${encodeURIComponent(plcyNo)}`;

/** The fields of a `youthPolicyList` record we read; every value may be a string, a number or missing. */
export type OntongRecord = Partial<Record<OntongField, unknown>>;
type OntongField =
  | 'addAplyQlfcCndCn'
  | 'aplyPrdSeCd'
  | 'aplyUrlAddr'
  | 'aplyYmd'
  | 'earnCndSeCd'
  | 'earnEtcCn'
  | 'earnMaxAmt'
  | 'earnMinAmt'
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
  | 'sprtTrgtMaxAge'
  | 'sprtTrgtMinAge'
  | 'sprvsnInstCdNm'
  | 'zipCd';

export type ResponseParse = { records: unknown[] } | { error: string };

/** `{ resultCode, resultMessage, result: { pagging, youthPolicyList: [...] } }` */
export function parseOntongResponse(text: string, fileName: string): ResponseParse {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return {
      error: `${fileName}: JSON 파일이 아닙니다 (${(error as Error).message}). 온통청년 API 응답을 rtnType=json으로 받아 그대로 저장하세요.`,
    };
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return {
      error: `${fileName}: 온통청년 응답 모양이 아닙니다. 맨 바깥이 { "result": { "youthPolicyList": [...] } } 이어야 합니다.`,
    };
  }
  const root = json as { resultCode?: unknown; resultMessage?: unknown; result?: unknown };
  const code = root.resultCode;
  if (code !== undefined && String(code) !== '200') {
    return {
      error: `${fileName}: API가 오류를 돌려준 응답입니다 (resultCode ${String(code)}: ${cleanText(root.resultMessage)}). 인증키와 요청 주소를 확인하고 다시 받으세요.`,
    };
  }
  const result = root.result;
  const list =
    typeof result === 'object' && result !== null
      ? (result as { youthPolicyList?: unknown }).youthPolicyList
      : undefined;
  if (!Array.isArray(list)) {
    return {
      error: `${fileName}: result.youthPolicyList 목록이 없습니다. 온통청년 청년정책 API(getPlcy)의 응답인지 확인하세요.`,
    };
  }
  return { records: list };
}

const onlineWords = /온라인|인터넷|홈페이지|누리집|웹\s*사이트|사이트|앱|모바일|접속|플랫폼|https?:\/\/|www\./i;
const visitWords = /방문|내방|현장\s*접수|직접\s*(제출|접수)|창구/;
// 전자우편 is email, not mail.
const mailWords = /(?<!전자\s*)우편|등기/;
const emailWords = /이메일|e-?mail|전자\s*우편|메일\s*(접수|제출|신청)/i;
const phoneWords = /전화\s*(신청|접수)/;

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

function applicationMethods(
  text: string,
  hasUrl: boolean,
): { methods: ('online' | 'visit' | 'mail' | 'email' | 'phone')[]; onlineWithoutUrl: boolean } {
  const methods: ('online' | 'visit' | 'mail' | 'email' | 'phone')[] = [];
  const saysOnline = onlineWords.test(text);
  if (hasUrl) methods.push('online');
  if (visitWords.test(text)) methods.push('visit');
  if (mailWords.test(text)) methods.push('mail');
  if (emailWords.test(text)) methods.push('email');
  if (phoneWords.test(text)) methods.push('phone');
  return { methods, onlineWithoutUrl: saysOnline && !hasUrl };
}

function updatedDate(record: OntongRecord, today: string): { date: string; error?: string } {
  for (const field of ['lastMdfcnDt', 'frstRegDt'] as const) {
    const text = cleanText(record[field]);
    if (text === '') continue;
    const match = /^(\d{4})-?(\d{2})-?(\d{2})(?:[ T]\d{2}:\d{2}(?::\d{2})?)?$/.exec(text);
    const date = match ? `${match[1]}-${match[2]}-${match[3]}` : '';
    if (!match || !isCalendarDate(date)) {
      return {
        date: today,
        error: `수정일(${field}) '${text}'을(를) 읽을 수 없습니다. YYYY-MM-DD HH:MM:SS 형식이어야 합니다.`,
      };
    }
    return { date };
  }
  return { date: today };
}

export function mapOntongRecord(raw: unknown, index: number, context: OntongContext): RecordOutcome {
  const position = `${index + 1}번째 정책`;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { kind: 'invalid', label: position, errors: ['정책 항목이 { ... } 모양이 아닙니다.'] };
  }
  const record = raw as OntongRecord;
  const plcyNo = cleanText(record.plcyNo);
  const title = oneLine(cleanText(record.plcyNm));
  const label = `${position} (정책번호 ${plcyNo || '없음'}${title === '' ? '' : `, ${title}`})`;
  const errors: string[] = [];
  const warnings: string[] = [];
  const review: string[] = [];
  if (plcyNo === '') errors.push('정책번호(plcyNo)가 없습니다.');
  else if (!/^[0-9A-Za-z-]+$/.test(plcyNo))
    errors.push(`정책번호(plcyNo) '${plcyNo}'에 숫자·영문 말고 다른 글자가 있습니다.`);
  if (title === '') errors.push('정책명(plcyNm)이 없습니다.');

  const category = mapCategory(record.lclsfNm);
  if (category === undefined) {
    errors.push(
      `정책 대분류(lclsfNm) '${cleanText(record.lclsfNm)}'을(를) 알 수 없습니다. 일자리, 주거, 교육(교육･직업훈련), 복지문화(금융･복지･문화), 참여권리(참여･기반) 중 하나여야 합니다.`,
    );
  }

  const minAge = parseAge(record.sprtTrgtMinAge);
  const maxAge = parseAge(record.sprtTrgtMaxAge);
  for (const age of [minAge, maxAge]) if (age.error !== undefined) errors.push(`지원 대상 ${age.error}`);
  if (minAge.age !== undefined && maxAge.age !== undefined && minAge.age > maxAge.age) {
    errors.push(`최소 나이(${minAge.age})가 최대 나이(${maxAge.age})보다 큽니다.`);
  }

  const period = mapApplicationPeriod(record.aplyPrdSeCd, record.aplyYmd, context.today);
  if (period.error !== undefined) errors.push(period.error);
  if (period.warning !== undefined) warnings.push(period.warning);
  if (period.review !== undefined) review.push(period.review);

  const urls = {
    apply: normalizeUrl(record.aplyUrlAddr),
    ref1: normalizeUrl(record.refUrlAddr1),
    ref2: normalizeUrl(record.refUrlAddr2),
  };
  const fieldNames = {
    apply: '신청 주소(aplyUrlAddr)',
    ref1: '참고 주소(refUrlAddr1)',
    ref2: '참고 주소(refUrlAddr2)',
  };
  for (const [field, result] of Object.entries(urls) as [keyof typeof urls, (typeof urls)[keyof typeof urls]][]) {
    if (result.kind === 'unsafe') errors.push(`${fieldNames[field]}: ${result.reason}`);
    if (result.kind === 'dropped') warnings.push(`${fieldNames[field]}: ${result.reason}`);
    if (result.kind === 'ok' && result.fixed !== undefined) {
      warnings.push(`${fieldNames[field]}: '${result.fixed}'을(를) ${result.url}(으)로 고쳤습니다.`);
    }
  }
  const applyUrl = urls.apply.kind === 'ok' ? urls.apply.url : undefined;
  const sourceUrl =
    [urls.ref1, urls.ref2, urls.apply].flatMap((result) => (result.kind === 'ok' ? [result.url] : []))[0] ??
    ontongDetailUrl(plcyNo);

  const providerName = [record.sprvsnInstCdNm, record.operInstCdNm, record.rgtrInstCdNm]
    .map((value) => oneLine(cleanText(value)))
    .find((name) => name !== '');
  if (providerName === undefined)
    errors.push('주관기관(sprvsnInstCdNm)과 운영기관(operInstCdNm)이 모두 비어 있습니다.');

  const updated = updatedDate(record, context.today);
  if (updated.error !== undefined) errors.push(updated.error);

  if (errors.length > 0 || providerName === undefined || category === undefined) {
    return { kind: 'invalid', label, errors };
  }

  const regions = mapRegionCodes(record.zipCd, context.regions);
  if (regions.regions.length === 0) {
    const codes = cleanText(record.zipCd);
    return {
      kind: 'skipped',
      key: plcyNo,
      label,
      reason:
        codes === ''
          ? '지역 코드(zipCd)가 비어 있습니다.'
          : `regions.yaml에 없는 지역입니다 (zipCd ${truncate(regions.unknown.join(','), 60)}).`,
    };
  }
  if (regions.unknown.length > 0) {
    warnings.push(`regions.yaml에 없는 지역 코드를 뺐습니다: ${truncate(regions.unknown.join(', '), 120)}`);
  }

  const job = mapJobCodes(record.jobCd);
  const school = mapSchoolCodes(record.schoolCd);
  const marital = mapMaritalCode(record.mrgSttsCd);
  for (const [name, mapping] of [
    ['jobCd', job],
    ['schoolCd', school],
    ['mrgSttsCd', marital],
  ] as const) {
    if (mapping.unknown.length > 0) warnings.push(`알 수 없는 ${name} 코드: ${mapping.unknown.join(', ')}`);
  }
  const eligibility: Eligibility = {
    age: {
      ...(minAge.age === undefined ? {} : { min: minAge.age }),
      ...(maxAge.age === undefined ? {} : { max: maxAge.age }),
    },
    conditions: unique([
      ...[job.condition, school.condition, marital.condition].flatMap((condition) => condition ?? []),
      ...textLines(record.addAplyQlfcCndCn),
    ]),
    excluded: unique(textLines(record.ptcpPrpTrgtCn)),
  };
  if (job.values) eligibility.employment = job.values;
  if (school.values) eligibility.education = school.values;
  const maritalValue = marital.values?.[0];
  if (maritalValue !== undefined) eligibility.marital = maritalValue;
  const income = mapIncome(record);
  if (income !== undefined) eligibility.income = income;
  addEligibilityFields(record, eligibility, warnings);

  const methodText = cleanText(record.plcyAplyMthdCn);
  const { methods, onlineWithoutUrl } = applicationMethods(methodText, applyUrl !== undefined);
  if (onlineWithoutUrl) warnings.push('신청 방법에 온라인 신청이 있지만 https 신청 주소가 없어 온라인을 뺐습니다.');
  if (methods.length === 0) {
    review.push('신청 방법을 알 수 없어 초안으로 가져왔습니다. 신청 방법(application.method)을 확인해 적으세요.');
    methods.push('visit');
  }

  const documents = textLines(record.sbmsnDcmntCn).filter((line) => !line.startsWith('※'));
  const supportLines = textLines(record.plcySprtCn);
  const explanationLines = textLines(record.plcyExplnCn);
  if (title.length > 80) warnings.push('정책명이 80자를 넘어 줄였습니다.');
  if (supportLines.length === 0) warnings.push('지원 내용(plcySprtCn)이 비어 있습니다.');

  const tags = unique(
    [...splitList(record.plcyKywdNm, /,/), ...splitList(record.mclsfNm, /,/)].map((tag) => truncate(tag, 30)),
  );
  const operator = oneLine(cleanText(record.operInstCdNm));
  const rangesNote =
    period.ranges.length > 1 || (period.period.type !== 'fixed' && period.ranges.length > 0)
      ? [`신청 기간(원문): ${period.ranges.map((range) => `${range.start} ~ ${range.end}`).join(', ')}`]
      : [];

  const data: PolicyDraft['data'] = {
    title: truncate(title, 80),
    summary: truncate(explanationLines[0] ?? supportLines[0] ?? title, 160),
    category,
    ...(tags.length > 0 ? { tags } : {}),
    regions: regions.regions,
    application: {
      period: period.period,
      method: methods,
      ...(applyUrl === undefined ? {} : { url: applyUrl }),
      ...(documents.length > 0 ? { documents } : {}),
    },
    support: { summary: truncate(supportLines[0] ?? '지원 내용은 출처에서 확인하세요.', 160) },
    source: { url: sourceUrl, ontong: plcyNo },
    updated: updated.date,
  };
  const compact = compactEligibility(eligibility);
  if (compact !== undefined) data.eligibility = compact;
  if (review.length > 0) data.draft = true;

  const body = markdownBody([
    { title: '지원 내용', lines: supportLines.map(escapeMarkdown) },
    { title: '정책 설명', lines: explanationLines.map(escapeMarkdown) },
    { title: '신청 방법', lines: [...textLines(methodText), ...rangesNote].map(escapeMarkdown) },
    {
      title: '유의 사항',
      lines: [
        ...textLines(record.sbmsnDcmntCn).filter((line) => line.startsWith('※')),
        ...(operator !== '' && operator !== providerName ? [`운영 기관: ${operator}`] : []),
        `온통청년 정책번호 ${plcyNo}에서 가져온 항목입니다. 최신 내용은 출처를 확인하세요.`,
      ].map(escapeMarkdown),
    },
  ]);

  return {
    kind: 'policy',
    draft: {
      key: plcyNo,
      label,
      path: `policies/${context.folder}/${plcyNo.toLowerCase()}.md`,
      provider: { name: providerName },
      data,
      body,
      warnings: [...review, ...warnings],
    },
  };
}
