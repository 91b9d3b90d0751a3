import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// `npm run validate` as editors and CI run it.
function validate(env: Record<string, string>) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/validate/cli.ts'], {
    encoding: 'utf8',
    env: { ...process.env, GITHUB_ACTIONS: '', TODAY: '2026-11-22', ...env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run validate', { timeout: 60_000 }, () => {
  it('finds no error in the sample content', () => {
    const { status, stdout, stderr } = validate({});
    // Warnings (an entry not checked for half a year) may stand; no error may.
    expect(stderr).not.toContain('오류');
    expect(status).toBe(0);
    expect(stdout).toMatch(/content\/ 파일 \d+개 검사: 오류 0건/);
  });

  it('accepts the sample with the day pinned in the past (TODAY): dates after it but not after the clock are fine', () => {
    const { status, stderr } = validate({ TODAY: '2025-09-15' });
    expect(stderr).not.toContain('오늘보다 뒤');
    expect(status).toBe(0);
  });

  it('prints a thousand warnings as a few lines by kind, and every one in --report and with --all', () => {
    const tree = mkdtempSync(join(tmpdir(), 'youth-warnings-'));
    cpSync('tests/fixtures/trees/minimal', tree, { recursive: true });
    const stale = readFileSync('tests/fixtures/invalid/warnings/policies/stale-updated.md', 'utf8');
    for (let index = 0; index < 1000; index += 1) writeFileSync(join(tree, `policies/stale-${index}.md`), stale);
    const report = join(tree, 'problems.json');
    const grouped = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/validate/cli.ts', '--report', report], {
      encoding: 'utf8',
      env: { ...process.env, GITHUB_ACTIONS: '', TODAY: '2026-11-22', CONTENT_DIR: tree },
    });
    expect(grouped.status).toBe(0);
    const lines = grouped.stderr.trim().split('\n');
    expect(lines.length).toBeLessThan(12);
    expect(lines[0]).toMatch(/^경고 1,000건: 확인한 지 180일이 넘은 항목/);
    expect(grouped.stderr).toContain(`그 밖에 997건은 ${report}에 있습니다.`);
    expect(grouped.stdout).toContain('경고 1999건'); // 1,000 stale, 999 titles the first one already has
    const listed = JSON.parse(readFileSync(report, 'utf8')) as { problems: unknown[] };
    expect(listed.problems).toHaveLength(1999);
    const all = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/validate/cli.ts', '--all'], {
      encoding: 'utf8',
      env: { ...process.env, GITHUB_ACTIONS: '', TODAY: '2026-11-22', CONTENT_DIR: tree },
    });
    expect(all.stderr.trim().split('\n')).toHaveLength(1999);
  });

  it('reports every broken file in one pass, exits 1, and annotates under GitHub Actions', () => {
    const tree = mkdtempSync(join(tmpdir(), 'youth-validate-'));
    cpSync('tests/fixtures/trees/minimal', tree, { recursive: true });
    const policy = join(tree, 'policies/city/test-allowance.md');
    writeFileSync(policy, readFileSync(policy, 'utf8').replace('summary: CONTENT', 'sumary: CONTENT'));
    cpSync('tests/fixtures/invalid/programs/unknown-center.md', join(tree, 'programs/city/other.md'));
    const { status, stdout, stderr } = validate({ CONTENT_DIR: tree, GITHUB_ACTIONS: 'true' });
    expect(status).toBe(1);
    expect(stderr).toContain(
      `${relative(process.cwd(), tree)}/policies/city/test-allowance.md:3:1  sumary  알 수 없는 항목입니다: sumary.`,
    );
    expect(stderr).toContain(`/programs/city/other.md:6:1  center  청년센터 'testcity-centre'을(를) 찾을 수 없습니다.`);
    expect(stderr).toContain('오류 2건');
    expect(stdout).toMatch(/^::error file=[^,]+\/policies\/city\/test-allowance\.md,line=3,col=1,title=sumary::/m);
  });

  it('writes a report longer than a pipe holds in full, even to a reader slow to drain it', () => {
    // CI logs and editors' terminals read through a pipe; a report over its 64 KB must not be
    // cut off before the summary line (it was, when the script exited at once).
    const tree = mkdtempSync(join(tmpdir(), 'youth-long-report-'));
    cpSync('tests/fixtures/trees/minimal', tree, { recursive: true });
    const broken = readFileSync('tests/fixtures/invalid/policies/summary-too-long.md', 'utf8');
    for (let index = 0; index < 1500; index += 1) writeFileSync(join(tree, `policies/long-${index}.md`), broken);
    const result = spawnSync(
      'sh',
      ['-c', `"${process.execPath}" --import tsx scripts/validate/cli.ts 2>&1 | { sleep 2; cat; }`],
      { encoding: 'utf8', env: { ...process.env, GITHUB_ACTIONS: '', TODAY: '2026-11-22', CONTENT_DIR: tree } },
    );
    expect(result.stdout.length).toBeGreaterThan(64 * 1024);
    expect(result.stdout).toContain('policies/long-1499.md:');
    expect(result.stdout).toMatch(/파일 \d+개 검사: 오류 \d+건/);
  });

  it('refuses the whole hostile corpus at once, each file by name in Korean, without a stack trace', () => {
    const tree = mkdtempSync(join(tmpdir(), 'youth-hostile-'));
    cpSync('tests/fixtures/trees/minimal', tree, { recursive: true });
    const hostile = (readdirSync('tests/fixtures/invalid', { recursive: true }) as string[]).filter(
      // updated-tomorrow.md is a day after the pinned TODAY, which the real clock, judge of
      // the future, has passed: validation-corpus.test.ts checks it with the clock given.
      (path) =>
        /\.(mdx?|ya?ml)$/.test(path) &&
        !path.startsWith('warnings/') &&
        !path.startsWith('regions/') &&
        path !== 'policies/updated-tomorrow.md',
    );
    for (const path of hostile) {
      mkdirSync(dirname(join(tree, path)), { recursive: true });
      cpSync(join('tests/fixtures/invalid', path), join(tree, path));
    }
    writeFileSync(join(tree, 'policies/too-big.md'), `---\ntitle: x\n---\n${'가'.repeat(200_000)}`);
    const { status, stdout, stderr } = validate({ CONTENT_DIR: tree });
    expect(status).toBe(1);
    expect(stderr).not.toMatch(/\n\s+at |Error:|TypeError|RangeError/);
    for (const path of [...hostile, 'policies/too-big.md']) {
      expect(stderr, path).toContain(`${relative(process.cwd(), tree)}/${path}:`);
    }
    expect(stderr).toContain('파일이 너무 큽니다');
    expect(stdout).toBe('');
  });
});
