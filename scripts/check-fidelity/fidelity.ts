import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseOntongResponse } from '../import/ontong';
import { cleanText } from '../import/text';
import { checks, type FidelityCheck, type OntongRecord, runChecks } from './checks';
import { readBuiltPage } from './page';

/**
 * Saved 온통청년 responses imported into a scratch content tree (the project's regions and
 * organizations, no other entries), built, and every built page compared with its record.
 */

export class FidelityFailure extends Error {}

export interface FidelityOptions {
  files: readonly string[];
  /** An already built site (and the content tree it was built from): skips import and build. */
  built?: string | undefined;
  /** Pins the build's today (TODAY), for figures that do not move with the calendar. */
  today?: string | undefined;
  /** Where the scratch tree goes; a new temporary folder when absent. */
  work?: string | undefined;
  list?: readonly FidelityCheck[];
}

export function readRecords(files: readonly string[]): OntongRecord[] {
  return files.flatMap((file) => {
    if (!existsSync(file)) throw new FidelityFailure(`${file}: 파일이 없습니다. 경로를 확인하세요.`);
    const parsed = parseOntongResponse(readFileSync(file, 'utf8'), file);
    if ('error' in parsed) throw new FidelityFailure(parsed.error);
    return parsed.records.filter((record): record is OntongRecord => typeof record === 'object' && record !== null);
  });
}

/** Runs a project command with the scratch tree's settings; a failure stops with its last output. */
function run(args: readonly string[], env: Record<string, string>, what: string) {
  // Not the caller's environment: Vitest's NODE_ENV=test makes Astro build in dev mode.
  const result = spawnSync(process.execPath, args, {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) {
    throw new FidelityFailure(`${what}에 실패했습니다:\n${`${result.stdout}${result.stderr}`.slice(-3000)}`);
  }
}

/** Imports and builds `files` into `work`; returns the built site's folder. */
export function importAndBuild(files: readonly string[], work: string, today?: string): string {
  const content = join(work, 'content');
  const site = join(work, 'dist');
  mkdirSync(content, { recursive: true });
  // The importer needs the region table and known organizations; no sample entries.
  cpSync('content/regions.yaml', join(content, 'regions.yaml'));
  cpSync('content/organizations', join(content, 'organizations'), { recursive: true });
  const env = { CONTENT_DIR: content, ...(today === undefined ? {} : { TODAY: today }) };
  run(
    ['node_modules/tsx/dist/cli.mjs', 'scripts/import/ontong-cli.ts', ...files.map((file) => resolve(file))],
    env,
    '가져오기',
  );
  run(['scripts/build.mjs'], { ...env, OUT_DIR: site, LEAN_BUILD: '1' }, '빌드');
  return site;
}

export function checkFidelity(options: FidelityOptions) {
  const records = readRecords(options.files);
  const site =
    options.built ??
    importAndBuild(options.files, options.work ?? mkdtempSync(join(tmpdir(), 'fidelity-')), options.today);
  const pairs = records.map((record) => {
    const path = join(site, 'policies/ontong', cleanText(record.plcyNo).toLowerCase(), 'index.html');
    return { record, page: existsSync(path) ? readBuiltPage(readFileSync(path, 'utf8')) : undefined };
  });
  return { site, records: records.length, results: runChecks(pairs, options.list ?? checks) };
}

/** The counts as a table, then the first failures of each check. */
export function formatFidelity(result: ReturnType<typeof checkFidelity>, shown = 5): string {
  const lines = [`원문 ${result.records}건을 빌드한 페이지와 비교했습니다 (${result.site}).`, ''];
  for (const check of result.results) {
    const percent = check.applicable === 0 ? 100 : Math.floor((check.passed / check.applicable) * 1000) / 10;
    lines.push(`${check.passed} / ${check.applicable} (${percent}%)  ${check.id}: ${check.label}`);
  }
  for (const check of result.results) {
    if (check.failures.length === 0) continue;
    lines.push('', `${check.id}: 맞지 않는 ${check.failures.length}건`);
    for (const failure of check.failures.slice(0, shown)) lines.push(`  ${failure.plcyNo}  ${failure.reason}`);
    if (check.failures.length > shown) lines.push(`  … 그 밖에 ${check.failures.length - shown}건 (--details로 모두)`);
  }
  return lines.join('\n');
}
