import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { expect, type Page, test } from '@playwright/test';

// An editor's day in the CMS at /admin/edit/, with no GitHub: Sveltia's "work with a
// local repository" mode, which reads and writes a folder through the browser's File
// System Access API. Headless Chromium cannot show the folder picker, so the picker
// returns a folder in the browser's private file system holding a copy of content/; the
// test reads the files back from there onto disk and checks them with `npm run validate`.

const policyFile = 'content/policies/gwangju/rent-deposit-interest.md';
/** How many policy files the sample has: the CMS lists every one of them. */
const policyCount = (readdirSync('content/policies', { recursive: true }) as string[]).filter((path) =>
  /(^|\/)[^_/][^/]*\.mdx?$/.test(path),
).length;
const shots = 'test-results/admin-screens';

function contentFiles(root: string): [string, string][] {
  const files: [string, string][] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.push([relative('.', path), readFileSync(path, 'utf8')]);
    }
  };
  walk(root);
  return files;
}

async function openLocalRepository(page: Page) {
  await page.addInitScript(() => {
    const picker = async () => (await navigator.storage.getDirectory()).getDirectoryHandle('repo', { create: true });
    Object.assign(window, { showDirectoryPicker: picker });
  });
  await page.goto('admin/edit/');
  await page.evaluate(async (files) => {
    const root = await (await navigator.storage.getDirectory()).getDirectoryHandle('repo', { create: true });
    await root.getDirectoryHandle('.git', { create: true });
    for (const [path, text] of files) {
      const parts = path.split('/');
      let folder = root;
      for (const part of parts.slice(0, -1)) folder = await folder.getDirectoryHandle(part, { create: true });
      const writable = await (await folder.getFileHandle(parts.at(-1) ?? '', { create: true })).createWritable();
      await writable.write(text);
      await writable.close();
    }
  }, contentFiles('content'));
  await page.getByRole('button', { name: /로컬/ }).click();
  // A phone shows the list of collections first; a wide screen opens the first one.
  await page.getByRole('treeitem', { name: '정책' }).click({ timeout: 30_000 });
  await expect(page.getByText(/엔트리가 \d+개 있습니다/)).toBeVisible({ timeout: 30_000 });
}

/** Every file under content/ as the CMS left it. */
const repositoryFiles = (page: Page) =>
  page.evaluate(async () => {
    const files: [string, string][] = [];
    const walk = async (folder: FileSystemDirectoryHandle, prefix: string) => {
      for await (const [name, handle] of (
        folder as unknown as { entries(): AsyncIterable<[string, FileSystemHandle]> }
      ).entries()) {
        if (handle.kind === 'directory') await walk(handle as FileSystemDirectoryHandle, `${prefix}${name}/`);
        else files.push([`${prefix}${name}`, await (await (handle as FileSystemFileHandle).getFile()).text()]);
      }
    };
    const root = await (await navigator.storage.getDirectory()).getDirectoryHandle('repo');
    await walk(await root.getDirectoryHandle('content'), 'content/');
    return files;
  });

/** The form draws fields as they scroll into view: scroll down until the field's group is there. */
async function revealField(page: Page, label: string) {
  const group = page.getByRole('group', { name: `“⁨${label}⁩” 필드` });
  for (let tries = 0; tries < 10 && (await group.count()) === 0; tries++) {
    await page
      .getByRole('group', { name: /” 필드$/ })
      .last()
      .scrollIntoViewIfNeeded();
  }
  await group.scrollIntoViewIfNeeded();
}

const shot = (page: Page, name: string) =>
  page.screenshot({ path: `${shots}/${name}-${page.viewportSize()?.width}.png`, fullPage: false });

