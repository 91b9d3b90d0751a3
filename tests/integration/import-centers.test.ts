import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// `npm run import:centers` as an editor runs it, on a copy of the project's content with
// the two real getSpace responses: what it writes, what it reports, and that the
// malformed answer changes nothing.
const work = mkdtempSync(join(tmpdir(), 'youth-centers-'));
const folder = '../shared/data/ontong/getspace';
const good = `${folder}/getspace-page1-2026.json`;
const bad = `${folder}/getspace-malformed-null-rows.json`;

/** The project's content without the centres an earlier import wrote, as before a first import. */
function freshTree(name: string): string {
  const root = join(work, name);
  cpSync('content', root, { recursive: true });
  const centers = join(root, 'centers');
  for (const file of readdirSync(centers)) {
    if (readFileSync(join(centers, file), 'utf8').includes('ontongCenter:')) rmSync(join(centers, file));
  }
  return root;
}

function run(root: string, ...args: string[]) {
  const result = spawnSync(
    process.execPath,
    ['node_modules/tsx/dist/cli.mjs', 'scripts/import/centers/cli.ts', ...args],
    {
      encoding: 'utf8',
      env: { ...process.env, CONTENT_DIR: root, TODAY: '2026-12-07' },
    },
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function snapshot(root: string): Record<string, string> {
  return Object.fromEntries(
    (readdirSync(root, { recursive: true }) as string[])
      .filter((path) => /\.(md|mdx|yaml)$/.test(path))
      .sort()
      .map((path) => [path, readFileSync(join(root, path), 'utf8')]),
  );
}

describe('npm run import:centers', { timeout: 120_000 }, () => {
  it('imports the 10 real centres of both shared files under their regions and refuses the malformed file', () => {
    const root = freshTree('both');
    const { status, stdout } = run(root, good, bad);
    expect(status, stdout).toBe(0);
    expect(stdout).toContain('추가: 10건');
    expect(stdout).toContain('+ centers/yeonggwang-10262.md  영광군청년센터');
    expect(stdout).toMatch(/- 파일 전체: .*getspace-malformed-null-rows\.json: 청년센터 목록이 아닙니다/);
    expect(stdout).toContain('확인할 점: 2건');
    const written = readdirSync(join(root, 'centers')).filter((name) => /-\d+\.md$/.test(name));
    expect(written.sort()).toEqual([
      'bucheon-sosagu-10267.md',
      'cheongyang-10266.md',
      'chungju-10269.md',
      'gimhae-10263.md',
      'gimhae-10264.md',
      'gyeongsan-10265.md',
      'gyeryong-10268.md',
      'seoul-nowongu-10270.md',
      'seoul-seongbukgu-10258.md',
      'yeonggwang-10262.md',
    ]);
    expect(readFileSync(join(root, 'centers/seoul-nowongu-10270.md'), 'utf8')).toContain('ontongCenter: "10270"');
  });

  it('writes nothing when the malformed file is the only input, and says why in Korean', () => {
    const root = freshTree('bad');
    const before = snapshot(root);
    const { status, stderr } = run(root, bad);
    expect(status).toBe(1);
    expect(stderr).toContain('아무 파일도 바꾸지 않았습니다');
    expect(stderr).toContain('청년센터 목록이 아닙니다');
    expect(stderr).not.toMatch(/at .*\.ts:\d+/);
    expect(snapshot(root)).toEqual(before);
  });

  it("changes nothing on a second import, and keeps an editor's change", () => {
    const root = freshTree('twice');
    run(root, good);
    const edited = join(root, 'centers/chungju-10269.md');
    writeFileSync(edited, readFileSync(edited, 'utf8').replace('updated:', 'hours: 평일 09:00–18:00\nupdated:'));
    const before = snapshot(root);
    const { status, stdout } = run(root, good);
    expect(status).toBe(0);
    expect(stdout).toContain('변경 없음: 9건');
    expect(stdout).toContain('= centers/chungju-10269.md  충주시 청년센터 — 편집자가 고친 파일입니다');
    expect(snapshot(root)).toEqual(before);
  });

  it('imports a repeated centre once', () => {
    const root = freshTree('repeat');
    const { stdout } = run(root, good, good);
    expect(stdout).toContain('추가: 10건');
    expect(stdout).toContain('건너뜀: 0건');
  });
});
