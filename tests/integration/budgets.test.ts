import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function budgets(site: string) {
  const result = spawnSync('npx', ['tsx', 'scripts/budgets.ts', site], { encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** A built site whose every template falls back to one 404 page with the given head. */
function siteWith(head: string, files: Record<string, Buffer | string> = {}) {
  const root = mkdtempSync(join(tmpdir(), 'budget-'));
  mkdirSync(join(root, '_astro'));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(root, name), content);
  writeFileSync(join(root, '404.html'), `<!doctype html><html lang="ko"><head>${head}</head><body>없음</body></html>`);
  return root;
}

describe('scripts/budgets.ts', { timeout: 60_000 }, () => {
  it('passes a light site and prints the table', () => {
    const { status, output } = budgets(
      siteWith('<link rel="stylesheet" href="/_astro/a.css">', { '_astro/a.css': 'body{}' }),
    );
    expect(status, output).toBe(0);
    expect(output).toContain('| policy detail |');
  });

  it('fails when a list or detail page carries more than 3.75 KB of JavaScript, following imports', () => {
    const root = siteWith('<script type="module" src="/_astro/entry.js"></script>', {
      '_astro/entry.js': 'import "./chunk.js";',
      '_astro/chunk.js': randomBytes(6144).toString('base64'),
    });
    const { status, output } = budgets(root);
    expect(status).toBe(1);
    expect(output).toMatch(/policy detail: JavaScript \d+ B > 3840 B/);
  });

  it('fails on an inline script, which the Content-Security-Policy forbids', () => {
    const { status, output } = budgets(siteWith('<script>alert(1)</script>'));
    expect(status).toBe(1);
    expect(output).toContain('inline <script>');
  });
  it('fails on a page or data file that grows with the catalogue, but not on what Pagefind splits itself', () => {
    const root = siteWith('');
    for (const folder of ['embed/policies', 'api', 'pagefind/fragment'])
      mkdirSync(join(root, folder), { recursive: true });
    writeFileSync(join(root, 'embed/policies/index.html'), 'x'.repeat(400 * 1024));
    writeFileSync(join(root, 'api/centers.json'), 'x'.repeat(200 * 1024));
    writeFileSync(join(root, 'pagefind/fragment/ko_1.pf_fragment'), 'x'.repeat(400 * 1024));
    const { status, output } = budgets(root);
    expect(status).toBe(1);
    expect(output).toContain('embed/policies/index.html: 400 KB > 300 KB');
    expect(output).not.toContain('api/centers.json');
    expect(output).not.toContain('pagefind/');
  });
});
