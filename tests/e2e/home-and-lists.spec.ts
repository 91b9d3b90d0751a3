import { categories } from '../../src/lib/vocabulary';
import { content, expect, test } from './fixtures';
import { cardTitles, walkPages } from './paging';

test('home shows the five categories, what is open now, new entries, regions and youth centers', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle(/청년길잡이/);
  const categoryNav = page.locator('section', { has: page.getByRole('heading', { name: '분야별로 찾기' }) });
  for (const category of categories) {
    await expect(categoryNav.getByRole('link', { name: new RegExp(category.label) })).toHaveAttribute(
      'href',
      `/categories/${category.id}/`,
    );
  }
  for (const heading of ['지금 신청할 수 있어요', '새로 확인된 정보', '사는 곳으로 찾기', '청년센터']) {
    await expect(page.getByRole('heading', { name: heading, level: 2 })).toBeVisible();
  }
  const open = page.locator('section', { has: page.getByRole('heading', { name: '지금 신청할 수 있어요' }) });
  await expect(open.locator('article').first()).toBeVisible();
  await expect(open.locator('.status-badge[data-status="closed"]')).toHaveCount(0);
  await expect(page.getByRole('link', { name: '광주 서구' })).toHaveAttribute('href', '/regions/gwangju-seogu/');
});

test('every page says the data is sample data', async ({ page }) => {
  for (const path of [
    '/',
    '/policies/',
    '/programs/',
    '/centers/',
    '/regions/gwangju/',
    '/categories/jobs/',
    '/nope/',
  ]) {
    await page.goto(path);
    await expect(page.getByRole('complementary', { name: '샘플 데이터 안내' })).toContainText('샘플 데이터');
  }
});

test('the policy list shows every policy over numbered pages, what can be applied for first', async ({ page }) => {
  // What no one applies for (applicant none) has no status and comes last.
  const rank = ['closing-soon', 'open', 'always', 'upcoming', 'closed', 'none'];
  const { items, pages } = await walkPages(page, '/policies/', async (current) => {
    await expect(current.getByRole('heading', { level: 1, name: '청년 정책' })).toBeVisible();
    const cards = current.locator('[data-entry-list] article');
    return cards.evaluateAll((articles) =>
      articles.map((article) => ({
        title: article.querySelector('h2')?.textContent?.trim() ?? '',
        status:
          article.querySelector('.status-badge')?.getAttribute('data-status') ??
          (article.querySelector('[data-applicant="none"]') ? 'none' : ''),
      })),
    );
  });
  expect(pages).toBe(Math.ceil(content.policies.length / 20));
  expect(items.map((item) => item.title).sort()).toEqual(
    content.policies.map((policy) => String(policy.data.title)).sort(),
  );
  const ranks = items.map((item) => rank.indexOf(item.status));
  expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  expect(ranks).toContain(rank.indexOf('closed'));
});

test('a later page of a list has its own title and address and leads back to the first', async ({ page }) => {
  await page.goto('/policies/page/2/');
  await expect(page).toHaveTitle(/^청년 정책 전체 \(2쪽\)/);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/policies\/page\/2\/$/);
  const pager = page.getByRole('navigation', { name: '목록 쪽 이동' });
  await expect(pager).toContainText(`전체 ${content.policies.length}건 중 21–`);
  await pager.getByRole('link', { name: '이전', exact: true }).click();
  await expect(page).toHaveURL('/policies/');
  await expect(
    page.getByRole('navigation', { name: '목록 쪽 이동' }).getByRole('link', { name: '1쪽' }),
  ).toHaveAttribute('aria-current', 'page');
});

test('the program list shows every program on one page and links to each youth center', async ({ page }) => {
  await page.goto('/programs/');
  expect(content.programs.length).toBeLessThanOrEqual(20);
  await expect(page.locator('[data-entry-list] article')).toHaveCount(content.programs.length);
  await expect(page.getByRole('navigation', { name: '목록 쪽 이동' })).toHaveCount(0);
  await page.getByText('청년센터별로 보기', { exact: true }).first().click();
  await page.getByRole('navigation', { name: '청년센터별로 보기' }).getByRole('link').first().click();
  await expect(page).toHaveURL(/\/centers\/[a-z0-9-]+\/$/);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a person browses from the policy list to a category, a city, a district, then a policy', async ({ page }) => {
    await page.goto('/policies/');
    await page.getByText('분야·지역별로 보기', { exact: true }).click();
    await page.getByRole('navigation', { name: '분야별로 보기' }).getByRole('link', { name: /주거/ }).click();
    await expect(page).toHaveURL('/categories/housing/policies/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('주거 분야 정책');
    const housing = content.policies.filter((entry) => entry.data.category === 'housing').length;
    await expect(page.locator('[data-entry-list] article')).toHaveCount(Math.min(housing, 20));
    await page
      .getByRole('navigation', { name: '지역별로 보기' })
      .getByRole('link', { name: '전남광주통합특별시' })
      .click();
    await expect(page).toHaveURL('/regions/jeonnam-gwangju/');
    await page
      .getByRole('navigation', { name: '전남광주통합특별시 안의 지역' })
      .getByRole('link', { name: '광주', exact: true })
      .click();
    await expect(page).toHaveURL('/regions/gwangju/');
    await page.getByRole('navigation', { name: '광주 안의 지역' }).getByRole('link', { name: '광주 남구' }).click();
    await expect(page).toHaveURL('/regions/gwangju-namgu/');
    await page.locator('article a').first().click();
    await expect(page.getByRole('link', { name: /신청하기|공식 공고 보기/ }).first()).toBeVisible();
  });

  test('a person pages through the policy list with plain links', async ({ page }) => {
    const { items, pages } = await walkPages(page, '/policies/', cardTitles());
    expect(pages).toBeGreaterThan(1);
    expect(new Set(items).size).toBe(content.policies.length);
  });
});

test('a category page lists every entry of that category and nothing else', async ({ page }) => {
  const expected = [...content.policies, ...content.programs].filter((entry) => entry.data.category === 'education');
  const { items } = await walkPages(page, '/categories/education/', (current) =>
    current.locator('[data-entry-list] article').evaluateAll((cards) =>
      cards.map((card) => ({
        title: card.querySelector('h2')?.textContent?.trim() ?? '',
        text: card.textContent ?? '',
      })),
    ),
  );
  expect(items.map((item) => item.title).sort()).toEqual(expected.map((entry) => String(entry.data.title)).sort());
  for (const item of items) expect(item.text).toContain('교육');
});
