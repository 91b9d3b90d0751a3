import { isCalendarDate } from '../../src/lib/dates';
import { idPattern } from '../../src/lib/ids';
import type { Region } from '../../src/lib/regions';
import {
  applicationMethodLabels,
  applicationMethods,
  categories,
  educationLabels,
  educationValues,
  employmentLabels,
  employmentValues,
  maritalLabels,
  maritalValues,
} from '../../src/lib/vocabulary';
import type { Eligibility } from '../../src/schemas/eligibility';
import type { PeriodData } from '../../src/schemas/period';
import { mapCategory, parseAge } from './codes';
import { compactEligibility, type PolicyDraft, type RecordOutcome } from './draft';
import { parseApplicationRanges } from './period';
import { mapRegionCodes, type RegionCodeTable } from './regions';
import { type EligibilityHeader, eligibilityColumns, spreadsheetEligibility } from './spreadsheet-eligibility';
import { cleanText, escapeMarkdown, oneLine, splitList, textLines } from './text';
import { normalizeUrl } from './urls';

/**
 * One policy per row, Korean headers (`scripts/import/policies-template.csv`). The
 * spreadsheet is the city's own data, so it is held to the content model strictly: a
 * value we cannot place exactly is an error naming the row and the column.
 */
export const spreadsheetColumns = [
  { header: '아이디', required: true, help: '파일 경로(영문 소문자·숫자·하이픈), 예: gwangju/youth-rent' },
  { header: '정책명', required: true, help: '80자 이하' },
  { header: '한줄설명', required: true, help: '160자 이하' },
  { header: '분야', required: true, help: '일자리, 주거, 교육, 복지·문화, 참여·권리' },
  { header: '키워드', required: false, help: '쉼표로 구분' },
  { header: '주관기관', required: true, help: '기관 id 또는 기관 이름' },
  { header: '지역', required: true, help: '지역 id, 이름 또는 법정동 코드, 쉼표로 구분' },
  { header: '최소나이', required: false, help: '만 나이' },
  { header: '최대나이', required: false, help: '만 나이' },
  { header: '취업상태', required: false, help: '재직자, 자영업자, 미취업자, 프리랜서, (예비)창업자, 농업인' },
  { header: '학력', required: false, help: '고등학교 재학, 고등학교 졸업, 대학 재학, 대학 졸업, 대학원' },
  { header: '혼인', required: false, help: '미혼 또는 기혼' },
  { header: '소득기준', required: false, help: '공고 문구 그대로 (사람에게 보여 줌)' },
  ...eligibilityColumns,
  { header: '기타조건', required: false, help: '줄바꿈 또는 ;로 구분' },
  { header: '제외대상', required: false, help: '줄바꿈 또는 ;로 구분' },
  { header: '신청기간', required: true, help: '상시, 마감, 또는 2026-03-02 ~ 2026-12-31' },
  { header: '신청방법', required: true, help: '온라인, 방문, 우편, 이메일, 전화 (쉼표로 구분)' },
  { header: '신청주소', required: false, help: 'https 주소, 온라인 신청이면 필수' },
  { header: '제출서류', required: false, help: '줄바꿈 또는 ;로 구분' },
  { header: '문의처', required: false, help: '담당 부서' },
  { header: '문의전화', required: false, help: '공개된 번호만' },
  { header: '문의이메일', required: false, help: '' },
  { header: '지원내용', required: true, help: '한 줄, 160자 이하' },
  { header: '지원금액', required: false, help: '한 사람이 받을 수 있는 최대 금액, 원 단위 숫자' },
  { header: '출처주소', required: true, help: 'https 주소' },
  { header: '최종확인일', required: true, help: 'YYYY-MM-DD' },
  { header: '상세설명', required: false, help: '본문, 줄마다 한 문단' },
] as const;

export type SpreadsheetHeader = (typeof spreadsheetColumns)[number]['header'];

export interface SpreadsheetContext {
  regions: readonly Region[];
  /** The national code table, for regions written as 법정동 codes. */
  codeTable: RegionCodeTable;
  organizationIds: ReadonlySet<string>;
}

