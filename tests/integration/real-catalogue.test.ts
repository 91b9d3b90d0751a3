import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The 783 real 온통청년 records beside the repository (CI checks out ../shared too),
// imported into a copy of the shipped content tree and built: the whole file imports,
// nothing is skipped for want of a region, and the site builds.
const shared = '../shared/data/ontong/ontong-v2-2025-sample.json';
const work = mkdtempSync(join(tmpdir(), 'youth-real-'));
const root = join(work, 'content');
const outDir = join(work, 'dist');
const today = '2026-11-29';
// Not Vitest's environment: its NODE_ENV=test makes Astro build in dev mode (with drafts).
const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', CONTENT_DIR: root, TODAY: today };

describe('the real 온통청년 sample', { timeout: 400_000 }, () => {
  it('imports completely into a copy of the shipped tree, and the tree builds', () => {
    cpSync('content', root, { recursive: true });
    const run = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/import/ontong-cli.ts', shared], {
      encoding: 'utf8',
      env,
    });
    expect(run.status, run.stderr).toBe(0);
    // One record is also a hand-written sample entry (policies/gwangju/sangmu-public-rental-housing):
    // its file names the record, so the import keeps it rather than writing a second page.
    expect(run.stdout).toContain('추가 782건, 갱신 0건, 유지 1건');
    expect(run.stdout).toContain('건너뜀 0건');
    expect(readdirSync(join(root, 'policies/ontong'))).toHaveLength(782);

    const built = spawnSync(process.execPath, ['scripts/build.mjs'], {
      encoding: 'utf8',
      env: { ...env, OUT_DIR: outDir },
    });
    expect(built.status, `${built.stdout}${built.stderr}`.slice(-4000)).toBe(0);

    // A nationwide record is the whole country; a 광주 record reaches 광주 서구 residents.
    const policy = (id: string) => readFileSync(join(outDir, `policies/ontong/${id}/index.html`), 'utf8');
    const finder = JSON.parse(readFileSync(join(outDir, 'finder/entries.json'), 'utf8')) as {
      entries: { id: string; regions: string[] }[];
    };
    const regionsOf = (id: string) => finder.entries.find((entry) => entry.id === `ontong/${id}`)?.regions;
    expect(regionsOf('20250218005400210446')).toEqual(['gwangju']);
    const imported = finder.entries.filter((entry) => entry.id.startsWith('ontong/'));
    expect(imported).toHaveLength(782);
    // 191 records list every 시·군·구; 42 of them are a 시·도's or 시·군·구's own programme
    // (region from who registered it), so 149 stay nationwide.
    expect(imported.filter((entry) => entry.regions.includes('kr'))).toHaveLength(149);
    // An open round whose notice does not say how to apply: published, pointing at the notice.
    expect(policy('20251114005400211891')).toContain('공고에 신청 방법이 나와 있지 않습니다');
    // What one gets is the line labelled 지원내용, not who may apply listed before it.
    const benefit = (id: string) => /id="support"[^>]*>[^<]*<\/h2>\s*<p[^>]*>([^<]*)</.exec(policy(id))?.[1];
    expect(benefit('20250103005400210030')).toBe('10만원 지원');
    expect(benefit('20250908005400211667')).toMatch(/^도내 고등학교 졸업자 및 도내 대학 재학생에게 장학금 지급/);
    // Pages only for regions entries name (and 전국, 시·도): not one per 시·군·구.
    expect(existsSync(join(outDir, 'regions/gwangju-seogu/index.html'))).toBe(true);
    expect(existsSync(join(outDir, 'regions/seosan/index.html'))).toBe(true);
    expect(existsSync(join(outDir, 'regions/seoul-jongnogu/index.html'))).toBe(false);
    expect(existsSync(join(outDir, 'regions/seoul/index.html'))).toBe(true);
    expect(readdirSync(join(outDir, 'regions')).length).toBeLessThan(150);
  });
});
