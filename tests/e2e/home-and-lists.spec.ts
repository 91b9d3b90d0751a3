import { categories } from '../../src/lib/categories';
import { content, expect, test } from './fixtures';

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

test('the policy list shows every policy, what can be applied for first', async ({ page }) => {
  await page.goto('/policies/');
  await expect(page.getByRole('heading', { level: 1, name: '청년 정책' })).toBeVisible();
  const cards = page.locator('[data-entry-list] article');
  await expect(cards).toHaveCount(content.policies.length);
  const statuses = await cards
    .locator('.status-badge')
    .evaluateAll((badges) => badges.map((badge) => badge.getAttribute('data-status')));
  const rank = ['closing-soon', 'open', 'always', 'upcoming', 'closed'];
  const ranks = statuses.map((status) => rank.indexOf(status ?? ''));
  expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  expect(statuses).toContain('closed');
});

test('the program list shows every program and links to each youth center', async ({ page }) => {
  await page.goto('/programs/');
  await expect(page.locator('[data-entry-list] article')).toHaveCount(content.programs.length);
  await page.getByRole('navigation', { name: '청년센터별로 보기' }).getByRole('link').first().click();
  await expect(page).toHaveURL(/\/centers\/[a-z0-9-]+\/$/);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a person browses from the policy list to a category, then a region, then a policy', async ({ page }) => {
    await page.goto('/policies/');
    await page.getByRole('navigation', { name: '분야별로 보기' }).getByRole('link', { name: /주거/ }).click();
    await expect(page).toHaveURL('/categories/housing/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('주거');
    const housing = content.policies.filter((policy) => policy.data.category === 'housing').length;
    await expect(page.locator('section:has(#section-policies) article')).toHaveCount(housing);
    await page.getByRole('navigation', { name: '지역별로 보기' }).getByRole('link', { name: '광주 남구' }).click();
    await expect(page).toHaveURL('/regions/gwangju-namgu/');
    await page.locator('article a').first().click();
    await expect(page.getByRole('link', { name: /신청하기|공식 공고 보기/ }).first()).toBeVisible();
  });
});

test('a category page lists only entries of that category', async ({ page }) => {
  await page.goto('/categories/education/');
  const programs = content.programs.filter((program) => program.data.category === 'education').length;
  const policies = content.policies.filter((policy) => policy.data.category === 'education').length;
  await expect(page.locator('article')).toHaveCount(programs + policies);
  const labels = await page.locator('article').evaluateAll((cards) => cards.map((card) => card.textContent ?? ''));
  for (const label of labels) expect(label).toContain('교육');
});
