#!/usr/bin/env node
// Prints how much JavaScript a built page loads: its module scripts and every chunk they
// import, raw and gzip. The finder's budget is 30 KB gzip (a browser test enforces it).
// Usage: node scripts/js-size.mjs [/finder/ /saved/ …]   (reads OUT_DIR, default dist)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { siteSettings } from './site-settings.mjs';

const { outDir, base } = siteSettings(process.env);
const pages = process.argv.slice(2).length ? process.argv.slice(2) : ['/finder/', '/saved/'];
const fileOf = (src) => join(outDir, src.slice(base.length - 1));

for (const page of pages) {
  const html = readFileSync(join(outDir, page, 'index.html'), 'utf8');
  const seen = new Set();
  const queue = [...html.matchAll(/<script type="module" src="([^"]+)"/g)].map((match) => match[1]);
  while (queue.length > 0) {
    const src = queue.shift();
    if (seen.has(src)) continue;
    seen.add(src);
    const code = readFileSync(fileOf(src), 'utf8');
    for (const match of code.matchAll(/(?:from|import)\s*"\.\/([^"]+)"/g)) queue.push(src.replace(/[^/]+$/, match[1]));
  }
  let raw = 0;
  let gzip = 0;
  for (const src of seen) {
    const bytes = readFileSync(fileOf(src));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  console.log(`${page}  ${seen.size} files  ${(raw / 1024).toFixed(1)} KB raw  ${(gzip / 1024).toFixed(1)} KB gzip`);
}
