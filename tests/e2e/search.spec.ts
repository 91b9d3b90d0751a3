import AxeBuilder from '@axe-core/playwright';
import { entryById, expect, field, test } from './fixtures';
import { renderedResults, searchFor, typeQuery } from './search-results';

const monthlyRent = entryById('policies', 'national/youth-monthly-rent');

test('the header search box on every page takes a query to the search page, without JavaScript too', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('policies/');
  const header = page.getByRole('search', { name: '사이트 검색' });
  await header.getByRole('searchbox', { name: '검색어' }).fill('월세');
  await header.getByRole('button', { name: '검색' }).click();
  await expect(page).toHaveURL(/\/search\/\?q=%EC%9B%94%EC%84%B8$/);
  await expect(page.getByRole('heading', { level: 1, name: '검색' })).toBeVisible();
  await context.close();
});

test('a result shows the title, summary, category, region and status, with the matched words marked', async ({
  page,
}) => {
  const results = await searchFor(page, '월세를');
  expect(results[0]).toBe('/policies/national/youth-monthly-rent/');
  const first = page.locator('[data-search-results] li').first();
  await expect(first.getByRole('link', { name: field<string>(monthlyRent, 'title') })).toBeVisible();
  await expect(first).toContainText(field<string>(monthlyRent, 'summary'));
  await expect(first).toContainText('주거 · 정책');
  await expect(first).toContainText('전국');
  await expect(first.locator('.status-badge')).toHaveAttribute('data-status', 'always');
  await expect(first.locator('mark').first()).toHaveText('월세');
  await expect(page.getByRole('status')).toContainText('검색 결과');
  await first.getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(field<string>(monthlyRent, 'title'));
});

test('typing updates the URL, filters and sort live in it, and back and forward restore each search', async ({
  page,
}) => {
  await page.goto('search/');
  await page.locator('#search-q').fill('청년');
  await renderedResults(page, '청년');
  await expect(page).toHaveURL(/\?q=%EC%B2%AD%EB%85%84$/);
  const all = await page.locator('[data-search-results] li').count();
  // The conditions sit behind a disclosure, so the results start on a phone's first screen.
  await page.getByText('조건 고르기').click();
  await page.getByLabel('분야').selectOption('housing');
  await expect(page).toHaveURL(/category=housing/);
  await expect(page.locator('[data-search-results] li').first()).toContainText('주거');
  await expect
    .poll(() => page.locator('[data-search-results] li').evaluateAll((items) => items.map((li) => li.textContent)))
    .toEqual(expect.not.arrayContaining([expect.stringContaining('일자리 ·')]));
  await page.getByLabel('정렬').selectOption('deadline');
  await expect(page).toHaveURL(/category=housing&sort=deadline/);
  await page.goBack();
  await expect(page).toHaveURL(/category=housing$/);
  await expect(page.getByLabel('정렬')).toHaveValue('');
  await page.goBack();
  await expect(page.getByLabel('분야')).toHaveValue('');
  await expect(page.locator('[data-search-results] li')).toHaveCount(Math.min(all, 10));
  await page.goForward();
  await expect(page.getByLabel('분야')).toHaveValue('housing');
});

test('a shared link with filters opens the same search: programs of type 자격증 과정 only', async ({ page }) => {
  const results = await searchFor(page, '자격증', '&kind=program&type=certification');
  expect(results.length).toBeGreaterThan(0);
  expect(results.every((href) => href.startsWith('/programs/'))).toBe(true);
  await expect(page.getByLabel('종류')).toHaveValue('program');
  await expect(page.getByLabel('프로그램 유형')).toHaveValue('certification');
});

test('the region filter finds what a district resident can use, including city-wide and national entries', async ({
  page,
}) => {
  const results = await searchFor(page, '월세', '&region=gwangju-seogu');
  expect(results).toContain('/policies/national/youth-monthly-rent/');
  expect(results).toContain('/policies/gwangju/rent-deposit-interest/');
});

test('an empty result explains itself and offers categories, the finder and a broader query', async ({ page }) => {
  const results = await searchFor(page, '우주여행 지원');
  expect(results).toEqual([]);
  await expect(page.getByRole('status')).toHaveText('‘우주여행 지원’ 검색 결과가 없습니다.');
  const help = page.getByRole('region', { name: '원하는 결과가 없나요?' });
  await expect(help.getByRole('link', { name: '주거' })).toHaveAttribute('href', '/categories/housing/');
  await expect(help.getByRole('link', { name: /나에게 맞는 정책 찾기/ })).toHaveAttribute('href', '/finder/');
  await help.getByRole('link', { name: '‘우주여행’(으)로 넓혀 찾기' }).click();
  await expect(page).toHaveURL(/\?q=%EC%9A%B0%EC%A3%BC%EC%97%AC%ED%96%89$/);
});

