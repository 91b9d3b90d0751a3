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
  const item = result(page, renewal.id);
  await expect(item).toHaveAttribute('data-eligibility', 'check');
  await expect(item.getByRole('link', { name: field<string>(renewal, 'title') })).toBeVisible();
  await expect(item).toContainText('만 27세 — 만 19~39세 대상 ✓');
  await expect(item).toContainText('거주지 광주 서구 — 광주 대상 ✓');
  await expect(item).toContainText('공고에서 확인: 소득 기준');
  await expect(item).toContainText('마감 임박');
});

test('the header and the home page lead to the finder', async ({ page }) => {
  await page.goto('/');
  await page.locator('[data-finder-entry]').click();
  await expect(page).toHaveURL(/\/finder\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('나의 정책 찾기');
  // The header's links sit in a row from lg up and in the 메뉴 disclosure on a phone; both mark the page.
  for (const link of await page.locator('header nav a[aria-current="page"]').all()) {
    await expect(link).toHaveText('나의 정책 찾기');
  }
  await expect(page.locator('header nav a[aria-current="page"]')).toHaveCount(2);
});

test('a desktop shows every question at once, a phone one at a time', async ({ page }, testInfo) => {
  await page.goto('/finder/');
  const groups = page.getByRole('form', { name: '나의 조건' }).getByRole('group');
  const visible = testInfo.project.name === 'desktop' ? 6 : 1;
  let shown = 0;
  for (const group of await groups.all()) if (await group.isVisible()) shown += 1;
  expect(shown).toBe(visible);
});

test('entries that do not fit are collapsed last, and closed entries are left out unless asked', async ({ page }) => {
  await page.goto('/finder/?age=27&region=gwangju-seogu&category=housing');
  const collapsed = page.locator('details[data-verdict-group="ineligible"]');
  await expect(collapsed).not.toHaveAttribute('open');
  await expect(result(page, donggu.id)).toBeHidden();
  await collapsed.locator('summary').first().click();
  // Another district's entry folds once more, under the entries that nearly fit.
  await expect(result(page, donggu.id)).toBeHidden();
  await collapsed.getByText(/^다른 지역 주민 대상 \(\d+건\)$/).click();
  await expect(result(page, donggu.id)).toHaveAttribute('data-eligibility', 'ineligible');
  await expect(result(page, donggu.id)).toContainText('거주지 광주 서구 — 광주 동구 거주자 대상 ✗');

  const closed = entryById('policies', 'gwangju/rent-deposit-interest');
  await expect(result(page, closed.id)).toHaveCount(0);
  await page.getByRole('checkbox', { name: /마감된 항목도 보기/ }).check();
  await expect(result(page, closed.id)).toContainText('마감');
  // A closed round offers its next step, never 신청하기.
  await expect(result(page, closed.id).locator('[data-apply]')).toHaveCount(0);
  await expect(result(page, closed.id).getByText('이번 모집은 끝났어요.')).toBeVisible();
  await expect(result(page, closed.id).getByRole('link', { name: '다음 모집 소식 받기 (RSS·캘린더)' })).toHaveAttribute(
    'href',
    '/feeds/',
  );
});

test('a 시·도 answer asks for the district of a district-only entry instead of ruling it out', async ({ page }) => {
  await page.goto('/finder/?age=27&region=gwangju&category=housing');
  const item = result(page, donggu.id);
  await expect(item).toHaveAttribute('data-eligibility', 'check');
  await expect(item).toContainText('광주 동구 거주자 대상 — 광주의 어느 시·군·구에 사는지 알려 주시면 확인해 드려요');
  await item.getByRole('button', { name: '사는 곳 고르기' }).click();
  await expect(page.getByLabel('시·군·구')).toBeFocused();
  await page.getByLabel('시·군·구').selectOption({ label: '광주 동구' });
  await expect(item).toContainText('거주지 광주 동구 ✓');
});

test('an entry failing only its income comes first among 맞지 않아요 and says how much lower would fit', async ({
  page,
}) => {
  const rent = entryById('policies', 'national/youth-monthly-rent');
  await page.goto(
    '/finder/?age=27&region=gwangju-seogu&homeless=1&apart=1&household=1&income=180&parentsHousehold=4&parentsIncome=400&category=housing',
  );
  const collapsed = page.locator('details[data-verdict-group="ineligible"]');
  await collapsed.locator('summary').first().click();
  const first = collapsed.locator('[data-eligibility]').first();
  await expect(first).toHaveAttribute('data-entry-id', rent.id);
  // 2026 1인 가구 기준 중위소득 60%: 1,538,542원, 261,458원 under 180만원.
  await expect(first.locator('[data-near-miss]')).toHaveText(
    '이 조건 하나만 맞지 않아요. 가구 월 소득이 27만원 낮으면 신청할 수 있어요.',
  );
});

test('changing an answer updates the results and the address at once', async ({ page }) => {
  await page.goto('/finder/?age=27&region=gwangju-seogu&category=housing');
  await expect(result(page, renewal.id)).toBeVisible();
  await expect(page.getByText('결과는 이 브라우저 안에서 JavaScript로 계산합니다')).toBeHidden();
  await expect(result(page, donggu.id)).toBeHidden();
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
  await expect(result(page, renewal.id)).toContainText('알 수 없는 지역이라 사는 곳을 다시 골라 주세요');
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

// Issue #15's profile: 27, unemployed university graduate, single, 광주 서구, 일자리 and 주거.
const basics =
  'age=27&region=gwangju-seogu&employment=unemployed&education=university-graduate&marital=single&category=jobs&category=housing';
const dreamAccount = entryById('policies', 'national/youth-housing-dream-account');
const allowance = entryById('policies', 'gwangju/job-seeking-allowance');
const monthlyRent = entryById('policies', 'national/youth-monthly-rent');
const followUp = (page: Page, legend: string) =>
  page.getByRole('form', { name: '나의 조건' }).getByRole('group', { name: legend, exact: true });

/** Answers a follow-up: on a phone the prompt and 다음 lead to it, on a desktop it is on screen. */
async function answerFollowUps(page: Page) {
  const form = page.getByRole('form', { name: '나의 조건' });
  await page.getByRole('button', { name: /^질문 \d+개에 더 답하기$/ }).click();
  await expect(followUp(page, '무주택인가요?')).toBeVisible();
  await followUp(page, '무주택인가요?').getByRole('radio', { name: '예' }).check();
  const next = form.getByRole('button', { name: '다음' });
  const phone = await next.isVisible();
  const shown = () => form.locator('fieldset').evaluateAll((all) => all.filter((set) => set.checkVisibility()).length);
  if (phone) expect(await shown()).toBe(1);
  for (const legend of ['부모님과 따로 사나요?', '가구원 수와 월 소득']) {
    if (phone) {
      while (!(await followUp(page, legend).isVisible())) await next.click();
    }
    if (legend === '부모님과 따로 사나요?') await followUp(page, legend).getByRole('radio', { name: '예' }).check();
    else {
      await followUp(page, legend).getByLabel('가구원 수 (본인 포함)').fill('1');
      await followUp(page, legend).getByLabel('가구 월 소득 (세전, 모든 가구원 합계)').fill('180');
    }
  }
}

test('the follow-ups that matter are asked one at a time on a phone and decide the results', async ({ page }) => {
  await page.goto(`/finder/?${basics}`);
  const form = page.getByRole('form', { name: '나의 조건' });
  // Only questions that would change a verdict among these results: nothing about majors.
  await expect(followUp(page, '전공')).toBeHidden();
  await expect(form.locator('[data-follow-up="major"]')).toHaveAttribute('hidden');
  await expect(result(page, dreamAccount.id)).toHaveAttribute('data-eligibility', 'check');
  await expect(result(page, dreamAccount.id).locator('[data-question]')).toContainText('무주택인가요?');
  await expect(form.locator('[data-follow-up="homeless"]')).toContainText('가구원 모두 집이 없어야');

  await answerFollowUps(page);
  await expect(page).toHaveURL(/homeless=1&apart=1/);
  await expect(page).toHaveURL(/household=1&income=180/);
  await expect(result(page, dreamAccount.id)).toHaveAttribute('data-eligibility', 'eligible');
  // 구직활동수당 closed in February: shown when closed entries are asked for.
  await page.getByRole('checkbox', { name: /마감된 항목도 보기/ }).check();
  await expect(result(page, allowance.id)).toHaveAttribute('data-eligibility', 'eligible');
  await expect(result(page, allowance.id)).toContainText(
    '1인 가구 월 180만원 — 청년 가구 기준 중위소득 150% 이하(1인 가구 월 3,846,357원) 대상 ✓',
  );
  // 청년월세: 1인 가구 월 180만원 is above 60% of the 기준 중위소득.
  await expect(result(page, monthlyRent.id)).toHaveAttribute('data-eligibility', 'ineligible');
});

test("the acceptance profile's entries are eligible or likely and ask nothing already answered", async ({ page }) => {
  await page.goto(`/finder/?${basics}&homeless=1&apart=1&householder=1&household=1&income=180`);
  const positive = page.locator('[data-verdict-group="eligible"], [data-verdict-group="likely"]');
  await expect(positive.first()).toBeVisible();
  await expect(page.locator('[data-verdict-group="check"]')).toHaveCount(0);
  await expect(page.locator('[data-question]')).toHaveCount(0);
  for (const answered of ['거주', '주민등록', '무주택', '세대주', '미취업', '부모와 따로', '만 19']) {
    await expect(positive.locator('[data-reason="notice"]').filter({ hasText: answered })).toHaveCount(0);
  }
  const card = result(page, dreamAccount.id);
  await expect(card).toContainText('조건 4개 중 4개 충족');
  await expect(card).toContainText(field<string>(dreamAccount, 'support.summary'));
  // Applied for by visit: the card names its notice as a notice, never as 신청하기.
  await expect(card.getByRole('link', { name: /^신청하기/ })).toHaveCount(0);
  await expect(card.getByRole('link', { name: '신청 방법 보기' })).toBeVisible();
  await expect(card.getByRole('link', { name: '주택도시기금 공고 보기' })).toHaveAttribute(
    'href',
    field<string>(dreamAccount, 'source.url'),
  );
  const likely = page.locator('[data-verdict-group="likely"] [data-eligibility]').first();
  await expect(likely.locator('.finder-verdict')).toHaveText(/^신청할 수 있어 보여요, 공고에서 \d+가지만 확인하세요$/);
});

test('the four groups come in order: eligible, likely, check, and the collapsed ineligible last', async ({ page }) => {
  await page.goto('/finder/?age=27&region=gwangju-seogu&employment=unemployed');
  const groups = page.locator('[data-verdict-group]');
  await expect(groups).toHaveCount(4);
  expect(await groups.evaluateAll((all) => all.map((group) => group.getAttribute('data-verdict-group')))).toEqual([
    'eligible',
    'likely',
    'check',
    'ineligible',
  ]);
  await expect(page.getByRole('heading', { level: 3 })).toHaveText([
    /^신청할 수 있어요 \(\d+건\)$/,
    /^신청할 수 있어 보여요 \(\d+건\)$/,
    /^답하시면 알 수 있어요 \(\d+건\)$/,
    /^조건이 맞지 않아요 \(\d+건\)$/,
  ]);
  for (const verdict of ['eligible', 'likely', 'check', 'ineligible']) {
    await expect(
      page.locator(`[data-verdict-group="${verdict}"] [data-eligibility="${verdict}"]`).first(),
    ).toBeAttached();
  }
  await expect(groups.last()).not.toHaveAttribute('open');
  await expect(page.locator('[data-eligibility] [data-tally]').first()).toHaveText(
    /^조건 \d+개 중 \d+개 충족$|^조건 없음$/,
  );
});

test('a question answered on a card moves it to its group and into the address', async ({ page }) => {
  await page.goto(`/finder/?${basics}`);
  const card = result(page, renewal.id);
  await expect(card).toHaveAttribute('data-eligibility', 'check');
  await card.locator('[data-question]').getByRole('button', { name: '예' }).click();
  await expect(page).toHaveURL(/homeless=1/);
  await expect(card).toHaveAttribute('data-eligibility', 'likely');
  await expect(
    page.locator('[data-verdict-group="likely"]').locator(`a[href$="/policies/${renewal.id}/"]`),
  ).toBeFocused();
  await expect(page.locator('input[name="homeless"][value="1"]')).toBeChecked();
});

test('every follow-up answer makes the round trip through the address', async ({ page, context }) => {
  const query =
    'age=27&region=gwangju-seogu&months=14&employment=unemployed&education=university-graduate&marital=single&major=engineering&household=2&income=300&parentsHousehold=4&parentsIncome=550&annualIncome=2400&homeless=0&apart=1&householder=1&group=woman&group=care-leaver&category=housing';
  await page.goto(`/finder/?${query}`);
  await expect(page.locator('[data-eligibility]').first()).toBeAttached();
  await expect(page).toHaveURL(`/finder/?${query}`);
  await expect(page.locator('input[name="homeless"][value="0"]')).toBeChecked();
  await expect(page.locator('input[name="income"]')).toHaveValue('300');
  await expect(page.locator('input[name="group"][value="care-leaver"]')).toBeChecked();
  await expect(page.locator('input[name="major"][value="engineering"]')).toBeChecked();

  const other = await context.newPage();
  await other.clock.setFixedTime(seoulNoon(today));
  await other.goto(page.url());
  await expect(other.locator('[data-eligibility]').first()).toBeAttached();
  const verdicts = (target: Page) =>
    target
      .locator('[data-eligibility]')
      .evaluateAll((cards) => cards.map((card) => card.getAttribute('data-eligibility')));
  expect(await verdicts(other)).toEqual(await verdicts(page));
});

test("a business's entry is not a person's result but is marked 기업 대상 in lists", async ({ page }) => {
  const incentive = entryById('policies', 'national/youth-job-leap-incentive');
  await page.goto('/finder/?age=27&region=gwangju-seogu&category=jobs');
  await expect(page.locator('[data-eligibility]').first()).toBeAttached();
  await expect(result(page, incentive.id)).toHaveCount(0);
  await page.goto('/categories/jobs/');
  const card = page.locator('article').filter({ hasText: field<string>(incentive, 'title') });
  await expect(card.locator('[data-applicant="business"]')).toHaveText('기업 대상');
});

test('printing the results opens every group and leaves the form out', async ({ page }) => {
  await page.goto('/finder/?age=27&region=gwangju-seogu&employment=unemployed');
  await expect(page.locator('[data-verdict-group="ineligible"]')).toBeAttached();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('form', { name: '나의 조건' })).toBeHidden();
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  await expect(page.locator('[data-verdict-group="ineligible"]')).toHaveAttribute('open');
  await expect(page.locator('[data-verdict-group="ineligible"] [data-eligibility]').first()).toBeVisible();
});

test('before any answer the finder draws no results and says what to do', async ({ page }) => {
  await page.goto('/finder/');
  await expect(page.getByText('질문에 답하시면 신청할 수 있는 정책과 프로그램을 찾아 드려요.')).toBeVisible();
  await expect(page.locator('[data-eligibility]')).toHaveCount(0);
  await page.getByLabel('만 나이 또는 출생연도').fill('27');
  await expect(page.locator('[data-eligibility]').first()).toBeAttached();
});

test('remembered answers mark each condition of a detail page, and can be changed or forgotten', async ({ page }) => {
  const rent = entryById('policies', 'national/youth-monthly-rent');
  const query = 'age=27&region=gwangju-seogu&homeless=1&household=1&income=180';
  await page.goto(`/finder/?${query}`);
  await page.getByRole('checkbox', { name: '이 기기에 기억하기' }).check();
  await expect(page.getByText('이 기기에 기억했어요.')).toBeVisible();

  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(`/policies/${rent.id}/`);
  const panel = page.locator('#eligibility').locator('..');
  const mark = (condition: string) => panel.locator(`[data-condition="${condition}"] [data-mark]`);
  await expect(mark('region')).toHaveAttribute('data-mark', 'yes');
  await expect(mark('age')).toHaveText('✓내 답으로 맞아요');
  // 1인 가구 월 180만원 is above 60% of the 기준 중위소득; 부모와 따로 is not answered yet.
  await expect(mark('medianIncome')).toHaveAttribute('data-mark', 'no');
  await expect(mark('housing')).toHaveAttribute('data-mark', 'unknown');
  await expect(panel.locator('[data-condition="housing"]')).toContainText('무주택, 부모님과 따로 사는 청년');
  // The answers stay in the browser: no request carries them.
  expect(requests.filter((url) => url.includes('income=180'))).toEqual([]);

  // The finder writes the answers back in its own order.
  await expect(page.getByRole('link', { name: '답 바꾸기' })).toHaveAttribute(
    'href',
    '/finder/?age=27&region=gwangju-seogu&household=1&income=180&homeless=1',
  );
  await page.getByRole('button', { name: '답 잊기' }).click();
  await expect(page.getByRole('status').filter({ hasText: '기억한 답을 지웠어요.' })).toBeVisible();
  await expect(mark('age')).toHaveText('');
  expect(await page.evaluate(() => localStorage.length)).toBe(0);
  await page.reload();
  await expect(page.locator('[data-profile-note]')).toBeHidden();
});

test('a detail page shows no marks when no answers are remembered', async ({ page }) => {
  await page.goto(`/policies/${entryById('policies', 'national/youth-monthly-rent').id}/`);
  await expect(page.locator('[data-profile-note]')).toBeHidden();
  await expect(page.locator('[data-mark="yes"], [data-mark="no"], [data-mark="unknown"]')).toHaveCount(0);
});
