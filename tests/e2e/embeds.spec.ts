import type { Frame, Page } from '@playwright/test';
import { embedHostPort, embedSitePort } from './embed-sites.mjs';
import { content, expect, test } from './fixtures';

const host = `http://127.0.0.1:${embedHostPort}`;
const site = `http://127.0.0.1:${embedSitePort}`;

/** Records CSP violations in every frame (init scripts run outside the page's CSP). */
async function watchCsp(page: Page) {
  const messages: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) messages.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return messages;
}

async function embedFrame(page: Page, hostId: string): Promise<Frame> {
  const element = page.locator(`#${hostId} iframe`);
  await expect(element).toBeVisible();
  const frame = await (await element.elementHandle())?.contentFrame();
  if (!frame) throw new Error(`no frame in #${hostId}`);
  await frame.waitForLoadState('load');
  return frame;
}

/** Frame height on the host page versus the height of the embed's content. */
async function heights(page: Page, hostId: string) {
  const frame = await embedFrame(page, hostId);
  const outer = await page.locator(`#${hostId} iframe`).evaluate((element) => element.getBoundingClientRect().height);
  const inner = await frame.evaluate(() => document.body.getBoundingClientRect().height);
  return { outer, inner };
}

async function expectSized(page: Page, hostId: string) {
  await expect
    .poll(async () => {
      const { outer, inner } = await heights(page, hostId);
      return Math.abs(outer - inner);
    })
    .toBeLessThanOrEqual(3);
}

