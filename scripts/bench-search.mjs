#!/usr/bin/env node
// `npm run bench:search`: generates a realistic content tree (10,000 entries by default),
// builds it with `npm run build` (CONTENT_DIR), and measures the search in headless
// Chromium through the real search page: index time, size and file count, bytes
// transferred for the first and later queries, and time from typing to rendered results.
//
//   npm run bench:search [-- --entries 10000 --port 4499 --keep --no-eval]
// First it prints the real-data evaluation (tests/search-eval/real-queries.json: the shared
// 온통청년 records imported and built, recall@5 per kind, held out apart; --no-eval skips it).
// Targets: first query <= 300 KB, later queries <= 60 KB, median <= 50 ms, p95 <= 150 ms.
import { spawn, spawnSync } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { buildRealSearchSite } from './real-search-site.mjs';
import { evaluateSite } from './search-eval.mjs';
import { folderSize } from './search-index.mjs';

const { values } = parseArgs({
  options: {
    entries: { type: 'string', default: '10000' },
    port: { type: 'string', default: '4499' },
    dir: { type: 'string', default: '.bench' },
    keep: { type: 'boolean', default: false },
    'no-eval': { type: 'boolean', default: false },
  },
});
const work = resolve(values.dir);
const contentDir = join(work, 'content');
const siteDir = join(work, 'dist');
const port = Number(values.port);
const origin = `http://127.0.0.1:${port}`;

function run(command, args, env = {}) {
  const result = spawnSync(command, args, {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, ...env },
    // Astro prints a line per page: 10,000 pages overflow the default 1 MB buffer.
    maxBuffer: 512 * 1024 * 1024,
  });
  const output = result.stdout.toString();
  if (result.status !== 0) {
    process.stdout.write(output);
    throw new Error(`${command} ${args.join(' ')} 실패 (${result.status})`);
  }
  return output;
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

// Queries people type, over the generator's vocabulary: whole words, parts of compounds,
// particles, spacing, 초성, synonyms and typos. Each is typed once after the warm-up.
const warmUp = ['청년', '지원', '월세', '교육', '상담'];
const queries = [
  '구직활동수당',
  '수당',
  '보증금',
  '임차보증금이자',
  '월세를',
  '청년에게',
  '자격증은',
  '구직 활동 수당',
  '면접정장대여',
  'ㄱㅈㅎㄷ',
  'ㅇㅅㅈㅇ',
  '취준',
  '집세',
  '알바',
  '구직할동수당',
  '전세자금대출',
  '셰어하우스',
  '장학금',
  '코딩교육',
  '마음건강상담',
  '문화패스',
  '교통비환급',
  '자산형성통장',
  '청년정책참여단',
  '동아리지원',
  '공모사업',
  '인턴십',
  '채용박람회',
  '창업지원금',
  '직무교육',
  '이사비',
  '주택청약',
  '공공임대',
  '어학시험비',
  '학자금',
  '직업훈련',
  '디지털역량',
  '건강검진',
  '심리상담',
  '생활안정자금',
  '청년위원회',
  '정책제안',
  '활동공간',
  '취업컨설팅',
  '일경험',
  '중구 월세',
  '서구 장학금',
  'ㅈㅎㄱ',
  '바우처',
  '평생교육',
];

await rm(work, { recursive: true, force: true });
if (!values['no-eval']) {
  console.log('0/3 실제 온통청년 기록으로 검색 평가 (tests/search-eval/real-queries.json)');
  const realSite = join(work, 'real-dist');
  const content = buildRealSearchSite({ work: join(work, 'real'), outDir: realSite, siteUrl: origin });
  console.log((await evaluateSite({ site: realSite, content, port })).report);
}
console.log(`1/3 콘텐츠 ${values.entries}개 생성`);
run(resolve('node_modules/.bin/tsx'), [
  'scripts/generate-content.ts',
  '--entries',
  values.entries,
  '--out',
  contentDir,
]);
console.log('2/3 빌드 (npm run build, CONTENT_DIR)');
const buildStarted = performance.now();
const buildLog = run(process.execPath, ['scripts/build.mjs'], {
  CONTENT_DIR: contentDir,
  OUT_DIR: siteDir,
  SITE_URL: origin,
  TODAY: '2026-11-22',
});
const buildSeconds = (performance.now() - buildStarted) / 1000;
const indexLine = buildLog.split('\n').find((line) => line.startsWith('Search index:')) ?? '';
const indexSeconds = Number(/in ([\d.]+) s/.exec(indexLine)?.[1] ?? Number.NaN);
const indexPages = Number(/(\d+) pages/.exec(indexLine)?.[1] ?? Number.NaN);
const index = await folderSize(join(siteDir, 'pagefind'));
const searchFiles = await folderSize(join(siteDir, 'pagefind', 'index'));
const fragments = await folderSize(join(siteDir, 'pagefind', 'fragment'));

