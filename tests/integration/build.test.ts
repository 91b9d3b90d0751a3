import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// `npm run build` on other content trees (CONTENT_DIR): a valid tree becomes a site; an
// invalid one fails with a message naming the file and publishes nothing.
const trees = 'tests/fixtures/trees';

function build(tree: string, outDir: string, env: Record<string, string> = {}, args: string[] = []) {
  const result = spawnSync(process.execPath, ['scripts/build.mjs', ...args], {
    encoding: 'utf8',
    env: {
      ...process.env,
      CONTENT_DIR: tree.startsWith('/') ? tree : join(trees, tree),
      OUT_DIR: outDir,
      SITE_URL: 'https://example.go.kr/youth/',
      ...env,
    },
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

// The timeout only catches a hang: on a shared machine one build took over two minutes.
describe('npm run build with CONTENT_DIR', { timeout: 600_000 }, () => {
  const work = mkdtempSync(join(tmpdir(), 'youth-build-'));

  it('refuses a deploy build that names no repository for editors, before building anything', () => {
    const outDir = join(work, 'no-cms-repo');
    const { status, output } = build('minimal', outDir, { DEPLOY: '1', CMS_REPO: '', GITHUB_REPOSITORY: '' });
    expect(status).toBe(1);
    expect(output).toContain('배포 빌드 중단: 편집 내용을 받을 GitHub 저장소(CMS_REPO)가 없습니다.');
    expect(existsSync(outDir)).toBe(false);
  });

  it('builds the site from another content tree with the same layout, skipping _files and drafts', () => {
    const outDir = join(work, 'minimal');
    const { status, output } = build('minimal', outDir, { CMS_REPO: 'city/youth-content' });
    expect(status, output).toBe(0);
    // A log a person reads: Astro's line per file counted, not printed; whole characters.
    expect(output).toMatch(/Astro: 파일 \d+개를 만들었습니다/);
    expect(output).not.toMatch(/[├└]─|\(\+\d+m?s\)|\uFFFD/);
    const policyPage = readFileSync(join(outDir, 'policies/city/test-allowance/index.html'), 'utf8');
    expect(policyPage).toContain('시험시 청년 시험수당');
    expect(policyPage).toContain('href="https://example.go.kr/youth/policies/city/test-allowance/"');
    expect(readFileSync(join(outDir, 'programs/city/test-course/index.html'), 'utf8')).toContain(
      '편집자용 안내 상자가 그려지는지 확인합니다.',
    );
    expect(readdirSync(join(outDir, 'policies/city'))).toEqual(['test-allowance']);
    // The editors' pages: a front door, and the CMS with the npm package's script served
    // from the site itself, not a CDN.
    expect(readFileSync(join(outDir, 'admin/index.html'), 'utf8')).toContain('city/youth-content');
    expect(readFileSync(join(outDir, 'admin/edit/index.html'), 'utf8')).toContain(
      '<script src="./sveltia-cms.js"></script>',
    );
    expect(existsSync(join(outDir, 'admin/edit/fonts/material-symbols-outlined-latin-wght-normal.woff2'))).toBe(true);
    expect(readFileSync(join(outDir, 'admin/edit/config.yml'), 'utf8')).toContain(
      `folder: ${join(trees, 'minimal')}/policies`,
    );
    expect(readFileSync(join(outDir, 'sitemap-0.xml'), 'utf8')).not.toContain('/admin/');
    // Pagefind reads only these folders (scripts/search-index.mjs): a page elsewhere that
    // marks content for search would silently be left out of it.
    const marked = (readdirSync(outDir, { recursive: true }) as string[]).filter(
      (path) => path.endsWith('.html') && readFileSync(join(outDir, path), 'utf8').includes('data-pagefind-body'),
    );
    expect(marked.length).toBeGreaterThan(0);
    for (const path of marked) expect(path).toMatch(/^(policies|programs|centers)\//);
  });

  it('fails on an entry that breaks its schema, naming the file, and leaves the published site untouched', () => {
    const outDir = join(work, 'published');
    mkdirSync(outDir, { recursive: true });
    writeFileSync(join(outDir, 'index.html'), 'the site that is live now');
    const { status, output } = build('invalid-schema', outDir);
    expect(status).not.toBe(0);
    expect(output).toContain('policies/city/broken.md:4:1  category');
    expect(output).toContain('분야는 다음 중 하나로 적으세요');
    expect(output).toContain('사이트를 만들지 않았습니다');
    expect(output).toContain('빌드 중단'); // stopped by validation; the Astro build beside it was stopped too
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('the site that is live now');
    expect(existsSync(`${outDir}.staging`)).toBe(false);
  });

  it('fails on a reference that does not resolve, naming the file, the field and the fix', () => {
    const outDir = join(work, 'broken-reference');
    const { status, output } = build('broken-reference', outDir);
    expect(status).not.toBe(0);
    expect(output).toContain(
      "policies/city/test-allowance.md:5:1  provider  기관 'testcity-offce'을(를) 찾을 수 없습니다.",
    );
    expect(existsSync(outDir)).toBe(false);
  });

  it('rebuilds what a change touches (the entry and the pages showing it) and copies the rest', async () => {
    const tree = join(work, 'incremental-tree');
    cpSync(join(trees, 'minimal'), tree, { recursive: true });
    const allowance = join(tree, 'policies/city/test-allowance.md');
    writeFileSync(
      join(tree, 'policies/city/second-allowance.md'),
      readFileSync(allowance, 'utf8').replace('시험시 청년 시험수당', '시험시 청년 두번째 수당'),
    );
    const outDir = join(work, 'incremental');
    const page = (id: string) => readFileSync(join(outDir, `policies/city/${id}/index.html`), 'utf8');
    const incremental = { INCREMENTAL_BUILD: '1' }; // on whether or not CI is set
    expect(build(tree, outDir, { TODAY: '2026-11-22', ...incremental }).status).toBe(0);
    expect(page('second-allowance')).toContain('시험시 청년 시험수당'); // as a related card

    writeFileSync(
      allowance,
      readFileSync(allowance, 'utf8').replace('시험시 청년 시험수당', '시험시 청년 시험수당 (개정)'),
    );
    // --verbose: Astro's line per file, which says whether it was rendered or copied.
    const again = build(tree, outDir, { TODAY: '2026-11-22', ...incremental }, ['--verbose']);
    expect(again.status, again.output).toBe(0);
    expect(page('test-allowance')).toContain('<h1');
    expect(page('test-allowance')).toContain('시험시 청년 시험수당 (개정)');
    expect(page('second-allowance')).toContain('시험시 청년 시험수당 (개정)');
    // Astro colours its log when CI is set; compare the text without colour codes.
    const renderLine = (output: string, path: string) =>
      output
        // biome-ignore lint/suspicious/noControlCharactersInRegex: removing terminal colour codes is the point.
        .replace(/\u001b\[[0-9;]*m/g, '')
        .split('\n')
        .find((line) => line.includes(` ${path} (`)) ?? '';
    expect(renderLine(again.output, '/policies/city/second-allowance/index.html')).toMatch(/\(\+\d+ms\)/);
    expect(renderLine(again.output, '/embed/policies/city/second-allowance/index.html')).toMatch(
      /\((restored|cached)\)/,
    );

    // A new day changes statuses on every page: nothing is copied.
    const nextDay = build(tree, outDir, { TODAY: '2026-11-23', ...incremental }, ['--verbose']);
    expect(nextDay.output).toMatch(/\(\+\d+ms\)/);
    expect(nextDay.status, nextDay.output).toBe(0);
    expect(nextDay.output).not.toMatch(/\((restored|cached)\)/);
    // Each build swapped its site in and removed the previous one in the background.
    await expect
      .poll(() => readdirSync(work).filter((name) => name.startsWith('incremental.previous-')), { timeout: 10_000 })
      .toEqual([]);
  });

  it('refuses hostile content by name in Korean, without a stack trace, and publishes nothing of it', () => {
    const tree = mkdtempSync(join(tmpdir(), 'youth-hostile-build-'));
    cpSync(join(trees, 'minimal'), tree, { recursive: true });
    for (const path of [
      'policies/body-deep-quotes.md',
      'policies/body-unterminated-meta.md',
      'policies/yaml-alias-bomb.md',
      'policies/encoding-utf16.md',
      'organizations/yaml-alias-bomb.yaml',
    ]) {
      cpSync(join('tests/fixtures/invalid', path), join(tree, path));
    }
    const outDir = join(work, 'hostile');
    const { status, output } = build(tree, outDir);
    expect(status).not.toBe(0);
    expect(output).toContain('policies/body-deep-quotes.md:18:1  (본문)  인용(>)이나 목록이 너무 깊게');
    expect(output).toContain('policies/body-unterminated-meta.md:19:1  (본문)  <meta> 태그는 쓸 수 없습니다.');
    expect(output).toContain('policies/yaml-alias-bomb.md:17:8  (YAML)');
    expect(output).toContain('policies/encoding-utf16.md:1:1  (파일)  UTF-16으로 저장된 파일입니다.');
    expect(output).toContain('organizations/yaml-alias-bomb.yaml:5:8  (YAML)');
    expect(output).toContain('빌드 중단');
    expect(output).not.toMatch(/\n\s+at |RangeError|Maximum call stack/);
    expect(existsSync(outDir)).toBe(false);
  });

  it("refuses to build into a folder another running build holds, in Korean, and takes over a dead build's lock", () => {
    const outDir = join(work, 'locked');
    mkdirSync(outDir, { recursive: true });
    writeFileSync(join(outDir, 'index.html'), 'the site that is live now');
    writeFileSync(`${outDir}.build-lock`, String(process.pid)); // this test process is running
    const held = build('minimal', outDir);
    expect(held.status).toBe(1);
    expect(held.output).toContain(`다른 빌드(프로세스 ${process.pid})가 같은 폴더`);
    expect(held.output).not.toMatch(/\n\s+at /); // no stack trace
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('the site that is live now');

    const dead = spawnSync(process.execPath, ['-e', 'process.pid'], { encoding: 'utf8' }).pid;
    writeFileSync(`${outDir}.build-lock`, String(dead));
    const stale = build('invalid-schema', outDir);
    expect(stale.output).toContain('policies/city/broken.md:4:1  category'); // it ran: the lock was taken over
    expect(existsSync(`${outDir}.build-lock`)).toBe(false); // and released
  });

  it('puts the published site back when a build was killed between its two renames, even if the next build fails', () => {
    const outDir = join(work, 'interrupted');
    // What a build killed after moving the live site aside and before moving the new one in leaves.
    mkdirSync(`${outDir}.previous-999999`, { recursive: true });
    writeFileSync(join(`${outDir}.previous-999999`, 'index.html'), 'the site that was live');
    const failed = build('invalid-schema', outDir);
    expect(failed.status).not.toBe(0);
    expect(failed.output).toContain('되돌렸습니다');
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('the site that was live');
  });

  it("never publishes the build machine's own content path in the CMS config", () => {
    const outDir = join(work, 'absolute-content');
    const tree = mkdtempSync(join(tmpdir(), 'youth-content-'));
    cpSync(join(trees, 'minimal'), tree, { recursive: true });
    const { status, output } = build(tree, outDir, { CMS_REPO: 'city/youth-content' });
    expect(status, output).toBe(0);
    const config = readFileSync(join(outDir, 'admin/edit/config.yml'), 'utf8');
    expect(config).not.toContain(tree);
    expect(config).toContain('folder: content/policies');
  });

  it('leaves out the per-entry .ics files and embed cards in a lean build, and every link to them', () => {
    const outDir = join(work, 'lean');
    const { status, output } = build('minimal', outDir, { LEAN_BUILD: '1' });
    expect(status, output).toBe(0);
    expect(existsSync(join(outDir, 'calendar/policies'))).toBe(false);
    expect(existsSync(join(outDir, 'embed/policies/city/test-allowance'))).toBe(false);
    expect(readFileSync(join(outDir, 'policies/city/test-allowance/index.html'), 'utf8')).not.toContain('.ics');
    expect(readFileSync(join(outDir, 'embed/index.html'), 'utf8')).not.toContain('value="policy"');
    expect(readFileSync(join(outDir, 'finder/entries.json'), 'utf8')).not.toContain('.ics');
    // Subscriptions stay: they are one file per region or category, not per entry.
    expect(existsSync(join(outDir, 'calendar/all.ics'))).toBe(true);
    expect(existsSync(join(outDir, 'embed/policies/index.html'))).toBe(true);
  });
});
