#!/usr/bin/env node
// `npm run bench:mobile`: the built site as a young person on a cheap Android phone sees
// it. Serves the build (scripts/serve.mjs, gzip like a CDN) on 127.0.0.1 and measures in
// headless Chromium at 360×800 with Chromium DevTools' network presets and a 4× slower CPU
// (Lighthouse's mobile setting):
//   - first paint, first search results cold (from the header form and from /search/?q=),
//     typing to results on a loaded search page, per network profile;
//   - header height and the top of the first result or card on the search, list, home,
//     region and center pages (unthrottled: layout does not depend on the network);
//   - page weights, gzipped as a CDN sends them.
//
//   npm run bench:mobile [-- --site dist --port 4600 --runs 3 --cpu 4 --query 월세 --typed 자격증]
// Targets (issue #17): search results ≤ 8 s on Slow 3G and ≤ 2.5 s on Fast 3G cold,
// typing ≤ 1 s on Fast 3G, header ≤ 64 px, first result or card within 400 px.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { siteSettings } from './site-settings.mjs';

const { values } = parseArgs({
  options: {
    site: { type: 'string' },
    port: { type: 'string', default: '4600' },
    runs: { type: 'string', default: '3' },
    cpu: { type: 'string', default: '4' },
    query: { type: 'string', default: '월세' },
    typed: { type: 'string', default: '자격증' },
    region: { type: 'string', default: '/regions/gwangju/' },
    center: { type: 'string', default: '/centers/gunsan-youth-center/' },
    entry: { type: 'string', default: '/policies/national/youth-leap-account/' },
    // Only the search timings, for quick comparisons while working on the search page.
    'search-only': { type: 'boolean', default: false },
  },
});
const { base, outDir } = siteSettings(process.env);
const site = resolve(values.site ?? outDir);
const origin = `http://127.0.0.1:${values.port}`;
const url = (path) => `${origin}${base}${path.replace(/^\//, '')}`;
const runs = Number(values.runs);
const cpuRate = Number(values.cpu);

/**
 * Chromium DevTools' presets (front_end/core/sdk/NetworkManager.ts), the ones its menu
 * called "Slow 3G" and "Fast 3G" (now "3G" and "Slow 4G"); bytes per second and ms.
 */
const profiles = {
  'Slow 3G': {
    latency: 400 * 5,
    downloadThroughput: ((500 * 1000) / 8) * 0.8,
    uploadThroughput: ((500 * 1000) / 8) * 0.8,
  },
  'Fast 3G': {
    latency: 150 * 3.75,
    downloadThroughput: ((1.6 * 1000 * 1000) / 8) * 0.9,
    uploadThroughput: ((750 * 1000) / 8) * 0.9,
  },
};

// Runs in every page before its own scripts: notes, per animation frame (so at a paint),
// the wall-clock time the query box first shows the query, the status first says
// something, and the results of a query first appear (data-search-query names the query
// the list shows) and are complete (aria-busy false).
function watchSearch() {
  const seen = {};
  window.__bench = seen;
  const now = () => performance.timeOrigin + performance.now();
  const frame = () => {
    const input = document.querySelector('#search-q');
    const list = document.querySelector('[data-search-results]');
    const status = document.querySelector('[data-search-status]');
    const query = list?.dataset.searchQuery;
    if (input?.value && !seen[`input:${input.value}`]) seen[`input:${input.value}`] = now();
    if (status?.textContent?.trim() && !seen.status) seen.status = now();
    if (query && list.querySelector('li') && !seen[`first:${query}`]) seen[`first:${query}`] = now();
    if (query && list.getAttribute('aria-busy') === 'false' && !seen[`done:${query}`]) seen[`done:${query}`] = now();
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

async function throttledPage(browser, profile) {
  const context = await browser.newContext({ viewport: { width: 360, height: 800 }, isMobile: true, hasTouch: true });
  await context.addInitScript(watchSearch);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, ...profile });
  if (cpuRate > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuRate });
  return { context, page };
}

const seen = (page, key) =>
  page.waitForFunction((name) => window.__bench?.[name], key, { timeout: 120_000 }).then((h) => h.jsonValue());

/** Seconds from navigation start to first contentful paint of a cold page. */
async function firstPaint(browser, profile, path) {
  const { context, page } = await throttledPage(browser, profile);
  await page.goto(url(path), { waitUntil: 'load', timeout: 120_000 });
  const fcp = await page.evaluate(
    () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
  );
  await context.close();
  return fcp / 1000;
}

