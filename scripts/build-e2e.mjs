#!/usr/bin/env node
// Builds the sites the browser tests run against: the sample content at the root, the
// same content deployed under a subpath (BASE_PATH) of a municipal domain, and the real
// 온통청년 records for the real-data search evaluation (scripts/real-search-site.mjs).
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { e2eSites, importedSite, realSearchSite } from '../tests/e2e/sites.mjs';
import { buildRealSearchSite } from './real-search-site.mjs';

for (const site of Object.values(e2eSites)) {
  const result = spawnSync(process.execPath, ['scripts/build.mjs'], {
    stdio: 'inherit',
    env: { ...process.env, ...site.env },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

// Real records imported into a scratch tree and built: the fidelity check prints its
// counts and stops here when a page does not say what its record says.
rmSync(importedSite.work, { recursive: true, force: true });
const imported = spawnSync(
  process.execPath,
  [
    'node_modules/tsx/dist/cli.mjs',
    'scripts/check-fidelity/cli.ts',
    '--work',
    importedSite.work,
    ...importedSite.files,
  ],
  { stdio: 'inherit' },
);
if (imported.status !== 0) process.exit(imported.status ?? 1);

buildRealSearchSite({
  work: '.e2e-real',
  outDir: realSearchSite.outDir,
  siteUrl: `http://127.0.0.1:${realSearchSite.port}`,
});
