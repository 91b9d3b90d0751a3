import type { Region } from '../../../src/lib/regions';
import type { RegionCodeTable } from '../regions';
import { cleanText } from '../text';

/**
 * A centre's region from 온통청년's two codes (`stdgCtpvCd` 2 digits + `stdgSggCd` 3 digits
 * make the 5-digit 시·군·구 code policies use), read through every edition of regions.yaml,
 * then checked against the free-text address. The address only narrows a code that names
 * several regions (인천 중구 28110 became 제물포구 and 영종구; 화성시 41590 has four 구) and
 * is otherwise a check: a mismatch is reported, never silently "fixed".
 */

export interface CenterRegion {
  region?: string;
  /** Why no region could be decided (the record is skipped). */
  error?: string;
  notes: string[];
}

/** How addresses name each 시·도, with the 2-digit codes of every edition it had. */
const provinceNames: readonly [names: readonly string[], codes: readonly string[]][] = [
  [['서울특별시', '서울시', '서울'], ['11']],
  [['부산광역시', '부산시', '부산'], ['26']],
  [['대구광역시', '대구시', '대구'], ['27']],
  [['인천광역시', '인천시', '인천'], ['28']],
  [
    ['광주광역시', '광주'],
    ['29', '12'],
  ],
  [['대전광역시', '대전시', '대전'], ['30']],
  [['울산광역시', '울산시', '울산'], ['31']],
  [['세종특별자치시', '세종시', '세종'], ['36']],
  [['경기도', '경기'], ['41']],
  [
    ['강원특별자치도', '강원도', '강원'],
    ['42', '51'],
  ],
  [['충청북도', '충북'], ['43']],
  [['충청남도', '충남'], ['44']],
  [
    ['전북특별자치도', '전라북도', '전북'],
    ['45', '52'],
  ],
  [
    ['전라남도', '전남'],
    ['46', '12'],
  ],
  [['경상북도', '경북'], ['47']],
  [['경상남도', '경남'], ['48']],
  [['제주특별자치도', '제주도', '제주'], ['50']],
  [['전남광주통합특별시'], ['12', '29', '46']],
];

/** The 시·도 codes an address's first word names, or undefined when it names none. */
export function provinceCodesOf(address: string): readonly string[] | undefined {
  const first = address.split(/\s+/)[0] ?? '';
  return provinceNames.find(([names]) => names.includes(first))?.[1];
}

/** True when the address starts with a 시·도 name. */
export const namesProvince = (address: string) => provinceCodesOf(address) !== undefined;

/** The words of a region's name a local address writes: `서울 노원구` → 노원구, `부천시 소사구` → both. */
export function localNames(region: Region): string[] {
  return region.name.split(/\s+/).filter((word) => /[시군구]$/.test(word) && provinceCodesOf(word) === undefined);
}

const compact = (text: string) => text.replace(/\s+/g, '');
const mentions = (address: string, region: Region) =>
  localNames(region).length > 0 && localNames(region).every((word) => compact(address).includes(word));

/** Every 2-digit code of a region's 시·도 ancestors, in every edition. */
function provinceCodes(id: string, table: RegionCodeTable): Set<string> {
  const codes = new Set<string>();
  for (let region = table.get(id); region !== undefined; region = table.get(region.parent ?? '')) {
    for (const code of [region.code, ...(region.formerCodes ?? [])]) if (code.length === 2) codes.add(code);
  }
  return codes;
}

/** What is wrong between a region and the address, or undefined when they agree. */
export function addressMismatch(address: string, id: string, table: RegionCodeTable): string | undefined {
  const region = table.get(id);
  if (region === undefined) return undefined;
  const named = provinceCodesOf(address);
  const own = provinceCodes(id, table);
  if (named !== undefined && !named.some((code) => own.has(code))) {
    return `주소의 시·도(${address.split(/\s+/)[0]})가 지역 코드의 ${region.name}와(과) 다릅니다. 주소와 지역(region)을 확인하세요.`;
  }
  const words = localNames(region);
  if (words.length > 0 && !mentions(address, region)) {
    return `주소에 ${words.join(' ')}이(가) 보이지 않습니다(지역 코드는 ${region.name}). 주소와 지역(region)을 확인하세요.`;
  }
  return undefined;
}

/** The lowest region containing all of `ids`. */
function commonAncestor(ids: readonly string[], table: RegionCodeTable): string | undefined {
  const chain = (id: string) => {
    const ids: string[] = [];
    for (let region = table.get(id); region !== undefined; region = table.get(region.parent ?? '')) ids.push(region.id);
    return ids;
  };
  const [first, ...rest] = ids.map(chain);
  return first?.find((id) => rest.every((other) => other.includes(id)));
}

export function centerRegionOf(
  record: { stdgCtpvCd?: unknown; stdgSggCd?: unknown },
  address: string,
  table: RegionCodeTable,
  target: readonly Region[],
): CenterRegion {
  const notes: string[] = [];
  const province = cleanText(record.stdgCtpvCd);
  const district = cleanText(record.stdgSggCd);
  if (!/^\d{2}$/.test(province)) {
    return { notes, error: `시·도 코드(stdgCtpvCd '${province}')가 두 자리 숫자가 아니라 지역을 알 수 없습니다.` };
  }
  // The 3-digit 시·군·구 part; a full 5-digit code of the same 시·도 is taken as written.
  const code = /^\d{3}$/.test(district)
    ? `${province}${district}`
    : /^\d{5}$/.test(district) && district.startsWith(province)
      ? district
      : undefined;
  if (code === undefined) {
    return {
      notes,
      error: `시·군·구 코드(stdgSggCd '${district}')가 세 자리 숫자가 아니라 지역을 알 수 없습니다.`,
    };
  }
  let ids = table.named(code);
  if (ids.length === 0) {
    return {
      notes,
      error: `지역 코드 ${code}을(를) regions.yaml의 어느 판(지금 코드, 예전 코드)에서도 찾을 수 없습니다. regions.yaml에 새 코드를 추가하세요.`,
    };
  }
  // A code naming several regions (a split) or a region with 구 below it: the address decides, if it can.
  const candidates = ids.length > 1 ? ids : table.children(ids[0] ?? '').map((child) => child.id);
  const byAddress = candidates.filter((id) => {
    const region = table.get(id);
    return region !== undefined && mentions(address, region);
  });
  if (byAddress.length === 1) ids = byAddress;
  const region = ids.length === 1 ? ids[0] : commonAncestor(ids, table);
  if (ids.length > 1) {
    const names = ids.map((id) => table.get(id)?.name ?? id).join(', ');
    notes.push(
      `지역 코드 ${code}은(는) ${names}(으)로 나뉜 옛 코드인데 주소로 어느 곳인지 정할 수 없어 ${table.get(region ?? '')?.name ?? region}에 두었습니다. 지역(region)을 확인하세요.`,
    );
  }
  if (region === undefined) return { notes, error: `지역 코드 ${code}의 지역을 정할 수 없습니다.` };
  const mismatch = addressMismatch(address, region, table);
  if (mismatch !== undefined) notes.push(mismatch);
  if (!target.some((known) => known.id === region)) {
    const name = table.get(region)?.name ?? region;
    return { notes, error: `이 콘텐츠의 regions.yaml에 없는 지역입니다 (${name}, 코드 ${code}).` };
  }
  return { region, notes };
}
