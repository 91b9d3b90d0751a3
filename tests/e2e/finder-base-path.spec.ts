import { expect, seoulNoon, test } from './fixtures';
import { e2eSites } from './sites.mjs';

// The finder, the saved list and the calendar files on the site built under /youth/.
const origin = `http://127.0.0.1:${e2eSites.subpath.port}`;

test('under a subpath the finder loads its entries and links every result under the base path', async ({ page }) => {
  await page.clock.setFixedTime(seoulNoon('2026-11-20'));
  await page.goto(`${origin}/youth/finder/?age=27&region=gwangju-seogu`);
  await expect(page.locator('[data-eligibility]').first()).toBeVisible();
  const links = await page.locator('[data-eligibility] a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(links.length).toBeGreaterThan(0);
  // Apply links go to the official sites; every link of ours stays under the base path.
  const ours = links.filter((href) => !href?.startsWith('https://'));
  expect(ours.length).toBeGreaterThan(0);
  expect(ours.filter((href) => !href?.startsWith('/youth/'))).toEqual([]);
});

test('under a subpath the calendar file is served from the base path and links to the deployed page', async ({
  page,
  request,
}) => {
  await page.goto(`${origin}/youth/policies/gwangju/rent-deposit-interest-renewal/`);
  const link = page.getByRole('link', { name: '캘린더에 추가 (.ics)' });
  await expect(link).toHaveAttribute('href', '/youth/calendar/policies/gwangju/rent-deposit-interest-renewal.ics');
  const response = await request.get(`${origin}/youth/calendar/policies/gwangju/rent-deposit-interest-renewal.ics`);
  expect(response.headers()['content-type']).toBe('text/calendar; charset=utf-8');
  const text = (await response.text()).replace(/\r\n /g, '');
  expect(text).toContain('URL:https://example.go.kr/youth/policies/gwangju/rent-deposit-interest-renewal/\r\n');
});
