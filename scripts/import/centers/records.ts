import type { Region } from '../../../src/lib/regions';
import type { CenterData } from '../../../src/schemas/center';
import { parseOntongResponse } from '../ontong';
import type { RegionCodeTable } from '../regions';
import { truncate } from '../text';
import { centerAddressOf, centerHomepageOf, centerKindOf, centerPhoneOf, plainText } from './fields';
import { centerRegionOf, namesProvince } from './regions';

/**
 * Saved 온통청년 청년센터 API (`getSpace`) responses to centre drafts. The envelope is the
 * policy API's (`result.youthPolicyList` even here), so a response is recognised by its
 * rows: a list whose rows carry no centre field is refused whole, whatever its resultCode.
 */

export interface CenterDraft {
  /** 온통청년 `cntrSn`: what finds the same centre on the next import. */
  key: string;
  /** `page-0001.json 3번째 센터 (센터번호 10267, 소사청년공간 소사로움)` */
  label: string;
  /** Where a new file goes, relative to the content root. */
  path: string;
  data: CenterData;
  warnings: string[];
}

export type CenterOutcome =
  | { kind: 'center'; draft: CenterDraft }
  | { kind: 'skipped'; key: string; label: string; reason: string };

export interface CenterContext {
  /** The regions of the content tree being imported into. */
  regions: readonly Region[];
  /** Every code edition, from the project's regions.yaml. */
  codeTable: RegionCodeTable;
  /** Today in Seoul: the `updated` of a written centre. */
  today: string;
}

const centerFields = ['cntrSn', 'cntrNm', 'cntrAddr'] as const;
const isRow = (row: unknown): row is Record<string, unknown> =>
  typeof row === 'object' && row !== null && !Array.isArray(row);
const isCenterRow = (row: unknown) => isRow(row) && centerFields.some((field) => field in row);

/** Why rows are not centres (none carries a centre field), or undefined when some are. */
export function notCenterRows(rows: readonly unknown[], where: string): string | undefined {
  if (rows.length === 0 || rows.some(isCenterRow)) return undefined;
  const keys = rows.find(isRow);
  const sample = keys === undefined ? '' : ` (${Object.keys(keys).slice(0, 3).join(', ')} …)`;
  return `${where}: 청년센터 목록이 아닙니다. 행 ${rows.length}개 어디에도 센터 항목(${centerFields.join(', ')})이 없고 다른 모양의 항목${sample}만 있습니다. 정책 API의 주소나 인증키로 받은 응답일 수 있습니다. 청년센터 API(getSpace)에서 다시 받으세요.`;
}

/** The rows of a getSpace response, or a Korean reason the whole file is refused. */
export function parseCenterResponse(text: string, fileName: string): { rows: unknown[] } | { error: string } {
  const parsed = parseOntongResponse(text, fileName, '청년센터 API(getSpace)');
  if ('error' in parsed) return parsed;
  const error = notCenterRows(parsed.records, fileName);
  return error === undefined ? { rows: parsed.records } : { error };
}

export function mapCenterRecord(raw: unknown, label: string, context: CenterContext): CenterOutcome {
  if (!isRow(raw)) return { kind: 'skipped', key: label, label, reason: '센터 항목이 { ... } 모양이 아닙니다.' };
  const key = plainText(raw.cntrSn);
  const name = plainText(raw.cntrNm);
  const named = `${label} (센터번호 ${key || '없음'}${name === '' ? '' : `, ${truncate(name, 30)}`})`;
  const errors: string[] = [];
  const warnings: string[] = [];
  if (!/^\d{1,12}$/.test(key)) errors.push(`센터번호(cntrSn '${truncate(key, 20)}')가 없거나 숫자가 아닙니다.`);
  if (name === '') errors.push('센터 이름(cntrNm)이 비어 있습니다.');
  const street = plainText(raw.cntrAddr);
  if (street === '') errors.push('주소(cntrAddr)가 비어 있습니다.');
  const region = centerRegionOf(raw, street, context.codeTable, context.regions);
  if (region.error !== undefined) errors.push(region.error);
  warnings.push(...region.notes);
  if (errors.length > 0 || region.region === undefined) {
    return { kind: 'skipped', key: key || label, label: named, reason: errors.join(' ') };
  }
  const province = plainText(raw.stdgCtpvCdNm);
  const address = centerAddressOf(
    street,
    plainText(raw.cntrDaddr),
    name,
    namesProvince(street) || !namesProvince(province) ? '' : province,
  );
  const kind = centerKindOf(name, raw.cntrSeNm ?? raw.cntrTypeNm);
  const phone = centerPhoneOf(raw.cntrTelno);
  const url = centerHomepageOf(raw.cntrUrlAddr);
  for (const field of [kind, phone, url]) if (field.note !== undefined) warnings.push(field.note);
  if ([...name].length > 80) warnings.push('이름이 80자를 넘어 줄였습니다.');
  const data: CenterData = {
    name: truncate(name, 80),
    ...(kind.value === undefined ? {} : { kind: kind.value }),
    region: region.region,
    address,
    ...(phone.value === undefined ? {} : { phone: phone.value }),
    ...(url.value === undefined ? {} : { url: url.value }),
    source: { ontongCenter: key },
    updated: context.today,
  };
  return {
    kind: 'center',
    draft: { key, label: named, path: `centers/${region.region}-${key}.md`, data, warnings },
  };
}
