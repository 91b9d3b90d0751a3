#!/usr/bin/env node
// Builds the sites the browser tests run against: the sample content at the root, the
// same content deployed under a subpath (BASE_PATH) of a municipal domain, and the real
// 온통청년 records for the real-data search evaluation (scripts/real-search-site.mjs).
import { spawnSync } from 'node:child_process';
import { e2eSites, realSearchSite } from '../tests/e2e/sites.mjs';
import { buildRealSearchSite } from './real-search-site.mjs';

for (const site of Object.values(e2eSites)) {
  const result = spawnSync(process.execPath, ['scripts/build.mjs'], {
    stdio: 'inherit',
    env: { ...process.env, ...site.env },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
buildRealSearchSite({
  work: '.e2e-real',
  outDir: realSearchSite.outDir,
  siteUrl: `http://127.0.0.1:${realSearchSite.port}`,
});