test('an editor opens a policy, changes its summary and saves: only that line changes in the file', async ({
  page,
}) => {
  await openLocalRepository(page);
  await expect(page.getByText(`엔트리가 ${policyCount}개 있습니다`, { exact: false })).toBeVisible();
  // Each row names its category and regions in Korean; the list filters by either.
  await expect(page.getByRole('row', { name: '광산 청년온가 입주자 모집' })).toContainText(
    '광산 청년온가 입주자 모집 — 주거 · 전남광주통합특별시 › 광주 광산구',
  );
  await page.getByRole('button', { name: '필터' }).click();
  await page.getByText('분야: 주거', { exact: true }).click();
  const rows = await page.getByRole('row').allInnerTexts();
  expect(rows.length).toBeGreaterThan(3);
  for (const row of rows) expect(row).toContain('— 주거 ·');
  await shot(page, 'list');
  await page.getByRole('button', { name: '필터' }).click();
  await page.getByText('분야: 주거', { exact: true }).click();
  // The list draws rows as they scroll into view: scroll until the entry's row is there.
  const row = page.getByRole('row', { name: '청년맞춤형 주택임차보증금 이자 지원' });
  for (let tries = 0; tries < 10 && (await row.count()) === 0; tries++) {
    await page.getByRole('row').last().scrollIntoViewIfNeeded();
  }
  await row.click();
  const summary = page.getByRole('textbox', { name: /한 줄 설명/ });
  await expect(summary).toBeVisible();
  // The form speaks Korean: categories by name, regions by name, no English id on screen.
  await expect(page.getByRole('radio', { name: '주거' })).toBeChecked();
  await expect(page.getByText('전남광주통합특별시 › 광주', { exact: true }).first()).toBeVisible();
  // The preview, beside the form on a wide screen, is the public card: status badge,
  // category and kind, regions (a phone has no room for it).
  if ((page.viewportSize()?.width ?? 0) >= 1024) {
    const preview = page.frameLocator('iframe').first();
    await expect(preview.locator('[data-preview="card"] .status-badge')).toHaveText(
      /마감|신청 가능|접수 예정|마감 임박/,
    );
    await expect(preview.locator('[data-preview="card"]')).toContainText('주거 · 정책');
    await expect(preview.locator('[data-preview="eligibility"]')).toContainText('만 19~39세');
  }
  await shot(page, 'editor');

  await summary.fill('광주 무주택 청년의 전·월세 보증금 대출이자 가운데 연 2%를 광주시가 지원합니다.');
  await page.getByRole('button', { name: '저장' }).click();
  await expect
    .poll(async () => (await repositoryFiles(page)).find(([path]) => path === policyFile)?.[1])
    .toContain('연 2%를 광주시가 지원합니다.');
  const saved = new Map(await repositoryFiles(page));
  const before = readFileSync(policyFile, 'utf8').split('\n');
  const after = (saved.get(policyFile) ?? '').split('\n');
  const changed = before.flatMap((line, index) => (line === after[index] ? [] : [index]));
  expect(after.length).toBe(before.length);
  expect(changed.map((index) => after[index])).toEqual([
    'summary: 광주 무주택 청년의 전·월세 보증금 대출이자 가운데 연 2%를 광주시가 지원합니다.',
  ]);
  // Nothing else in the content folder was touched.
  for (const [path, text] of contentFiles('content')) {
    if (path !== policyFile) expect(saved.get(path), path).toBe(text);
  }
});

test('an editor creates a policy through the form, and the new file passes npm run validate', async ({ page }) => {
  test.setTimeout(120_000);
  await openLocalRepository(page);
  await page.getByRole('button', { name: '새 엔트리 만들기' }).click();
  await page.getByRole('textbox', { name: '이름' }).fill('청년 시험용 교통비 지원');
  await page.getByRole('textbox', { name: '한 줄 설명' }).fill('광주 청년에게 대중교통비를 지원합니다.');
  await page.getByRole('radio', { name: '일자리' }).check();
  // Regions come from a list grouped by 시·도, organizations are found by name.
  await page.getByRole('combobox', { name: '신청할 수 있는 지역' }).click();
  await expect(page.getByRole('option', { name: '전남광주통합특별시 › 광주 서구' })).toBeVisible();
  await page.getByRole('option', { name: '전남광주통합특별시 › 광주', exact: true }).click();
  await page.getByRole('textbox', { name: '이름' }).click();
  await page.getByRole('button', { name: '오늘' }).click();
  await page.getByRole('combobox', { name: '주관·운영 기관' }).click();
  await page.getByRole('option', { name: '광주광역시', exact: true }).click();
  await shot(page, 'new');
  await revealField(page, '신청');
  await page.getByRole('button', { name: /신청 기간.*추가/ }).click();
  await page.getByRole('menuitem', { name: '상시 (연중 신청)' }).click();
  await page.getByRole('checkbox', { name: '온라인' }).check();
  await page.getByRole('textbox', { name: '신청서 주소' }).fill('https://youth.gwangju.go.kr/');
  await revealField(page, '출처');
  await page.getByRole('textbox', { name: '받는 것' }).fill('월 최대 5만원');
  await page.getByRole('textbox', { name: '공고 주소' }).fill('https://youth.gwangju.go.kr/');
  // The file name (slug) is English: beside the form on a wide screen, in the editor's menu on a phone.
  if ((page.viewportSize()?.width ?? 0) < 1024) {
    await page.getByRole('button', { name: '에디터 옵션 표시' }).click();
    await page.getByRole('menuitem', { name: 'Slug' }).click();
  }
  await page.getByRole('textbox', { name: '슬러그' }).fill('transport-test');
  if ((page.viewportSize()?.width ?? 0) < 1024)
    await page.getByRole('dialog', { name: 'Slug' }).getByRole('button', { name: '닫기' }).click();
  await page.getByRole('button', { name: '저장' }).click();

  const path = 'content/policies/gwangju/transport-test.md';
  await expect.poll(async () => (await repositoryFiles(page)).some(([file]) => file === path)).toBe(true);
  await shot(page, 'after-save');
  const text = new Map(await repositoryFiles(page)).get(path) ?? '';
  expect(text).toMatch(/^---\ntitle: 청년 시험용 교통비 지원\n/);
  // The new file, in a copy of the content tree, passes the same validation as a pull request.
  const tree = mkdtempSync(join(tmpdir(), 'cms-new-'));
  cpSync('content', join(tree, 'content'), { recursive: true });
  writeFileSync(join(tree, path), text);
  const output = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/validate/cli.ts'], {
    env: { ...process.env, CONTENT_DIR: join(tree, 'content') },
    encoding: 'utf8',
  });
  expect(output).toContain('오류 0건');
});
