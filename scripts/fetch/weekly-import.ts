// npm run import:weekly -- --report import-report.md [--pages DIR] [--center-pages DIR] [--zip codes]
// What the weekly workflow (.github/workflows/ontong-import.yml) runs before it opens its
// one pull request: fetch every page of 온통청년's policy and centre lists, import both into
// the content tree (CONTENT_DIR), validate the tree, and write both import reports as the
// pull request body. Both lists are fetched before anything is imported, so a failed fetch
// changes no file.
// Exits non-zero, with the reason on stderr, when any step fails: no pull request then.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatProblem } from '../validate/problem';
import { groupLines, groupProblems } from '../validate/problem-groups';
import type { ValidationReport } from '../validate/report';
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
const centerPages = argument('--center-pages') ?? mkdtempSync(join(tmpdir(), 'ontong-centers-'));
const zip = argument('--zip');

const pageFiles = (folder: string) =>
  readdirSync(folder)
    .filter((file) => /^page-\d+\.json$/.test(file))
    .sort()
    .map((file) => join(folder, file));

const fetched = step('받기', 'fetch/ontong-cli.ts', ['--out', pages, ...(zip ? ['--zip', zip] : [])]);
const centersFetched = step('청년센터 받기', 'fetch/ontong-cli.ts', ['--centers', '--out', centerPages]);
const imported = step('가져오기', 'import/ontong-cli.ts', pageFiles(pages));
const centersImported = step('청년센터 가져오기', 'import/centers/cli.ts', pageFiles(centerPages));
const validationReport = join(mkdtempSync(join(tmpdir(), 'ontong-validate-')), 'problems.json');
const validated = step('검사', 'validate/cli.ts', ['--report', validationReport]);
// The warnings as the build's log shows them: by kind, with a count and three examples.
const { problems } = JSON.parse(readFileSync(validationReport, 'utf8')) as ValidationReport;
const warningGroups = groupLines(
  groupProblems(problems.filter((problem) => problem.severity === 'warning')),
  formatProblem,
  "'npm run validate -- --all'의 출력",
);

const body = importReportBody({ fetched, centersFetched, imported, centersImported, validated, warningGroups });
writeFileSync(report, body);
console.log(`가져오기 보고서를 ${report}에 썼습니다.`);
