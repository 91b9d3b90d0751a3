#!/usr/bin/env node
// `npm run build`: builds the site into a staging folder and moves it into place only
// when every step succeeded, so a failed build never leaves a half-written site where
// the deploy step (or `npm start`) would publish it.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { readdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { headersFile, parseFrameAncestors } from '../src/lib/security-headers.ts';
import { buildSearchIndex } from './search-index.mjs';
import { siteSettings } from './site-settings.mjs';

const settings = siteSettings(process.env);
const outDir = resolve(settings.outDir);
const staging = `${outDir}.staging`;
const astro = resolve('node_modules/astro/bin/astro.mjs');
const frameAncestors = parseFrameAncestors(process.env.EMBED_FRAME_ANCESTORS);

// A test runner (Vitest) puts its own import.meta.env values (DEV=1, MODE=test, …) into
// process.env; left there they would make Astro build in development mode and publish drafts.
const viteEnvKeys = new Set(['DEV', 'PROD', 'MODE', 'SSR', 'BASE_URL', 'TEST', 'VITEST']);
const buildEnv = Object.fromEntries(
  Object.entries(process.env).filter(([key]) => !viteEnvKeys.has(key) && !key.startsWith('VITEST_')),
);

/**
 * One build per output folder at a time: two builds into the same OUT_DIR would share the
 * staging folder and publish a mix of both. The lock names the process holding it; one
 * left by a build that was killed is taken over.
 */
const lockFile = `${outDir}.build-lock`;
/** @type {Set<import('node:child_process').ChildProcess>} */
const children = new Set();
function takeLock() {
  try {
    writeFileSync(lockFile, String(process.pid), { flag: 'wx' });
  } catch (error) {
    if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'EEXIST') throw error;
    const holder = Number(readFileSync(lockFile, 'utf8'));
    if (isRunning(holder)) {
      console.error(
        `빌드 중단: 다른 빌드(프로세스 ${holder})가 같은 폴더 ${settings.outDir}/ 를 만들고 있습니다. 그 빌드가 끝난 뒤 다시 실행하세요. ${settings.outDir}/ 는 바뀌지 않았습니다.`,
      );
      process.exit(1);
    }
    rmSync(lockFile, { force: true });
    return takeLock();
  }
  const release = () => {
    if (existsSync(lockFile) && readFileSync(lockFile, 'utf8') === String(process.pid)) rmSync(lockFile);
  };
  process.on('exit', release);
  for (const [signal, code] of /** @type {const} */ ([
    ['SIGINT', 130],
    ['SIGTERM', 143],
    ['SIGHUP', 129],
  ])) {
    // Children first: an Astro build left running would write into the next build's staging folder.
    process.on(signal, () => {
      for (const child of children) child.kill('SIGTERM');
      process.exit(code);
    });
  }
}
/** @param {number} pid */
function isRunning(pid) {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return /** @type {NodeJS.ErrnoException} */ (error).code === 'EPERM';
  }
}
mkdirSync(dirname(outDir), { recursive: true });
takeLock();

await rm(staging, { recursive: true, force: true });
/**
 * Runs a Node script; `capture` keeps its output (stdout and stderr together, in order) to
 * print later instead of interleaving it with another step's.
 * @param {string[]} args
 * @param {{ env?: NodeJS.ProcessEnv, capture?: boolean }} options
 */
