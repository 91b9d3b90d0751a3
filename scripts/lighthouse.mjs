#!/usr/bin/env node
// `npm run lighthouse`: Lighthouse (mobile settings, simulated slow 4G) on the pages young
// people land on, against a local build served like a CDN, in Debian's Chromium. Prints
// the four category scores per page; full reports go to lighthouse/. Not part of npm test:
// scores vary with machine load, so it is a measurement, not a gate.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const port = 4600;
const origin = `http://127.0.0.1:${port}`;
const outDir = 'dist-lighthouse';
// One page of every template a person lands on from a search engine, a link or a share.
const pages = [
  '/',
  '/policies/',
  '/policies/gwangju/rent-deposit-interest/',
  '/programs/gunsan/job-mentoring/',
  '/categories/housing/',
  '/regions/gwangju-seogu/',
  '/centers/gunsan-youth-center/',
  '/search/?q=월세',
  '/finder/',
];
const chrome = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const env = { ...process.env, OUT_DIR: outDir, SITE_URL: origin, BASE_PATH: '/' };
if (spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit', env }).status !== 0) process.exit(1);
const server = spawn(process.execPath, ['scripts/serve.mjs', outDir], {
  env: { ...env, PORT: String(port) },
  stdio: 'ignore',
});
await new Promise((resolve) => setTimeout(resolve, 500));

mkdirSync('lighthouse', { recursive: true });
const rows = [];
try {
  for (const page of pages) {
    if (!existsSync(join(outDir, new URL(page, origin).pathname, 'index.html'))) {
      rows.push(`| ${page} | (이 페이지가 아직 없습니다) | | | |`);
      continue;
    }
    const report = join('lighthouse', `${page.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home'}.json`);
    // Lighthouse sometimes loses its trace on a busy machine (NO_NAVSTART) and asks to be run again.
    let run;
    for (let attempt = 1; attempt <= 3 && run?.status !== 0; attempt++) run = lighthouse(page, report);
    if (run?.status !== 0) {
      rows.push(`| ${page} | Lighthouse 실패 (exit ${run?.status}) | | | |`);
      continue;
    }
    const { categories, audits } = JSON.parse(readFileSync(report, 'utf8'));
    const score = (id) => Math.round((categories[id]?.score ?? 0) * 100);
    rows.push(
      `| ${page} | ${score('performance')} | ${score('accessibility')} | ${score('best-practices')} | ${score('seo')} | ${missed(categories, audits)} |`,
    );
  }
} finally {
  server.kill();
}
console.log(
  '\n| page | performance | accessibility | best practices | SEO | audits below 1 |\n|---|---:|---:|---:|---:|---|',
);
console.log(rows.join('\n'));
console.log('\nFull reports: lighthouse/*.json (open in https://googlechrome.github.io/lighthouse/viewer/)');

/** The weighted audits that cost a category points, with what they measured. */
function missed(categories, audits) {
  const found = new Set();
  for (const category of Object.values(categories)) {
    for (const { id, weight } of category.auditRefs) {
      const audit = audits[id];
      if (weight > 0 && audit.score !== null && audit.score < 1) found.add(`${id} ${audit.displayValue ?? ''}`.trim());
    }
  }
  return [...found].join('; ');
}

function lighthouse(page, report) {
  return spawnSync(
    process.execPath,
    [
      'node_modules/lighthouse/cli/index.js',
      new URL(page, origin).href,
      `--chrome-path=${chrome}`,
      '--chrome-flags=--headless=new --no-sandbox --disable-background-networking --disable-component-update',
      '--only-categories=performance,accessibility,best-practices,seo',
      '--output=json',
      `--output-path=${report}`,
      '--quiet',
    ],
    { stdio: 'inherit' },
  );
}