/** Cold /search/?q=: seconds from navigation start to query shown, status, first and complete results. */
async function searchFromUrl(browser, profile) {
  const { context, page } = await throttledPage(browser, profile);
  const started = Date.now();
  await page.goto(url(`/search/?q=${encodeURIComponent(values.query)}`), { waitUntil: 'commit', timeout: 120_000 });
  const first = await seen(page, `first:${values.query}`);
  const done = await seen(page, `done:${values.query}`);
  const times = await page.evaluate(() => window.__bench);
  const navigationStart = await page.evaluate(() => performance.timeOrigin);
  await context.close();
  const since = (time) => (time ? (time - navigationStart) / 1000 : Number.NaN);
  return {
    query: since(times[`input:${values.query}`]),
    status: since(times.status),
    first: since(first),
    done: since(done),
    waited: (Date.now() - started) / 1000,
  };
}

/** Cold search from the home page's header form: seconds from pressing 검색 to first results. */
async function searchFromHeader(browser, profile) {
  const { context, page } = await throttledPage(browser, profile);
  await page.goto(url('/'), { waitUntil: 'load', timeout: 120_000 });
  await page.locator('#site-search').fill(values.query);
  const pressed = Date.now();
  await page.locator('#site-search').press('Enter');
  await page.waitForURL(/\/search\//, { waitUntil: 'commit', timeout: 120_000 });
  const first = await seen(page, `first:${values.query}`);
  await context.close();
  return (first - pressed) / 1000;
}

/** On a loaded search page (network idle), seconds from typing a new query to its first results. */
async function typingToResults(browser, profile) {
  const { context, page } = await throttledPage(browser, profile);
  await page.goto(url(`/search/?q=${encodeURIComponent(values.query)}`), { timeout: 120_000 });
  await seen(page, `done:${values.query}`);
  await page.waitForLoadState('networkidle', { timeout: 120_000 });
  const typed = await page.evaluate(() => performance.timeOrigin + performance.now());
  await page.locator('#search-q').fill(values.typed);
  const first = await seen(page, `first:${values.typed}`);
  await context.close();
  return (first - typed) / 1000;
}

const median = (numbers) => {
  const sorted = numbers.filter((n) => !Number.isNaN(n)).sort((a, b) => a - b);
  return sorted.length === 0 ? Number.NaN : sorted[Math.floor((sorted.length - 1) / 2)];
};
async function repeated(label, measure) {
  const results = [];
  for (let run = 0; run < runs; run++) {
    results.push(await measure());
    process.stderr.write(`  ${label} ${run + 1}/${runs}: ${JSON.stringify(results.at(-1))}\n`);
  }
  if (typeof results[0] === 'number') return median(results);
  return Object.fromEntries(Object.keys(results[0]).map((key) => [key, median(results.map((r) => r[key]))]));
}

/** Header height and the top (px from the page's top) of the first result or card, at 360×800. */
async function layout(browser) {
  const context = await browser.newContext({ viewport: { width: 360, height: 800 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const top = (selector) =>
    page
      .locator(selector)
      .first()
      .evaluate((node) => Math.round(node.getBoundingClientRect().top + window.scrollY))
      .catch(() => Number.NaN);
  await page.goto(url('/'));
  const header = await page
    .locator('body > header')
    .evaluate((node) => Math.round(node.getBoundingClientRect().height));
  const main = await top('main');
  const rows = { header, 'chrome above <main>': main, home: await top('main article') };
  await page.goto(url(`/search/?q=${encodeURIComponent(values.query)}`));
  await page.waitForFunction(
    (q) => document.querySelector('[data-search-results]')?.dataset.searchQuery === q,
    values.query,
  );
  rows.search = await top('[data-search-results] li');
  await page.goto(url('/policies/'));
  rows.list = await top('main article');
  await page.goto(url(values.region));
  rows.region = await top('main article');
  await page.goto(url(values.center));
  rows.center = await top('[aria-labelledby="section-upcoming"] article');
  await context.close();
  return rows;
}

/** Bytes a page loads cold, gzipped as a CDN sends them: HTML, CSS, JS, other (search files, data). */
async function weights(browser, path, action) {
  const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
  await context.addInitScript(watchSearch);
  const page = await context.newPage();
  const finished = [];
  page.on('requestfinished', (request) => finished.push(request));
  await page.goto(url(path), { waitUntil: 'networkidle' });
  if (action) await action(page);
  await page.waitForLoadState('networkidle');
  const kinds = { html: 0, css: 0, js: 0, other: 0, requests: finished.length };
  for (const request of finished) {
    const body = await (await request.response())?.body().catch(() => undefined);
    if (!body) continue;
    const bytes = Math.min(body.length, gzipSync(body).length);
    const type = request.resourceType();
    const kind = type === 'document' ? 'html' : type === 'stylesheet' ? 'css' : type === 'script' ? 'js' : 'other';
    kinds[kind] += bytes;
  }
  await context.close();
  return kinds;
}

const server = spawn(process.execPath, ['scripts/serve.mjs', site], {
  env: { ...process.env, PORT: values.port },
  stdio: ['ignore', 'pipe', 'inherit'],
});
await new Promise((ready, fail) => {
  server.stdout.once('data', ready);
  server.once('exit', (code) => fail(new Error(`scripts/serve.mjs stopped (${code}): is port ${values.port} free?`)));
});
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-background-networking'],
});
const s = (seconds) => `${seconds.toFixed(1)} s`;
try {
  console.log(
    `${site} · 360×800 · CPU ${cpuRate}× · median of ${runs} · search "${values.query}", typed "${values.typed}"\n`,
  );
  console.log('| measure | Slow 3G | Fast 3G | target |\n|---|---|---|---|');
  const rows = {};
  for (const [name, profile] of Object.entries(profiles)) {
    if (values['search-only']) {
      rows[name] = {
        paint: Number.NaN,
        searchPaint: Number.NaN,
        fromUrl: await repeated(`${name} /search/?q=`, () => searchFromUrl(browser, profile)),
        fromHeader: await repeated(`${name} header form`, () => searchFromHeader(browser, profile)),
        typing: Number.NaN,
      };
      continue;
    }
    rows[name] = {
      paint: await repeated(`${name} first paint`, () => firstPaint(browser, profile, '/')),
      searchPaint: await repeated(`${name} search paint`, () =>
        firstPaint(browser, profile, `/search/?q=${encodeURIComponent(values.query)}`),
      ),
      fromUrl: await repeated(`${name} /search/?q=`, () => searchFromUrl(browser, profile)),
      fromHeader: await repeated(`${name} header form`, () => searchFromHeader(browser, profile)),
      typing: await repeated(`${name} typing`, () => typingToResults(browser, profile)),
    };
  }
  const line = (label, pick, target = '') =>
    console.log(`| ${label} | ${s(pick(rows['Slow 3G']))} | ${s(pick(rows['Fast 3G']))} | ${target} |`);
  line('first paint, home', (r) => r.paint);
  line('first paint, /search/?q=', (r) => r.searchPaint);
  line('/search/?q=: query visible in the box', (r) => r.fromUrl.query);
  line('/search/?q=: status text shown', (r) => r.fromUrl.status);
  line('/search/?q=: first results', (r) => r.fromUrl.first, '≤ 8 s / ≤ 2.5 s');
  line('/search/?q=: all results (full index)', (r) => r.fromUrl.done);
  line('header form → first results', (r) => r.fromHeader, '≤ 8 s / ≤ 2.5 s');
  line('typing → results, loaded page', (r) => r.typing, '— / ≤ 1 s');

  if (!values['search-only']) {
    console.log('\n| layout at 360×800 (px from top) | value | target |\n|---|---|---|');
    const tops = await layout(browser);
    const targets = { header: '≤ 64', search: '≤ 400', list: '≤ 400' };
    for (const [name, value] of Object.entries(tops)) console.log(`| ${name} | ${value} | ${targets[name] ?? ''} |`);

    console.log(
      '\n| page weight, gzip (KB) | HTML | CSS | JS | other | total | requests |\n|---|---|---|---|---|---|---|',
    );
    const kb = (bytes) => (bytes / 1024).toFixed(1);
    const typedSearch = async (page) => {
      await page.locator('#search-q').fill(values.typed);
      await seen(page, `done:${values.typed}`);
    };
    for (const [name, path, action] of [
      ['home', '/'],
      ['list /policies/', '/policies/'],
      ['entry', values.entry],
      ['region', values.region],
      ['center', values.center],
      [`search ?q=${values.query}`, `/search/?q=${encodeURIComponent(values.query)}`],
      [`  + typed ${values.typed}`, `/search/?q=${encodeURIComponent(values.query)}`, typedSearch],
    ]) {
      const w = await weights(browser, path, action);
      const total = w.html + w.css + w.js + w.other;
      console.log(
        `| ${name} | ${kb(w.html)} | ${kb(w.css)} | ${kb(w.js)} | ${kb(w.other)} | ${kb(total)} | ${w.requests} |`,
      );
    }
  }
} finally {
  await browser.close();
  server.kill();
}
