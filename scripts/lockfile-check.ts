/**
 * Whether package-lock.json is in step with package.json, the check `npm ci` makes before
 * it installs anything (it refuses a lock file that is not, and a fresh clone then installs
 * nothing). Made here from the two files alone, so it needs neither the network nor an npm
 * cache: `npm ci --offline` on a clean machine stops first at a package it has not cached.
 *
 * npm writes package.json's ranges into the lock file's root entry (`packages[""]`) and
 * each installed package under `node_modules/<name>`; a dependency added, removed or
 * re-ranged by hand without `npm install` breaks one of the two.
 */

const DEPENDENCY_FIELDS = ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies'] as const;

type Ranges = Record<string, string>;
type Manifest = Partial<Record<(typeof DEPENDENCY_FIELDS)[number], Ranges>>;
interface Lockfile {
  lockfileVersion?: number;
  packages?: Record<string, (Manifest & { version?: string; link?: boolean }) | undefined>;
}

/** Korean messages, one per mismatch; empty when `npm ci` would accept the pair. */
export function lockfileProblems(manifest: Manifest, lockfile: Lockfile): string[] {
  const root = lockfile.packages?.[''];
  if (root === undefined || (lockfile.lockfileVersion ?? 0) < 2) {
    return [
      'package-lock.json에 packages[""] 항목이 없습니다(lockfileVersion 2 이상 필요). npm install로 다시 만드세요.',
    ];
  }
  const problems: string[] = [];
  for (const field of DEPENDENCY_FIELDS) {
    const wanted = manifest[field] ?? {};
    const locked = root[field] ?? {};
    for (const [name, range] of Object.entries(wanted)) {
      if (locked[name] === undefined) {
        problems.push(`${field}의 ${name}@${range}이(가) package-lock.json에 없습니다.`);
      } else if (locked[name] !== range) {
        problems.push(`${field}의 ${name}: package.json은 ${range}, package-lock.json은 ${locked[name]}입니다.`);
      } else if (lockfile.packages?.[`node_modules/${name}`] === undefined && field !== 'peerDependencies') {
        problems.push(`${name}이(가) package-lock.json의 설치 목록(node_modules/${name})에 없습니다.`);
      }
    }
    for (const name of Object.keys(locked)) {
      if (wanted[name] === undefined)
        problems.push(`package-lock.json의 ${field}에 package.json에 없는 ${name}이(가) 있습니다.`);
    }
  }
  return problems.map((problem) => `${problem} npm install로 package-lock.json을 다시 만드세요.`);
}