test('a query is shown as text, never run as HTML', async ({ page }) => {
  const attack = '<img src=x onerror="window.pwned=1">월세';
  await searchFor(page, attack);
  await expect(page.getByRole('status')).toContainText(attack);
  await expect(page.locator('main img')).toHaveCount(0);
  expect(await page.evaluate(() => (window as { pwned?: number }).pwned)).toBeUndefined();
});

test('only entry content is indexed: words from the page chrome find nothing', async ({ page }) => {
  // The site name and the sample-data notice are on every page, in the header and footer only.
  expect(await searchFor(page, '청년길잡이')).toEqual([]);
  expect(await searchFor(page, '샘플 데이터')).toEqual([]);
  expect(await searchFor(page, '본문 바로가기')).toEqual([]);
});

test('a word with one wrong syllable still finds the entry', async ({ page }) => {
  expect((await searchFor(page, '청년도악계좌'))[0]).toBe('/policies/national/youth-leap-account/');
  await expect(page.getByRole('status')).toContainText('‘청년도악계좌’ 검색 결과');
});

test('an entry page carries its search filters, sort keys and extra Korean terms, hidden from people', async ({
  page,
}) => {
  await page.goto('policies/gwangju/job-seeking-allowance/');
  const meta = page.locator('[data-pagefind-body] [data-search-meta]');
  await expect(meta).toBeHidden();
  const filters = await meta
    .locator('[data-pagefind-filter]')
    .evaluateAll((items) =>
      items.map((item) => `${item.getAttribute('data-pagefind-filter')}=${item.getAttribute('value')}`),
    );
  expect(filters).toEqual(
    expect.arrayContaining([
      'category[value]=jobs',
      'kind[value]=policy',
      'region[value]=gwangju',
      'region[value]=gwangju-seogu',
    ]),
  );
  await expect(meta.locator('[data-pagefind-sort="deadline[value]"]')).toHaveCount(1);
  await expect(meta.locator('[data-pagefind-weight="9"]')).toContainText('ㄱㅈㅎㄷㅅㄷ');
});

