import { applicationStatus, type Period } from '../../src/lib/status';
import { categoryLabel } from '../../src/lib/vocabulary';
import { content, entryById, expect, field, seoulNoon, test } from './fixtures';

const rent = entryById('policies', 'gwangju/rent-deposit-interest');

test('a policy page says who can apply, what they get, when and how, with a checklist of documents', async ({
  page,
}) => {
  await page.goto('/policies/gwangju/rent-deposit-interest/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(field(rent, 'title'));
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', field(rent, 'summary'));
  for (const heading of ['누가 신청할 수 있나요', '무엇을 받나요', '언제, 어떻게 신청하나요', '자세한 내용']) {
    await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
  }
  await expect(page.locator('#support').locator('..')).toContainText(field(rent, 'support.summary'));
  await expect(page.getByText('만 19~39세')).toBeVisible();
  for (const condition of field<string[]>(rent, 'eligibility.conditions')) {
    await expect(page.getByText(condition, { exact: true })).toBeVisible();
  }
  await expect(page.getByText('2026년 1월 19일(월) ~ 2026년 1월 28일(수)').first()).toBeVisible();
  await expect(page.getByText('최종 확인일')).toContainText('2026년 10월 6일');
  await expect(page.locator('[data-source-link]')).toHaveAttribute('href', field(rent, 'source.url'));
});

test('the documents checklist can be ticked off', async ({ page }) => {
  const withDocuments = content.policies.find((policy) => field<string[] | undefined>(policy, 'application.documents'));
  if (!withDocuments) throw new Error('the sample content needs a policy with application.documents');
  await page.goto(`/policies/${withDocuments.id}/`);
  const checklist = page.getByRole('list', { name: '제출 서류 체크리스트' });
  const documents = field<string[]>(withDocuments, 'application.documents');
  await expect(checklist.getByRole('checkbox')).toHaveCount(documents.length);
  const first = checklist.getByRole('checkbox', { name: String(documents[0]) });
  await first.check();
  await expect(first).toBeChecked();
});

// 자립수당: always open, applied for on 복지로's front page.
const allowance = entryById('policies', 'national/independence-allowance');

test('the 신청하기 button goes to the application site, names it and says it leaves the site', async ({ page }) => {
  await page.goto('/policies/national/independence-allowance/');
  const apply = page.getByRole('link', { name: '복지로에서 신청하기' });
  await expect(apply).toHaveAttribute('href', field(allowance, 'application.url'));
  await expect(apply).toHaveAttribute('rel', /external/);
  await expect(page.locator('#apply-destination')).toHaveText('외부 사이트 www.bokjiro.go.kr로 이동합니다');
  await expect(apply).toHaveAccessibleDescription('외부 사이트 www.bokjiro.go.kr로 이동합니다');
});

test('on a phone the 신청하기 button is on screen without scrolling @phone-only', async ({ page }) => {
  await page.goto('/policies/national/independence-allowance/');
  await expect(page.getByRole('link', { name: '복지로에서 신청하기' })).toBeInViewport();
});

test('every open policy with an online form has an apply link to exactly that form, a closed one none', async ({
  request,
}) => {
  // The day the site was built with (its footer), not the test's clock: a build just
  // before midnight in Seoul and a test just after would disagree on a deadline's day.
  const footer = (await (await request.get('/')).text()).match(/신청 상태 기준일: (\d{4})년 (\d{1,2})월 (\d{1,2})일/);
  expect(footer, 'the footer names the day statuses were computed for').not.toBeNull();
  const [, year, month, day] = footer ?? [];
  const today = `${year}-${month?.padStart(2, '0')}-${day?.padStart(2, '0')}`;
  for (const policy of content.policies) {
    // The content reader gives YAML dates as Date objects.
    const raw = field<Record<string, string | Date>>(policy, 'application.period');
    const period = Object.fromEntries(
      Object.entries(raw).map(([key, value]) => [
        key,
        value instanceof Date ? value.toISOString().slice(0, 10) : value,
      ]),
    ) as Period;
    const closed = applicationStatus(period, today) === 'closed';
    const url = closed ? undefined : field<string | undefined>(policy, 'application.url');
    const html = await (await request.get(`/policies/${policy.id}/`)).text();
    const applyLinks = [...html.matchAll(/<a href="([^"]+)"[^>]*data-apply-link/g)].map((match) => match[1]);
    expect(applyLinks, policy.id).toEqual(url ? [url.replaceAll('&', '&amp;')] : []);
  }
});

test('a detail page offers related entries of the same category a resident can use', async ({ page }) => {
  await page.goto('/policies/gwangju/rent-deposit-interest/');
  const related = page.locator('[data-related] article');
  await expect(related.first()).toBeVisible();
  expect(await related.count()).toBeLessThanOrEqual(4);
  for (const text of await related.allTextContents()) expect(text).toContain(categoryLabel('housing'));
  const hrefs = await related.getByRole('link').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
  expect(hrefs).not.toContain('/policies/gwangju/rent-deposit-interest/');
});

test('the status badge is recomputed in the browser from today in Seoul', async ({ page }) => {
  const period = field<{ start: Date; end: Date }>(rent, 'application.period');
  const day = (date: Date) => date.toISOString().slice(0, 10);
  await page.clock.setFixedTime(seoulNoon(day(period.start)));
  await page.goto('/policies/gwangju/rent-deposit-interest/');
  const badge = page.locator('header .status-badge');
  await expect(badge).toHaveAttribute('data-status', 'open');
  await expect(badge).toHaveText('신청 가능 · D-9');

  await page.clock.setFixedTime(seoulNoon(day(period.end)));
  await page.reload();
  await expect(badge).toHaveText('마감 임박 · 오늘 마감');

  await page.clock.setFixedTime(new Date(`${day(period.end)}T15:00:00Z`)); // 00:00 the next day in Seoul
  await page.reload();
  await expect(badge).toHaveAttribute('data-status', 'closed');
  await expect(badge).toHaveText('마감');

  const before = new Date(period.start.getTime() - 86_400_000);
  await page.clock.setFixedTime(seoulNoon(day(before)));
  await page.reload();
  await expect(badge).toHaveText('접수 예정');
});

const programWithSessions = content.programs.find(
  (program) => (field<unknown[] | undefined>(program, 'schedule.sessions') ?? []).length > 0 && program.data.partners,
);

test('a program page shows sessions, registration, fee, venue, center, partners and outcome', async ({ page }) => {
  if (!programWithSessions) throw new Error('the sample content needs a program with sessions and partners');
  await page.goto(`/programs/${programWithSessions.id}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(field(programWithSessions, 'title'));
  const sessions = field<unknown[]>(programWithSessions, 'schedule.sessions');
  await expect(page.getByRole('heading', { name: `회차 일정 (${sessions.length}회)` })).toBeVisible();
  await expect(page.locator('[data-sessions] li')).toHaveCount(sessions.length);
  await expect(page.getByText('모집 기간').first()).toBeVisible();
  const fee = field<number | undefined>(programWithSessions, 'fee') ?? 0;
  if (fee === 0) await expect(page.locator('dd', { hasText: '무료' })).toBeVisible();
  const venue = field<string | undefined>(programWithSessions, 'venue');
  if (venue) await expect(page.getByText(venue, { exact: true })).toBeVisible();
  const outcome = field<string | undefined>(programWithSessions, 'outcome');
  if (outcome) await expect(page.getByText(outcome, { exact: true })).toBeVisible();
  await expect(page.locator('[data-partners]')).not.toBeEmpty();
  await page.locator('[data-center-link]').click();
  await expect(page).toHaveURL(`/centers/${field<string>(programWithSessions, 'center')}/`);
});

test('a center page lists its programs, current ones before past ones', async ({ page }) => {
  const center = content.centers.find((c) => content.programs.some((program) => program.data.center === c.id));
  if (!center) throw new Error('the sample content needs a center with programs');
  await page.goto(`/centers/${center.id}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(field(center as never, 'name'));
  await expect(page.getByText(field(center as never, 'address'))).toBeVisible();
  const own = content.programs.filter((program) => program.data.center === center.id);
  const programSections = page.locator('section', { has: page.getByRole('heading', { name: /프로그램/ }) });
  await expect(programSections.locator('[data-entry-list] article')).toHaveCount(own.length);
  const upcoming = page.locator('section', { has: page.getByRole('heading', { name: /모집 중이거나 예정인/ }) });
  await expect(upcoming.locator('.status-badge[data-status="closed"]')).toHaveCount(0);
});

test('every policy and program has its own page', async ({ request }) => {
  for (const [folder, entries] of [
    ['policies', content.policies],
    ['programs', content.programs],
  ] as const) {
    for (const entry of entries) {
      const response = await request.get(`/${folder}/${entry.id}/`);
      expect(response.status(), `${folder}/${entry.id}`).toBe(200);
      expect(await response.text()).toContain(String(entry.data.title).replace(/&/g, '&amp;'));
    }
  }
});
