import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The import commands as an editor runs them, on a copy of a small content tree: what
// they write, what they report, that they change nothing on bad input, and that the
// result builds.
const work = mkdtempSync(join(tmpdir(), 'youth-import-'));
const fixtures = 'tests/fixtures/ontong';

function freshTree(name: string): string {
  const root = join(work, name);
  cpSync('tests/fixtures/trees/import-base', root, { recursive: true });
  return root;
}

function run(command: 'ontong' | 'csv', root: string, ...args: string[]) {
  const result = spawnSync(
    process.execPath,
    ['node_modules/tsx/dist/cli.mjs', `scripts/import/${command}-cli.ts`, ...args],
    {
      encoding: 'utf8',
      env: { ...process.env, CONTENT_DIR: root, TODAY: '2026-11-20' },
    },
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Every file of a tree and its text, to prove that nothing changed. */
function snapshot(root: string): Record<string, string> {
  return Object.fromEntries(
    (readdirSync(root, { recursive: true }) as string[])
      .filter((path) => /\.(md|mdx|yaml)$/.test(path))
      .sort()
      .map((path) => [path, readFileSync(join(root, path), 'utf8')]),
  );
}

function responseWith(change: (records: Record<string, unknown>[]) => Record<string, unknown>[]): string {
  const response = JSON.parse(readFileSync(`${fixtures}/response.json`, 'utf8'));
  response.result.youthPolicyList = change(response.result.youthPolicyList);
  const path = join(work, `response-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(path, JSON.stringify(response));
  return path;
}

describe('npm run import:ontong', { timeout: 120_000 }, () => {
  it('writes one policy file per record in our regions and reports what it did', () => {
    const root = freshTree('first');
    const { status, stdout } = run('ontong', root, `${fixtures}/response.json`);
    expect(status, stdout).toBe(0);
    expect(stdout).toContain('추가: 6건');
    expect(stdout).toContain('+ policies/ontong/20260302005400110001.md  광주 청년 월세 지원');
    expect(stdout).toContain('건너뜀: 1건');
    expect(stdout).toContain('+ organizations/sanrimcheong.yaml  산림청 (national)');
    expect(readdirSync(join(root, 'policies/ontong'))).toHaveLength(6);
    expect(readFileSync(join(root, 'policies/ontong/20260302005400110001.md'), 'utf8')).toContain(
      'ontong: "20260302005400110001"',
    );
  });

  it('changes nothing when the same file is imported twice', () => {
    const root = freshTree('twice');
    run('ontong', root, `${fixtures}/response.json`);
    const before = snapshot(root);
    const { status, stdout } = run('ontong', root, `${fixtures}/response.json`);
    expect(status).toBe(0);
    expect(stdout).toContain('변경 없음: 6건');
    expect(stdout).toContain('추가: 0건');
    expect(snapshot(root)).toEqual(before);
  });

  it("keeps an editor's change, updates untouched entries, and reports a vanished entry without deleting it", () => {
    const root = freshTree('edited');
    run('ontong', root, `${fixtures}/response.json`);
    const edited = join(root, 'policies/ontong/20260115005400100021.md');
    const editorText = readFileSync(edited, 'utf8').replace(/^summary: .*$/m, 'summary: 편집자가 다듬은 요약입니다.');
    writeFileSync(edited, editorText);
    const changed = responseWith((records) =>
      records
        .filter((record) => record.plcyNo !== '20260320005400213200')
        .map((record) =>
          record.plcyNo === '20260115005400100021' || record.plcyNo === '20260302005400110001'
            ? { ...record, plcySprtCn: '월 최대 30만원 지원' }
            : record,
        ),
    );
    const { status, stdout } = run('ontong', root, changed);
    expect(status, stdout).toBe(0);
    expect(stdout).toContain('~ policies/ontong/20260302005400110001.md  광주 청년 월세 지원');
    expect(stdout).toContain(
      '= policies/ontong/20260115005400100021.md  청년 일경험 지원 — 편집자가 고친 파일입니다. 원본도 바뀌었으니 비교해 반영하세요',
    );
    expect(stdout).toContain(
      '? policies/ontong/20260320005400213200.md  군산 청년정책 서포터즈 (20260320005400213200)',
    );
    expect(readFileSync(edited, 'utf8')).toBe(editorText);
    expect(readFileSync(join(root, 'policies/ontong/20260302005400110001.md'), 'utf8')).toContain(
      '월 최대 30만원 지원',
    );
    expect(existsSync(join(root, 'policies/ontong/20260320005400213200.md'))).toBe(true);
  });

  it('previews with --dry-run without writing', () => {
    const root = freshTree('dry');
    const before = snapshot(root);
    const { status, stdout } = run('ontong', root, '--dry-run', `${fixtures}/response.json`);
    expect(status).toBe(0);
    expect(stdout).toContain('추가: 6건');
    expect(stdout).toContain('아무 파일도 쓰지 않았습니다');
    expect(snapshot(root)).toEqual(before);
  });

  const badFiles = [
    ['not-json', 'JSON 파일이 아닙니다'],
    ['wrong-shape', 'result.youthPolicyList 목록이 없습니다'],
    ['error-response', 'resultCode 401: 인증키가 유효하지 않습니다.'],
  ] as const;

  for (const [name, message] of badFiles) {
    it(`stops on ${name} with a Korean message, exits non-zero and writes nothing`, () => {
      const root = freshTree(`bad-${name}`);
      const before = snapshot(root);
      const { status, stdout, stderr } = run('ontong', root, `${fixtures}/bad/${name}.json`);
      expect(status).toBe(1);
      expect(stderr).toContain('가져오기를 멈췄습니다. 아무 파일도 바꾸지 않았습니다.');
      expect(stderr).toContain(message);
      expect(stdout).toBe('');
      expect(snapshot(root)).toEqual(before);
      expect(readdirSync(dirname(root)).filter((entry) => entry.startsWith('.import-staging-'))).toEqual([]);
    });
  }

  // One record that cannot be mapped is listed with its number and reason; the other
  // record of the same file is imported.
  const badRecords = [
    ['missing-number', '2번째 정책 (정책번호 없음, 서구 청년 자립 통장): 정책번호(plcyNo)가 없습니다.'],
    ['missing-name', '2번째 정책 (정책번호 20260110005400113101): 정책명(plcyNm)이 없습니다.'],
    ['javascript-url', '신청 주소(aplyUrlAddr): 주소에 허용되지 않는 형식이 있습니다'],
    ['bad-date', "신청 기간(aplyYmd) '20260105 ~ 20260230'에 존재하지 않는 날짜가 있습니다."],
  ] as const;

  for (const [name, message] of badRecords) {
    it(`skips the record with ${name}, says why, and imports the other`, () => {
      const root = freshTree(`skip-${name}`);
      const before = Object.keys(snapshot(root));
      const { status, stdout, stderr } = run('ontong', root, `${fixtures}/bad/${name}.json`);
      expect(status, stderr).toBe(0);
      expect(stdout).toContain('건너뜀: 1건');
      expect(stdout).toContain(message);
      const added = Object.keys(snapshot(root)).filter(
        (path) => !before.includes(path) && path.startsWith('policies/'),
      );
      expect(added).toHaveLength(1);
    });
  }

  it('reads pages that overlap, and skips a repeated 정책번호 that differs between them', () => {
    const root = freshTree('pages');
    const overlap = run('ontong', root, `${fixtures}/response.json`, `${fixtures}/response.json`);
    expect(overlap.status, overlap.stderr).toBe(0);
    expect(overlap.stdout).toContain('추가: 6건');
    const before = snapshot(root);
    const conflicting = responseWith((records) =>
      records.map((record) => ({ ...record, plcySprtCn: `${String(record.plcySprtCn)} (변경)` })),
    );
    const conflict = run('ontong', root, `${fixtures}/response.json`, conflicting);
    expect(conflict.status, conflict.stderr).toBe(0);
    expect(conflict.stdout).toContain(
      "같은 번호(아이디) '20260302005400110001'가 입력에 내용이 다르게 두 번 이상 나옵니다.",
    );
    expect(snapshot(root)).toEqual(before);
  });

  it('says which file is missing', () => {
    const { status, stderr } = run('ontong', freshTree('missing'), `${fixtures}/nothing-here.json`);
    expect(status).toBe(1);
    expect(stderr).toContain('nothing-here.json: 파일이 없습니다.');
  });
});

describe('npm run import:csv', { timeout: 120_000 }, () => {
  it('writes one policy per row and changes nothing the second time', () => {
    const root = freshTree('csv');
    const first = run('csv', root, 'tests/fixtures/csv/policies.csv');
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toContain('+ policies/gwangju/youth-job-challenge.md  광주 청년 구직 도전 지원금');
    expect(first.stdout).toContain('+ policies/gwangju-seogu/youth-space.md  서구 청년 공간 대관');
    const before = snapshot(root);
    const second = run('csv', root, 'tests/fixtures/csv/policies.csv');
    expect(second.stdout).toContain('변경 없음: 2건');
    expect(snapshot(root)).toEqual(before);
  });

  it('leaves a hand-written entry at the same id alone', () => {
    const root = freshTree('csv-clash');
    cpSync(
      'tests/fixtures/trees/import-base/policies/city/hand-written.md',
      join(root, 'policies/gwangju/youth-job-challenge.md'),
    );
    const { status, stdout } = run('csv', root, 'tests/fixtures/csv/policies.csv');
    expect(status).toBe(0);
    expect(stdout).toContain('가져오기 지문(importHash)이 없는 파일입니다');
    expect(readFileSync(join(root, 'policies/gwangju/youth-job-challenge.md'), 'utf8')).toContain(
      '편집자가 직접 쓴 정책',
    );
  });

  it('imports nothing from the template: its example row is a comment', () => {
    const { status, stdout } = run('csv', freshTree('template'), 'scripts/import/policies-template.csv');
    expect(status).toBe(0);
    expect(stdout).toContain('추가: 0건');
  });

  it('stops on bad values and on a file that is not UTF-8, writing nothing', () => {
    const root = freshTree('csv-bad');
    const before = snapshot(root);
    const bad = run('csv', root, 'tests/fixtures/csv/bad-values.csv');
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain(
      "2번째 줄 (gwangju/youth-job-challenge, 광주 청년 구직 도전 지원금): 취업상태 '학생'은(는) 쓸 수 없습니다.",
    );
    expect(bad.stderr).toContain('신청주소: 주소에 허용되지 않는 형식이 있습니다: javascript:alert(1)');
    const euckr = run('csv', root, 'tests/fixtures/csv/euc-kr.csv');
    expect(euckr.status).toBe(1);
    expect(euckr.stderr).toContain('UTF-8 파일이 아닙니다');
    expect(snapshot(root)).toEqual(before);
  });
});

describe('what an import writes', { timeout: 180_000 }, () => {
  it('builds into pages that show upstream text as text', () => {
    const root = freshTree('build');
    expect(run('ontong', root, `${fixtures}/response.json`).status).toBe(0);
    expect(run('csv', root, 'tests/fixtures/csv/policies.csv').status).toBe(0);
    const outDir = join(work, 'build-dist');
    const build = spawnSync(process.execPath, ['scripts/build.mjs'], {
      encoding: 'utf8',
      // Not Vitest's environment: its NODE_ENV=test (and Vite's copy of it) make Astro build
      // in dev mode, which includes drafts.
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '',
        CONTENT_DIR: root,
        OUT_DIR: outDir,
        TODAY: '2026-11-20',
      },
    });
    expect(build.status, `${build.stdout}${build.stderr}`).toBe(0);
    const page = readFileSync(join(outDir, 'policies/ontong/20261028005400213377/index.html'), 'utf8');
    expect(page).toContain('산림 분야 청년 창업 시너지캠프');
    expect(page).toContain('&lt;b&gt;교육비 전액&lt;/b&gt;');
    expect(page).not.toContain('<b>교육비');
    expect(existsSync(join(outDir, 'policies/gwangju/youth-job-challenge/index.html'))).toBe(true);
    // A draft is built in dev only, so an entry that needs review is not published.
    expect(existsSync(join(outDir, 'policies/ontong/20260901005400110550/index.html'))).toBe(false);
  });
});
