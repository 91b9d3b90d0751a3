// One build per output folder at a time: two builds into the same OUT_DIR would share the
// staging folder and publish a mix of both. The lock file names the process holding it;
// a lock left by a build that was killed (its process is gone, or its id now belongs to
// another process) is taken over, by one build only.
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';

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
 * What tells this process apart from a later one given the same id: its start time in
 * clock ticks since boot (Linux /proc); `''` where that is not known.
 * @param {number} pid
 */
function startOf(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? '';
  } catch {
    return '';
  }
}

/**
 * The holder of a lock file's text (`pid` or `pid start`), if that very process still
 * runs: a process id the system gave again to another process is not the holder.
 * @param {string} text
 */
export function liveHolder(text) {
  const [pidText = '', started = ''] = text.trim().split(' ');
  const pid = Number(pidText);
  if (!isRunning(pid)) return undefined;
  const now = startOf(pid);
  return started !== '' && now !== '' && now !== started ? undefined : pid;
}

/**
 * Takes the lock file, or returns the process id that holds it. Every look at the lock
 * happens under a guard folder (mkdir is atomic), so of builds finding the same stale
 * lock only one takes it over; a guard left by a killed build is cleared after a minute.
 * @param {string} lockFile
 * @returns {number | undefined} the live holder, when the lock was not taken
 */
export function acquireLock(lockFile) {
  const mine = `${process.pid} ${startOf(process.pid)}`.trim();
  const guard = `${lockFile}.guard`;
  for (let attempt = 0; ; attempt++) {
    try {
      mkdirSync(guard);
      break;
    } catch (error) {
      if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'EEXIST' || attempt > 500) throw error;
      if (Date.now() - (statSync(guard, { throwIfNoEntry: false })?.mtimeMs ?? Date.now()) > 60_000) {
        rmSync(guard, { recursive: true, force: true });
      }
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20);
    }
  }
  try {
    const holder = liveHolder(readText(lockFile));
    if (holder !== undefined) return holder;
    writeFileSync(lockFile, mine);
    return undefined;
  } finally {
    rmSync(guard, { recursive: true, force: true });
  }
}

/** @param {string} file */
function readText(file) {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return '';
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
  const holder = acquireLock(lockFile);
  if (holder !== undefined) {
    console.error(
      `빌드 중단: 다른 빌드(프로세스 ${holder})가 같은 폴더 ${shown}/ 를 만들고 있습니다. 그 빌드가 끝난 뒤 다시 실행하세요. ${shown}/ 는 바뀌지 않았습니다.`,
    );
    process.exit(1);
  }
  const mine = readText(lockFile);
  process.on('exit', () => {
    if (existsSync(lockFile) && readText(lockFile) === mine) rmSync(lockFile);
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
