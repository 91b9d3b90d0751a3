/**
 * Sveltia CMS asks a CDN for its UI fonts, including the icon font (Material Symbols,
 * drawn from ligatures: without the font, icons read as words like "chevron_right").
 * The bundle is rewritten so the icon font comes from this site, copied from the
 * @fontsource-variable package of the same font, and the two text fonts (Latin only) fall
 * back to the system's. The build stops if a new Sveltia release loads fonts differently.
 */
const cdnFont = /url\(https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/([a-z0-9-]+)[^)]*\)\s*format\('[a-z0-9-]+'\)/g;
const iconFont = 'material-symbols-outlined-latin-wght-normal.woff2';

export function selfHostFonts(bundle: string, require: NodeJS.Require) {
  const found = new Set<string>();
  const script = bundle.replace(cdnFont, (_match, family: string) => {
    found.add(family);
    return family.startsWith('material-symbols-outlined') ? `url(fonts/${iconFont}) format('woff2')` : 'local("")';
  });
  if (!found.has('material-symbols-outlined')) {
    throw new Error(
      '관리 화면: Sveltia CMS의 아이콘 글꼴 주소를 찾지 못했습니다. scripts/admin/fonts.ts를 새 버전에 맞추세요.',
    );
  }
  // Libraries the CMS imports on demand (Immutable.js for preview templates) come from our
  // vendor/ folder instead of unpkg; ones we do not copy (maps, PDF) simply fail to load.
  // The minified source reads let t=`https://unpkg.com/${e}` (built here without `${`).
  const placeholder = ['$', '{e}'].join('');
  const vendored = script.replace(
    `let t=\`https://unpkg.com/${placeholder}\``,
    `let t=new URL(\`vendor/${placeholder}\`,qW).href`,
  );
  if (vendored === script) {
    throw new Error(
      '관리 화면: Sveltia CMS의 라이브러리 주소(unpkg)를 찾지 못했습니다. scripts/admin/fonts.ts를 새 버전에 맞추세요.',
    );
  }
  if (vendored.includes('cdn.jsdelivr.net')) {
    throw new Error(
      '관리 화면: Sveltia CMS가 아직 외부(CDN) 주소를 씁니다. scripts/admin/fonts.ts를 새 버전에 맞추세요.',
    );
  }
  const from = require.resolve(`@fontsource-variable/material-symbols-outlined/files/${iconFont}`);
  return { script: vendored, files: [{ name: iconFont, from }] };
}
