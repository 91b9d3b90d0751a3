// The real-data search evaluation (real-queries.json), shared by the browser test
// (tests/e2e/search-real.spec.ts) and `npm run bench:search`: each query typed into the
// real search page of a site built from the imported 온통청년 records, scored as
// recall@5 per kind, with the held-out third apart.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * @typedef {{ kind: string, query: string, expect: string[], heldOut?: boolean }} RealQuery
 * @typedef {{ query: RealQuery, results: string[] }} Answer
 */

/** @returns {RealQuery[]} */
export function realQueries() {
  return JSON.parse(readFileSync(new URL('./real-queries.json', import.meta.url), 'utf8')).queries;
}

/**
 * Entry ids (`policies/ontong/…`) by 정책번호, read from the imported content tree, so the
 * evaluation follows wherever the importer puts a record.
 * @param {string} contentDir
 * @returns {Map<string, string>}
 */
export function entryIdsByPolicyNumber(contentDir) {
  const ids = new Map();
  const walk = (dir) => {
    for (const item of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, item.name);
      if (item.isDirectory()) walk(path);
      else if (/\.mdx?$/.test(item.name)) {
        const number = /^\s+ontong:\s*"?(\d+)"?\s*$/m.exec(readFileSync(path, 'utf8'))?.[1];
        if (number) ids.set(number, relative(contentDir, path).replace(/\.mdx?$/, ''));
      }
    }
  };
  walk(join(contentDir, 'policies'));
  return ids;
}

/**
 * The results of one query as a person meets them on the page: the main list, then the
 * closed ones behind "마감된 항목 N건". Opens /search/?q=… afresh for every query.
 * @param {import('playwright-core').Page} page
 * @param {string} baseUrl the site's root, ending in /
 * @param {string} query
 * @returns {Promise<string[]>} entry ids in rank order
 */
export async function searchResults(page, baseUrl, query) {
  await page.goto(`${baseUrl}search/?q=${encodeURIComponent(query)}`);
  await page.waitForFunction(
    (expected) => {
      const list = document.querySelector('[data-search-results]');
      return list?.dataset.searchQuery === expected && list.getAttribute('aria-busy') === 'false';
    },
    query,
    { timeout: 30_000 },
  );
  const base = new URL(baseUrl).pathname;
  const hrefs = await page
    .locator('[data-search-results] h2 a, [data-search-closed-results] h2 a')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  return hrefs.map((href) => href.slice(href.startsWith(base) ? base.length : 0).replace(/^\/|\/$/g, ''));
}

/**
 * recall@5 of one answer: expected entries among the first five, over min(expected, 5).
 * @param {string[]} expected entry ids
 * @param {string[]} results entry ids in rank order
 */
export function recallAt5(expected, results) {
  const top = new Set(results.slice(0, 5));
  return expected.filter((id) => top.has(id)).length / Math.min(expected.length, 5);
}

/**
 * Per kind: recall@5 over all queries, over the tuned two thirds and over the held-out third.
 * @param {Answer[]} answers with expected ids already mapped to entry ids
 */
export function scoreByKind(answers) {
  const mean = (list) =>
    list.length === 0
      ? Number.NaN
      : list.reduce((sum, a) => sum + recallAt5(a.query.expect, a.results), 0) / list.length;
  const kinds = [...new Set(answers.map((a) => a.query.kind))];
  const row = (kind, list) => ({
    kind,
    n: list.length,
    all: mean(list),
    tuned: mean(list.filter((a) => !a.query.heldOut)),
    heldOut: mean(list.filter((a) => a.query.heldOut)),
  });
  return [
    ...kinds.map((kind) =>
      row(
        kind,
        answers.filter((a) => a.query.kind === kind),
      ),
    ),
    row('overall', answers),
  ];
}

/** @param {Answer[]} answers */
export function misses(answers) {
  return answers
    .filter((a) => recallAt5(a.query.expect, a.results) < 1)
    .map(
      (a) =>
        `${a.query.heldOut ? '[held out] ' : ''}${a.query.kind} ‘${a.query.query}’ ${recallAt5(a.query.expect, a.results).toFixed(2)}: top 5 ${a.results.slice(0, 5).map(shortId).join(' ') || '(none)'}; missing ${a.query.expect
          .filter((id) => !a.results.slice(0, 5).includes(id))
          .map(shortId)
          .join(' ')}`,
    );
}

const shortId = (id) => id.replace(/^policies\/ontong\/2025/, '');

/** A table of scoreByKind's rows, in Markdown. */
export function formatScores(rows) {
  const f = (x) => (Number.isNaN(x) ? '–' : x.toFixed(3));
  return [
    '| kind | n | recall@5 | tuned | held out |',
    '|---|---|---|---|---|',
    ...rows.map((r) => `| ${r.kind} | ${r.n} | ${f(r.all)} | ${f(r.tuned)} | ${f(r.heldOut)} |`),
  ].join('\n');
}

/**
 * Runs every query on the site at baseUrl.
 * @param {import('playwright-core').Page} page
 * @param {string} baseUrl
 * @param {string} contentDir the imported content tree the site was built from
 * @returns {Promise<Answer[]>}
 */
export async function runEvaluation(page, baseUrl, contentDir) {
  const ids = entryIdsByPolicyNumber(contentDir);
  const answers = [];
  for (const query of realQueries()) {
    const expect = query.expect.map((number) => ids.get(number) ?? `policies/ontong/${number}`);
    answers.push({ query: { ...query, expect }, results: await searchResults(page, baseUrl, query.query) });
  }
  return answers;
}
