#!/usr/bin/env node
// `npm run build`: builds the site into a staging folder and moves it into place only
// when every step succeeded, so a failed build never leaves a half-written site where
// the deploy step (or `npm start`) would publish it.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { buildSearchIndex } from './search-index.mjs';
import { siteSettings } from './site-settings.mjs';

const settings = siteSettings(process.env);
const outDir = resolve(settings.outDir);
const staging = `${outDir}.staging`;
const astro = resolve('node_modules/astro/bin/astro.mjs');

await rm(staging, { recursive: true, force: true });
const started = performance.now();
const result = spawnSync(process.execPath, [astro, 'build'], {
  stdio: 'inherit',
  env: { ...process.env, OUT_DIR: staging, ASTRO_TELEMETRY_DISABLED: '1' },
});
if (result.status !== 0) {
  await rm(staging, { recursive: true, force: true });
  console.error(
    `\n빌드 실패: 사이트를 만들지 않았습니다. ${settings.outDir}/ 는 바뀌지 않았습니다. 위의 오류 메시지를 확인하세요.`,
  );
  process.exit(result.status ?? 1);
}
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
if (existsSync(outDir)) await rm(outDir, { recursive: true });
await rename(staging, outDir);
console.log(
  `Built ${settings.outDir}/ for ${settings.site}${settings.base} from ${settings.contentDir}/ in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
