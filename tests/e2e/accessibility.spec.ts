import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { templates } from './templates';

// WCAG 2.2 AA (KWCAG 2.2). Without wcag22aa the target-size rule does not run.
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

for (const [name, path] of Object.entries(templates)) {
  test(`${name} has no WCAG 2.2 AA violations (axe)`, async ({ page }) => {
    await page.goto(path);
    const { violations } = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
    const summary = violations.map((violation) => ({
      rule: violation.id,
      impact: violation.impact,
      targets: violation.nodes.slice(0, 5).map((node) => node.target.join(' ')),
    }));
    expect(summary).toEqual([]);
  });

  test(`${name} reads at 200% zoom without sideways scrolling @desktop-only`, async ({ browser }) => {
    // 200% zoom of a 1280 px window is a 640 px layout viewport at twice the pixel density.
    const context = await browser.newContext({ viewport: { width: 640, height: 450 }, deviceScaleFactor: 2 });
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${new URL(test.info().project.use.baseURL ?? '').port}${path}`);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
  });
}

test('the first Tab reaches a visible skip link that jumps to the main content', async ({ page }) => {
  await page.goto('/policies/gwangju/rent-deposit-interest/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: '본문 바로가기' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
});

test('keyboard focus is always visible: every focusable element gets an outline', async ({ page }) => {
  await page.goto('/policies/gwangju/rent-deposit-interest/');
  for (let step = 0; step < 12; step += 1) {
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element || element === document.body) return 'none';
      const style = getComputedStyle(element);
      return `${style.outlineStyle} ${style.outlineWidth}`;
    });
    expect(outline).toMatch(/solid [1-9]/);
  }
});

test('the 신청하기 button is reached and followed with the keyboard alone', async ({ page, externalRequests }) => {
  await page.goto('/policies/national/independence-allowance/');
  const apply = page.getByRole('link', { name: '복지로에서 신청하기' });
  let reached = false;
  for (let step = 0; step < 30 && !reached; step += 1) {
    await page.keyboard.press('Tab');
    reached = await apply.evaluate((link) => link === document.activeElement);
  }
  expect(reached).toBe(true);
  await page.keyboard.press('Enter');
  // The browser tries to leave for the application form; the test blocks it there.
  await expect.poll(() => externalRequests).toContain('https://www.bokjiro.go.kr/');
  externalRequests.length = 0;
});
