// npm run import:weekly -- --report import-report.md [--pages DIR] [--zip codes]
// What the weekly workflow (.github/workflows/ontong-import.yml) runs before it opens a
// pull request: fetch every page from 온통청년, import them into the content tree
// (CONTENT_DIR), validate the tree, and write the import report as the pull request body.
// Exits non-zero, with the reason on stderr, when any step fails: no pull request then.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importReportBody } from './report-body';

const tsx = fileURLToPath(new URL('../../node_modules/tsx/dist/cli.mjs', import.meta.url));
const script = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index === -1 ? undefined : process.argv[index + 1];
}

function step(title: string, path: string, args: string[]): string {
  const result = spawnSync(process.execPath, [tsx, script(path), ...args], { encoding: 'utf8', env: process.env });
  process.stderr.write(result.stderr);
  if (result.status !== 0) {
    console.error(`${title} 단계에서 멈췄습니다. 끌어오기 요청을 만들지 않습니다.`);
    process.exit(1);
  }
  return result.stdout;
}

const report = argument('--report') ?? 'import-report.md';
const pages = argument('--pages') ?? mkdtempSync(join(tmpdir(), 'ontong-pages-'));
const zip = argument('--zip');

const fetched = step('받기', 'fetch/ontong-cli.ts', ['--out', pages, ...(zip ? ['--zip', zip] : [])]);
const files = readdirSync(pages)
  .filter((file) => /^page-\d+\.json$/.test(file))
  .sort()
  .map((file) => join(pages, file));
const imported = step('가져오기', 'import/ontong-cli.ts', files);
const validated = step('검사', 'validate/cli.ts', []);

const body = importReportBody({ fetched, imported, validated });
writeFileSync(report, body);
console.log(`가져오기 보고서를 ${report}에 썼습니다.`);
