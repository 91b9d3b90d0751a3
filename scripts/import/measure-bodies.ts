// `npx tsx scripts/import/measure-bodies.ts <온통청년 응답.json>`: what the importer makes of
// who runs each record, counted over what it would write into this project's content tree
// (nothing is written): records published nationwide though a 시·도 or 시·군·구 registered
// them, organizations holding more than one body's entries, pages naming two different
// 운영 기관, and entries no one applies for. Its checks are written here on their own, from
// the record's fields, so that they measure the importer rather than repeat it.
import { readFileSync } from 'node:fs';
import { readContentTree } from '../lib/content-files';
import { mapOntongRecord, type OntongRecord } from './ontong';
import { planImport } from './plan';
import { nationalCodeTable } from './regions';
import { savedRecordsFromArgs } from './saved-records';

const { file, records } = savedRecordsFromArgs('measure-bodies.ts');
const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

const table = nationalCodeTable();
const context = { regions: table.regions, codeTable: table, today: '2026-01-10', folder: 'ontong' };
const drafts = records.flatMap((record, index) => {
  const outcome = mapOntongRecord(record, index, context);
  return outcome.kind === 'policy' ? [{ record, draft: outcome.draft }] : [];
});
const tree = readContentTree('content');
const organizations = tree.organizations.map((entry) => ({ id: entry.id, name: String(entry.data.name ?? '') }));
const plan = planImport({
  drafts: drafts.map((item) => item.draft),
  skipped: [],
  existing: [],
  organizations,
  countryRegion: 'kr',
  isOwned: () => false,
});
const nameOf = new Map([
  ...organizations.map((entry) => [entry.id, entry.name] as const),
  ...plan.report.organizations.map((entry) => [entry.id, entry.name] as const),
]);
const written = new Map(
  plan.writes.flatMap((write) => {
    const key = /ontong: ['"]?([0-9A-Za-z-]+)/.exec(write.text)?.[1];
    return key === undefined ? [] : [[key, write.text] as const];
  }),
);

/** A local government: a 시·도 name starts the registering body's name. */
const province =
  /^(서울|부산|대구|인천|광주|대전|울산|세종|경기|강원|충청|충북|충남|전라|전북|전남|경상|경북|경남|제주|전남광주)/;
const localRecord = (record: OntongRecord) =>
  [record.rgtrHghrkInstCdNm, record.rgtrUpInstCdNm, record.rgtrInstCdNm].some((name) => province.test(text(name)));

/** A ministry's name, and the ministry each 4-digit 기관코드 prefix belongs to in these records. */
const ministryOf = (name: unknown) => /^\S+(부|처|청|위원회)(?=\s|$)/.exec(text(name))?.[0];
const ministryByPrefix = new Map(
  records.flatMap((record) =>
    (['sprvsnInstCd', 'rgtrInstCd', 'rgtrUpInstCd', 'rgtrHghrkInstCd'] as const).flatMap((field) => {
      const ministry = ministryOf(record[`${field}Nm`]);
      const code = text(record[field]);
      return ministry !== undefined && /^1\d{6}$/.test(code) ? [[code.slice(0, 4), ministry] as const] : [];
    }),
  ),
);

/** The body behind the provider: a ministry, else a local government's first 3 digits of 기관코드. */
function bodyOf(record: OntongRecord): string {
  for (const [code, name] of [
    [record.sprvsnInstCd, record.sprvsnInstCdNm],
    [record.operInstCd, record.operInstCdNm],
    [record.rgtrInstCd, record.rgtrInstCdNm],
  ]) {
    if (text(name) === '') continue;
    const digits = text(code);
    const ministry =
      ministryOf(name) ?? (/^1\d{6}$/.test(digits) ? ministryByPrefix.get(digits.slice(0, 4)) : undefined);
    if (ministry !== undefined) return ministry;
    if (/^[3-6]\d{6}$/.test(digits)) return digits.slice(0, 3);
    return digits || text(name);
  }
  return '';
}

const footerLabel = /<p>([^<:]+):\s*\{provider\}<\/p>/.exec(
  readFileSync('src/components/EntryFooter.astro', 'utf8'),
)?.[1];
let nationwideLocal = 0;
let nationwideLocalWithReason = 0;
let twoOperators = 0;
let operatorLines = 0;
let none = 0;
let bareDepartmentFooters = 0;
const bodiesByOrganization = new Map<string, Set<string>>();
for (const { record, draft } of drafts) {
  const page = written.get(draft.key);
  if (page === undefined) continue;
  const provider = /^provider: ['"]?([a-z0-9/-]+)/m.exec(page)?.[1] ?? '';
  const bodies = bodiesByOrganization.get(provider) ?? new Set<string>();
  bodies.add(bodyOf(record));
  bodiesByOrganization.set(provider, bodies);
  const organizationName = nameOf.get(provider) ?? provider;
  if (/^\S+(과|담당관|정책관|기획관|실|국|팀)$/.test(organizationName)) bareDepartmentFooters += 1;
  if (draft.data.regions.includes('kr') && localRecord(record)) {
    nationwideLocal += 1;
    if ((draft.decisions ?? []).some((decision) => decision.kind.includes('다른 지역'))) nationwideLocalWithReason += 1;
  }
  const operator = /^- 운영 기관: (.+)$/m.exec(draft.body)?.[1];
  if (operator !== undefined) {
    operatorLines += 1;
    if (footerLabel === '운영 기관' && operator !== organizationName) twoOperators += 1;
  }
  if (draft.data.eligibility?.applicant === 'none') none += 1;
}
const mixed = [...bodiesByOrganization].filter(([, bodies]) => bodies.size > 1);
const mixedIds = new Set(mixed.map(([id]) => id));
const entriesInMixed = [...written.values()].filter((page) =>
  mixedIds.has(/^provider: ['"]?([a-z0-9/-]+)/m.exec(page)?.[1] ?? ''),
).length;

console.log(
  `${file}: 레코드 ${records.length}건, 쓰일 정책 ${written.size}건, 새 기관 ${plan.report.organizations.length}곳`,
);
console.log(
  `지방자치단체가 등록했는데 전국으로 나가는 정책: ${nationwideLocal}건 (그중 다른 지역 청년도 대상이라는 판단과 이유가 보고서에 있는 것 ${nationwideLocalWithReason}건)`,
);
console.log(
  `두 기관 이상의 항목을 가진 기관 파일: ${mixed.length}곳${mixed.length > 0 ? ` (${mixed.map(([id, bodies]) => `${id} ${bodies.size}곳`).join(', ')})` : ''}`,
);
console.log(`그런 기관 파일 아래의 항목: ${entriesInMixed}건`);
console.log(
  `페이지 꼬리말이 '${footerLabel}'라고 하는데 본문의 '운영 기관'이 다른 이름인 페이지: ${twoOperators}건 (본문에 운영 기관 줄이 있는 페이지 ${operatorLines}건)`,
);
console.log(`꼬리말의 기관 이름이 부서 이름뿐인 페이지: ${bareDepartmentFooters}건`);
console.log(`신청하는 사업이 아닌 항목(applicant none): ${none}건`);
