import { RegionTree } from '../../src/lib/regions';
import { content, expect, test } from './fixtures';

// The national centre list as a young person uses it: by 시·도 and 시·군·구 with counts, a
// centre's page with what they need to walk in, and "help near you" after policies,
// finder results and search results.
const regions = new RegionTree(content.regions as never);
const centersIn = (region: string) =>
  content.centers.filter((center) => regions.contains(region, String(center.data.region)));

test('/centers/ lists every 시·도 with centres and its 시·군·구, with counts that match the lists they open', async ({
  page,
}) => {
  await page.goto('/centers/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('청년센터');
  await expect(page.getByText(`전국 ${content.centers.length}곳`)).toBeVisible();
  const gyeongnam = page.getByRole('link', { name: `경상남도 ${centersIn('gyeongnam').length}곳` });
  await expect(gyeongnam).toBeVisible();
  await page.getByRole('link', { name: `김해시 (${centersIn('gimhae').length})` }).click();
  await expect(page).toHaveURL(/\/centers\/regions\/gimhae\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('김해시 청년센터');
  const names = centersIn('gimhae').map((center) => String(center.data.name));
  await expect(page.locator('main li h3')).toHaveText(names.sort((a, b) => a.localeCompare(b, 'ko')));
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
    page.viewportSize()?.width ?? 0,
  );
});

test("a 시·도's list groups its centres by the place they are in", async ({ page }) => {
  await page.goto('/centers/regions/jeonnam-gwangju/');
  const places = page.locator('[data-center-place]');
  await expect(places.locator('h2')).toHaveText([/^광주 전체 1곳$/, /^광주 북구 1곳$/, /^영광군 1곳$/]);
  await page.getByRole('link', { name: '영광군청년센터' }).click();
  await expect(page).toHaveURL(/\/centers\/yeonggwang-10262\/$/);
});

test('a centre page gives the kind, the address with a map search link, the phone to dial and the homepage', async ({
  page,
}) => {
  await page.goto('/centers/cheongyang-10266/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('청년활력공간');
  await expect(page.locator('[data-center-kind]')).toHaveText('청년공간');
  await expect(page.getByText('충남 청양군 칠갑산로9길10, 청년LAB 2층')).toBeVisible();
  const map = page.getByRole('link', { name: '지도에서 주소 찾기 (카카오맵)' });
  await expect(map).toHaveAttribute(
    'href',
    `https://map.kakao.com/link/search/${encodeURIComponent('충남 청양군 칠갑산로9길10')}`,
  );
  await expect(page.getByRole('link', { name: '041-942-3306' })).toHaveAttribute('href', 'tel:0419423306');
  // The punycode host is shown as the Korean name; the link keeps the address as published.
  const homepage = page.locator('a[data-print-url]');
  await expect(homepage).toHaveAttribute('href', 'https://www.xn--og5bwgv8pq6k.org/');
  await expect(homepage).not.toHaveText(/xn--/);
  await expect(page.getByRole('heading', { name: '청양군 청년이 신청할 수 있는 정책' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '센터 소개' })).toHaveCount(0);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
    page.viewportSize()?.width ?? 0,
  );
});

test('a centre whose homepage upstream gave as http shows none', async ({ page }) => {
  await page.goto('/centers/gyeongsan-10265/');
  await expect(page.locator('[data-center-kind]')).toHaveText('청년센터');
  await expect(page.locator('a[data-print-url]')).toHaveCount(0);
  await expect(page.locator('a[href^="http:"]')).toHaveCount(0);
});

test("a policy page points to the centres of the policy's region", async ({ page }) => {
  await page.goto('/policies/gwangju/rent-deposit-interest/');
  const near = page.locator('section[data-nearby-centers]');
  await expect(near.getByRole('heading', { name: '가까운 청년센터' })).toBeVisible();
  await expect(near.getByText('신청이 어렵다면 가까운 청년센터에 물어보세요.')).toBeVisible();
  await expect(near.getByRole('link', { name: '광주청년센터' })).toBeVisible();
  await near.getByRole('link', { name: `광주 청년센터 ${centersIn('gwangju').length}곳 모두 보기` }).click();
  await expect(page).toHaveURL(/\/centers\/regions\/gwangju\/$/);
});

test("the finder's results point to the centres near the region the person chose", async ({ page }) => {
  // 광주 서구 has no centre of its own: the person is pointed to 광주's.
  await page.goto('/finder/?age=27&region=gwangju-seogu&category=housing');
  const near = page.locator('section[data-nearby-centers]');
  await expect(near.getByText('신청이 어렵다면 가까운 청년센터에 물어보세요.')).toBeVisible();
  const link = near.getByRole('link', { name: `광주 청년센터 ${centersIn('gwangju').length}곳 보기` });
  await expect(link).toHaveAttribute('href', '/centers/regions/gwangju/');
});

test('the search page points to the centres of the region chosen, and finds centres by name and region', async ({
  page,
}) => {
  await page.goto('/search/?q=월세&region=gimhae');
  // The box waits below the results until they are in, so it never moves on the first screen.
  await expect(page.locator('[data-search-results]')).toHaveAttribute('aria-busy', 'false', { timeout: 30_000 });
  const near = page.locator('section[data-nearby-centers]');
  await expect(near.getByRole('link', { name: `김해시 청년센터 ${centersIn('gimhae').length}곳 보기` })).toBeVisible();

  await page.goto('/search/?q=소소마루');
  await expect(page.locator('[data-search-results]')).toHaveAttribute('aria-busy', 'false', { timeout: 30_000 });
  await expect(page.locator('[data-search-results] a[href="/centers/gyeryong-10268/"]').first()).toBeVisible();

  await page.goto('/search/?q=청양군 청년');
  await expect(page.locator('[data-search-results]')).toHaveAttribute('aria-busy', 'false', { timeout: 30_000 });
  await expect(page.locator('[data-search-results] a[href="/centers/cheongyang-10266/"]').first()).toBeVisible();
});

test('the home page shows the centres that run programmes and links the national list', async ({ page }) => {
  await page.goto('/');
  const section = page.locator('section', { has: page.getByRole('heading', { name: '청년센터', level: 2 }) });
  const running = content.centers.filter((center) => content.programs.some((p) => p.data.center === center.id));
  await expect(section.locator('li')).toHaveCount(Math.min(running.length, 6));
  await expect(section.getByRole('link', { name: `전국 청년센터 ${content.centers.length}곳 보기` })).toHaveAttribute(
    'href',
    '/centers/',
  );
});
