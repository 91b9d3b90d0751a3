import type { Page } from '@playwright/test';
import { RegionTree } from '../../src/lib/regions';
import { content, expect, regionsWithPages, test } from './fixtures';
import { cardTitles, walkPages } from './paging';
import { e2eSites } from './sites.mjs';

const site = e2eSites.root.env.SITE_URL;

const regions = new RegionTree(content.regions as never);
const all = [...content.policies, ...content.programs];
const regionsOf = (entry: (typeof all)[number]) => entry.data.regions as string[];

test('a district page lists what its residents can use: the district, the city and nationwide', async ({ page }) => {
  await page.goto('/regions/gwangju-seogu/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('광주 서구에 사는 청년');
  const eligible = all.filter((entry) => regions.isResidentEligible('gwangju-seogu', regionsOf(entry)));
  const isNational = (entry: (typeof all)[number]) => regionsOf(entry).includes('kr');
  await expect(
    page.getByText(`광주 서구 주민이 신청할 수 있는 정책·프로그램 ${eligible.length}건입니다.`),
  ).toBeVisible();

  const section = (title: string) => (current: Page) =>
    current.locator('section', { has: current.getByRole('heading', { name: title, exact: true }) });
  const local = await walkPages(
    page,
    '/regions/gwangju-seogu/',
    cardTitles(section('광주 서구·광주 전체 대상 정책·프로그램')),
  );
  expect(local.items.sort()).toEqual(
    eligible
      .filter((entry) => !isNational(entry))
      .map((entry) => String(entry.data.title))
      .sort(),
  );

  await page.goto('/regions/gwangju-seogu/');
  const national = eligible.filter(isNational);
  const preview = section('전국 청년 대상')(page);
  await expect(preview.locator('article')).toHaveCount(Math.min(national.length, 6));
  await preview.getByRole('link', { name: `전국 대상 ${national.length}건 모두 보기` }).click();
  await expect(page).toHaveURL('/regions/kr/');
  const nationwide = await walkPages(page, '/regions/kr/', cardTitles(section('전국 청년 대상 정책·프로그램')));
  expect(nationwide.items.sort()).toEqual(national.map((entry) => String(entry.data.title)).sort());

  const namguOnly = all.find((entry) => regionsOf(entry).every((id) => id === 'gwangju-namgu'));
  if (!namguOnly) throw new Error('the sample content needs a 남구-only entry');
  expect([...local.items, ...nationwide.items]).not.toContain(namguOnly.data.title);
});

test('a city page keeps district-only entries apart, labelled with their district', async ({ page }) => {
  await page.goto('/regions/gwangju/');
  const inner = page.locator('section', {
    has: page.getByRole('heading', { name: '광주 안 일부 지역 주민만 신청할 수 있는 것' }),
  });
  const districtOnly = all.filter(
    (entry) =>
      regions.isWithin('gwangju', regionsOf(entry)) && !regions.isResidentEligible('gwangju', regionsOf(entry)),
  );
  expect(districtOnly.length).toBeGreaterThan(6);
  await expect(inner).toContainText(
    `모두 ${districtOnly.length}건이고, 위에서 사는 지역을 고르면 전부 볼 수 있습니다.`,
  );
  await expect(inner.locator('article')).toHaveCount(6);
  for (const card of await inner.locator('article').all())
    await expect(card).toContainText(/광주 (동구|서구|남구|북구|광산구)/);
  await expect(page.getByRole('navigation', { name: '광주 안의 지역' }).getByRole('link')).toHaveCount(5);
});

test('the region index leads from a 시·도 to its 시·군·구', async ({ page }) => {
  await page.goto('/regions/');
  await page.getByRole('link', { name: /^군산시/ }).click();
  await expect(page).toHaveURL('/regions/gunsan/');
  await expect(page.getByRole('link', { name: /청년뜰/ }).first()).toBeVisible();
});

test('the region index lists every 시·도 and says which 시·군·구 have no page of their own', async ({ page }) => {
  await page.goto('/regions/');
  const seoul = page.locator('li', { has: page.getByRole('link', { name: '서울특별시', exact: true }) });
  // The districts without a page: those no entry or centre names (imported centres give 노원구 and 성북구 one).
  const without = regions.children('seoul').filter((district) => !regionsWithPages.has(district.id)).length;
  await expect(seoul).toContainText(
    `그 밖의 시·군·구 ${without}곳은 그 지역만을 위한 항목이 아직 없어 서울특별시 목록에 함께 나옵니다.`,
  );
  await seoul.getByRole('link', { name: '서울특별시', exact: true }).click();
  await expect(page).toHaveURL('/regions/seoul/');
  // A 시·군·구 without entries of its own has no page: its 시·도 page lists what its residents may use.
  expect((await page.request.get('/regions/seoul-jongnogu/')).status()).toBe(404);
});

test('search offers every region grouped by 시·도', async ({ page }) => {
  await page.goto('/search/');
  const region = page.getByLabel('사는 곳');
  await expect(region.locator('optgroup[label="전남광주통합특별시"] option')).toContainText([
    '전남광주통합특별시 전체',
    '광주',
    '광주 서구',
  ]);
  await expect(region.locator('optgroup[label="경기도"] option', { hasText: '화성시 동탄구' })).toHaveCount(1);
  // The conditions sit behind a disclosure, so results start on a phone's first screen.
  await page.getByText('조건 고르기').click();
  await region.selectOption('gwangju-seogu');
  await expect(region).toHaveValue('gwangju-seogu');
});

test('an unknown address shows a Korean 404 page with ways back', async ({ page }) => {
  const response = await page.goto('/policies/does-not-exist/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('페이지를 찾을 수 없습니다');
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  await page.locator('[data-not-found]').getByRole('link', { name: '청년 정책 전체' }).click();
  await expect(page).toHaveURL('/policies/');
});

test('pages carry a canonical URL, a description and Open Graph tags', async ({ page }) => {
  await page.goto('/programs/');
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${site}/programs/`);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /청년센터/);
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', '청년센터 프로그램 전체');
  await expect(page.locator('meta[property="og:url"]')).toHaveAttribute('content', `${site}/programs/`);
  await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute('content', 'ko_KR');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
});

test('sitemap.xml lists every entry page and robots.txt points to it', async ({ request }) => {
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toContain(`Sitemap: ${site}/sitemap-index.xml`);
  const index = await (await request.get('/sitemap-index.xml')).text();
  const sitemaps = [...index.matchAll(/<loc>(.*?)<\/loc>/g)].map((match) => new URL(match[1] ?? '').pathname);
  const locations = (await Promise.all(sitemaps.map(async (path) => (await request.get(path)).text()))).flatMap((xml) =>
    [...xml.matchAll(/<loc>(.*?)<\/loc>/g)].map((match) => match[1]),
  );
  for (const policy of content.policies) expect(locations).toContain(`${site}/policies/${policy.id}/`);
  for (const program of content.programs) expect(locations).toContain(`${site}/programs/${program.id}/`);
});

test('the HTML sitemap leads to each list with its count, not to every entry, so it stays small at any size', async ({
  page,
}) => {
  await page.goto('/sitemap/');
  const lists = page.getByRole('region', { name: '정책과 프로그램' });
  await expect(lists.getByRole('link', { name: `청년 정책 ${content.policies.length}건` })).toHaveAttribute(
    'href',
    /\/policies\/$/,
  );
  await expect(lists.getByRole('link', { name: `청년센터 프로그램 ${content.programs.length}건` })).toBeVisible();
  await expect(page.locator('a[href*="/policies/national/"]')).toHaveCount(0);
});

test('a detail page prints without navigation, with the application address written out', async ({ page }) => {
  await page.goto('/policies/national/independence-allowance/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: '주요 메뉴' })).toBeHidden();
  await expect(page.locator('[data-related]')).toBeHidden();
  const after = await page.locator('[data-apply-link]').evaluate((link) => getComputedStyle(link, '::after').content);
  expect(after).toContain('https://www.bokjiro.go.kr/');
});

for (const path of [
  '/',
  '/policies/',
  '/policies/gwangju/rent-deposit-interest/',
  '/programs/gunsan/unity-certification/',
  '/regions/gwangju/',
  '/centers/gunsan-youth-center/',
]) {
  test(`${path} fits a 360 px phone without sideways scrolling @phone-only`, async ({ page }) => {
    await page.goto(path);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
}
