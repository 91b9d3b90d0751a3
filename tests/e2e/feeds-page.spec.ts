import { content, expect, test } from './fixtures';

test('from any page a young person finds calendar subscriptions and feeds for their region', async ({
  page,
  request,
}) => {
  await page.goto('/');
  await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute(
    'href',
    '/feeds/rss.xml',
  );
  await page.getByRole('link', { name: '알림 받기 (달력·RSS)' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('알림 받기');
  const subscribe = page.getByRole('link', { name: '달력 구독 (광주 서구)' });
  await expect(subscribe).toHaveAttribute(
    'href',
    /^webcal:\/\/127\.0\.0\.1:\d+\/calendar\/regions\/gwangju-seogu\.ics$/,
  );
  for (const name of ['.ics 내려받기 (광주 서구)', 'RSS (광주 서구)', 'Atom (광주 서구)']) {
    const href = await page.getByRole('link', { name }).getAttribute('href');
    const response = await request.get(href ?? '');
    expect(response.status(), name).toBe(200);
  }
  const ics = await request.get('/calendar/regions/gwangju-seogu.ics');
  expect(ics.headers()['content-type']).toContain('text/calendar');
});

test('the footer offers the embed builder to municipal web teams', async ({ page }) => {
  await page.goto('/about/');
  await page.getByRole('link', { name: '우리 누리집에 넣기' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('우리 누리집에 넣기');
});

test('a region calendar has its own and its city’s dates and leaves nationwide ones to the 전국 calendar', async ({
  page,
  request,
}) => {
  await page.goto('/feeds/');
  await expect(page.getByText('전국 대상 일정은 ‘전국’ 달력을 함께 구독하세요.')).toBeVisible();
  const uidsOf = async (path: string) =>
    [...(await (await request.get(path)).text()).matchAll(/^UID:(.*)$/gm)].map((match) => match[1] ?? '');
  const entryOf = (uid: string) =>
    [...content.policies, ...content.programs].find((entry) =>
      uid.startsWith(`${content.policies.includes(entry) ? 'policy' : 'program'}-${entry.id.replaceAll('/', '-')}-`),
    );
  const isNational = (uid: string) => (entryOf(uid)?.data.regions as string[] | undefined)?.includes('kr') ?? false;
  const seogu = await uidsOf('/calendar/regions/gwangju-seogu.ics');
  const nationwide = await uidsOf('/calendar/regions/kr.ics');
  expect(seogu.length).toBeGreaterThan(0);
  expect(seogu.filter(isNational)).toEqual([]);
  expect(nationwide.length).toBeGreaterThan(0);
  expect(nationwide.every(isNational)).toBe(true);
});
