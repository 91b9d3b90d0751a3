#!/usr/bin/env node
// `npm run build`: builds the site into a staging folder and moves it into place only
// when every step succeeded, so a failed build never leaves a half-written site where
// the deploy step (or `npm start`) would publish it.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { readdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { headersFile } from '../src/lib/security-headers.ts';
import { cmsRepository } from './admin/cms-repository.ts';
import { takeBuildLock } from './build-lock.mjs';
import { generatedFiles, lineDecoder } from './build-log.ts';
import { buildSearchIndex } from './search-index.mjs';
import { readSiteSettings } from './site-settings.mjs';
import { builtStyleHashes } from './style-hashes.ts';

const settings = readSiteSettings();
const outDir = resolve(settings.outDir);
const staging = `${outDir}.staging`;
const astro = resolve('node_modules/astro/bin/astro.mjs');
const unchanged = `${settings.outDir}/ 는 바뀌지 않았습니다.`;
/** `npm run build -- --verbose` prints Astro's line per generated file, "(cached)" or its render time. */
const verbose = process.argv.includes('--verbose');
/** Every validation problem of the last build, as JSON (scripts/validate/report.ts); the log groups warnings. */
const problemsFile = `${settings.outDir}.problems.json`;

/** Child processes still running, stopped if this build is interrupted. */
const children = new Set();

async function main() {
  // A deploy build without a repository for editors' changes stops before any work (see
  // scripts/admin/cms-repository.ts); scripts/build-admin.ts decides the rest.
  const cms = cmsRepository(process.env);
  if (cms.error) {
    console.error(cms.error);
    process.exit(1);
  }
  mkdirSync(dirname(outDir), { recursive: true });
  takeBuildLock(outDir, settings.outDir, () => {
    for (const child of children) child.kill('SIGTERM');
  });
  await clearFolders();
  const timer = stageTimer();
  await validateAndBuildPages(timer);
  timer.end('astro');
  await indexSearch();
  timer.end('search');
  await buildAdmin();
  timer.end('admin');
  await writeHeaders(await builtStyleHashes(staging));
  await publish();
  timer.end('headers');
  report(timer);
}

/**
 * Removes a staging folder left by an earlier build, and leftovers of interrupted
 * deletions. A build killed between its two renames (publish) left the published site as
 * `<out>.previous-<pid>` and nothing at `<out>`: the newest one is put back first, so no
 * sequence of crashes and failed builds leaves no site.
 */
async function clearFolders() {
  await rm(staging, { recursive: true, force: true });
  const leftovers = (existsSync(dirname(outDir)) ? await readdir(dirname(outDir)) : [])
    .filter((entry) => entry.startsWith(`${basename(outDir)}.previous-`))
    .map((entry) => join(dirname(outDir), entry))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
  if (!existsSync(outDir) && leftovers[0] !== undefined) {
    await rename(leftovers[0], outDir);
    console.log(`지난 빌드가 중간에 멈춰 비어 있던 ${settings.outDir}/ 를 그 전에 게시된 사이트로 되돌렸습니다.`);
    leftovers.shift();
  }
  for (const leftover of leftovers) removeInBackground(leftover);
}

/**
 * The content is validated (`npm run validate`) while Astro builds into the staging folder:
 * nothing is published unless validation passed, so the two can share the machine's
 * cores. Validation problems are printed on their own (errors each with its line, warnings
 * grouped by kind, every one of them in `<out>.problems.json`); when there are errors the
 * Astro build is stopped and its half-built output removed.
 * @param {ReturnType<typeof stageTimer>} timer
 */
async function validateAndBuildPages(timer) {
  const validation = run(['--import', 'tsx', 'scripts/validate/cli.ts', '--report', problemsFile], { capture: true });
  const astroBuild = run([astro, 'build'], {
    hold: true,
    env: { ...astroEnv(), NODE_ENV: 'production', OUT_DIR: staging, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  const validated = await validation.done;
  timer.sinceStart('validate');
  (validated.status === 0 ? process.stdout : process.stderr).write(validated.output);
  if (validated.status !== 0) {
    astroBuild.child.kill('SIGTERM');
    await astroBuild.done;
    await fail(`빌드 중단: 콘텐츠 오류가 있어 사이트를 만들지 않았습니다. ${unchanged}`, validated.status);
  }
  astroBuild.release();
  const built = await astroBuild.done;
  if (built.status !== 0) {
    await fail(`빌드 실패: 사이트를 만들지 않았습니다. ${unchanged} 위의 오류 메시지를 확인하세요.`, built.status);
  }
  if (!verbose)
    console.log(`Astro: 파일 ${built.pages.toLocaleString('en-US')}개를 만들었습니다 (한 줄씩은 --verbose).`);
}

/**
 * A test runner (Vitest) puts its own import.meta.env values (DEV=1, MODE=test, …) into
 * process.env; left there they would make Astro build in development mode and publish drafts.
 */
function astroEnv() {
  const viteEnvKeys = new Set(['DEV', 'PROD', 'MODE', 'SSR', 'BASE_URL', 'TEST', 'VITEST']);
  return Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !viteEnvKeys.has(key) && !key.startsWith('VITEST_')),
  );
}

async function indexSearch() {
  try {
    const search = await buildSearchIndex(staging);
    console.log(
      `Search index: ${search.pages} pages, ${search.files} files, ${(search.bytes / 1024).toFixed(0)} KB in ${search.seconds.toFixed(1)} s`,
    );
  } catch (error) {
    await fail(`빌드 실패: 검색 색인을 만들지 못했습니다. ${unchanged}\n${error}`, 1);
  }
}

/** The editors' CMS at /admin/, added after Astro so it stays out of the sitemap. */
async function buildAdmin() {
  const admin = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build-admin.ts', staging], {
    stdio: 'inherit',
  });
  if (admin.status !== 0) await fail(`빌드 실패: 관리 화면(/admin/)을 만들지 못했습니다. ${unchanged}`, admin.status);
}

