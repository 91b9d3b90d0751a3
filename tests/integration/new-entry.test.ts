import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listContentFiles } from '../../scripts/lib/content-files';
import { validateContent } from '../../scripts/validate/validate-tree';

// `npm run new` without a terminal: everything comes from flags.
function run(tree: string, args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/new-entry/cli.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: tree, TODAY: '2026-11-22' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return { status: result.status, stdout: result.stdout.trim(), stderr: result.stderr };
}

const freshTree = () => {
  const tree = mkdtempSync(join(tmpdir(), 'youth-new-'));
  cpSync('tests/fixtures/trees/minimal', tree, { recursive: true });
  return tree;
};

const cases = [
  [
    'policy',
    ['--name', 'rent-support', '--title', '청년 월세 지원', '--summary', '월세를 지원합니다.', '--category', 'housing'],
    ['--region', 'testcity', '--provider', 'testcity-office', '--source', 'https://example.org/notice'],
    'policies/testcity/rent-support.md',
  ],
  [
    'program',
    ['--name', 'job-course', '--title', '취업 강좌', '--summary', '취업 준비 강좌입니다.', '--category', 'jobs'],
    ['--region', 'testcity', '--type', 'course', '--center', 'testcity-center', '--schedule', '매주 화 19:00'],
    'programs/testcity/job-course.md',
  ],
  [
    'center',
    ['--name', 'second-center', '--title', '시험시 제2청년센터', '--region', 'testcity'],
    ['--address', '시험시 시험로 3'],
    'centers/second-center.md',
  ],
] as const;

describe('npm run new', { timeout: 60_000 }, () => {
  it.each(cases)('writes a %s into the right folder that passes validate, and prints its path', (kind, a, b, path) => {
    const tree = freshTree();
    const { status, stdout, stderr } = run(tree, [kind, ...a, ...b]);
    expect(status, stderr).toBe(0);
    expect(resolve(stdout)).toBe(join(tree, path));
    expect(readFileSync(join(tree, path), 'utf8')).toContain(
      kind === 'center' ? 'name: 시험시 제2청년센터' : 'draft: true',
    );
    const problems = validateContent(listContentFiles(tree), { today: '2026-11-22' });
    expect(problems).toEqual([]);
  });

  it('writes nothing and says what to fix when a value is wrong or missing', () => {
    const tree = freshTree();
    const { status, stderr } = run(tree, ['policy', '--name', 'Rent', '--category', 'rent', '--region', 'testcity']);
    expect(status).toBe(1);
    expect(stderr).toContain('--title: 제목 (80자 이하)을(를) 적으세요.');
    expect(stderr).toContain('--category: 다음 중 하나로 적으세요: jobs, housing');
    expect(stderr).toContain('--name: 파일 이름은 영문 소문자');
    expect(existsSync(join(tree, 'policies/testcity'))).toBe(false);
  });

  it('refuses an entry whose references do not resolve, with the validator message', () => {
    const tree = freshTree();
    const [, a, b] = cases[1];
    const { status, stderr } = run(tree, [
      'program',
      ...a,
      ...b.slice(0, 4),
      '--center',
      'no-such-center',
      ...b.slice(6),
    ]);
    expect(status).toBe(1);
    expect(stderr).toContain("center  청년센터 'no-such-center'을(를) 찾을 수 없습니다.");
    expect(existsSync(join(tree, 'programs/testcity/job-course.md'))).toBe(false);
  });

  it('never overwrites an existing file', () => {
    const tree = freshTree();
    const [kind, a, b] = cases[0];
    expect(run(tree, [kind, ...a, ...b]).status).toBe(0);
    const again = run(tree, [kind, ...a, ...b]);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('파일이 이미 있습니다');
  });
});