/** Checks the header row; returns an error naming missing and unknown columns. */
export function checkHeader(header: readonly string[]): string | undefined {
  const names = header.map((name) => name.trim());
  const known = new Set<string>(spreadsheetColumns.map((column) => column.header));
  const missing = spreadsheetColumns.filter((column) => column.required && !names.includes(column.header));
  const unknown = names.filter((name) => name !== '' && !known.has(name));
  if (missing.length === 0 && unknown.length === 0) return undefined;
  return [
    missing.length > 0 ? `필수 열이 없습니다: ${missing.map((column) => column.header).join(', ')}` : '',
    unknown.length > 0 ? `알 수 없는 열입니다: ${unknown.join(', ')}` : '',
  ]
    .filter(Boolean)
    .concat('scripts/import/policies-template.csv의 첫 줄을 그대로 쓰세요.')
    .join('. ');
}

function fromLabels<T extends string>(
  raw: string,
  values: readonly T[],
  labels: Record<string, string>,
  column: string,
  errors: string[],
): T[] {
  const byLabel = new Map<string, T>(values.map((value) => [labels[value] ?? value, value]));
  return splitList(raw, /[,;\n]/).flatMap((item) => {
    const value = (values as readonly string[]).includes(item) ? (item as T) : byLabel.get(item);
    if (value === undefined) {
      errors.push(
        `${column} '${item}'은(는) 쓸 수 없습니다. 다음 중에서 고르세요: ${values.map((v) => labels[v] ?? v).join(', ')}`,
      );
      return [];
    }
    return [value];
  });
}

function mapRegions(raw: string, context: SpreadsheetContext, errors: string[]): string[] {
  const { regions } = context;
  const ids: string[] = [];
  for (const item of splitList(raw, /[,;\n]/)) {
    const byIdOrName = regions.find((region) => region.id === item || region.name === item);
    if (byIdOrName !== undefined) {
      ids.push(byIdOrName.id);
      continue;
    }
    const byCode = /^\d{2}(\d{3})?$/.test(item)
      ? mapRegionCodes(item, context.codeTable, regions)
      : { regions: [], unknown: [item], notes: [] };
    if (byCode.regions.length === 0 || byCode.unknown.length > 0 || byCode.notes.length > 0) {
      errors.push(`지역 '${item}'을(를) regions.yaml에서 찾을 수 없습니다.`);
    }
    ids.push(...byCode.regions);
  }
  return [...new Set(ids)];
}

function mapPeriod(raw: string, errors: string[]): PeriodData {
  if (/^상시$/.test(raw)) return { type: 'always' };
  if (/^마감$/.test(raw)) return { type: 'closed' };
  const { ranges, error } = parseApplicationRanges(raw);
  const range = ranges[0];
  if (error !== undefined || range === undefined || ranges.length > 1) {
    // A date that does not exist keeps its precise message; any other shape gets the CSV formats.
    const precise = error !== undefined && !error.includes('읽을 수 없습니다');
    errors.push(
      precise
        ? error.replace('신청 기간(aplyYmd)', '신청기간')
        : `신청기간 '${raw}'을(를) 읽을 수 없습니다. 상시, 마감, 또는 2026-03-02 ~ 2026-12-31처럼 한 기간만 적으세요.`,
    );
    return { type: 'closed' };
  }
  return { type: 'fixed', ...range };
}

