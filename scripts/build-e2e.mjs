#!/usr/bin/env node
// Builds the two sites the browser tests run against: the sample content at the root,
// and the same content deployed under a subpath (BASE_PATH) of a municipal domain.
import { spawnSync } from 'node:child_process';
import { e2eSites } from '../tests/e2e/sites.mjs';

for (const site of Object.values(e2eSites)) {
  const result = spawnSync(process.execPath, ['scripts/build.mjs'], {
    stdio: 'inherit',
    env: { ...process.env, ...site.env },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
