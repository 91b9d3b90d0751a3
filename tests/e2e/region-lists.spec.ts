import type { Page } from '@playwright/test';
import { RegionTree } from '../../src/lib/regions';
import { content, expect, test } from './fixtures';
import { cardTitles, walkPages } from './paging';

const regions = new RegionTree(content.regions as never);
const all = [...content.policies, ...content.programs].filter((entry) => entry.data.draft !== true);
type Entry = (typeof all)[number];
const regionsOf = (entry: Entry) => entry.data.regions as string[];
const titleOf = (entry: Entry) => String(entry.data.title);
const eligibleFor = (residence: string) =>
  all.filter((entry) => regions.isResidentEligible(residence, regionsOf(entry)));
const isNational = (entry: Entry) => regionsOf(entry).includes('kr');

/** A chip's text as a person reads it: `일자리 (13)` (the space is a margin, not a character). */
const chipText = (label: string, count: number) => new RegExp(`^${label}\\s*\\(${count}\\)$`);

const section = (title: string | RegExp) => (current: Page) =>
  current.locator('section', { has: current.getByRole('heading', { name: title, exact: true }) });

/** The "대상 지역" line as [label, count] pairs. */
async function levelCounts(page: Page): Promise<[string, number][]> {
  const parts = await page.locator('[data-level-counts] [data-level]').allTextContents();
  return parts.map((part) => {
    const match = /^(.*) (\d+)$/.exec(part.trim());
    if (!match) throw new Error(`not a count: ${part}`);
    return [match[1] ?? '', Number(match[2])];
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a district page says what its total is made of, and the parts add up to what it lists', async ({ page }) => {
    await page.goto('/regions/gwangju-seogu/');
    const eligible = eligibleFor('gwangju-seogu');
    await expect(
      page.getByText(`광주 서구 주민이 신청할 수 있는 정책·프로그램 ${eligible.length}건입니다.`),
    ).toBeVisible();
    await expect(page.getByText('상위 지역')).toHaveCount(0);

    const counts = await levelCounts(page);
    expect(counts.map(([label]) => label)).toEqual(['광주 서구', '광주 전체', '전국']);
    const [[, district], [, city], [, national]] = counts as [[string, number], [string, number], [string, number]];
    // The district's own entries are counted as the district's even when they also name the city.
    expect(district).toBe(eligible.filter((entry) => regionsOf(entry).includes('gwangju-seogu')).length);
    expect(district).toBeGreaterThan(0);
    expect(district + city + national).toBe(eligible.length);

    const local = await walkPages(
      page,
      '/regions/gwangju-seogu/',
      cardTitles(section('광주 서구·광주 전체 대상 정책·프로그램')),
    );
    expect(local.items).toHaveLength(district + city);
    expect(local.items.sort()).toEqual(
      eligible
        .filter((entry) => !isNational(entry))
        .map(titleOf)
        .sort(),
    );

    await page.goto('/regions/gwangju-seogu/');
    await section('전국 청년 대상')(page)
      .getByRole('link', { name: `전국 대상 ${national}건 모두 보기` })
      .click();
    await expect(page).toHaveURL('/regions/kr/');
    const nationwide = await walkPages(page, '/regions/kr/', cardTitles(section('전국 청년 대상 정책·프로그램')));
    expect(nationwide.items).toHaveLength(national);
  });

  test('a 분야 chip on a region page narrows to that 분야, showing as many entries as it counts', async ({ page }) => {
    await page.goto('/regions/gwangju-seogu/');
    const chips = page.getByRole('navigation', { name: '분야', exact: true }).getByRole('link');
    const eligible = eligibleFor('gwangju-seogu');
    await expect(chips.first()).toHaveText(chipText('전체', eligible.length));
    await expect(chips.first()).toHaveAttribute('aria-current', 'page');
    await expect(chips.and(page.locator('[aria-current="page"]'))).toHaveCount(1);
    const chipCounts = (await chips.allTextContents()).slice(1).map((text) => Number(/\((\d+)\)/.exec(text)?.[1]));
    expect(chipCounts.reduce((sum, count) => sum + count, 0)).toBe(eligible.length);

    // Keyboard: focus the 주거 chip and follow it with Enter.
    const housingChip = chips.filter({ hasText: '주거' });
    await housingChip.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL('/regions/gwangju-seogu/housing/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('광주 서구에 사는 청년 · 주거');
    await expect(housingChip).toHaveAttribute('aria-current', 'page');
    await expect(chips.and(page.locator('[aria-current="page"]'))).toHaveCount(1);

    const housing = eligible.filter((entry) => entry.data.category === 'housing');
    const shownCount = Number(/\((\d+)\)/.exec((await housingChip.textContent()) ?? '')?.[1]);
    expect(shownCount).toBe(housing.length);
    const counts = await levelCounts(page);
    expect(counts.reduce((sum, [, count]) => sum + count, 0)).toBe(housing.length);

    const local = await walkPages(
      page,
      '/regions/gwangju-seogu/housing/',
      cardTitles(section(/대상 주거 정책·프로그램$/)),
    );
    const national = housing.filter(isNational);
    expect(local.items.sort()).toEqual(
      housing
        .filter((entry) => !isNational(entry))
        .map(titleOf)
        .sort(),
    );
    await page.goto('/regions/gwangju-seogu/housing/');
    const preview = section('전국 청년 대상 주거')(page);
    if (national.length > 6) {
      await preview.getByRole('link', { name: `전국 대상 ${national.length}건 모두 보기` }).click();
      await expect(page).toHaveURL('/regions/kr/housing/');
      const all = await walkPages(page, '/regions/kr/housing/', cardTitles());
      expect(all.items.sort()).toEqual(national.map(titleOf).sort());
    } else {
      expect((await preview.locator('article h3').allTextContents()).map((t) => t.trim()).sort()).toEqual(
        national.map(titleOf).sort(),
      );
    }
    // Every card shown is a 주거 entry.
    for (const title of [...local.items]) expect(housing.map(titleOf)).toContain(title);
  });

  test('the policy list counts only policies on its 분야 chips, and each chip opens a list of that many', async ({
    page,
  }) => {
    await page.goto('/policies/');
    await page.getByText('분야·지역별로 보기', { exact: true }).click();
    const chips = page.getByRole('navigation', { name: '분야별로 보기' }).getByRole('link');
    const counts = (await chips.allTextContents()).map((text) => Number(/\((\d+)\)/.exec(text)?.[1]));
    const policies = content.policies.filter((entry) => entry.data.draft !== true);
    expect(counts.reduce((sum, count) => sum + count, 0)).toBe(policies.length);

    const jobs = policies.filter((entry) => entry.data.category === 'jobs');
    const jobsChip = chips.filter({ hasText: '일자리' });
    await expect(jobsChip).toHaveText(chipText('일자리', jobs.length));
    await jobsChip.click();
    await expect(page).toHaveURL('/categories/jobs/policies/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('일자리 분야 정책');
    const { items } = await walkPages(page, '/categories/jobs/policies/', cardTitles());
    expect(items.sort()).toEqual(jobs.map(titleOf).sort());
  });
});

test('a region with only nationwide entries in a 분야 leads to the nationwide list of it, which shows that many', async ({
  page,
}) => {
  const seoulOnly = all.filter((entry) => regions.isResidentEligible('seoul', regionsOf(entry)) && !isNational(entry));
  expect(seoulOnly, 'the sample content has nothing for 서울 alone').toEqual([]);
  await page.goto('/regions/seoul/');
  const housing = all.filter((entry) => isNational(entry) && entry.data.category === 'housing').length;
  const chip = page.getByRole('navigation', { name: '분야', exact: true }).getByRole('link', { name: /주거/ });
  await expect(chip).toHaveText(chipText('주거', housing));
  // Only the chip of the page shown is marked, though the others lead off this region.
  const chips = page.getByRole('navigation', { name: '분야', exact: true }).getByRole('link');
  await expect(chips.and(page.locator('[aria-current="page"]'))).toHaveText(
    chipText('전체', all.filter(isNational).length),
  );
  await chip.click();
  await expect(page).toHaveURL('/regions/kr/housing/');
  await expect(page.locator('[data-entry-list]').first().locator('article')).toHaveCount(housing);
  // No page of its own: it would repeat the nationwide one.
  expect((await page.request.get('/regions/seoul/housing/')).status()).toBe(404);
});

test('a category page counts policies and programs together on its chips, as its list does', async ({ page }) => {
  await page.goto('/categories/education/');
  const chip = page.getByRole('navigation', { name: '분야별로 보기' }).getByRole('link', { name: /교육/ });
  const education = all.filter((entry) => entry.data.category === 'education');
  await expect(chip).toHaveText(chipText('교육', education.length));
  await expect(chip).toHaveAttribute('aria-current', 'page');
});

test('the region index says what its counts include', async ({ page }) => {
  await page.goto('/regions/');
  const national = all.filter(isNational).length;
  await expect(page.locator('[data-count-legend]')).toContainText(`전국 대상 ${national}건은 빼고 셉니다`);
  // A district counts its own entries, so it never reads as more than its city.
  const own = (id: string) => all.filter((entry) => regionsOf(entry).includes(id)).length;
  const seoguOwn = eligibleFor('gwangju-seogu').filter((entry) => regionsOf(entry).includes('gwangju-seogu')).length;
  await expect(page.getByRole('link', { name: /^광주 서구 \(/ })).toHaveText(`광주 서구 (${seoguOwn})`);
  await expect(page.getByRole('link', { name: /^광주 \(/ })).toHaveText(`광주 (${own('gwangju')})`);
  await expect(page.getByText('상위 지역')).toHaveCount(0);
});

test('on a phone a region page shows its first card on the first screen, its chips in one row each @phone-only', async ({
  page,
}) => {
  for (const path of ['/regions/gwangju/', '/regions/gwangju-seogu/']) {
    await page.goto(path);
    const top = await page
      .locator('main article')
      .first()
      .evaluate((node) => node.getBoundingClientRect().top);
    // 636 px on /regions/gwangju/ when the 분야 and district chips wrapped to five rows.
    expect(top, path).toBeLessThanOrEqual(520);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(360);
  }
  // The chips past the screen's edge are still there: the last one scrolls into view and opens.
  const districts = page.getByRole('navigation', { name: '광주 안의 지역' });
  await page.goto('/regions/gwangju/');
  const last = districts.getByRole('link').last();
  const name = (await last.textContent())?.trim() ?? '';
  await last.focus();
  await expect(last).toBeInViewport();
  await last.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toContainText(name);
});