console.log('3/3 Chromium에서 검색 측정');
const server = spawn(process.execPath, ['scripts/serve.mjs', siteDir], {
  env: { ...process.env, PORT: String(port), OUT_DIR: siteDir },
  stdio: 'ignore',
});
await new Promise((done) => setTimeout(done, 800));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-background-networking'],
});
try {
  const page = await browser.newPage();
  /** Bytes of search files (under /pagefind/) fetched since the last call: as served, and gzipped as a CDN would send them. */
  let pending = [];
  page.on('requestfinished', (request) => {
    if (new URL(request.url()).pathname.includes('/pagefind/')) pending.push(request);
  });
  async function takeBytes() {
    const taken = pending;
    pending = [];
    let served = 0;
    let gzipped = 0;
    for (const request of taken) {
      const sizes = await request.sizes();
      served += sizes.responseBodySize + sizes.responseHeadersSize;
      const path = new URL(request.url()).pathname;
      const body = await readFile(join(siteDir, decodeURIComponent(path)));
      gzipped += Math.min(body.length, gzipSync(body).length) + sizes.responseHeadersSize;
    }
    return { served, gzipped, files: taken.length };
  }
  const typeAndWait = (query) =>
    page.evaluate(
      (q) =>
        new Promise((done) => {
          const input = document.querySelector('#search-q');
          const results = document.querySelector('[data-search-results]');
          const started = performance.now();
          const observer = new MutationObserver(() => {
            if (results.dataset.searchQuery === q) {
              observer.disconnect();
              done(performance.now() - started);
            }
          });
          observer.observe(results, { attributes: true, attributeFilter: ['data-search-query'] });
          input.value = q;
          input.dispatchEvent(new Event('input', { bubbles: true }));
        }),
      query,
    );

  await page.goto(`${origin}/search/`);
  await page.waitForLoadState('networkidle');
  const firstTime = await typeAndWait(queries[0]);
  await page.waitForLoadState('networkidle');
  const first = await takeBytes();
  for (const query of warmUp) await typeAndWait(query);
  await page.waitForLoadState('networkidle');
  await takeBytes();
  const times = [];
  const later = [];
  for (const query of queries.slice(1)) {
    times.push(await typeAndWait(query));
    await page.waitForLoadState('networkidle');
    later.push(await takeBytes());
  }
  const sorted = [...times].sort((a, b) => a - b);
  const laterServed = later.map((b) => b.served).sort((a, b) => a - b);
  const laterGzip = later.map((b) => b.gzipped).sort((a, b) => a - b);
  const rows = [
    ['entries (pages indexed)', `${values.entries} (${indexPages})`, ''],
    ['build, total', `${buildSeconds.toFixed(1)} s`, ''],
    ['index time', `${indexSeconds.toFixed(1)} s`, ''],
    ['index size, files', `${kb(index.bytes)}, ${index.files} files`, ''],
    [
      '  of which word index / fragments',
      `${kb(searchFiles.bytes)} (${searchFiles.files}) / ${kb(fragments.bytes)} (${fragments.files})`,
      '',
    ],
    [
      'first query: bytes (served / gzip)',
      `${kb(first.served)} / ${kb(first.gzipped)} in ${first.files} files`,
      '<= 300 KB',
    ],
    ['first query: time', `${firstTime.toFixed(0)} ms`, ''],
    [
      'later queries: median bytes (served / gzip)',
      `${kb(percentile(laterServed, 50))} / ${kb(percentile(laterGzip, 50))}`,
      '<= 60 KB',
    ],
    ['later queries: max bytes (served / gzip)', `${kb(laterServed.at(-1))} / ${kb(laterGzip.at(-1))}`, '<= 60 KB'],
    [`typing to results, median (${times.length} queries)`, `${percentile(sorted, 50).toFixed(1)} ms`, '<= 50 ms'],
    ['typing to results, p95', `${percentile(sorted, 95).toFixed(1)} ms`, '<= 150 ms'],
  ];
  const width = Math.max(...rows.map((row) => row[0].length));
  console.log(`\n| ${'measure'.padEnd(width)} | value | target |\n|${'-'.repeat(width + 2)}|---|---|`);
  for (const [name, value, target] of rows) console.log(`| ${name.padEnd(width)} | ${value} | ${target} |`);
} finally {
  await browser.close();
  server.kill();
  if (!values.keep) await rm(work, { recursive: true, force: true });
}
