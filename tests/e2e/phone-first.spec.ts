import type { Page } from '@playwright/test';
import { content, expect, field, test } from './fixtures';
import { renderedResults } from './search-results';
import { templates } from './templates';

/** Cumulative layout shift of the page so far (Chromium's layout-shift entries, summed). */
const layoutShift = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) total += (entry as unknown as { value: number }).value;
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => resolve(total), 300);
      }),
  );

// Issue #17: on a 360 px phone the first screen shows results, not chrome; apply boxes
// tell the truth; the search answers before its full index has arrived.

test.describe('first screen on a phone @phone-only', () => {
  test.use({ viewport: { width: 360, height: 800 } });

  for (const [name, path] of Object.entries(templates)) {
    if (path.startsWith('/embed/') && path !== '/embed/') continue;
    test(`the header of ${name} is at most 64 px tall`, async ({ page }) => {
      await page.goto(path);
      const height = await page.locator('body > header').evaluate((node) => node.getBoundingClientRect().height);
      expect(height).toBeLessThanOrEqual(64);
    });
  }

  test('every template is drawn from its own HTML: the stylesheet is inline, allowed by hash, nothing to wait for', async ({
    page,
  }) => {
    const stylesheets: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'stylesheet') stylesheets.push(request.url());
    });
    for (const path of Object.values(templates)) {
      const response = await page.goto(path);
      // Styled (slate-50 page, not the browser's white) under the meta and the header policy.
      await expect(page.locator('body'), path).not.toHaveCSS('background-color', 'rgba(0, 0, 0, 0)');
      const headerPolicy = (await response?.allHeaders())?.['content-security-policy'] ?? '';
      const metaPolicy =
        (await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')) ?? '';
      const styleHash = metaPolicy.match(/style-src 'self' ('sha256-[^']+')/)?.[1];
      expect(styleHash, path).toBeDefined();
      expect(headerPolicy, path).toContain(styleHash ?? 'no hash');
      // The header joins several policies, all enforced; the strict one and the meta allow no inline style but this.
      expect(
        headerPolicy.split(', ').find((policy) => policy.includes(styleHash ?? 'no hash')),
        path,
      ).not.toContain('unsafe-inline');
      expect(metaPolicy, path).not.toContain('unsafe-inline');
    }
    expect(stylesheets).toEqual([]);
  });

  test('the first search result starts within the first 400 px', async ({ page }) => {
    await page.goto(`search/?q=${encodeURIComponent('월세')}`);
    await renderedResults(page, '월세');
    const top = await page
      .locator('[data-search-results] li')
      .first()
      .evaluate((node) => node.getBoundingClientRect().top);
    expect(top).toBeLessThanOrEqual(400);
  });

  for (const path of ['/policies/', '/programs/']) {
    test(`the first card of ${path} starts within the first 400 px`, async ({ page }) => {
      await page.goto(path);
      const top = await page
        .locator('main article')
        .first()
        .evaluate((node) => node.getBoundingClientRect().top);
      expect(top).toBeLessThanOrEqual(400);
    });
  }

  test('the menu opens without script and lists 관심 목록 with the count of saved entries', async ({ page }) => {
    await page.goto('/policies/national/independence-allowance/');
    await page.getByRole('button', { name: '관심 목록에 저장' }).click();
    await page.getByText('메뉴', { exact: true }).click();
    const saved = page.getByRole('navigation', { name: '주요 메뉴' }).getByRole('link', { name: /관심 목록/ });
    await expect(saved).toBeVisible();
    await expect(saved).toHaveText(/관심 목록\s*1/);
  });

  test('every page still says the content is sample data', async ({ page }) => {
    await page.goto('/policies/');
    await expect(page.getByRole('complementary', { name: '샘플 데이터 안내' })).toContainText('샘플 데이터');
  });

  test('the sample notice is one line on a phone and, once closed, stays closed without moving the page', async ({
    page,
  }) => {
    await page.goto('/policies/');
    const notice = page.getByRole('complementary', { name: '샘플 데이터 안내' });
    const height = await notice.evaluate((node) => node.getBoundingClientRect().height);
    expect(height).toBeLessThanOrEqual(40);
    await page.getByRole('button', { name: '샘플 데이터 안내 닫기' }).click();
    await expect(notice).toBeHidden();
    await expect(page.locator('main')).toBeFocused();

    // Next page: gone before first paint, so nothing below it moves (no layout shift).
    await page.goto('/programs/');
    await expect(notice).toBeHidden();
    const shift = await layoutShift(page);
    expect(shift).toBeLessThan(0.01);
    // The footer still says it, for every page.
    await expect(page.locator('footer')).toContainText('샘플 데이터');
  });
});

