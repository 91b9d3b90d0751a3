#!/usr/bin/env node
// Runs the real-data search evaluation (tests/search-eval/real-queries.json) on a built
// site in headless Chromium and prints recall@5 per kind, tuned and held out, and misses.
//
//   node scripts/search-eval.mjs --site dist-e2e-real --content .e2e-real/content [--port 4499]
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { formatScores, misses, runEvaluation, scoreByKind } from '../tests/search-eval/evaluate.mjs';

/**
 * Serves `site` on 127.0.0.1:`port`, evaluates, and returns the printed report.
 * @param {{ site: string, content: string, port: number }} options
 */
export async function evaluateSite({ site, content, port }) {
  const server = spawn(process.execPath, ['scripts/serve.mjs', resolve(site)], {
    env: { ...process.env, PORT: String(port), OUT_DIR: resolve(site), BASE_PATH: '/' },
    stdio: 'ignore',
  });
  await new Promise((done) => setTimeout(done, 800));
  let browser;
  try {
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-background-networking'],
    });
    const page = await browser.newPage({ locale: 'ko-KR', timezoneId: 'Asia/Seoul' });
    const answers = await runEvaluation(page, `http://127.0.0.1:${port}/`, resolve(content));
    return {
      answers,
      report: [formatScores(scoreByKind(answers)), ...misses(answers).map((m) => `  miss: ${m}`)].join('\n'),
    };
  } finally {
    await browser?.close();
    server.kill();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      site: { type: 'string', default: 'dist-e2e-real' },
      content: { type: 'string', default: '.e2e-real/content' },
      port: { type: 'string', default: '4499' },
      json: { type: 'string' },
    },
  });
  const { answers, report } = await evaluateSite({
    site: values.site,
    content: values.content,
    port: Number(values.port),
  });
  console.log(report);
  if (values.json) {
    const { writeFileSync } = await import('node:fs');
    writeFileSync(
      values.json,
      JSON.stringify(answers.map((a) => ({ query: a.query.query, results: a.results.slice(0, 10) }))),
    );
  }
}
