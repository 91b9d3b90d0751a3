#!/usr/bin/env node
// The site the real-data search evaluation runs on: the shared 783 온통청년 records
// imported with the project's importer (npm run import:ontong) into a fresh content tree
// beside the sample's regions and organizations, then built (scripts/build.mjs).
//
//   node scripts/real-search-site.mjs [--work .e2e-real] [--out dist-e2e-real] [--site-url http://…]
// Used by scripts/build-e2e.mjs (for tests/e2e/search-real.spec.ts) and npm run bench:search.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

/** The real records (../shared/data/ontong/README.md). */
export const REAL_RECORDS = '../shared/data/ontong/ontong-v2-2025-sample.json';

function run(args, env) {
  const result = spawnSync(process.execPath, args, {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, ...env },
  });
  if (result.status !== 0) throw new Error(`${args.join(' ')} 실패 (${result.status})`);
}

/**
 * Imports the real records into `<work>/content` and builds them into `outDir`.
 * @param {{ work: string, outDir: string, siteUrl: string }} options
 * @returns {string} the content tree
 */
export function buildRealSearchSite({ work, outDir, siteUrl }) {
  const contentDir = resolve(work, 'content');
  rmSync(work, { recursive: true, force: true });
  mkdirSync(contentDir, { recursive: true });
  cpSync('content/regions.yaml', join(contentDir, 'regions.yaml'));
  cpSync('content/organizations', join(contentDir, 'organizations'), { recursive: true });
  run(['--import', 'tsx', 'scripts/import/ontong-cli.ts', REAL_RECORDS], { CONTENT_DIR: contentDir });
  run(['scripts/build.mjs'], { CONTENT_DIR: contentDir, OUT_DIR: outDir, SITE_URL: siteUrl, BASE_PATH: '/' });
  return contentDir;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      work: { type: 'string', default: '.e2e-real' },
      out: { type: 'string', default: 'dist-e2e-real' },
      'site-url': { type: 'string', default: 'http://127.0.0.1:4321' },
    },
  });
  buildRealSearchSite({ work: values.work, outDir: values.out, siteUrl: values['site-url'] });
}
