import { entryById, expect, field, test } from './fixtures';
import { searchFor } from './search-results';

// An entry no one applies for (eligibility.applicant: none), written from a real 온통청년
// record: a building project. Its page and cards say what it is, offer no 신청하기, and it
// is still found in lists and search.
const housing = entryById('policies', 'gwangju/sangmu-public-rental-housing');
const path = '/policies/gwangju/sangmu-public-rental-housing/';

test('a page of something no one applies for says so plainly, with no apply button, and links the notice', async ({
  page,
}) => {
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(field(housing, 'title'));
  const box = page.getByRole('complementary', { name: '신청' });
  await expect(box.getByText('신청하는 사업이 아니에요')).toBeVisible();
  await expect(box.getByRole('link', { name: '공식 공고 보기' })).toHaveAttribute('href', field(housing, 'source.url'));
  await expect(page.locator('[data-apply-link]')).toHaveCount(0);
  await expect(page.getByRole('link', { name: /신청하기/ })).toHaveCount(0);
  // No period, status or "how to apply" for a round that does not exist.
  await expect(page.getByText('이번 모집은 끝났어요')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: '언제, 어떻게 신청하나요' })).toHaveCount(0);
  await expect(page.locator('header .status-badge')).toHaveCount(0);
  await expect(page.locator('header [data-applicant="none"]')).toHaveText('신청하는 사업이 아님');
  // The panels say what it is and whom it is for, not what one gets by applying.
  await expect(page.getByRole('heading', { level: 2, name: '무엇을 하는 사업인가요' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: '누구를 위한 사업인가요' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '누가 신청할 수 있나요' })).toHaveCount(0);
});

test('it is still in its region and category lists, its card labelled and without a status', async ({ page }) => {
  await page.goto('/categories/housing/policies/');
  const card = page.locator('li', { has: page.getByRole('link', { name: field(housing, 'title') }) });
  await expect(card).toHaveCount(1);
  await expect(card.locator('[data-applicant="none"]')).toHaveText('신청하는 사업이 아님');
  await expect(card.locator('.status-badge')).toHaveCount(0);
});

test('search finds it', async ({ page }) => {
  const results = await searchFor(page, '통합공공임대주택');
  expect(results).toContain(path);
});
