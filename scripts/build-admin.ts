// Writes the CMS for editors at /admin/ into a built site: Sveltia CMS from the npm
// package (no CDN script), and its config generated from the schemas. Run by
// scripts/build.mjs after `astro build`, so the page stays out of the sitemap and out of
// the site's no-JavaScript rules: it is an editing tool, not a page of the directory.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { stringify } from 'yaml';
import { adminPolicy } from '../src/lib/security-headers.ts';
import { cmsConfig } from './cms-config';
import { readSiteSettings } from './site-settings.mjs';

const outDir = process.argv[2];
if (!outDir) throw new Error('usage: build-admin.ts <built site folder>');
const adminDir = join(outDir, 'admin');
mkdirSync(adminDir, { recursive: true });

// The package exports only its npm entry; the browser bundle sits beside it in dist/.
const packageRoot = dirname(dirname(createRequire(import.meta.url).resolve('@sveltia/cms')));
const cmsScript = join(packageRoot, 'dist/sveltia-cms.js');
copyFileSync(cmsScript, join(adminDir, 'sveltia-cms.js'));

// Sveltia fetches its UI strings from unpkg at run time and caches them in localStorage.
// Put the Korean strings from the npm package where it looks first, so editors get a
// Korean UI from this site alone.
const { version } = JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as { version: string };
const korean = JSON.parse(readFileSync(join(packageRoot, 'locales/ko.json'), 'utf8')) as Record<string, unknown>;
const cached = JSON.stringify({ _locale: 'ko', _version: version, ...korean });
writeFileSync(
  join(adminDir, 'locale-ko.js'),
  `// npm run build: Sveltia CMS ${version}의 한국어 화면 문구 (locales/ko.json)\ntry {\n  const key = 'sveltia-cms.locale';\n  const current = JSON.parse(localStorage.getItem(key) || '{}');\n  if (current._locale !== 'ko' || current._version !== ${JSON.stringify(version)}) localStorage.setItem(key, ${JSON.stringify(cached)});\n} catch {}\n`,
);

// The repository editors' pull requests go to: CMS_REPO, or the repository CI builds.
const { repo, branch, contentDir } = readSiteSettings().cms;
const config = cmsConfig({ repo: repo || 'OWNER/REPOSITORY', branch, contentDir });
writeFileSync(
  join(adminDir, 'config.yml'),
  `# npm run build가 src/schemas/에서 만듭니다. 직접 고치지 마세요.\n${stringify(config, { lineWidth: 0 })}`,
);
// Scripts only from this site (the CMS bundle and the workers it starts); data from
// GitHub's API. Sveltia's own update check and GitHub status probe are refused; its UI
// fonts and icons come from jsDelivr as fonts, never as scripts.
const contentSecurityPolicy = adminPolicy(version);
writeFileSync(
  join(adminDir, 'index.html'),
  `<!doctype html>
<html lang="ko">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="robots" content="noindex" />
    <meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}" />
    <title>콘텐츠 관리 | 청년길잡이</title>
  </head>
  <body>
    <noscript>콘텐츠 관리 화면은 JavaScript가 필요합니다. GitHub에서 직접 고치는 방법은 CONTRIBUTING.md를 보세요.</noscript>
    <script src="./locale-ko.js"></script>
    <script src="./sveltia-cms.js"></script>
  </body>
</html>
`,
);
if (!repo) {
  console.warn(
    '관리 화면(/admin/): CMS_REPO(예: city/youth-content)가 없어 저장소 자리에 OWNER/REPOSITORY를 적었습니다.',
  );
}
