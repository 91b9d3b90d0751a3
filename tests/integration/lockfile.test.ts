import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Every workflow installs with `npm ci`, which refuses a package-lock.json that is out of
// step with package.json (a fresh clone then installs nothing and nothing deploys). The
// check runs on copies of the two files, offline and without install scripts.
function npmCiDryRun(changePackage?: (data: Record<string, Record<string, string>>) => void) {
  const dir = mkdtempSync(join(tmpdir(), 'youth-lock-'));
  for (const file of ['package.json', 'package-lock.json', '.npmrc']) copyFileSync(file, join(dir, file));
  if (changePackage) {
    const data = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    changePackage(data);
    writeFileSync(join(dir, 'package.json'), JSON.stringify(data, null, 2));
  }
  const result = spawnSync('npm', ['ci', '--dry-run', '--ignore-scripts', '--offline', '--no-audit', '--no-fund'], {
    cwd: dir,
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('package-lock.json', { timeout: 120_000 }, () => {
  it('is in step with package.json, so npm ci installs from a fresh clone', () => {
    const { status, output } = npmCiDryRun();
    expect(status, `${output}\npackage-lock.json을 npm install로 다시 만드세요.`).toBe(0);
  });

  it('is caught when package.json gains a dependency the lock file lacks', () => {
    const { status, output } = npmCiDryRun((data) => {
      data.devDependencies = { ...data.devDependencies, 'left-pad': '^1.3.0' };
    });
    expect(status).not.toBe(0);
    expect(output).toContain('in sync');
  });
});
