import { test as base, expect } from '@playwright/test';

// The editors' CMS at /admin/ is an editing tool with its own JavaScript (Sveltia CMS from
// the npm package). It must run from this site alone: no script from a CDN. Its UI fonts
// are the only outside files it asks for, and they are blocked here like everything else.
const test = base.extend<{ outside: { url: string; type: string }[] }>({
  outside: async ({ context }, use) => {
    const attempted: { url: string; type: string }[] = [];
    await context.route(/^(?!http:\/\/(127\.0\.0\.1|localhost)[:/])/, (route) => {
      attempted.push({ url: route.request().url(), type: route.request().resourceType() });
      return route.abort('blockedbyclient');
    });
    await use(attempted);
  },
});

test('the CMS opens in Korean with a GitHub sign-in, its scripts served by the site itself', async ({
  page,
  request,
  outside,
}) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await page.goto('admin/');
  await expect(page.getByRole('button', { name: /GitHub.*로그인/ })).toBeVisible({ timeout: 20_000 });
  expect(scripts).toEqual(['/admin/locale-ko.js', '/admin/sveltia-cms.js']);
  expect(outside.filter((request) => request.type !== 'font')).toEqual([]);
  // Search engines are asked to leave the editing tool alone (Sveltia rewrites the head, so read the file).
  expect(await (await request.get('admin/')).text()).toContain('<meta name="robots" content="noindex" />');
});

test('the CMS is not in the sitemap', async ({ request }) => {
  const index = await (await request.get('sitemap-index.xml')).text();
  const sitemaps = [...index.matchAll(/<loc>(.*?)<\/loc>/g)].map((match) => new URL(match[1] ?? '').pathname);
  for (const path of sitemaps) expect(await (await request.get(path)).text()).not.toContain('/admin/');
  expect(sitemaps.length).toBeGreaterThan(0);
});