/**
 * Security headers for the CDN name every top-level path of the output (see
 * security-headers.ts), and allow the pages' inline stylesheets by their hashes
 * (scripts/style-hashes.ts).
 * @param {string[]} styleHashes
 */
async function writeHeaders(styleHashes) {
  const outputEntries = (await readdir(staging, { withFileTypes: true })).map((entry) => ({
    name: entry.name,
    directory: entry.isDirectory(),
  }));
  await writeFile(
    join(staging, '_headers'),
    headersFile(settings.base, outputEntries, settings.embedFrameAncestors, styleHashes),
  );
}

/**
 * Swaps the new site in with two renames, so the published folder is never missing, and
 * removes the previous one in the background: at 50,000 entries that took 30 s.
 */
async function publish() {
  const previous = `${outDir}.previous-${process.pid}`;
  if (existsSync(outDir)) await rename(outDir, previous);
  await rename(staging, outDir);
  if (existsSync(previous)) removeInBackground(previous);
}

/** @param {ReturnType<typeof stageTimer>} timer */
function report(timer) {
  console.log(
    `Built ${settings.outDir}/ for ${settings.site}${settings.base} from ${settings.contentDir}/ in ${timer.total().toFixed(1)} s`,
  );
  console.log(
    `Stages: ${Object.entries(timer.stages)
      .map(([name, seconds]) => `${name} ${seconds.toFixed(1)} s`)
      .join(', ')} (validate runs alongside astro)`,
  );
}

/** Seconds per stage, printed at the end (and read by `npm run bench:build`). */
function stageTimer() {
  const started = performance.now();
  let stageStarted = started;
  /** @type {Record<string, number>} */
  const stages = {};
  return {
    stages,
    /** Ends the current stage. */
    end(/** @type {string} */ name) {
      const now = performance.now();
      stages[name] = (now - stageStarted) / 1000;
      stageStarted = now;
    },
    /** A stage that ran alongside the current one: its time from the start of the build. */
    sinceStart(/** @type {string} */ name) {
      stages[name] = (performance.now() - started) / 1000;
    },
    total: () => (performance.now() - started) / 1000,
  };
}

/**
 * Removes the staging folder and stops with the step's message and exit status.
 * @param {string} message
 * @param {number | null} status
 * @returns {Promise<never>}
 */
async function fail(message, status) {
  await rm(staging, { recursive: true, force: true });
  console.error(`\n${message}`);
  process.exit(status ?? 1);
}

/**
 * Runs a Node script; `capture` keeps its output (stdout and stderr together, in order) to
 * print later instead of interleaving it with another step's. `hold` keeps it until
 * `release()`, then streams it: Astro's messages about a file the validator refuses (a
 * parser's stack trace on a hostile body) are never shown. Output is read as UTF-8 lines
 * (build-log.ts); Astro's line per generated file is counted in `pages`, not printed.
 * @param {string[]} args
 * @param {{ env?: NodeJS.ProcessEnv, capture?: boolean, hold?: boolean }} options
 */
function run(args, { env = process.env, capture = false, hold = false } = {}) {
  const child = spawn(process.execPath, args, {
    env,
    stdio: capture || hold ? ['ignore', 'pipe', 'pipe'] : 'inherit',
  });
  children.add(child);
  child.on('close', () => children.delete(child));
  let output = '';
  let pages = 0;
  /** @type {[NodeJS.WriteStream, string][] | undefined} */
  let held = hold ? [] : undefined;
  const keep = (/** @type {NodeJS.WriteStream} */ stream) =>
    lineDecoder((line) => {
      const files = hold && !verbose ? generatedFiles(line) : undefined;
      if (files !== undefined) pages += files;
      else if (held) held.push([stream, line]);
      else if (hold) stream.write(`${line}\n`);
      else output += `${line}\n`;
    });
  const stdout = keep(process.stdout);
  const stderr = keep(process.stderr);
  child.stdout?.on('data', (/** @type {Buffer} */ chunk) => stdout.write(chunk));
  child.stderr?.on('data', (/** @type {Buffer} */ chunk) => stderr.write(chunk));
  /** @type {Promise<{ status: number | null, output: string, pages: number }>} */
  const done = new Promise((resolveDone) =>
    child.on('close', (status) => {
      stdout.end();
      stderr.end();
      resolveDone({ status, output, pages });
    }),
  );
  const release = () => {
    for (const [stream, line] of held ?? []) stream.write(`${line}\n`);
    held = undefined;
  };
  return { child, done, release };
}

/**
 * Deletes a folder from a detached process that outlives this one. A folder left by an
 * interrupted deletion is picked up by the next build (clearFolders).
 * @param {string} path
 */
function removeInBackground(path) {
  const remove = 'require("node:fs").rmSync(process.argv[1], { recursive: true, force: true })';
  spawn(process.execPath, ['-e', remove, path], { detached: true, stdio: 'ignore' }).unref();
}

await main();