test('closed results wait behind "마감된 항목 N건", N counted over every result, and open on a key press', async ({
  page,
}) => {
  // The closed results of 자격증, as the status filter (computed when the site is built) lists them.
  const closedOnes = await searchFor(page, '자격증', '&status=closed');
  expect(closedOnes.length).toBeGreaterThan(0);
  const all = await searchFor(page, '자격증');
  const main = page.locator('[data-search-results]');
  const mainLinks = await main.locator('h2 a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(mainLinks.length).toBeGreaterThan(0);
  expect(mainLinks).toEqual(expect.not.arrayContaining(closedOnes));
  await expect(main.locator('.status-badge[data-status="closed"]')).toHaveCount(0);
  await expect(page.getByRole('status')).toHaveText(
    `‘자격증’ 검색 결과 ${all.length}건 · 그중 마감 ${closedOnes.length}건은 아래에 접어 두었어요`,
  );
  const disclosure = page.locator('[data-search-closed]');
  const summary = disclosure.locator('summary');
  await expect(summary).toHaveText(`마감된 항목 ${closedOnes.length}건`);
  const closedList = page.getByRole('list', { name: '마감된 검색 결과' });
  await expect(closedList).toBeHidden();
  await summary.focus();
  await page.keyboard.press('Enter');
  await expect(closedList).toBeVisible();
  await expect(closedList.getByRole('listitem')).toHaveCount(closedOnes.length);
  expect(
    new Set(await closedList.locator('h2 a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))),
  ).toEqual(new Set(closedOnes));
  await expect(closedList.locator('.status-badge[data-status="closed"]')).toHaveCount(closedOnes.length);
  const { violations } = await new AxeBuilder({ page })
    .include('main')
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(violations.map((violation) => violation.id)).toEqual([]);
});

test('more than ten closed results open ten at a time with "마감된 항목 더 보기"', async ({ page }) => {
  // 청년 is in nearly every entry, so more than ten of its results are closed.
  await searchFor(page, '청년');
  const summary = page.locator('[data-search-closed] summary');
  const total = Number((await summary.textContent())?.match(/마감된 항목 (\d+)건/)?.[1]);
  expect(total).toBeGreaterThan(10);
  await summary.click();
  const closedList = page.getByRole('list', { name: '마감된 검색 결과' });
  await expect(closedList.getByRole('listitem')).toHaveCount(10);
  const firstTen = await closedList.locator('h2 a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  const more = page.getByRole('button', { name: '마감된 항목 더 보기' });
  await more.click();
  await expect(closedList.getByRole('listitem')).toHaveCount(Math.min(total, 20));
  const shown = await closedList.locator('h2 a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(shown.slice(0, 10)).toEqual(firstTen);
  expect(new Set(shown).size).toBe(shown.length);
  await expect(closedList.locator('.status-badge[data-status="closed"]')).toHaveCount(shown.length);
  if (total <= 20) await expect(more).toBeHidden();
});

test('with the status filter set to 마감, closed results are the list itself, not collapsed', async ({ page }) => {
  const results = await searchFor(page, '자격증', '&status=closed');
  await expect(page.locator('[data-search-results] li')).toHaveCount(Math.min(results.length, 10));
  await expect(page.locator('[data-search-results] .status-badge[data-status="closed"]')).toHaveCount(
    Math.min(results.length, 10),
  );
  await expect(page.locator('[data-search-closed]')).toBeHidden();
  await expect(page.getByRole('status')).toHaveText(`‘자격증’ 검색 결과 ${results.length}건`);
});

test('a query whose results are all closed says nothing is open now and keeps them one tap away', async ({ page }) => {
  expect(field(entryById('policies', 'national/youth-leap-account'), 'application.period.type')).toBe('closed');
  const results = await searchFor(page, '청년도약계좌');
  expect(results).toEqual(['/policies/national/youth-leap-account/']);
  await expect(page.locator('[data-search-results] li')).toHaveCount(0);
  await expect(page.getByText('지금 신청할 수 있는 항목은 없어요.')).toBeVisible();
  await expect(page.getByRole('status')).toHaveText('‘청년도약계좌’ 검색 결과 1건 · 모두 마감된 항목이에요');
  await page.getByText('마감된 항목 1건').click();
  await expect(page.getByRole('link', { name: '청년도약계좌' })).toBeVisible();
});

test('the quick answer, before Pagefind has loaded, collapses closed results the same way', async ({ page }) => {
  await page.route(/\/pagefind\/pagefind\.js/, (route) => route.abort());
  await page.goto(`search/?q=${encodeURIComponent('자격증')}`);
  await expect(page.getByRole('status')).toContainText('더 찾는 중');
  const closed = page.locator('[data-search-closed-results] li');
  await expect(closed.first()).toBeAttached();
  const count = await closed.count();
  await expect(page.locator('[data-search-closed] summary')).toHaveText(`마감된 항목 ${count}건`);
  await expect(closed.locator('.status-badge[data-status="closed"]')).toHaveCount(count);
  await expect(page.locator('[data-search-results] li').first()).toBeVisible();
  await expect(page.locator('[data-search-results] .status-badge[data-status="closed"]')).toHaveCount(0);
});

test('a compound typed joined or with spaces finds the same entries: 청년수당 / 청년 수당, 자격증지원 / 자격증 지원', async ({
  page,
}) => {
  for (const [joined, spaced] of [
    ['청년수당', '청년 수당'],
    ['마음건강', '마음 건강'],
    ['구직활동', '구직 활동'],
    // A three-syllable noun: its pieces are not two-syllable nouns (자격·증지·지원 found nothing).
    ['자격증지원', '자격증 지원'],
    ['보증금대출', '보증금 대출'],
  ] as const) {
    const together = await searchFor(page, joined);
    const apart = await typeQuery(page, spaced);
    expect(together.length, joined).toBeGreaterThan(1);
    expect(new Set(apart), `${joined} / ${spaced}`).toEqual(new Set(together));
  }
  // With a chosen sort both spellings list the same entries in the same order: the sort's.
  expect(await searchFor(page, '청년 수당', '&sort=deadline')).toEqual(
    await searchFor(page, '청년수당', '&sort=deadline'),
  );
  // The entry tagged 청년수당 and the one whose title has 청년 … 수당 apart are both found.
  const found = await searchFor(page, '청년수당');
  expect(found).toEqual(
    expect.arrayContaining(['/policies/gwangju/job-seeking-allowance/', '/policies/national/independence-allowance/']),
  );
  // …and the parts are marked where the title has them apart.
  const independence = page.locator('li', {
    has: page.locator('a[href="/policies/national/independence-allowance/"]'),
  });
  await expect(independence.locator('h2 mark')).toHaveText(['청년', '수당']);
});

test('opening 조건 고르기 on a 360 px phone never makes the page scroll sideways @phone-only', async ({ page }) => {
  await page.goto('search/?q=월세');
  const width = () => page.evaluate(() => document.documentElement.scrollWidth);
  expect(await width()).toBeLessThanOrEqual(360);
  await page.getByText('조건 고르기').click();
  await expect(page.locator('select[name="region"]')).toBeVisible();
  expect(await width()).toBeLessThanOrEqual(360);
});

test('a query changed to find a typo says what it became', async ({ page }) => {
  const results = await searchFor(page, '구직할동수당');
  expect(results.length).toBeGreaterThan(0);
  await expect(page.locator('[data-search-status]')).toContainText('‘구직활동수당’(으)로 찾은 결과');
});
