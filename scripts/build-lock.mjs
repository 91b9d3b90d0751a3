// One build per output folder at a time: two builds into the same OUT_DIR would share the
// staging folder and publish a mix of both. The lock file names the process holding it;
// a lock left by a build that was killed (its process is gone) is taken over.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

/** @param {number} pid */
function isRunning(pid) {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return /** @type {NodeJS.ErrnoException} */ (error).code === 'EPERM';
  }
}

/**
 * Takes `<outDir>.build-lock` or stops the process with a Korean message naming the build
 * that holds it. The lock is released when this process exits, also on a signal, after
 * `onSignal` (which stops child processes that would otherwise keep writing).
 * @param {string} outDir absolute output folder
 * @param {string} shown the folder as the editor wrote it
 * @param {() => void} onSignal
 */
export function takeBuildLock(outDir, shown, onSignal) {
  const lockFile = `${outDir}.build-lock`;
  try {
    writeFileSync(lockFile, String(process.pid), { flag: 'wx' });
  } catch (error) {
    if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'EEXIST') throw error;
    const holder = Number(readFileSync(lockFile, 'utf8'));
    if (isRunning(holder)) {
      console.error(
        `빌드 중단: 다른 빌드(프로세스 ${holder})가 같은 폴더 ${shown}/ 를 만들고 있습니다. 그 빌드가 끝난 뒤 다시 실행하세요. ${shown}/ 는 바뀌지 않았습니다.`,
      );
      process.exit(1);
    }
    rmSync(lockFile, { force: true });
    takeBuildLock(outDir, shown, onSignal);
    return;
  }
  process.on('exit', () => {
    if (existsSync(lockFile) && readFileSync(lockFile, 'utf8') === String(process.pid)) rmSync(lockFile);
  });
  for (const [signal, code] of /** @type {const} */ ([
    ['SIGINT', 130],
    ['SIGTERM', 143],
    ['SIGHUP', 129],
  ])) {
    process.on(signal, () => {
      onSignal();
      process.exit(code);
    });
  }
}
