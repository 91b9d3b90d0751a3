import { expect, test } from './fixtures';
import { templates } from './templates';

// Every template runs under the strict policy without a single violation: no inline
// script or style, nothing from another origin.
for (const [name, path] of Object.entries(templates)) {
  test(`${name} raises no Content-Security-Policy violation`, async ({ page }) => {
    await page.addInitScript(() => {
      (window as unknown as { cspViolations: string[] }).cspViolations = [];
      document.addEventListener('securitypolicyviolation', (event) => {
        (window as unknown as { cspViolations: string[] }).cspViolations.push(
          `${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`,
        );
      });
    });
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute(
      'content',
      /script-src 'self'/,
    );
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);
  });
}

test('the policy really blocks an injected inline script', async ({ page }) => {
  await page.goto('/');
  const violations = await page.evaluate(async () => {
    const seen: string[] = [];
    document.addEventListener('securitypolicyviolation', (event) => seen.push(event.violatedDirective));
    const script = document.createElement('script');
    script.textContent = 'window.injected = true';
    document.body.append(script);
    await new Promise((resolve) => setTimeout(resolve, 100));
    return { seen, injected: (window as unknown as { injected?: boolean }).injected };
  });
  expect(violations.injected).toBeUndefined();
  expect(violations.seen).toContain('script-src-elem');
});