test('policy cards say what one gets and, while open, until when', async ({ page }) => {
  await page.goto('/policies/');
  const cards = page.locator('main article');
  const count = await cards.count();
  expect(count).toBeGreaterThan(0);
  await expect(page.locator('main article [data-card-benefit]')).toHaveCount(count);
  await expect(page.locator('main article [data-card-benefit]').first()).toContainText('받는 것');
  const open = cards.filter({
    has: page.locator('.status-badge[data-status="open"], .status-badge[data-status="closing-soon"]'),
  });
  const openCount = await open.count();
  expect(openCount).toBeGreaterThan(0);
  for (let index = 0; index < openCount; index++) {
    await expect(open.nth(index).locator('[data-card-date]')).toHaveText(
      /^\d{1,2}\/\d{1,2}\([일월화수목금토]\) 마감 · $/,
    );
  }
});

test('the footer links to a sitemap page for people, which leads to the list of every policy', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('contentinfo').getByRole('link', { name: '사이트맵' }).click();
  await expect(page).toHaveURL(/\/sitemap\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('사이트맵');
  await page.getByRole('link', { name: `청년 정책 ${content.policies.length}건` }).click();
  await expect(page).toHaveURL(/\/policies\/$/);
  await expect(page.locator('[data-card-date]').first()).toBeVisible();
});

test("a query that names a region offers that region's page", async ({ page }) => {
  await page.goto(`search/?q=${encodeURIComponent('군산 프로그램')}`);
  await expect(page.locator('[data-search-regions]').getByRole('link')).toHaveText(/군산시 정책·프로그램 모두 보기/);
});

