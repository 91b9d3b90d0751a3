import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireLock, liveHolder } from '../../scripts/build-lock.mjs';

// The build lock (scripts/build-lock.mjs): a stale lock is taken over by one build only,
// and a process id the system gave to another process does not hold the lock (issue 25).
const work = mkdtempSync(join(tmpdir(), 'youth-lock-'));

describe('the build lock', () => {
  it('is not held by a running process that only reuses the id of the build that wrote it', () => {
    expect(liveHolder(`${process.pid}`)).toBe(process.pid);
    const myStart = readFileSync(`/proc/${process.pid}/stat`, 'utf8').split(') ')[1]?.split(' ')[19];
    expect(liveHolder(`${process.pid} ${myStart}`)).toBe(process.pid);
    expect(liveHolder(`${process.pid} 1`)).toBeUndefined();
    const lockFile = join(work, 'reused.build-lock');
    writeFileSync(lockFile, `${process.pid} 1`);
    expect(acquireLock(lockFile)).toBeUndefined();
    expect(readFileSync(lockFile, 'utf8')).toBe(`${process.pid} ${myStart}`);
  });

  it('lets only one of many builds that find the same stale lock take it', async () => {
    const script = `
      import { acquireLock } from ${JSON.stringify(new URL('../../scripts/build-lock.mjs', import.meta.url).href)};
      const start = Number(process.argv[2]);
      while (Date.now() < start) {}
      const holder = acquireLock(process.argv[1]);
      console.log(holder === undefined ? 'took' : 'refused');
      setTimeout(() => {}, 5000);`; // held past the others' start, however slow
    for (let round = 0; round < 1; round++) {
      const lockFile = join(work, `race-${round}.build-lock`);
      writeFileSync(lockFile, '999999 1'); // a build long gone
      const start = Date.now() + 3000;
      const results = await Promise.all(
        Array.from(
          { length: 4 },
          () =>
            new Promise<string>((resolve) => {
              const child = spawn(process.execPath, ['--input-type=module', '-e', script, lockFile, String(start)]);
              let out = '';
              child.stdout.on('data', (chunk) => {
                out += chunk;
              });
              child.on('close', () => resolve(out.trim()));
            }),
        ),
      );
      expect(
        results.filter((result) => result === 'took'),
        results.join(','),
      ).toHaveLength(1);
    }
  }, 30_000);
});
