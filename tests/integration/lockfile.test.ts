import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lockfileProblems } from '../../scripts/lockfile-check';

// Every workflow installs with `npm ci`, which refuses a package-lock.json that is out of
// step with package.json (a fresh clone then installs nothing and nothing deploys). The
// check reads the two files only: no npm cache, no network (scripts/lockfile-check.ts).
const manifest = () => JSON.parse(readFileSync('package.json', 'utf8'));
const lockfile = () => JSON.parse(readFileSync('package-lock.json', 'utf8'));

describe('package-lock.json', () => {
  it('is in step with package.json, so npm ci installs from a fresh clone', () => {
    expect(lockfileProblems(manifest(), lockfile())).toEqual([]);
  });

  it('is caught when package.json gains a dependency the lock file lacks', () => {
    const changed = manifest();
    changed.devDependencies = { ...changed.devDependencies, 'left-pad': '^1.3.0' };
    const problems = lockfileProblems(changed, lockfile());
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('left-pad@^1.3.0');
    expect(problems[0]).toContain('npm install');
  });

  it('is caught when a range in package.json changes without npm install', () => {
    const changed = manifest();
    changed.devDependencies = { ...changed.devDependencies, astro: '^6.0.0' };
    expect(lockfileProblems(changed, lockfile())).toEqual([
      expect.stringContaining('astro: package.json은 ^6.0.0, package-lock.json은 ^7'),
    ]);
  });

  it('is caught when a dependency leaves package.json but stays in the lock file', () => {
    const changed = manifest();
    const { yaml: _removed, ...rest } = changed.devDependencies;
    changed.devDependencies = rest;
    expect(lockfileProblems(changed, lockfile())).toEqual([expect.stringContaining('package.json에 없는 yaml')]);
  });

  it('is caught when the lock file records the range but not the installed package', () => {
    const lock = lockfile();
    delete lock.packages['node_modules/pagefind'];
    expect(lockfileProblems(manifest(), lock)).toEqual([expect.stringContaining('node_modules/pagefind')]);
  });

  it('is caught when the lock file is from npm 6 (no packages entry)', () => {
    expect(lockfileProblems(manifest(), { lockfileVersion: 1 })).toEqual([expect.stringContaining('lockfileVersion')]);
  });
});
