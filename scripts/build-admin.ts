// Writes the editors' pages into a built site: a Korean front door at /admin/ and the CMS
// (Sveltia CMS from the npm package, config generated from the schemas) at /admin/edit/.
// Run by scripts/build.mjs after `astro build`, so the pages stay out of the sitemap and
// out of the site's no-JavaScript rules: they are an editing tool, not the directory.
// Everything the CMS loads comes from this site: its script, its Korean strings, its icon
// font (from an npm package) and our preview script.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';
import { parse, stringify } from 'yaml';
import type { Region } from '../src/lib/regions';
import { cmsPolicy } from '../src/lib/security-headers';
import { cmsRepository } from './admin/cms-repository';
import { selfHostFonts } from './admin/fonts';
import { frontDoorCss, frontDoorHtml } from './admin/front-door';
import { provinceGroups, regionOptions } from './admin/region-options';
import { cmsConfig } from './cms-config';
import { readSiteSettings } from './site-settings.mjs';

const outDir = process.argv[2];
if (!outDir) throw new Error('usage: build-admin.ts <built site folder>');
const adminDir = join(outDir, 'admin');
const editDir = join(adminDir, 'edit');
mkdirSync(adminDir, { recursive: true });

const repository = cmsRepository(process.env);
if (repository.error) {
  console.error(repository.error);
  process.exit(1);
}
const { repo } = repository;
const oauth = Boolean(process.env.CMS_AUTH_URL);
writeFileSync(join(adminDir, 'index.html'), frontDoorHtml({ repo, oauth }));
writeFileSync(join(adminDir, 'front-door.css'), frontDoorCss);
if (!repo) {
  console.warn(repository.warning);
  process.exit(0);
}

mkdirSync(join(editDir, 'fonts'), { recursive: true });
const require = createRequire(import.meta.url);
// The package exports only its npm entry; the browser bundle sits beside it in dist/.
const packageRoot = dirname(dirname(require.resolve('@sveltia/cms')));
const bundle = readFileSync(join(packageRoot, 'dist/sveltia-cms.js'), 'utf8');
const fonts = selfHostFonts(bundle, require);
writeFileSync(join(editDir, 'sveltia-cms.js'), fonts.script);
for (const font of fonts.files) copyFileSync(font.from, join(editDir, 'fonts', font.name));
// React for preview templates: Sveltia looks for its chunk beside its script.
mkdirSync(join(editDir, 'chunks'), { recursive: true });
copyFileSync(join(packageRoot, 'dist/chunks/react-dom.js'), join(editDir, 'chunks/react-dom.js'));
const immutableDir = join(editDir, 'vendor', `immutable@${immutableVersion()}`, 'dist');
mkdirSync(immutableDir, { recursive: true });
copyFileSync(require.resolve('immutable/dist/immutable.es.js'), join(immutableDir, 'immutable.es.js'));

// The editor refuses to run inside a frame: on GitHub Pages _headers does not apply, and a
// <meta> CSP cannot set frame-ancestors, so any site could frame it and trick a click
// (docs/deploy.md). preview.js, which starts the CMS, checks the same flag.
const REFUSE_FRAME = `if (window.top !== window.self) {\n  window.CMS_REFUSED_FRAME = true;\n  document.addEventListener('DOMContentLoaded', () => { document.body.textContent = '편집 화면은 다른 사이트 안(프레임)에서 열 수 없습니다. 주소창에 직접 열어 주세요.'; });\n}`;

