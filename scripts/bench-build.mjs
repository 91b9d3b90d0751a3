#!/usr/bin/env node
// `npm run bench:build -- --entries N [--format md|mdx|mixed] [--lean] [--skip-floor]`: generates a realistic
// content tree of N entries into a temporary CONTENT_DIR, builds it with `npm run build`
// (validation, Astro, Pagefind, headers), rebuilds after changing one entry, and builds
// the same files with a bare Astro project (no layouts, no search) as the floor. Prints
// wall time, pages per second, peak memory of the whole process tree, output size and
// file count, and the Pagefind index size.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { folderSize } from './search-index.mjs';
import { cacheDirFor } from './site-settings.mjs';

const { values } = parseArgs({
  options: {
    entries: { type: 'string', default: '1000' },
    format: { type: 'string', default: 'mixed' },
    dir: { type: 'string', default: '.bench/build' },
    'skip-floor': { type: 'boolean', default: false },
    /** Build with LEAN_BUILD=1 (no per-entry .ics files or embed cards). */
    lean: { type: 'boolean', default: false },
  },
});
const work = resolve(values.dir, `${values.entries}-${values.format}${values.lean ? '-lean' : ''}`);
const contentDir = join(work, 'content');
const node = process.execPath;

/** Sum of the resident memory of every process in a process group, in bytes. */
function groupRss(pgid) {
  let total = 0;
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[2]) === pgid) total += Number(fields[21]) * 4096;
    } catch {
      // the process ended while we looked
    }
  }
  return total;
}

/** Runs a command in its own process group; resolves with wall seconds and peak memory. */
function measure(args, env = {}) {
  return new Promise((resolvePromise, reject) => {
    const started = performance.now();
    const child = spawn(node, args, {
      env: { ...process.env, ...env },
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let peak = 0;
    let stderr = '';
    let stdout = '';
    child.stdout.on('data', (chunk) => {
      stdout = `${stdout}${chunk}`.slice(-20_000);
    });
    child.stderr.on('data', (chunk) => {
      stderr = `${stderr}${chunk}`.slice(-20_000);
    });
    const timer = setInterval(() => {
      peak = Math.max(peak, groupRss(child.pid));
    }, 200);
    child.on('exit', (code) => {
      clearInterval(timer);
      const seconds = (performance.now() - started) / 1000;
      // `npm run build` ends with "Stages: validate 1.2 s, astro 30.1 s, …".
      const stages = stdout.match(/^Stages: (.*)$/m)?.[1];
      if (code === 0) resolvePromise({ seconds, peak, stages });
      else reject(new Error(`${args.join(' ')} exited ${code}\n${stderr}`));
    });
  });
}

/** A bare Astro project over the same entries: a glob loader and `<Content />`, nothing else. */
async function writeFloorProject(root) {
  await mkdir(join(root, 'src/pages'), { recursive: true });
  writeFileSync(
    join(root, 'astro.config.mjs'),
    `import mdx from '@astrojs/mdx';\nexport default { integrations: [mdx()], outDir: './dist' };\n`,
  );
  writeFileSync(
    join(root, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
const entries = (name: string) => glob({ base: ${JSON.stringify(contentDir)} + '/' + name, pattern: '**/*.{md,mdx}' });
export const collections = { policies: defineCollection({ loader: entries('policies') }), programs: defineCollection({ loader: entries('programs') }) };
`,
  );
  writeFileSync(
    join(root, 'src/pages/[...id].astro'),
    `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
  const all = [...(await getCollection('policies')), ...(await getCollection('programs'))];
  return all.map((entry) => ({ params: { id: entry.collection + '/' + entry.id }, props: { entry } }));
}
const { Content } = await render(Astro.props.entry);
---
<html lang="ko"><body><h1>{Astro.props.entry.data.title}</h1><Content components={{ Callout: 'aside' }} /></body></html>
`,
  );
}

const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const gb = (bytes) => `${(bytes / 1024 ** 3).toFixed(2)} GB`;

await rm(work, { recursive: true, force: true });
await mkdir(work, { recursive: true });
console.log(`Generating ${values.entries} entries (${values.format}) in ${contentDir} …`);
await measure([
  'node_modules/tsx/dist/cli.mjs',
  'scripts/generate-content.ts',
  '--entries',
  values.entries,
  '--out',
  contentDir,
  '--format',
  values.format,
]);

const outDir = join(work, 'dist');
const env = {
  CONTENT_DIR: contentDir,
  OUT_DIR: outDir,
  SITE_URL: 'https://example.go.kr',
  NODE_OPTIONS: '--max-old-space-size=12288',
  ...(values.lean ? { LEAN_BUILD: '1' } : {}),
};
// A clean build: no content-layer cache left from an earlier run of the same benchmark.
await rm(resolve(cacheDirFor(`${outDir}.staging`)), { recursive: true, force: true });
console.log('Building with npm run build …');
const full = await measure(['scripts/build.mjs'], env);
const site = await folderSize(outDir);
const search = await folderSize(join(outDir, 'pagefind'));

// Fast rebuild: one entry changes, the content-layer cache keeps the rest.
const changed = readdirSync(join(contentDir, 'policies'), { recursive: true }).find((path) =>
  /\.mdx?$/.test(String(path)),
);
const changedFile = join(contentDir, 'policies', String(changed));
writeFileSync(changedFile, readFileSync(changedFile, 'utf8').replace(/\n---\n/, '\n---\n\n수정된 문장입니다.\n'));
console.log('Rebuilding after changing one entry …');
const rebuild = await measure(['scripts/build.mjs'], env);

let floor;
if (!values['skip-floor']) {
  const floorRoot = join(work, 'floor');
  await writeFloorProject(floorRoot);
  console.log('Building the bare-Astro floor …');
  floor = await measure(['node_modules/astro/bin/astro.mjs', 'build', '--root', floorRoot], {
    ASTRO_TELEMETRY_DISABLED: '1',
    NODE_OPTIONS: '--max-old-space-size=12288',
  });
  floor.stats = await folderSize(join(floorRoot, 'dist'));
}

const rows = [
  ['entries', `${values.entries} (${values.format}${values.lean ? ', lean' : ''})`],
  ['our build: wall', `${full.seconds.toFixed(1)} s`],
  ['our build: pages per second', (site.htmlFiles / full.seconds).toFixed(0)],
  ['our build: peak memory', gb(full.peak)],
  ['our build: stages', full.stages ?? ''],
  ['output', `${mb(site.bytes)}, ${site.files} files, ${site.htmlFiles} pages`],
  ['Pagefind index', `${mb(search.bytes)}, ${search.files} files`],
  ['rebuild after one change', `${rebuild.seconds.toFixed(1)} s (peak ${gb(rebuild.peak)})`],
  ['rebuild: stages', rebuild.stages ?? ''],
];
if (floor) {
  rows.push(
    ['bare Astro floor: wall', `${floor.seconds.toFixed(1)} s (${floor.stats.htmlFiles} pages)`],
    ['bare Astro floor: peak memory', gb(floor.peak)],
    ['ours / floor', `${(full.seconds / floor.seconds).toFixed(2)}x`],
  );
}
console.log(`\n| measure | value |\n|---|---|\n${rows.map(([k, v]) => `| ${k} | ${v} |`).join('\n')}`);