test.describe('apply boxes', () => {
  const closedPolicy = content.policies.find((entry) => field<string>(entry, 'application.period.type') === 'closed');
  const portalPolicy = content.policies.find(
    (entry) =>
      field<string>(entry, 'application.period.type') === 'always' &&
      field<string>(entry, 'application.url') === 'https://www.bokjiro.go.kr/',
  );
  const visitProgram = content.programs.find(
    (entry) =>
      field<string>(entry, 'registration.type') === 'always' &&
      field<string[]>(entry, 'application.method')?.includes('visit') &&
      !field<string>(entry, 'application.url'),
  );

  test('a closed entry has no apply button, and points to its last notice and to the feeds', async ({ page }) => {
    if (!closedPolicy) throw new Error('the sample has no closed policy');
    await page.goto(`/policies/${closedPolicy.id}/`);
    const box = page.getByRole('complementary', { name: '신청' });
    await expect(box.locator('[data-apply-link]')).toHaveCount(0);
    await expect(box.getByRole('link', { name: /신청하기/ })).toHaveCount(0);
    await expect(box).toContainText('이번 모집은 끝났어요');
    // 마감 is said once, by the badge: no period line repeats it under the heading.
    expect(((await box.textContent()) ?? '').match(/마감/g)).toHaveLength(1);
    await expect(box.getByRole('link', { name: '지난 공고 보기' })).toHaveAttribute(
      'href',
      field<string>(closedPolicy, 'source.url'),
    );
    await expect(box.getByRole('link', { name: /다음 모집 소식 받기/ })).toHaveAttribute('href', '/feeds/');
  });

  test("a button to a portal's front page is named after the portal and says to search there", async ({ page }) => {
    if (!portalPolicy) throw new Error('the sample has no open policy applied for on bokjiro');
    await page.goto(`/policies/${portalPolicy.id}/`);
    const box = page.getByRole('complementary', { name: '신청' });
    await expect(box.locator('[data-apply-link]')).toHaveText('복지로에서 신청하기');
    await expect(box).toContainText('복지로 첫 화면으로 이동해요');
  });

  test('a program applied for by visit shows where, with the address, a map link and the sentence joined right', async ({
    page,
  }) => {
    if (!visitProgram) throw new Error('the sample has no open program applied for by visit');
    await page.goto(`/programs/${visitProgram.id}/`);
    const box = page.getByRole('complementary', { name: '신청' });
    await expect(box).toContainText('방문으로 신청해요.');
    await expect(box).not.toContainText('(으)로');
    await expect(box.getByRole('link', { name: '지도 보기' })).toHaveAttribute('href', /^https:\/\/map\.kakao\.com\//);
    await expect(box.locator('dd').filter({ hasText: /\d/ }).first()).toBeVisible();
  });
});

test.describe('search on a slow network', () => {
  test('results coming in do not move the page: the footer waits below the first screen', async ({ page }) => {
    await page.goto(`search/?q=${encodeURIComponent('월세')}`);
    await expect(page.locator('[data-search-results]')).toHaveAttribute('aria-busy', 'false');
    const shift = await layoutShift(page);
    // 0.45 at 360 px before <main> filled the screen; 0.1 is the line between good and poor.
    expect(shift).toBeLessThan(0.1);
  });

  test('the query and 찾는 중… are on the page before the search script runs', async ({ page }) => {
    await page.route(/\/_astro\/search\.astro.*\.js$/, (route) => route.abort());
    await page.goto(`search/?q=${encodeURIComponent('월세')}&category=housing`);
    await expect(page.locator('#search-q')).toHaveValue('월세');
    await expect(page.locator('#search-category')).toHaveValue('housing');
    await expect(page.locator('[data-search-status]')).toHaveText('찾는 중…');
  });

  test('the quick answer shows results while the full index has not arrived', async ({ page }) => {
    await page.route(/\/pagefind\//, (route) => route.abort());
    await page.goto(`search/?q=${encodeURIComponent('월세')}`);
    const first = page.locator('[data-search-results] li').first();
    await expect(first).toContainText('월세');
    await expect(page.locator('[data-search-results]')).toHaveAttribute('aria-busy', 'true');
    await expect(page.locator('[data-search-status]')).toContainText('더 찾는 중');
  });

  test('every script the search page runs is named in its head, so none waits for another to arrive', async ({
    page,
  }) => {
    // On Slow 3G each module found only inside another costs a 2 s round trip before the
    // first results (search.js → paths.js → vocabulary.js was 9.6 s to results, now 5.4 s).
    const scripts = new Set<string>();
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (request.resourceType() === 'script' && path.includes('/_astro/')) scripts.add(path);
    });
    await page.goto(`search/?q=${encodeURIComponent('월세')}`);
    await renderedResults(page, '월세');
    const preloaded = await page
      .locator('head link[rel="modulepreload"]')
      .evaluateAll((links) => links.map((link) => new URL((link as HTMLLinkElement).href).pathname));
    expect(scripts.size).toBeGreaterThan(1);
    expect(preloaded).toEqual(expect.arrayContaining([...scripts]));
  });

  test('the search page preloads what Pagefind fetches, by index version rather than the time', async ({ page }) => {
    const entryRequests: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('pagefind-entry.json')) entryRequests.push(request.url());
    });
    await page.goto(`search/?q=${encodeURIComponent('월세')}`);
    await renderedResults(page, '월세');
    const version = await page.locator('link[data-pagefind-version]').getAttribute('data-pagefind-version');
    expect(version).toMatch(/^ko_/);
    // The page's preload and the search worker (which takes it from the HTTP cache) ask for
    // the same address: never a new ?ts=<time>.
    expect(entryRequests.length).toBeGreaterThan(0);
    for (const request of entryRequests) expect(request).toContain(`pagefind-entry.json?ts=${version}`);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the sample notice shows no close button that would do nothing', async ({ page }) => {
    await page.goto('/policies/');
    await expect(page.getByRole('complementary', { name: '샘플 데이터 안내' })).toBeVisible();
    await expect(page.getByRole('button', { name: '샘플 데이터 안내 닫기' })).toHaveCount(0);
  });
});

test.describe('a long host name on a phone @phone-only', () => {
  test.use({ viewport: { width: 360, height: 800 } });

  // Issue #25: a host is one unbroken word, and a long one (real notices use hosts of 40 and
  // more characters) scrolled the phone page sideways under the apply button and in the footer.
  test('never widens the policy page', async ({ page }) => {
    // An always-open policy with a form: its page has the apply button whatever the day.
    await page.goto('/policies/national/independence-allowance/');
    const host = 'youth-support-application-center-of-a-metropolitan-city.example.go.kr';
    await page.evaluate((longHost) => {
      for (const node of document.querySelectorAll('#apply-destination strong, [data-source-link]')) {
        node.textContent = `공식 공고 보기 (${longHost})`;
      }
      const button = document.querySelector('[data-apply-link]');
      if (button?.firstChild) button.firstChild.textContent = `${longHost}에서 신청하기`;
    }, host);
    await expect(page.locator('#apply-destination')).toContainText(host);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
  });
});
