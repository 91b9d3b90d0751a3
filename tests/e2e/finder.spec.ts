import type { Page } from '@playwright/test';
import { entryById, expect, field, seoulNoon, test } from './fixtures';

// A day when the sample's 광주 renewal rent support and 동구 청년의 집 are both closing soon.
const today = '2026-11-20';
const renewal = entryById('policies', 'gwangju/rent-deposit-interest-renewal');
const donggu = entryById('policies', 'gwangju-donggu/youth-house-zip');

const result = (page: Page, id: string) =>
  page.locator('[data-eligibility]').filter({
    has: page.locator(`a[href$="/policies/${id}/"]`),
  });

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(seoulNoon(today));
});

test('a person answers one question at a time on a phone and sees grouped results with reasons @phone-only', async ({
  page,
}) => {
  await page.goto('/finder/');
  const form = page.getByRole('form', { name: '나의 조건' });
  await expect(form.getByRole('group', { name: '나이' })).toBeVisible();
  await expect(form.getByRole('group', { name: '사는 곳' })).toBeHidden();
  await form.getByLabel('만 나이 또는 출생연도').fill('27');
  await form.getByRole('button', { name: '다음' }).click();
  await expect(form.getByRole('group', { name: '나이' })).toBeHidden();
  await expect(form.getByLabel('시·도')).toBeFocused();
  await form.getByLabel('시·도').selectOption({ label: '전남광주통합특별시' });
  // Every region below the 시·도, 광주's districts and 전남's 시·군 alike, is one choice away.
  const districts = await form.getByLabel('시·군·구').locator('option').allTextContents();
  expect(districts.slice(0, 4)).toEqual(['시·도 전체', '광주', '광주 동구', '광주 서구']);
  expect(districts).toEqual(expect.arrayContaining(['전남', '목포시', '신안군']));
  await form.getByLabel('시·군·구').selectOption({ label: '광주 서구' });
  for (let step = 0; step < 4; step += 1) await form.getByRole('button', { name: '다음' }).click();
  await expect(form.getByRole('group', { name: '관심 분야' })).toBeVisible();
  await form.getByRole('checkbox', { name: '주거' }).check();
  await form.getByRole('button', { name: '결과 보기' }).click();

  await expect(page).toHaveURL(/\/finder\/\?age=27&region=gwangju-seogu&category=housing$/);
  await expect(page.getByRole('heading', { name: '찾은 정책·프로그램' })).toBeFocused();
  await expect(page.getByRole('heading', { level: 3 })).toHaveText([/^주거 \(\d+건\)$/]);
  const item = result(page, renewal.id);
  await expect(item).toHaveAttribute('data-eligibility', 'check');
  await expect(item.getByRole('link')).toHaveText(field<string>(renewal, 'title'));
  await expect(item).toContainText('만 27세 — 만 19~39세 대상 ✓');
  await expect(item).toContainText('거주지 광주 서구 — 광주 대상 ✓');
  await expect(item).toContainText('소득 기준(');
  await expect(item).toContainText('은 공고에서 확인 필요');
  await expect(item).toContainText('마감 임박');
});