test.describe('embed snippet on a municipal page (another origin)', () => {
  test('turns the div into a titled frame of our embed page, sized to its content', async ({ page }) => {
    const csp = await watchCsp(page);
    await page.goto(`${host}/`);
    const iframe = page.locator('#policies iframe');
    await expect(iframe).toHaveAttribute('title', '광주 서구 주거 청년 정책');
    await expect(iframe).toHaveAttribute(
      'src',
      `${site}/embed/policies/?region=gwangju-seogu&category=housing&status=all`,
    );
    await expect(page.locator('#policies a')).toHaveCount(0);
    await expectSized(page, 'policies');
    await expectSized(page, 'programs');
    const frame = await embedFrame(page, 'policies');
    await expect(frame.getByRole('heading', { level: 1 })).toHaveText('광주 서구 · 주거 청년 정책');
    expect(csp).toEqual([]);
  });

  test('follows its content when the page width changes', async ({ page }) => {
    await page.goto(`${host}/`);
    await expectSized(page, 'policies');
    const before = (await heights(page, 'policies')).outer;
    const viewport = page.viewportSize() ?? { width: 360, height: 780 };
    await page.setViewportSize({ width: viewport.width === 360 ? 900 : 360, height: viewport.height });
    await expect.poll(async () => (await heights(page, 'policies')).outer).not.toBe(before);
    await expectSized(page, 'policies');
  });

  test('ignores a forged height message from the host page', async ({ page }) => {
    await page.goto(`${host}/`);
    await expectSized(page, 'policies');
    const before = (await heights(page, 'policies')).outer;
    await page.evaluate(() => {
      window.postMessage({ type: 'cheongnyeon-giljabi:embed-height', height: 5 }, '*');
    });
    // A message from our own origin but not from the frame (the program embed) is ignored too.
    const programs = await embedFrame(page, 'programs');
    await programs.evaluate(() => {
      window.parent.postMessage({ type: 'cheongnyeon-giljabi:embed-height', height: 7 }, '*');
    });
    await page.waitForTimeout(300);
    expect((await heights(page, 'policies')).outer).toBe(before);
  });

  test('opens entries in a new tab and never navigates the host page', async ({ page, context }) => {
    await page.goto(`${host}/`);
    const frame = await embedFrame(page, 'policies');
    const links = await frame
      .locator('a[href]')
      .evaluateAll((anchors) =>
        anchors.map((anchor) => ({ target: anchor.getAttribute('target'), rel: anchor.getAttribute('rel') ?? '' })),
      );
    expect(links.length).toBeGreaterThan(2);
    for (const link of links) {
      expect(link.target).toBe('_blank');
      expect(link.rel).toContain('noopener');
    }
    const card = frame.locator('[data-embed-entry]:not([hidden]) h2 a').first();
    const title = ((await card.textContent()) ?? '').replace('(새 창)', '').trim();
    const [opened] = await Promise.all([context.waitForEvent('page'), card.click()]);
    await opened.waitForLoadState();
    expect(opened.url()).toMatch(new RegExp(`^${site}/policies/`));
    await expect(opened.getByRole('heading', { level: 1 })).toHaveText(title);
    expect(page.url()).toBe(`${host}/`);
  });

  test('leaves a div that names a page outside /embed/ as its plain link', async ({ page }) => {
    await page.goto(`${host}/`);
    await expect(page.locator('#policies iframe')).toBeVisible();
    await expect(page.locator('#refused iframe')).toHaveCount(0);
    await expect(page.locator('#refused a')).toHaveText('정책 전체 보기');
  });

  test('works for a site deployed under a base path', async ({ page }) => {
    await page.goto(`${host}/base-path.html`);
    const iframe = page.locator('#policies iframe');
    await expect(iframe).toHaveAttribute('src', /^http:\/\/127\.0\.0\.1:\d+\/youth\/embed\/policies\/\?limit=2$/);
    await expectSized(page, 'policies');
  });

  test('our other pages refuse to be framed by another site', async ({ page, request }) => {
    const messages = await watchCsp(page);
    await page.goto(`${host}/frame-page.html`);
    await expect.poll(() => messages.join('\n')).toContain('frame-ancestors');
    const headers = (await request.get(`${site}/policies/`)).headers();
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(headers['x-frame-options']).toBe('DENY');
    expect(headers['x-content-type-options']).toBe('nosniff');
  });

  test('an unknown path and a path that climbs out of /embed/ refuse to be framed too', async ({ page, request }) => {
    const refused: string[] = [];
    page.on('console', (message) => {
      if (/frame-ancestors|X-Frame-Options/i.test(message.text())) refused.push(message.text());
    });
    await page.goto(`${host}/frame-unknown.html`);
    await expect.poll(() => refused.length).toBe(2);
    for (const path of ['/no-such-page/', '/embed/..%2fpolicies/']) {
      const headers = (await request.get(`${site}${path}`)).headers();
      expect(headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
      expect(headers['content-security-policy'], path).not.toContain('frame-ancestors *');
    }
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the host page shows the fallback link', async ({ page }) => {
    await page.goto(`${host}/`);
    await expect(page.getByRole('link', { name: '광주 서구 주거 청년 정책 보기 (청년길잡이)' })).toBeVisible();
  });

  test('an embed page lists what can be applied for now, and says why', async ({ page }) => {
    await page.goto(`${site}/embed/policies/?region=gwangju-seogu`);
    await expect(page.getByText('스크립트가 꺼져 있어')).toBeVisible();
    await expect(page.locator('[data-embed-entry]:not([hidden])').first()).toBeVisible();
    await expect(page.locator('[data-embed-entry]:not([hidden]) [data-status="closed"]')).toHaveCount(0);
  });
});

test.describe('embed pages', () => {
  test('filter by region and category, up to the limit, with the region rule of the site', async ({ page }) => {
    await page.goto(`${site}/embed/policies/?region=gwangju-seogu&category=housing&status=all&limit=50`);
    const visible = page.locator('[data-embed-entry]:not([hidden])');
    await expect(visible.first()).toBeVisible();
    const allowed = ['광주 서구', '광주', '전남광주통합특별시', '전국'];
    for (const card of await visible.all()) {
      await expect(card).toContainText('주거');
      const regionsText = (await card.locator('p').last().textContent()) ?? '';
      expect(
        regionsText.split(', ').some((name) => allowed.includes(name)),
        regionsText,
      ).toBe(true);
    }
    const expected = content.policies.filter((policy) => {
      const data = policy.data as { category: string; regions: string[]; draft?: boolean };
      return (
        data.category === 'housing' &&
        !data.draft &&
        data.regions.some((id) => ['gwangju-seogu', 'gwangju', 'kr'].includes(id))
      );
    });
    await expect(visible).toHaveCount(expected.length);

    // "전체 목록 보기" leads to the site's page of the same scope, narrowed as the embed is.
    const more = page.getByRole('link', { name: '전체 목록 보기 (새 창)' });
    await expect(more).toHaveAttribute('href', '/regions/gwangju-seogu/housing/');
    await page.goto(`${site}${await more.getAttribute('href')}`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('주거');

    await page.goto(`${site}/embed/policies/?category=housing&limit=2&status=all`);
    await expect(page.locator('[data-embed-entry]:not([hidden])')).toHaveCount(2);
    await expect(more).toHaveAttribute('href', '/categories/housing/policies/');
    await page.goto(`${site}${await more.getAttribute('href')}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('주거 분야 정책');
  });

  test('take a strict accent colour and a compact mode', async ({ page }) => {
    await page.goto(`${site}/embed/policies/?accent=%23114477&compact=1&status=all`);
    const link = page.locator('[data-embed-entry]:not([hidden]) h2 a').first();
    await expect(link).toHaveCSS('color', 'rgb(17, 68, 119)');
    await expect(page.locator('[data-embed-entry]:not([hidden]) article > p').first()).toBeHidden();
  });

  test('explain bad options in Korean and keep showing entries', async ({ page }) => {
    await page.goto(`${site}/embed/policies/?region=atlantis&accent=red;background:url(x)&limit=999`);
    const problems = page.getByRole('status');
    await expect(problems).toContainText('알 수 없는 지역입니다: atlantis');
    await expect(problems).toContainText('강조 색(accent)');
    await expect(problems).toContainText('1부터 50까지');
    await expect(page.locator('[data-embed-entry]:not([hidden])').first()).toBeVisible();
    await expect(page.locator('[data-embed-entry]:not([hidden]) h2 a').first()).toHaveCSS('color', 'rgb(26, 79, 176)');
  });

  test('show a center’s upcoming programs', async ({ page }) => {
    await page.goto(`${site}/embed/programs/?center=gunsan-youth-center&status=all`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('청년센터 프로그램');
    const visible = page.locator('[data-embed-entry]:not([hidden])');
    await expect(visible.first()).toBeVisible();
    for (const item of await visible.all()) await expect(item).toHaveAttribute('data-center', 'gunsan-youth-center');
  });

  test('show one policy as a card with the sample-data note and no site header', async ({ page }) => {
    const policy = content.policies.find((entry) => !(entry.data as { draft?: boolean }).draft);
    if (!policy) throw new Error('no policy');
    await page.goto(`${site}/embed/policies/${policy.id}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(String(policy.data.title));
    await expect(page.getByText('샘플 데이터')).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
    await expect(page.getByRole('banner')).toHaveCount(0);
    await expect(page.getByRole('link', { name: /자세히 보기/ })).toHaveAttribute('target', '_blank');
  });
});

test('the embed builder previews the chosen embed and writes the snippet', async ({ page }) => {
  const csp = await watchCsp(page);
  await page.goto(`${site}/embed/`);
  await page.getByLabel('지역 (이 지역 주민이 신청할 수 있는 것)').selectOption('gwangju-seogu');
  await page.getByLabel('분야').selectOption('housing');
  await page.getByLabel('간단히 보기 (설명 숨김)').check();
  const snippet = page.getByLabel('이 코드를 누리집의 원하는 위치에 붙여 넣으세요.');
  await expect(snippet).toHaveValue(
    /data-embed-src="\/embed\/policies\/\?region=gwangju-seogu&amp;category=housing&amp;compact=1" data-embed-title="광주 서구 · 주거 청년 정책"/,
  );
  await expect(snippet).toHaveValue(new RegExp(`<script src="${site}/embed.js" async></script>`));
  const preview = page.frameLocator('[data-builder-preview] iframe');
  await expect(preview.getByRole('heading', { level: 1 })).toHaveText('광주 서구 · 주거 청년 정책');
  await page.getByLabel('정책 하나').check();
  await expect(page.getByLabel('지역 (이 지역 주민이 신청할 수 있는 것)')).toBeHidden();
  await expect(snippet).toHaveValue(/data-embed-src="\/embed\/policies\/[a-z0-9/-]+\/\?compact=1"/);
  expect(csp).toEqual([]);
});

const templates = [
  '/',
  '/policies/',
  `/policies/${content.policies[0]?.id}/`,
  '/programs/',
  `/programs/${content.programs[0]?.id}/`,
  '/categories/housing/',
  '/regions/gwangju-seogu/',
  '/centers/',
  `/centers/${content.centers[0]?.id}/`,
  '/about/',
  '/feeds/',
  '/embed/',
  '/embed/policies/?accent=%23114477&compact=1',
  '/embed/programs/',
  `/embed/policies/${content.policies[0]?.id}/`,
  '/no-such-page/',
];

test('no page template breaks the strict Content-Security-Policy', async ({ page }) => {
  const csp = await watchCsp(page);
  for (const path of templates) {
    const response = await page.goto(`${site}${path}`);
    // An unknown address matches no folder of the build (a folder-wide rule would also
    // cover /admin/, whose CMS needs its own policy): the 404 page's meta tag carries it.
    const policy =
      path === '/no-such-page/'
        ? await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')
        : response?.headers()['content-security-policy'];
    expect(policy, path).toContain("script-src 'self' 'wasm-unsafe-eval'");
    await page.waitForLoadState('load');
  }
  expect(csp).toEqual([]);
});
