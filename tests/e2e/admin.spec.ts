import { test as base, expect } from '@playwright/test';

// The editors' pages: a Korean front door at /admin/ and the CMS at /admin/edit/ (Sveltia
// CMS from the npm package). Both run from this site alone: every request to another
// origin is recorded and refused here, and none may be made.
const test = base.extend<{ outside: string[] }>({
  outside: async ({ context }, use) => {
    const attempted: string[] = [];
    await context.route(/^(?!http:\/\/(127\.0\.0\.1|localhost)[:/])/, (route) => {
      attempted.push(route.request().url());
      return route.abort('blockedbyclient');
    });
    await use(attempted);
  },
});

test('the front door says in Korean who can edit, how to get access, what a save does and where to ask', async ({
  page,
}) => {
  await page.goto('admin/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/콘텐츠 편집 안내/);
  for (const heading of [
    '누가 고칠 수 있나요',
    '편집 권한 받기',
    '액세스 토큰으로 로그인하기',
    '저장하면 어떻게 되나요',
    '도움이 필요하면',
  ]) {
    await expect(page.getByRole('heading', { name: heading })).toBeVisible();
  }
  await expect(page.getByText('gwangju-city/youth-content').first()).toBeVisible();
  await expect(page.getByText(/검토 요청/).first()).toBeVisible();
  await expect(page.getByRole('link', { name: /질문 게시판/ })).toHaveAttribute(
    'href',
    'https://github.com/gwangju-city/youth-content/issues',
  );
  await page.screenshot({
    path: `test-results/admin-screens/front-door-${page.viewportSize()?.width}.png`,
    fullPage: true,
  });
  await page.getByRole('link', { name: '편집 화면 열기' }).click();
  await expect(page).toHaveURL(/\/admin\/edit\/$/);
});

test('the CMS opens in Korean with token sign-in, its scripts, strings and icon font served by the site itself', async ({
  page,
  request,
  outside,
}) => {
  const scripts: string[] = [];
  const fonts: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (request.resourceType() === 'script') scripts.push(path);
    if (request.resourceType() === 'font') fonts.push(path);
  });
  await page.goto('admin/edit/');
  await expect(page.getByRole('button', { name: /액세스 토큰으로 로그인/ })).toBeVisible({ timeout: 20_000 });
  // Without an OAuth client of our own (CMS_AUTH_URL) there is no GitHub sign-in to a third party.
  await expect(page.getByRole('button', { name: /GitHub.*로그인/ })).toHaveCount(0);
  expect(scripts.slice(0, 3)).toEqual([
    '/admin/edit/before-cms.js',
    '/admin/edit/sveltia-cms.js',
    '/admin/edit/preview.js',
  ]);
  // Icons are drawn by the icon font from this site, not written out as words.
  await expect.poll(() => fonts).toContain('/admin/edit/fonts/material-symbols-outlined-latin-wght-normal.woff2');
  expect(outside).toEqual([]);
  await page.screenshot({ path: `test-results/admin-screens/sign-in-${page.viewportSize()?.width}.png` });
  const file = await (await request.get('admin/edit/')).text();
  expect(file).toContain('<meta name="robots" content="noindex" />');
  expect(file).toContain("script-src 'self';");
});

test('the editors pages are not in the sitemap', async ({ request }) => {
  const index = await (await request.get('sitemap-index.xml')).text();
  const sitemaps = [...index.matchAll(/<loc>(.*?)<\/loc>/g)].map((match) => new URL(match[1] ?? '').pathname);
  for (const path of sitemaps) expect(await (await request.get(path)).text()).not.toContain('/admin/');
  expect(sitemaps.length).toBeGreaterThan(0);
});

// Issue #25: on GitHub Pages `_headers` does not apply and a <meta> CSP cannot forbid
// framing, so another site could frame the editor and trick a click. The headers are
// taken off here, as such a host serves the page; the editor itself must refuse.
test('the editor refuses to run inside a frame when no header forbids framing', async ({ page, outside }) => {
  await page.route('**/admin/edit/**', async (route) => {
    const response = await route.fetch();
    const headers = { ...response.headers() };
    delete headers['content-security-policy'];
    delete headers['x-frame-options'];
    await route.fulfill({ response, headers });
  });
  await page.goto('/');
  await page.setContent('<iframe src="/admin/edit/" title="편집 화면" width="800" height="600"></iframe>');
  const frame = page.frameLocator('iframe');
  await expect(frame.locator('body')).toHaveText(/편집 화면은 다른 사이트 안\(프레임\)에서 열 수 없습니다/, {
    timeout: 20_000,
  });
  await expect(frame.getByRole('button', { name: /액세스 토큰으로 로그인/ })).toHaveCount(0);
  expect(outside).toEqual([]);
});