function run(args, { env = process.env, capture = false } = {}) {
  const child = spawn(process.execPath, args, { env, stdio: capture ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
  children.add(child);
  child.on('close', () => children.delete(child));
  let output = '';
  const keep = (/** @type {Buffer} */ chunk) => {
    output += chunk;
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  /** @type {Promise<{ status: number | null, output: string }>} */
  const done = new Promise((resolveDone) => child.on('close', (status) => resolveDone({ status, output })));
  return { child, done };
}

/**
 * Deletes a folder from a detached process that outlives this one. A folder left by an
 * interrupted deletion is picked up by the next build (below).
 * @param {string} path
 */
function removeInBackground(path) {
  const remove = 'require("node:fs").rmSync(process.argv[1], { recursive: true, force: true })';
  spawn(process.execPath, ['-e', remove, path], { detached: true, stdio: 'ignore' }).unref();
}
// A build killed between its two renames left the published site as `<out>.previous-<pid>`
// and nothing at `<out>`: put the newest one back before anything else, so no sequence of
// crashes and failed builds leaves no site. The other leftovers are deleted.
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

const started = performance.now();
/** Seconds per stage, printed at the end (and read by `npm run bench:build`). */
const stages = {};
let stageStarted = started;
const endStage = (name) => {
  const now = performance.now();
  stages[name] = (now - stageStarted) / 1000;
  stageStarted = now;
};
// The content is validated (`npm run validate`) while Astro builds into the staging folder:
// nothing is published unless validation passed, so the two can share the machine's
// cores. Validation problems, every one with its line, are printed on their own; when
// there are errors the Astro build is stopped and its half-built output removed.
const validation = run(['--import', 'tsx', 'scripts/validate/cli.ts'], { capture: true });
const astroBuild = run([astro, 'build'], {
  env: { ...buildEnv, NODE_ENV: 'production', OUT_DIR: staging, ASTRO_TELEMETRY_DISABLED: '1' },
});
const validated = await validation.done;
stages.validate = (performance.now() - started) / 1000;
(validated.status === 0 ? process.stdout : process.stderr).write(validated.output);
if (validated.status !== 0) {
  astroBuild.child.kill('SIGTERM');
  await astroBuild.done;
  await rm(staging, { recursive: true, force: true });
  console.error(
    `\n빌드 중단: 콘텐츠 오류가 있어 사이트를 만들지 않았습니다. ${settings.outDir}/ 는 바뀌지 않았습니다.`,
  );
  process.exit(validated.status ?? 1);
}
const built = await astroBuild.done;
if (built.status !== 0) {
  await rm(staging, { recursive: true, force: true });
  console.error(
    `\n빌드 실패: 사이트를 만들지 않았습니다. ${settings.outDir}/ 는 바뀌지 않았습니다. 위의 오류 메시지를 확인하세요.`,
  );
  process.exit(built.status ?? 1);
}
// Validation ran alongside: the Astro stage is the time from the start of both.
endStage('astro');
try {
  const search = await buildSearchIndex(staging);
  console.log(
    `Search index: ${search.pages} pages, ${search.files} files, ${(search.bytes / 1024).toFixed(0)} KB in ${search.seconds.toFixed(1)} s`,
  );
} catch (error) {
  await rm(staging, { recursive: true, force: true });
  console.error(`\n빌드 실패: 검색 색인을 만들지 못했습니다. ${settings.outDir}/ 는 바뀌지 않았습니다.\n${error}`);
  process.exit(1);
}
endStage('search');
// The editors' CMS at /admin/, added after Astro so it stays out of the sitemap.
const admin = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build-admin.ts', staging], { stdio: 'inherit' });
if (admin.status !== 0) {
  await rm(staging, { recursive: true, force: true });
  console.error(`\n빌드 실패: 관리 화면(/admin/)을 만들지 못했습니다. ${settings.outDir}/ 는 바뀌지 않았습니다.`);
  process.exit(admin.status ?? 1);
}
endStage('admin');
// Security headers for the CDN name every top-level path of the output (see security-headers.ts).
const outputEntries = (await readdir(staging, { withFileTypes: true })).map((entry) => ({
  name: entry.name,
  directory: entry.isDirectory(),
}));
await writeFile(join(staging, '_headers'), headersFile(settings.base, outputEntries, frameAncestors));
// Swap the new site in with two renames, so the published folder is never missing, and
// remove the previous one in the background: at 50,000 entries that took 30 s.
const previous = `${outDir}.previous-${process.pid}`;
if (existsSync(outDir)) await rename(outDir, previous);
await rename(staging, outDir);
if (existsSync(previous)) removeInBackground(previous);
endStage('headers');
console.log(
  `Built ${settings.outDir}/ for ${settings.site}${settings.base} from ${settings.contentDir}/ in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
console.log(
  `Stages: ${Object.entries(stages)
    .map(([name, seconds]) => `${name} ${seconds.toFixed(1)} s`)
    .join(', ')} (validate runs alongside astro)`,
);
