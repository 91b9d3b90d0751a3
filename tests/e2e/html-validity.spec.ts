import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { e2eSites } from './sites.mjs';

// The Nu Html Checker (vnu-jar, run with the machine's Java) on every built page.
const vnu = 'node_modules/vnu-jar/build/dist/vnu.jar';

function builtPages(root: string): string[] {
  return (readdirSync(root, { recursive: true }) as string[])
    .filter((path) => path.endsWith('.html'))
    .map((path) => join(root, path));
}

// Tagged desktop-only: the checker reads files, not a viewport, so one run is enough.
test('every built page is valid HTML (Nu Html Checker) @desktop-only', async () => {
  test.setTimeout(120_000);
  const pages = builtPages(e2eSites.root.env.OUT_DIR);
  expect(pages.length).toBeGreaterThan(50);
  // The stylesheet is inline in every page (astro.config.mjs), and the checker also reads
  // CSS: it does not know @property (CSS Properties and Values, in every current browser),
  // which Tailwind writes. This test is about the HTML; CSS messages are left out.
  const result = spawnSync(
    'java',
    ['-jar', vnu, '--errors-only', '--filterpattern', 'CSS: .*', '--format', 'json', ...pages],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  if (result.error)
    throw new Error(
      `Java is needed for the HTML checker (apt-get install default-jre-headless): ${result.error.message}`,
    );
  const { messages } = JSON.parse(result.stderr) as { messages: { url: string; lastLine?: number; message: string }[] };
  expect(messages.map((m) => `${m.url.replace(/^file:.*?dist-e2e/, '')}:${m.lastLine ?? 0} ${m.message}`)).toEqual([]);
});
