#!/usr/bin/env node
// `npm run build`: builds the site into a staging folder and moves it into place only
// when every step succeeded, so a failed build never leaves a half-written site where
// the deploy step (or `npm start`) would publish it.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, rename, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
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

await rm(staging, { recursive: true, force: true });
const started = performance.now();
// The content is validated first (`npm run validate`): every problem with its line, and
// nothing is built or published while any error remains.
const validation = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/validate.ts'], { stdio: 'inherit' });
if (validation.status !== 0) {
  console.error(
    `\n빌드 중단: 콘텐츠 오류가 있어 사이트를 만들지 않았습니다. ${settings.outDir}/ 는 바뀌지 않았습니다.`,
  );
  process.exit(validation.status ?? 1);
}
const result = spawnSync(process.execPath, [astro, 'build'], {
  stdio: 'inherit',
  env: { ...buildEnv, NODE_ENV: 'production', OUT_DIR: staging, ASTRO_TELEMETRY_DISABLED: '1' },
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
// The editors' CMS at /admin/, added after Astro so it stays out of the sitemap.
const admin = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build-admin.ts', staging], { stdio: 'inherit' });
if (admin.status !== 0) {
  await rm(staging, { recursive: true, force: true });
  console.error(`\n빌드 실패: 관리 화면(/admin/)을 만들지 못했습니다. ${settings.outDir}/ 는 바뀌지 않았습니다.`);
  process.exit(admin.status ?? 1);
}
// Security headers for the CDN name every top-level path of the output (see security-headers.ts).
const outputEntries = (await readdir(staging, { withFileTypes: true })).map((entry) => ({
  name: entry.name,
  directory: entry.isDirectory(),
}));
await writeFile(join(staging, '_headers'), headersFile(settings.base, outputEntries, frameAncestors));
if (existsSync(outDir)) await rm(outDir, { recursive: true });
await rename(staging, outDir);
console.log(
  `Built ${settings.outDir}/ for ${settings.site}${settings.base} from ${settings.contentDir}/ in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