// Before the CMS: Sveltia fetches its UI strings from a CDN at run time and caches them in
// localStorage, so the Korean strings from the npm package go where it looks first; and it
// waits for preview.js to register our file format and previews (CMS_MANUAL_INIT).
const { version } = JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as { version: string };
const korean = JSON.parse(readFileSync(join(packageRoot, 'locales/ko.json'), 'utf8')) as Record<string, unknown>;
const cached = JSON.stringify({ _locale: 'ko', _version: version, ...korean });
writeFileSync(
  join(editDir, 'before-cms.js'),
  `// npm run build: Sveltia CMS ${version}의 한국어 화면 문구 (locales/ko.json)\nwindow.CMS_MANUAL_INIT = true;\n${REFUSE_FRAME}\ntry {\n  const key = 'sveltia-cms.locale';\n  const current = JSON.parse(localStorage.getItem(key) || '{}');\n  if (current._locale !== 'ko' || current._version !== ${JSON.stringify(version)}) localStorage.setItem(key, ${JSON.stringify(cached)});\n} catch {}\n`,
);

// The preview templates (the public card and page) and the site's stylesheet for them.
await build({
  entryPoints: ['scripts/admin/preview.ts'],
  bundle: true,
  format: 'iife',
  minify: true,
  target: 'es2022',
  outfile: join(editDir, 'preview.js'),
  logLevel: 'warning',
});
const astroDir = join(outDir, '_astro');
const siteCss = existsSync(astroDir) ? readdirSync(astroDir).filter((file) => file.endsWith('.css')) : [];
writeFileSync(join(editDir, 'site-styles.json'), JSON.stringify(siteCss.map((file) => `../../_astro/${file}`)));

const settings = readSiteSettings();
// The content folder as seen from the repository root, and where this build read it from.
const { branch, contentDir } = settings.cms;
const localContent = settings.contentDir;
const regions = parse(readFileSync(join(localContent, 'regions.yaml'), 'utf8')) as Region[];
writeFileSync(
  join(editDir, 'region-names.json'),
  JSON.stringify(Object.fromEntries(regions.map((r) => [r.id, r.name]))),
);
const mdxFolders = ['policies', 'programs', 'centers'].filter((folder) => hasMdx(join(localContent, folder)));
const config = cmsConfig({
  repo,
  branch,
  contentDir,
  pickers: { regionOptions: regionOptions(regions), provinceGroups: provinceGroups(regions) },
  mdxFolders,
  ...(settings.cms.authUrl ? { authUrl: settings.cms.authUrl } : {}),
});
writeFileSync(
  join(editDir, 'config.yml'),
  `# npm run build가 src/schemas/와 src/lib/vocabulary/에서 만듭니다. 직접 고치지 마세요.\n${stringify(config, { lineWidth: 0 })}`,
);
writeFileSync(
  join(editDir, 'index.html'),
  `<!doctype html>
<html lang="ko">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="robots" content="noindex" />
    <meta http-equiv="Content-Security-Policy" content="${cmsPolicy}" />
    <title>콘텐츠 편집 | 청년길잡이</title>
  </head>
  <body>
    <noscript>편집 화면은 JavaScript가 필요합니다. GitHub에서 직접 고치는 방법은 CONTRIBUTING.md를 보세요.</noscript>
    <script src="./before-cms.js"></script>
    <script src="./sveltia-cms.js"></script>
    <script src="./preview.js"></script>
  </body>
</html>
`,
);
console.log(`관리 화면: /admin/ 안내와 /admin/edit/ 편집 화면 (저장소 ${repo}, 브랜치 ${config.backend.branch})`);

/** The version Sveltia asks for (`^5.1.9` -> `5.1.9`), which names the folder it imports from. */
function immutableVersion(): string {
  const match = /immutable:`\^?([\d.]+)`/.exec(bundle);
  if (!match?.[1]) throw new Error('관리 화면: Sveltia CMS가 쓰는 Immutable.js 버전을 찾지 못했습니다.');
  return match[1];
}

function hasMdx(folder: string): boolean {
  if (!existsSync(folder)) return false;
  return readdirSync(folder, { recursive: true, encoding: 'utf8' }).some(
    (file) => file.endsWith('.mdx') && !file.split('/').at(-1)?.startsWith('_'),
  );
}
