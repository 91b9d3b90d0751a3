#!/usr/bin/env tsx
import { createHash } from 'node:crypto';
// Page-weight budgets on the built site, per template: HTML, CSS (inline or linked) and JS bytes after gzip,
// following each module script's static imports. Prints a table; exits 1 when a page is
// over budget, naming the budget. Usage: tsx scripts/budgets.ts [built-site-folder]
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { styleTexts } from '../src/lib/inline-styles';
import { inlineScriptHashes } from '../src/lib/security-headers';
import { templates } from '../tests/e2e/templates';
import { FILE_BUDGET, oversizedFiles } from './file-budgets';
import { readSiteSettings } from './site-settings.mjs';

const { outDir, base } = readSiteSettings();
const root = resolve(process.argv[2] ?? outDir);

/**
 * Budgets in gzip bytes. Detail and list pages may carry only the status refresher, the
 * save button, the header's 관심 목록 count and the loader of the profile marks (1.3 KB,
 * most of it Vite's preload helper; the marks themselves load only for a person whose
 * finder answers this browser remembers).
 */
const budgets = {
  css: 15 * 1024,
  pageJs: 3.75 * 1024,
  detailTotal: 30 * 1024,
  finderJs: 30 * 1024,
};
const noScriptBeyondRefresher = [
  'policy list',
  'program list',
  'policy detail',
  'program detail',
  'center',
  'imported center',
  "a region's centers",
  'region',
  'region, one category',
  'category',
  'category, policies only',
] as const;
const detailPages = ['policy detail', 'program detail'] as const;

const gzipSize = (bytes: Buffer) => gzipSync(bytes, { level: 9 }).length;

function fileFor(url: string, from: string): string {
  if (url.startsWith('/')) return join(root, url.slice(base.length - 1).replace(/^\//, ''));
  return join(dirname(from), url);
}

function pageFile(path: string): string {
  const direct = join(root, path.split('?')[0] ?? '', 'index.html');
  return existsSync(direct) ? direct : join(root, '404.html');
}

/** A module and everything it imports statically, each counted once. */
function moduleGraph(file: string, seen: Set<string>): void {
  if (seen.has(file) || !existsSync(file)) return;
  seen.add(file);
  const source = readFileSync(file, 'utf8');
  for (const match of source.matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g)) {
    moduleGraph(fileFor(match[1] ?? '', file), seen);
  }
}

interface Row {
  template: string;
  html: number;
  css: number;
  js: number;
  total: number;
}

const rows: Row[] = [];
const failures: string[] = [];
for (const [template, path] of Object.entries(templates)) {
  const file = pageFile(path);
  const html = readFileSync(file);
  const text = html.toString('utf8');
  // The stylesheet is inline (astro.config.mjs): counted as CSS, not as HTML.
  const styles = styleTexts(text);
  const linked = [...text.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)]
    .map((match) => fileFor(match[1] ?? '', file))
    .reduce((sum, cssFile) => sum + gzipSize(readFileSync(cssFile)), 0);
  const css = linked + (styles.length > 0 ? gzipSize(Buffer.from(styles.join(''))) : 0);
  const htmlOnly = Buffer.from(styles.reduce((page, style) => page.replace(style, ''), text));
  const modules = new Set<string>();
  for (const match of text.matchAll(/<script[^>]+src="([^"]+)"/g)) moduleGraph(fileFor(match[1] ?? '', file), modules);
  const js = [...modules].reduce((sum, module) => sum + gzipSize(readFileSync(module)), 0);
  for (const [, inline] of text.matchAll(
    /<script(?![^>]*\bsrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g,
  )) {
    // The CSP allows exactly two inline scripts, by their hashes (src/lib/search/prefill.ts,
    // src/lib/sample-notice.ts).
    const hash = `'sha256-${createHash('sha256')
      .update(inline ?? '', 'utf8')
      .digest('base64')}'`;
    if (!inlineScriptHashes.includes(hash)) failures.push(`${template}: inline <script> (the CSP forbids it)`);
  }
  const row = { template, html: gzipSize(htmlOnly), css, js, total: 0 };
  row.total = row.html + row.css + row.js;
  rows.push(row);
  if (css > budgets.css) failures.push(`${template}: CSS ${css} B > ${budgets.css} B`);
  if ((noScriptBeyondRefresher as readonly string[]).includes(template) && js > budgets.pageJs) {
    failures.push(
      `${template}: JavaScript ${js} B > ${budgets.pageJs} B (only the status refresher, save button, 관심 목록 count and profile-marks loader belong here)`,
    );
  }
  if (template.startsWith('finder') && js > budgets.finderJs) {
    failures.push(`${template}: JavaScript ${js} B > ${budgets.finderJs} B`);
  }
  if ((detailPages as readonly string[]).includes(template) && row.total > budgets.detailTotal) {
    failures.push(`${template}: total ${row.total} B > ${budgets.detailTotal} B`);
  }
}

// Pages and data files that grow with the catalogue (file-budgets.ts).
for (const file of oversizedFiles(root)) {
  failures.push(
    `${file.path}: ${(file.bytes / 1024).toFixed(0)} KB > ${FILE_BUDGET / 1024} KB (a file that grows with the catalogue: page it or split it)`,
  );
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
console.log(`Page weight, gzip, ${root}\n`);
console.log('| template | HTML | CSS | JS | total |\n|---|---:|---:|---:|---:|');
for (const row of rows)
  console.log(`| ${row.template} | ${kb(row.html)} | ${kb(row.css)} | ${kb(row.js)} | ${kb(row.total)} |`);
console.log(
  `\nBudgets: CSS <= ${kb(budgets.css)}; list/detail JS <= ${kb(budgets.pageJs)}; detail total <= ${kb(budgets.detailTotal)}; finder JS <= ${kb(budgets.finderJs)}; every file <= ${kb(FILE_BUDGET)} uncompressed`,
);
if (failures.length > 0) {
  console.error(`\nOver budget:\n${failures.map((failure) => `- ${failure}`).join('\n')}`);
  process.exit(1);
}
console.log('All pages within budget.');
