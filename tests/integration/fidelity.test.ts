import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFidelity } from '../../scripts/check-fidelity/fidelity';

// Seven real 온통청년 records, imported into a scratch tree and built (as
// `npm run check:fidelity` does): every page says what its record says, check by check.
const fixture = 'tests/fixtures/ontong/fidelity-sample.json';

describe('npm run check:fidelity on real records', { timeout: 300_000 }, () => {
  it('finds every check right on every page the records apply to', () => {
    const result = checkFidelity({ files: [fixture], today: '2026-12-07' });
    const byId = Object.fromEntries(result.results.map((check) => [check.id, check]));
    for (const check of result.results) expect(check.failures, check.id).toEqual([]);
    // The records were chosen so that each check has pages to judge.
    for (const id of ['phones-callable', 'support-scale', 'selection', 'no-literal-entities', 'always-open-not-closed'])
      expect(byId[id]?.applicable, id).toBeGreaterThan(0);

    // The only phone number of 20251120005400211911 is in 기타 사항; the page lets one call it.
    const page = readFileSync(join(result.site, 'policies/ontong/20251120005400211911/index.html'), 'utf8');
    expect(page).toContain('href="tel:0432204394"');
    expect(page).toContain('충청북도 산업입지과');
  });
});