export function mapSpreadsheetRow(
  cells: Readonly<Record<string, string>>,
  rowNumber: number,
  context: SpreadsheetContext,
): RecordOutcome {
  const cell = (header: SpreadsheetHeader) => cleanText(cells[header]);
  const id = cell('아이디');
  const title = oneLine(cell('정책명'));
  const label = `${rowNumber}번째 줄 (${id || '아이디 없음'}${title === '' ? '' : `, ${title}`})`;
  const errors: string[] = [];
  for (const column of spreadsheetColumns) {
    if (column.required && cell(column.header) === '') errors.push(`${column.header}이(가) 비어 있습니다.`);
  }
  if (id !== '' && !idPattern.test(id))
    errors.push(`아이디 '${id}'는 영문 소문자, 숫자, 하이픈(-), 폴더(/)만 쓸 수 있습니다.`);
  if ([...title].length > 80) errors.push('정책명이 80자를 넘습니다.');
  if ([...cell('한줄설명')].length > 160) errors.push('한줄설명이 160자를 넘습니다.');
  if ([...cell('지원내용')].length > 160) errors.push('지원내용이 160자를 넘습니다.');

  const categoryText = cell('분야');
  const category =
    categories.find((entry) => entry.id === categoryText || entry.label === categoryText)?.id ??
    mapCategory(categoryText);
  if (categoryText !== '' && category === undefined) {
    errors.push(`분야 '${categoryText}'는 ${categories.map((entry) => entry.label).join(', ')} 중 하나여야 합니다.`);
  }
  const regions = cell('지역') === '' ? [] : mapRegions(cell('지역'), context, errors);
  const minAge = parseAge(cell('최소나이'));
  const maxAge = parseAge(cell('최대나이'));
  for (const age of [minAge, maxAge]) if (age.error !== undefined) errors.push(age.error);
  const employment = fromLabels(cell('취업상태'), employmentValues, employmentLabels, '취업상태', errors);
  const education = fromLabels(cell('학력'), educationValues, educationLabels, '학력', errors);
  const marital = fromLabels(cell('혼인'), maritalValues, maritalLabels, '혼인', errors);
  const methods = fromLabels(cell('신청방법'), applicationMethods, applicationMethodLabels, '신청방법', errors);
  const period = cell('신청기간') === '' ? undefined : mapPeriod(cell('신청기간'), errors);

  const url = (header: SpreadsheetHeader): string | undefined => {
    const result = normalizeUrl(cell(header));
    if (result.kind === 'ok') return result.url;
    if (result.kind !== 'empty') errors.push(`${header}: ${result.reason}`);
    return undefined;
  };
  const applyUrl = url('신청주소');
  const sourceUrl = url('출처주소');
  if (methods.includes('online') && applyUrl === undefined)
    errors.push('신청방법에 온라인이 있으면 신청주소(https)가 필요합니다.');

  const amountText = cell('지원금액').replace(/,/g, '');
  if (amountText !== '' && !/^\d+$/.test(amountText))
    errors.push(`지원금액 '${cell('지원금액')}'은(는) 원 단위 숫자로 적으세요.`);
  const updated = cell('최종확인일').replace(/\./g, '-');
  if (updated !== '' && !isCalendarDate(updated)) {
    errors.push(`최종확인일 '${cell('최종확인일')}'은(는) YYYY-MM-DD 형식의 실제 날짜로 적으세요.`);
  }

  const structured = spreadsheetEligibility(
    (header: EligibilityHeader) => cell(header),
    (raw, values, labels, column) => fromLabels(raw, values, labels, column, errors),
    errors,
  );
  if (errors.length > 0 || category === undefined || period === undefined || sourceUrl === undefined) {
    return { kind: 'invalid', label, errors };
  }

  const eligibility: Eligibility = {
    age: {
      ...(minAge.age === undefined ? {} : { min: minAge.age }),
      ...(maxAge.age === undefined ? {} : { max: maxAge.age }),
    },
    employment,
    education,
    ...structured,
    conditions: splitList(cell('기타조건'), /[;\n]/),
    excluded: splitList(cell('제외대상'), /[;\n]/),
  };
  // One value is a rule; 미혼 and 기혼 together are everyone, so no rule at all.
  const maritalValue = new Set(marital).size === 1 ? marital[0] : undefined;
  if (maritalValue !== undefined) eligibility.marital = maritalValue;
  if (cell('소득기준') !== '') eligibility.income = oneLine(cell('소득기준'));
  const documents = splitList(cell('제출서류'), /[;\n]/);
  const contact = {
    ...(cell('문의처') === '' ? {} : { name: oneLine(cell('문의처')) }),
    ...(cell('문의전화') === '' ? {} : { phone: oneLine(cell('문의전화')) }),
    ...(cell('문의이메일') === '' ? {} : { email: oneLine(cell('문의이메일')) }),
  };
  const tags = splitList(cell('키워드'), /[,;\n]/);
  const provider = cell('주관기관');

  const data: PolicyDraft['data'] = {
    title,
    summary: oneLine(cell('한줄설명')),
    category,
    ...(tags.length > 0 ? { tags } : {}),
    regions,
    application: {
      period,
      method: methods,
      ...(applyUrl === undefined ? {} : { url: applyUrl }),
      ...(documents.length > 0 ? { documents } : {}),
      ...(Object.keys(contact).length > 0 ? { contact } : {}),
    },
    support: {
      summary: oneLine(cell('지원내용')),
      ...(amountText === '' ? {} : { amount: Number(amountText) }),
    },
    source: { url: sourceUrl },
    updated,
  };
  const compact = compactEligibility(eligibility);
  if (compact !== undefined) data.eligibility = compact;

  return {
    kind: 'policy',
    draft: {
      key: id,
      label,
      path: `policies/${id}.md`,
      provider: context.organizationIds.has(provider) ? { id: provider } : { name: provider },
      data,
      body: textLines(cell('상세설명')).map(escapeMarkdown).join('\n\n'),
      warnings: [],
    },
  };
}
