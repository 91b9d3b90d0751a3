import type { Region } from '../../src/lib/regions';
import type { PolicyDraft, RecordOutcome } from './draft';
import {
  addressesOf,
  applicationOf,
  categoryOf,
  eligibilityOf,
  type Findings,
  identityOf,
  type OntongRecord,
  providerOf,
  textOf,
  updatedOf,
} from './ontong-fields';
import { mapApplicationPeriod } from './period';
import { mapRegionCodes, type RegionCodeTable } from './regions';
import { cleanText, truncate } from './text';

export { formatIncome, mapIncome, type OntongRecord, ontongDetailUrl } from './ontong-fields';

/**
 * 온통청년 Open API v2 (`GET https://www.youthcenter.go.kr/go/ythip/getPlcy?rtnType=json`)
 * records to policy drafts. Pure: the caller passes the regions and today's date.
 */

export interface OntongContext {
  /** The regions of the content tree being imported into. */
  regions: readonly Region[];
  /** The national code table (every edition), from the project's regions.yaml. */
  codeTable: RegionCodeTable;
  /** Today in Seoul, `YYYY-MM-DD`: picks the current range when there are several. */
  today: string;
  /** Folder for new files under the content root. */
  folder: string;
}

export type ResponseParse = { records: unknown[] } | { error: string };

/** `{ resultCode, resultMessage, result: { pagging, youthPolicyList: [...] } }` */
export function parseOntongResponse(text: string, fileName: string, api = '청년정책 API(getPlcy)'): ResponseParse {
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
      error: `${fileName}: result.youthPolicyList 목록이 없습니다. 온통청년 ${api}의 응답인지 확인하세요.`,
    };
  }
  return { records: list };
}

/** Where a record's residents are; a record whose coverage cannot be decided is skipped. */
function regionsOf(record: OntongRecord, context: OntongContext, found: Findings): string[] {
  const mapping = mapRegionCodes(record.zipCd, context.codeTable, context.regions);
  found.notes.push(...mapping.notes);
  if (mapping.undecided !== undefined) found.errors.push(mapping.undecided);
  else if (mapping.regions.length === 0) {
    const codes = cleanText(record.zipCd);
    found.errors.push(
      codes === ''
        ? '지역 코드(zipCd)가 비어 있어 대상 지역을 알 수 없습니다.'
        : `이 콘텐츠의 regions.yaml에 없는 지역입니다 (zipCd ${truncate(codes, 60)}).`,
    );
  }
  return mapping.regions;
}

/**
 * One record, stage by stage. A record that cannot be mapped is skipped with every reason
 * found, so the others are still imported; the report lists it by number.
 */
export function mapOntongRecord(raw: unknown, index: number, context: OntongContext): RecordOutcome {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    const label = `${index + 1}번째 정책`;
    return { kind: 'skipped', key: `#${index + 1}`, label, reason: '정책 항목이 { ... } 모양이 아닙니다.' };
  }
  const record = raw as OntongRecord;
  const found: Findings = { errors: [], notes: [] };
  const identity = identityOf(record, index, found);
  const { category, tags } = categoryOf(record, found);
  const provider = providerOf(record, found);
  const regions = regionsOf(record, context, found);
  const eligibility = eligibilityOf(record, found);
  const period = mapApplicationPeriod(record.aplyPrdSeCd, record.aplyYmd, context.today);
  if (period.error !== undefined) found.errors.push(period.error);
  if (period.warning !== undefined) found.notes.push(period.warning);
  const { applyUrl, sourceUrl } = addressesOf(record, identity.plcyNo, found);
  const application = applicationOf(record, period, applyUrl, found);
  const updated = updatedOf(record, context.today, found);
  if (found.errors.length > 0 || category === undefined || provider === undefined) {
    return {
      kind: 'skipped',
      key: identity.plcyNo || `#${index + 1}`,
      label: identity.label,
      reason: found.errors.join(' '),
    };
  }
  const text = textOf(record, identity, period, { tags, provider }, found);
  const data: PolicyDraft['data'] = {
    title: text.title,
    summary: text.summary,
    category,
    ...(text.tags.length > 0 ? { tags: text.tags } : {}),
    regions,
    ...(eligibility === undefined ? {} : { eligibility }),
    application,
    support: text.support,
    source: { url: sourceUrl, ontong: identity.plcyNo },
    updated,
    // Only what would mislead a person is held back: a 특정기간 without dates.
    ...(period.review === undefined ? {} : { draft: true }),
  };
  return {
    kind: 'policy',
    draft: {
      key: identity.plcyNo,
      label: identity.label,
      path: `policies/${context.folder}/${identity.plcyNo.toLowerCase()}.md`,
      provider: { name: provider },
      data,
      body: text.body,
      warnings: found.notes,
      ...(period.review === undefined ? {} : { review: period.review }),
    },
  };
}
