import type { OrganizationData } from '../../src/schemas/organization';
import { provinceInstitutions } from './codes';
import { romanize } from './romanize';
import { oneLine } from './text';

/**
 * Providers by name. An upstream name (`경기도 미래평생교육국 청년기회과`) is matched to an
 * existing organization when exactly one has that name, or the name without its
 * department units (`경기도`). Otherwise an organization file is created, its kind
 * guessed from the name, so that an editor can correct it in one place.
 */
export interface KnownOrganization {
  id: string;
  name: string;
}

export type ProviderResolution =
  | { kind: 'existing'; id: string }
  | { kind: 'new'; id: string; data: OrganizationData }
  | { kind: 'ambiguous'; ids: string[] };

/**
 * Trailing department units: 과, 국, 실, 팀, 단, 담당관, 본부, 정책관·기획관 and the head's
 * office (구청장, 시장, 군수, 도지사). A single word is kept as is.
 */
const departmentUnit =
  /(과|국|실|팀|(?<![재공])단|담당관|본부|부서|(정책|기획|협력|감사)관)$|^(시장|군수|구청장|도지사|시장실)$/;

export function withoutDepartments(name: string): string {
  const words = oneLine(name).split(' ');
  while (words.length > 1 && departmentUnit.test(words.at(-1) ?? '')) words.pop();
  return words.join(' ');
}

/** A name that is only a department (`청년정책과`, `기획조정실`): it says no body. */
export function isBareDepartment(name: string): boolean {
  const words = oneLine(name).split(' ');
  return words.every((word) => departmentUnit.test(word)) && !provinceNames.test(words[0] ?? '');
}

/** An institution as a record names it: 기관코드 (7 characters) and name. */
export interface Institution {
  code: string;
  name: string;
}

/**
 * The code of the body an institution belongs to (행정표준기관코드): a body's departments
 * share its code up to its trailing zeros (6481519 청년정책과 → 6480000 경상남도, 4181080
 * 경제진흥국 → 4181000 춘천시, 1271587 상사법무과 → 1270000 법무부). Public bodies (B…,
 * D…) follow no such rule.
 */
export function belongsTo(code: string, body: string): boolean {
  const own = code.trim();
  return /^[1-9]\d{6}$/.test(own) && /^[1-9]\d{6}$/.test(body.trim()) && own.startsWith(ownDigits(body));
}

/** A body's own digits: its code without trailing zeros, at least three (6500000 → 650). */
function ownDigits(code: string): string {
  const trimmed = code.trim();
  const stripped = trimmed.replace(/0+$/, '');
  return stripped.length >= 3 ? stripped : trimmed.slice(0, 3);
}

/**
 * A name that says its body: `청년정책과` of 6481519 in a record registered by 경상남도
 * (6480000) is `경상남도 청년정책과`; `의성군` under `경상북도 의성군` is that; a department
 * the record also names in full (`경상북도 청송군 기획감사실`) takes that name. `known` is
 * false when the name is a bare department and the record does not say whose.
 */
export function qualifiedName(own: Institution, record: readonly Institution[]): { name: string; known: boolean } {
  const name = oneLine(own.name);
  const code = own.code.trim();
  const named = record
    .map((item) => ({ code: item.code.trim(), name: oneLine(item.name) }))
    .filter((item) => item.name !== '');
  const fuller = named.find((item) => item.code === code && item.name.endsWith(` ${name}`));
  if (fuller !== undefined) return { name: fuller.name, known: true };
  if (provinceNames.test(name)) return { name, known: true };
  const prefixLength = (item: Institution) => ownDigits(item.code).length;
  const body = [...named, ...provinceInstitutions]
    .filter((item) => item.code !== code && belongsTo(code, item.code))
    .sort((a, b) => prefixLength(b) - prefixLength(a))[0];
  // A code ending in 000 is a body's own (1092000 국무조정실), not a department's.
  if (body === undefined)
    return bareLocalName(name, named) ?? { name, known: !isBareDepartment(name) || /000$/.test(code) };
  if (name.startsWith(body.name)) return { name, known: true };
  // `의성군` of `경상북도 의성군`.
  if (body.name.endsWith(` ${name}`)) return { name: body.name, known: true };
  return { name: `${body.name} ${name}`, known: true };
}

/**
 * `서구` (3560000) registered by 인천광역시: a bare 시·군·구 name is in the 시·도 that
 * registered the record. Five cities have a 서구; the name alone says none of them.
 */
function bareLocalName(name: string, named: readonly Institution[]): { name: string; known: boolean } | undefined {
  if (!/^\S+(시|군|구)$/.test(name)) return undefined;
  const province = named.find((item) => provinceInstitutions.some((known) => known.code === item.code));
  return province === undefined ? undefined : { name: `${province.name} ${name}`, known: true };
}

const provinceNames =
  /^(서울특별시|부산광역시|대구광역시|인천광역시|광주광역시|대전광역시|울산광역시|세종특별자치시|경기도|강원특별자치도|강원도|충청북도|충청남도|전북특별자치도|전라북도|전라남도|경상북도|경상남도|제주특별자치도)/;

/** The organization kind a name most likely means; `agency` when nothing fits. */
export function organizationKind(name: string): OrganizationData['kind'] {
  const compact = oneLine(name);
  const province = provinceNames.exec(compact)?.[0];
  const rest = province === undefined ? compact : compact.slice(province.length).trim();
  if (/청년(센터|공간|플랫폼|이음|허브)|청년.*센터$/.test(compact)) return 'center';
  if (/(㈜|\(주\)|주식회사|\(유\)|유한회사)/.test(compact)) return 'company';
  if (/(사단법인|\(사\)|협동조합|비영리|복지관|종교|재단법인\s)/.test(compact)) return 'nonprofit';
  if (province !== undefined && rest === '') return /(특별시|광역시|특별자치시)$/.test(province) ? 'city' : 'province';
  if (/^\S+(시|군|구)(\s+\S+(구))?$/.test(rest) && /(시|군|구)$/.test(rest))
    return /구$|군$/.test(rest) ? 'district' : 'city';
  if (province === undefined && /^\S+(부|처|청|위원회|실)$/.test(compact)) return 'national';
  return 'agency';
}

export function resolveProvider(
  name: string,
  organizations: readonly KnownOrganization[],
  countryRegion: string | undefined,
): ProviderResolution {
  const full = oneLine(name);
  const base = withoutDepartments(full);
  for (const candidate of unique([full, base])) {
    const matches = organizations.filter((organization) => oneLine(organization.name) === candidate);
    if (matches.length === 1 && matches[0] !== undefined) return { kind: 'existing', id: matches[0].id };
    if (matches.length > 1) return { kind: 'ambiguous', ids: matches.map((match) => match.id) };
  }
  const kind = organizationKind(base);
  const taken = new Set(organizations.map((organization) => organization.id));
  const stem = romanize(base) || 'organization';
  let id = stem;
  for (let n = 2; taken.has(id); n += 1) id = `${stem}-${n}`;
  const data: OrganizationData = { name: base.slice(0, 80), kind };
  // A ministry serves the whole country; for anything else the region is left for an
  // editor, since a policy's regions do not say where its provider sits.
  if (kind === 'national' && countryRegion !== undefined) data.region = countryRegion;
  return { kind: 'new', id, data };
}

function unique(items: string[]): string[] {
  return [...new Set(items)];
}
