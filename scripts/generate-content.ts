#!/usr/bin/env -S npx tsx
// Generates a large, realistic content tree for benchmarks: Korean titles, summaries and
// bodies built from youth-policy vocabulary, every field shape of the content model
// (periods always/fixed/closed, eligibility variants, documents, contacts, sessions,
// partners), regions with districts, organizations and centers. Deterministic for a seed.
// Everything it writes is made up for measuring; it is never published.
//
//   npx tsx scripts/generate-content.ts --entries 10000 --out /tmp/bench-content [--seed 1] [--format md|mdx|mixed]
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { educationValues, employmentValues, programTypes } from '../src/lib/vocabulary';

const { values } = parseArgs({
  options: {
    entries: { type: 'string', default: '10000' },
    out: { type: 'string', default: 'bench-content' },
    seed: { type: 'string', default: '1' },
    /** md: Markdown only; mdx: every entry MDX; mixed: 5% MDX with an editor component. */
    format: { type: 'string', default: 'mixed' },
  },
});
const entryCount = Number(values.entries);
const outDir = values.out;
if (!Number.isInteger(entryCount) || entryCount < 1) {
  console.error('--entries 는 1 이상의 정수여야 합니다.');
  process.exit(1);
}

// Small deterministic PRNG (mulberry32), so two runs give the same tree.
let state = Number(values.seed) >>> 0;
function random(): number {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
const chance = (p: number) => random() < p;
const between = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
const some = <T>(list: readonly T[], min: number, max: number): T[] => [
  ...new Set(Array.from({ length: between(min, max) }, () => pick(list))),
];

const provinces = [
  ['seoul', '서울특별시', '11'],
  ['busan', '부산광역시', '26'],
  ['daegu', '대구광역시', '27'],
  ['incheon', '인천광역시', '28'],
  ['gwangju', '광주광역시', '29'],
  ['daejeon', '대전광역시', '30'],
  ['ulsan', '울산광역시', '31'],
  ['gyeonggi', '경기도', '41'],
  ['chungbuk', '충청북도', '43'],
  ['chungnam', '충청남도', '44'],
  ['jeonbuk', '전북특별자치도', '52'],
  ['jeonnam', '전라남도', '46'],
  ['gyeongbuk', '경상북도', '47'],
  ['gyeongnam', '경상남도', '48'],
  ['gangwon', '강원특별자치도', '51'],
  ['jeju', '제주특별자치도', '50'],
] as const;
const districtNames = ['중구', '동구', '서구', '남구', '북구', '수성구', '달서구', '해운대구', '광산구', '유성구'];

interface Region {
  id: string;
  name: string;
  code: string;
  parent?: string;
}
const regions: Region[] = [{ id: 'kr', name: '전국', code: '00' }];
for (const [id, name, code] of provinces) {
  regions.push({ id, name, code, parent: 'kr' });
  districtNames.slice(0, between(3, 6)).forEach((district, index) => {
    regions.push({
      id: `${id}-d${index + 1}`,
      name: `${name.slice(0, 2)} ${district}`,
      code: `${code}${110 + index * 30}`,
      parent: id,
    });
  });
}
const localRegions = regions.filter((region) => region.id !== 'kr');

const topics = {
  jobs: [
    '구직활동수당',
    '취업장려금',
    '일경험드림',
    '인턴십',
    '면접정장대여',
    '창업지원금',
    '직무교육',
    '채용박람회',
    '취업컨설팅',
  ],
  housing: [
    '월세지원',
    '임차보증금이자',
    '전세자금대출',
    '주거비지원',
    '셰어하우스',
    '이사비지원',
    '주택청약',
    '공공임대주택',
  ],
  education: [
    '자격증응시료',
    '어학시험비',
    '학자금이자',
    '장학금',
    '직업훈련',
    '코딩교육',
    '디지털역량교육',
    '평생교육바우처',
  ],
  'welfare-culture': [
    '마음건강상담',
    '문화패스',
    '교통비환급',
    '자산형성통장',
    '건강검진',
    '심리상담바우처',
    '생활안정자금',
  ],
  participation: [
    '청년정책참여단',
    '청년네트워크',
    '동아리지원',
    '공모사업',
    '청년위원회',
    '정책제안대회',
    '청년활동공간',
  ],
} as const;
type Category = keyof typeof topics;
const categoryIds = Object.keys(topics) as Category[];
const suffixes = ['지원', '사업', '지원사업', '프로그램', '바우처', '모집', '안내'];
const sentences = [
  '만 19세부터 39세까지 청년이 신청할 수 있습니다.',
  '소득과 재산 기준은 공고에서 확인하세요.',
  '신청서는 누리집에서 내려받아 작성합니다.',
  '선정 결과는 문자로 개별 안내합니다.',
  '예산이 모두 쓰이면 기간 중에도 마감될 수 있습니다.',
  '다른 정부 사업과 중복으로 받을 수 없는 경우가 있습니다.',
  '거주 기간은 주민등록 기준으로 봅니다.',
  '참여 후 만족도 조사에 응답해야 합니다.',
  '서류가 빠지면 보완 요청 후 다시 심사합니다.',
  '지원금은 본인 명의 계좌로 매달 지급합니다.',
];
const documents = [
  '주민등록등본',
  '신분증 사본',
  '통장 사본',
  '소득금액증명원',
  '재학증명서',
  '임대차계약서 사본',
  '건강보험 자격득실 확인서',
];
const conditions = ['무주택자', '미취업 청년', '중소기업 재직 청년', '해당 지역에 6개월 이상 거주', '졸업 후 2년 이내'];
const employment = employmentValues;
const education = educationValues;

const isoDay = (offset: number) => new Date(Date.UTC(2026, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);
function period() {
  const roll = random();
  if (roll < 0.2) return { type: 'always' };
  if (roll < 0.3) return { type: 'closed' };
  const start = between(0, 600);
  return { type: 'fixed', start: isoDay(start), end: isoDay(start + between(0, 90)) };
}
function eligibility() {
  const result: Record<string, unknown> = {};
  if (chance(0.8)) result.age = chance(0.2) ? { min: 19 } : { min: pick([15, 18, 19]), max: pick([29, 34, 39]) };
  if (chance(0.3)) result.employment = some(employment, 1, 2);
  if (chance(0.2)) result.education = some(education, 1, 2);
  if (chance(0.1)) result.marital = pick(['single', 'married']);
  if (chance(0.3)) result.income = `기준 중위소득 ${pick([100, 120, 150, 180])}% 이하`;
  if (chance(0.5)) result.conditions = some(conditions, 1, 2);
  if (chance(0.15)) result.excluded = ['같은 사업 참여 이력이 있는 사람'];
  return Object.keys(result).length > 0 ? result : undefined;
}
function application(orgId: string) {
  const method = some(['online', 'visit', 'mail', 'email', 'phone'] as const, 1, 2);
  return {
    method,
    ...(method.includes('online') || chance(0.3) ? { url: `https://example.go.kr/${orgId}/apply` } : {}),
    ...(chance(0.5)
      ? { contact: { name: '청년정책 담당', ...(chance(0.5) ? { email: `youth@${orgId}.example.kr` } : {}) } }
      : {}),
  };
}
function body(topic: string): string {
  const paragraph = () => some(sentences, 2, 4).join(' ');
  return `## 지원 내용\n\n${topic} 관련 비용과 활동을 지원합니다. ${paragraph()}\n\n## 신청 방법\n\n- ${pick(sentences)}\n- ${pick(sentences)}\n\n## 유의 사항\n\n${paragraph()}\n`;
}
const frontmatter = (data: object, text: string) => `---\n${stringify(data, { lineWidth: 0 })}---\n\n${text}`;

const files = new Map<string, string>();
files.set('regions.yaml', stringify(regions));
const orgIds: string[] = [];
for (const region of regions) {
  const id = `org-${region.id}`;
  orgIds.push(id);
  const kind = region.id === 'kr' ? 'national' : region.parent === 'kr' ? 'province' : 'district';
  files.set(
    `organizations/${id}.yaml`,
    stringify({ name: `${region.name} 청년정책과`, kind, region: region.id, url: `https://example.go.kr/${id}/` }),
  );
}
const centerIds: string[] = [];
for (const [id, name] of provinces) {
  const centerId = `${id}-youth-center`;
  centerIds.push(centerId);
  const data = {
    name: `${name} 청년센터`,
    region: id,
    address: `${name} 청년로 ${between(1, 200)}`,
    hours: '평일 09:00–18:00',
    updated: isoDay(300),
  };
  files.set(
    `centers/${centerId}.md`,
    frontmatter(data, `${name} 청년센터는 청년 상담, 교육, 공간 대관을 운영합니다.\n`),
  );
}

for (let n = 0; n < entryCount; n++) {
  const category = pick(categoryIds);
  const topic = pick(topics[category]);
  const region = chance(0.1) ? regions[0] : pick(localRegions);
  if (!region) continue;
  const regionPrefix = region.id === 'kr' ? '' : `${region.name.split(' ').at(-1)} `;
  const title = `${regionPrefix}청년 ${topic} ${pick(suffixes)}${chance(0.3) ? ` (${pick(['상반기', '하반기', '2027년', '2차'])})` : ''}`;
  const summary = `${region.name} 청년에게 ${topic}을(를) 지원합니다. ${pick(sentences)}`.slice(0, 160);
  const tags = [topic, ...some(topics[category], 1, 3)].filter((tag, i, all) => all.indexOf(tag) === i);
  const base = {
    title,
    summary,
    category,
    tags,
    regions: [region.id],
    eligibility: eligibility(),
    updated: isoDay(between(200, 320)),
  };
  const isProgram = chance(0.3);
  const folder = `${region.parent ?? 'kr'}/${region.id}`;
  const ext = values.format === 'mdx' || (values.format !== 'md' && chance(0.05)) ? 'mdx' : 'md';
  const text =
    ext === 'mdx' ? `${body(topic)}\n<Callout type="info">신청 전 공고를 확인하세요.</Callout>\n` : body(topic);
  if (isProgram) {
    const start = between(0, 600);
    const sessions = chance(0.6)
      ? Array.from({ length: between(1, 4) }, (_, i) => ({
          start: `${isoDay(start + i * 7)}T19:00+09:00`,
          end: `${isoDay(start + i * 7)}T21:00+09:00`,
        }))
      : undefined;
    const data = {
      ...base,
      type: pick(programTypes),
      center: pick(centerIds),
      ...(chance(0.3) ? { partners: some(orgIds, 1, 2) } : {}),
      schedule: { summary: `매주 ${pick(['화', '수', '목'])}요일 19:00–21:00`, ...(sessions ? { sessions } : {}) },
      registration: period(),
      ...(chance(0.6) ? { capacity: between(10, 40) } : {}),
      fee: chance(0.8) ? 0 : between(1, 5) * 10_000,
      ...(chance(0.7) ? { venue: '청년센터 교육실' } : {}),
      application: application('center'),
      ...(chance(0.5) ? { outcome: pick(['수료증', '자격증 응시 자격', '포트폴리오']) } : {}),
    };
    files.set(`programs/${folder}/p${n}.${ext}`, frontmatter(JSON.parse(JSON.stringify(data)), text));
  } else {
    const provider = `org-${region.id}`;
    const data = {
      ...base,
      provider,
      application: {
        period: period(),
        ...application(provider),
        ...(chance(0.6) ? { documents: some(documents, 1, 4) } : {}),
      },
      support: {
        summary: `${topic} 비용 일부 지원`,
        ...(chance(0.5) ? { amount: between(10, 500) * 10_000 } : {}),
      },
      source: { url: `https://example.go.kr/${provider}/notice/${n}`, ...(chance(0.2) ? { ontong: `R2026${n}` } : {}) },
    };
    files.set(`policies/${folder}/e${n}.${ext}`, frontmatter(JSON.parse(JSON.stringify(data)), text));
  }
}

await rm(outDir, { recursive: true, force: true });
for (const [path, text] of files) {
  const target = join(outDir, path);
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, text);
}
console.log(`${outDir}/ 에 항목 ${entryCount}개(파일 ${files.size}개)를 만들었습니다.`);