test('the header and the home page lead to the finder', async ({ page }) => {
  await page.goto('/');
  await page.locator('[data-finder-entry]').click();
  await expect(page).toHaveURL(/\/finder\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('나의 정책 찾기');
  const nav = page.getByRole('navigation', { name: '주요 메뉴' });
  await expect(nav.getByRole('link', { name: '나의 정책 찾기' })).toHaveAttribute('aria-current', 'page');
});

test('a desktop shows every question at once, a phone one at a time', async ({ page }, testInfo) => {
  await page.goto('/finder/');
  const groups = page.getByRole('form', { name: '나의 조건' }).getByRole('group');
  const visible = testInfo.project.name === 'desktop' ? 6 : 1;
  let shown = 0;
  for (const group of await groups.all()) if (await group.isVisible()) shown += 1;
  expect(shown).toBe(visible);
});

test('entries for another district are hidden behind a toggle, and closed entries are left out unless asked', async ({
  page,
}) => {
  await page.goto('/finder/?age=27&region=gwangju-seogu&category=housing');
  const status = page.getByRole('status').filter({ hasText: '찾았어요' });
  await expect(status).toContainText('조건에 맞지 않는');
  await expect(result(page, donggu.id)).toHaveCount(0);
  await page.getByRole('checkbox', { name: /조건에 맞지 않는 항목도 보기/ }).check();
  await expect(result(page, donggu.id)).toHaveAttribute('data-eligibility', 'ineligible');
  await expect(result(page, donggu.id)).toContainText('거주지 광주 서구 — 광주 동구 거주자 대상 ✗');

  const closed = entryById('policies', 'gwangju/rent-deposit-interest');
  await expect(result(page, closed.id)).toHaveCount(0);
  await page.getByRole('checkbox', { name: /마감된 항목도 보기/ }).check();
  await expect(result(page, closed.id)).toContainText('마감');
});

test('changing an answer updates the results and the address at once', async ({ page }) => {
  await page.goto('/finder/?age=27&region=gwangju-seogu&category=housing');
  await expect(result(page, renewal.id)).toBeVisible();
  await expect(page.getByText('결과는 이 브라우저 안에서 JavaScript로 계산합니다')).toBeHidden();
  await expect(result(page, donggu.id)).toHaveCount(0);
  if (await page.getByRole('button', { name: '다음' }).isVisible())
    await page.getByRole('button', { name: '다음' }).click();
  await page.getByLabel('시·군·구').selectOption({ label: '광주 동구' });
  await expect(result(page, donggu.id)).toHaveAttribute('data-eligibility', 'check');
  await expect(result(page, donggu.id)).toContainText('거주지 광주 동구 ✓');
  await expect(page).toHaveURL(/region=gwangju-donggu/);
  await expect(page.getByRole('status').filter({ hasText: '찾았어요' })).toBeVisible();
});

test('a shared address shows the same answers and the same results', async ({ page, context }) => {
  await page.goto('/finder/');
  await page.getByLabel('만 나이 또는 출생연도').fill('1999');
  await page.getByRole('button', { name: '결과 보기' }).click();
  await expect(page).toHaveURL(/\?age=1999$/);
  const shared = page.url();
  const ids = await page
    .locator('[data-eligibility] h4 a')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(ids.length).toBeGreaterThan(0);

  const other = await context.newPage();
  await other.clock.setFixedTime(seoulNoon(today));
  await other.goto(shared);
  await expect(other.getByLabel('만 나이 또는 출생연도')).toHaveValue('1999');
  await expect(other.locator('[data-eligibility] h4 a')).toHaveCount(ids.length);
  expect(
    await other.locator('[data-eligibility] h4 a').evaluateAll((links) => links.map((a) => a.getAttribute('href'))),
  ).toEqual(ids);
  await expect(other.getByText(/1999년생\(만 26~27세\) — /).first()).toBeVisible();
});

test('기억하기 keeps the answers in this browser only, and the forget button removes them', async ({
  page,
  context,
}) => {
  await page.goto('/finder/?age=30&region=gunsan');
  await page.getByRole('checkbox', { name: '이 기기에 기억하기' }).check();
  await page.goto('/finder/');
  await expect(page).toHaveURL(/\?age=30&region=gunsan$/);
  await expect(page.getByLabel('만 나이 또는 출생연도')).toHaveValue('30');
  await expect(page.getByRole('checkbox', { name: '이 기기에 기억하기' })).toBeChecked();
  expect(await context.cookies()).toEqual([]);

  await page.getByRole('button', { name: '기억한 정보 지우기' }).click();
  await expect(page.getByText('기억한 정보를 지웠어요.')).toBeVisible();
  await page.goto('/finder/');
  await expect(page.getByLabel('만 나이 또는 출생연도')).toHaveValue('');
  await expect(page).toHaveURL(/\/finder\/$/);
});

test('an age it cannot read is explained in Korean and kept in the box', async ({ page }) => {
  await page.goto('/finder/?region=gwangju-seogu');
  const age = page.getByLabel('만 나이 또는 출생연도');
  await age.fill('스물일곱');
  await expect(age).toHaveAttribute('aria-invalid', 'true');
  await expect(age).toHaveAccessibleDescription(/만 나이\(0~120\) 또는 태어난 해\(예: 1999\)를 숫자로 적어 주세요/);
  await expect(age).toHaveValue('스물일곱');
  await expect(page).toHaveURL(/\?region=gwangju-seogu$/);
  await age.fill('27');
  await expect(age).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page).toHaveURL(/\?age=27&region=gwangju-seogu$/);
});

test('an unknown region in the address is explained instead of breaking the page', async ({ page }) => {
  await page.goto('/finder/?region=atlantis&category=housing');
  await expect(result(page, renewal.id)).toContainText('알 수 없는 지역이라 거주지는 직접 확인 필요');
  await expect(result(page, renewal.id)).toHaveAttribute('data-eligibility', 'check');
});

test('without JavaScript the form still sends the answers in the address and pages say what needs it', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/finder/');
  await page.getByLabel('만 나이 또는 출생연도').fill('27');
  await page.getByLabel('시·군·구').selectOption({ label: '광주 서구' });
  await page.getByRole('checkbox', { name: '일자리' }).check();
  await page.getByRole('button', { name: '결과 보기' }).click();
  await expect(page).toHaveURL(/age=27&region=&region=gwangju-seogu&employment=&education=&marital=&category=jobs/);
  await expect(page.getByText('결과는 이 브라우저 안에서 JavaScript로 계산합니다')).toBeVisible();
  await page.goto(`/policies/${renewal.id}/`);
  await expect(page.getByText('관심 목록에 저장하려면 JavaScript가 필요합니다.')).toBeVisible();
  await expect(page.getByRole('button', { name: '관심 목록에 저장' })).toBeHidden();
  await expect(page.getByRole('link', { name: '캘린더에 추가 (.ics)' })).toBeVisible();
  await context.close();
});

test('answers typed while the entries are still loading are kept, not replaced', async ({ page }) => {
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  await page.route('**/finder/entries.json', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/finder/?category=jobs');
  await page.getByLabel('만 나이 또는 출생연도').fill('27');
  release();
  await expect(page.locator('[data-eligibility]').first()).toBeVisible();
  await expect(page.getByLabel('만 나이 또는 출생연도')).toHaveValue('27');
  await expect(page).toHaveURL(/age=27/);
});
