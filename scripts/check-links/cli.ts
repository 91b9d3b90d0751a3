#!/usr/bin/env tsx
// `npm run check:links`: checks every external address in the content (application
// forms, official notices, center and organization sites) and prints a report by entry.
// The report is Markdown (the weekly workflow posts it as an issue). Exit 1 when a link is dead or failing; "직접 확인 필요" (403/429) does not fail.
// Options: --no-cache, --timeout <s>, --concurrency <n>, --json <file>.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { externalLinks, verdictLabels } from '../../src/lib/links';
import { readContentTree } from '../lib/content-files';
import { readSiteSettings } from '../site-settings.mjs';
import { checkUrls, type LinkResult } from './link-checker';

const { values } = parseArgs({
  options: {
    'no-cache': { type: 'boolean', default: false },
    timeout: { type: 'string', default: '15' },
    concurrency: { type: 'string', default: '4' },
    json: { type: 'string' },
  },
});
const cacheFile = '.cache/link-check.json';
const cache = new Map<string, LinkResult>();
if (!values['no-cache']) {
  try {
    for (const result of JSON.parse(readFileSync(cacheFile, 'utf8')) as LinkResult[]) cache.set(result.url, result);
  } catch {
    // no cache yet
  }
}

const { contentDir } = readSiteSettings();
const links = externalLinks(readContentTree(contentDir));
console.log(
  `${contentDir}/ 의 외부 링크 ${links.length}개 (주소 ${new Set(links.map((l) => l.url)).size}개)를 확인합니다…`,
);
const results = await checkUrls(
  links.map((link) => link.url),
  { cache, timeoutMs: Number(values.timeout) * 1000, concurrency: Number(values.concurrency) },
);
mkdirSync(dirname(cacheFile), { recursive: true });
writeFileSync(cacheFile, JSON.stringify([...cache.values()], null, 2));

const problems = links
  .map((link) => ({ link, result: results.get(link.url) }))
  .filter(({ result }) => result && result.verdict !== 'ok');
const byFile = Map.groupBy(problems, ({ link }) => link.file);
for (const [file, items] of byFile) {
  console.log(`\n### ${file} (${items[0]?.link.label})`);
  for (const { link, result } of items) {
    console.log(
      `- ${verdictLabels[result?.verdict ?? 'error']} · ${link.field} · ${link.url} · ${result?.detail ?? ''}`,
    );
  }
}
const count = (verdict: string) => [...results.values()].filter((result) => result.verdict === verdict).length;
console.log(
  `\n정상 ${count('ok')}, 주소 바뀜 ${count('redirected')}, 직접 확인 필요 ${count('manual')}, 없는 페이지 ${count('dead')}, 오류 ${count('error')}`,
);
if (values.json) writeFileSync(values.json, JSON.stringify(problems, null, 2));
// exitCode, not process.exit(): a long report into a pipe must be written out before exit.
process.exitCode = count('dead') + count('error') > 0 ? 1 : 0;
