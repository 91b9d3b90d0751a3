import { expect, test } from './fixtures';
import { e2eSites } from './sites.mjs';

// The same site built with BASE_PATH=/youth/ and SITE_URL=https://example.go.kr, as a
// municipality would deploy it under its own domain.
const origin = `http://127.0.0.1:${e2eSites.subpath.port}`;

test('under a subpath every link, asset and canonical URL stays under the base path', async ({ page }) => {
  const failed: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(response.url());
  });
  await page.goto(`${origin}/youth/`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('받을 수 있는 청년 정책');
  const hrefs = await page
    .locator('a[href^="/"], link[href^="/"], script[src^="/"]')
    .evaluateAll((elements) =>
      elements.map((element) => element.getAttribute('href') ?? element.getAttribute('src') ?? ''),
    );
  expect(hrefs.length).toBeGreaterThan(20);
  expect(hrefs.filter((href) => !href.startsWith('/youth/'))).toEqual([]);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', 'https://example.go.kr/youth/');
  const background = await page.locator('body').evaluate((body) => getComputedStyle(body).backgroundColor);
  expect(background, 'the stylesheet from /youth/_astro/ sets the page background').not.toBe('rgba(0, 0, 0, 0)');
  expect(failed).toEqual([]);
});

test('under a subpath a person reaches a policy and its canonical URL is on the municipal domain', async ({ page }) => {
  await page.goto(`${origin}/youth/policies/`);
  await page.locator('article a').first().click();
  await expect(page).toHaveURL(/\/youth\/policies\/.+\/$/);
  const path = new URL(page.url()).pathname;
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `https://example.go.kr${path}`);
  await expect(page.getByRole('link', { name: '청년길잡이' })).toHaveAttribute('href', '/youth/');
});

test('under a subpath the sitemap and robots.txt use the deployed address', async ({ request }) => {
  expect(await (await request.get(`${origin}/youth/robots.txt`)).text()).toContain(
    'Sitemap: https://example.go.kr/youth/sitemap-index.xml',
  );
  expect(await (await request.get(`${origin}/youth/sitemap-0.xml`)).text()).toContain(
    '<loc>https://example.go.kr/youth/policies/gwangju/rent-deposit-interest/</loc>',
  );
});
