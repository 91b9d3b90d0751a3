import type { Region } from '../../src/lib/regions';
import type { PolicyData } from '../../src/schemas/policy';
import { type ApplicantDecision, applicantOf } from './applicant';
import type { Decision, PolicyDraft, RecordOutcome } from './draft';
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
import { decideRegions, type RegionDecision } from './region-decision';
import { nationalRegionCodes, type RegionCodeTable, targetRegions } from './regions';
import { applicationStatusOf } from './status';
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

/**
 * Where a record's residents are: the regions `zipCd` lists, narrowed to the registering
 * body's area unless the record invites people from elsewhere (region-decision.ts). A
 * record whose coverage cannot be decided is skipped.
 */
function regionsOf(
  record: OntongRecord,
  context: OntongContext,
  found: Findings,
): { regions: string[]; decision?: RegionDecision } {
  const { national, ...mapping } = nationalRegionCodes(record.zipCd, context.codeTable);
  found.notes.push(...mapping.notes);
  if (mapping.undecided !== undefined) {
    found.errors.push(mapping.undecided);
    return { regions: [] };
  }
  const decision = national.length === 0 ? undefined : decideRegions(record, national, context.codeTable);
  if (decision?.doubt !== undefined) found.notes.push(decision.doubt);
  const fitted = targetRegions(decision?.regions ?? national, context.codeTable, context.regions);
  found.notes.push(...fitted.notes);
  if (fitted.regions.length === 0) {
    const codes = cleanText(record.zipCd);
    found.errors.push(
      codes === ''
        ? '지역 코드(zipCd)가 비어 있어 대상 지역을 알 수 없습니다.'
        : `이 콘텐츠의 regions.yaml에 없는 지역입니다 (zipCd ${truncate(codes, 60)}).`,
    );
  }
  return { regions: fitted.regions, ...(decision === undefined ? {} : { decision }) };
}

const routineRegionKinds = new Set(['등록 기관 지역 안', '중앙 기관·알 수 없는 기관']);

function regionDecisionOf(decision: RegionDecision | undefined): Decision[] {
  if (decision === undefined) return [];
  return [
    {
      topic: '대상 지역 판단',
      kind: decision.kind,
      reason: decision.reason,
      ...(routineRegionKinds.has(decision.kind) ? { routine: true } : {}),
    },
  ];
}

/** Adds a line the importer wrote (why the region stays wide) to the conditions. */
function withCondition(eligibility: PolicyData['eligibility'], condition: string | undefined) {
  if (condition === undefined) return eligibility;
  return { ...eligibility, conditions: [...(eligibility?.conditions ?? []), condition] };
}

/** The text's tags, and the one that says what the entry is (위원 모집) when it is not there yet. */
function withTag(fromText: readonly string[], extra: string | undefined): string[] {
  return extra === undefined || fromText.includes(extra) ? [...fromText] : [...fromText, extra];
}

function withApplicant(eligibility: PolicyData['eligibility'], applicant: ApplicantDecision['applicant']) {
  return applicant === undefined ? eligibility : { ...eligibility, applicant };
}

function applicantDecisionOf(decision: ApplicantDecision): Decision {
  return {
    topic: '신청 주체 판단',
    kind: decision.kind,
    reason: decision.reason,
    ...(decision.kind === '개인 (기본)' ? { routine: true } : {}),
  };
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
  const { regions, decision: regionDecision } = regionsOf(record, context, found);
  const applicant = applicantOf(record);
  if (applicant.doubt !== undefined) found.notes.push(applicant.doubt);
  const eligibility = withApplicant(
    withCondition(eligibilityOf(record, found), regionDecision?.condition),
    applicant.applicant,
  );
  const period = applicationStatusOf(record, context.today);
  if (period.error !== undefined) found.errors.push(period.error);
  found.notes.push(...period.notes);
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
  const text = textOf(
    record,
    identity,
    period,
    { tags, provider: provider.name, operator: provider.operator ?? '' },
    found,
  );
  const entryTags = withTag(text.tags, applicant.tag);
  const data: PolicyDraft['data'] = {
    title: text.title,
    summary: text.summary,
    category,
    ...(entryTags.length > 0 ? { tags: entryTags } : {}),
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
      provider: { name: provider.name },
      data,
      body: text.body,
      warnings: found.notes,
      decisions: [...regionDecisionOf(regionDecision), applicantDecisionOf(applicant)],
      ...(period.review === undefined ? {} : { review: period.review }),
    },
  };
}
