import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// `npm run fetch:ontong` and the weekly workflow's script, end to end against a mock of
// the 온통청년 API on 127.0.0.1 serving the saved fixture in pages of 3 records. The last
// page answers 500 once; the key `fails-on-2` gets an API error resultCode on page 2,
// the key `refused` on every page. Its getSpace serves the real centre page, or, for the
// key `mixed-up`, the real malformed answer (policy-shaped rows of null, resultCode 200).
const records = JSON.parse(readFileSync('tests/fixtures/ontong/response.json', 'utf8')).result
  .youthPolicyList as unknown[];
const getspace = '../shared/data/ontong/getspace';
const centerPage = readFileSync(`${getspace}/getspace-page1-2026.json`, 'utf8');
const malformedCenters = readFileSync(`${getspace}/getspace-malformed-null-rows.json`, 'utf8');
const work = mkdtempSync(join(tmpdir(), 'youth-fetch-'));
const requests: string[] = [];
const failedOnce = new Set<string>();
let server: Server;
let apiUrl = '';
let centerApiUrl = '';

function centerAnswer(url: URL): { status: number; body: unknown } {
  const key = url.searchParams.get('apiKeyNm') ?? '';
  if (key === 'refused') return { status: 200, body: { resultCode: 401, resultMessage: '인증키 오류', result: null } };
  if (key === 'mixed-up') return { status: 200, body: malformedCenters };
  const page = JSON.parse(centerPage);
  const pageNum = Number(url.searchParams.get('pageNum'));
  const pageSize = Number(url.searchParams.get('pageSize'));
  const rows = page.result.youthPolicyList as unknown[];
  page.result.youthPolicyList = rows.slice((pageNum - 1) * pageSize, pageNum * pageSize);
  page.result.pagging = { totCount: rows.length, pageNum, pageSize };
  return { status: 200, body: page };
}

function answer(url: URL): { status: number; body: unknown } {
  if (url.pathname.endsWith('/getSpace')) return centerAnswer(url);
  const key = url.searchParams.get('apiKeyNm') ?? '';
  const pageNum = Number(url.searchParams.get('pageNum'));
  const pageSize = Number(url.searchParams.get('pageSize'));
  const last = Math.ceil(records.length / pageSize);
  if (key === 'refused') return { status: 200, body: { resultCode: 401, resultMessage: '인증키 오류', result: null } };
  if (pageNum === last && !failedOnce.has(key)) {
    failedOnce.add(key);
    return { status: 500, body: 'Internal Server Error' };
  }
  if (key === 'fails-on-2' && pageNum === 2) {
    return { status: 200, body: { resultCode: 401, resultMessage: '인증키가 유효하지 않습니다', result: null } };
  }
  const list = records.slice((pageNum - 1) * pageSize, pageNum * pageSize);
  return {
    status: 200,
    body: {
      resultCode: 200,
      resultMessage: '성공',
      result: { pagging: { totCount: records.length, pageNum, pageSize }, youthPolicyList: list },
    },
  };
}

beforeAll(async () => {
  server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    requests.push(url.search);
    const { status, body } = answer(url);
    response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' });
    response.end(typeof body === 'string' ? body : JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  apiUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/go/ythip/getPlcy`;
  centerApiUrl = apiUrl.replace('getPlcy', 'getSpace');
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

// Asynchronous: the mock server answers from this same process.
function run(script: string, args: string[], env: Record<string, string>) {
  return new Promise<{ status: number; stdout: string; stderr: string }>((resolve) => {
    execFile(
      process.execPath,
      ['node_modules/tsx/dist/cli.mjs', script, ...args],
      {
        env: {
          ...process.env,
          ONTONG_API_URL: apiUrl,
          ONTONG_CENTER_API_URL: centerApiUrl,
          ONTONG_CENTER_API_KEY: '',
          ONTONG_RETRY_DELAY_MS: '10',
          ...env,
        },
      },
      (error, stdout, stderr) => resolve({ status: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe('npm run fetch:ontong', { timeout: 120_000 }, () => {
  it('pages through the API with the key, retries a 500 on the last page and saves every page', async () => {
    const out = join(work, 'pages');
    const result = await run('scripts/fetch/ontong-cli.ts', ['--out', out, '--page-size', '3', '--zip', '29140'], {
      ONTONG_API_KEY: 'test-key',
    });
    expect(result.status, result.stderr).toBe(0);
    expect(readdirSync(out)).toEqual(['page-0001.json', 'page-0002.json', 'page-0003.json']);
    expect(result.stdout).toContain('7건(전체 7건)');
    expect(result.stdout).toContain('다시 시도');
    const mine = requests.filter((search) => search.includes('apiKeyNm=test-key'));
    expect(mine).toHaveLength(4);
    expect(mine[0]).toContain('rtnType=json');
    expect(mine[0]).toContain('zipCd=29140');
    const saved = JSON.parse(readFileSync(join(out, 'page-0003.json'), 'utf8'));
    expect(saved.result.youthPolicyList).toHaveLength(1);
  });

  it('stops with the API’s error in Korean and keeps the pages it got', async () => {
    const out = join(work, 'failed');
    const result = await run('scripts/fetch/ontong-cli.ts', ['--out', out, '--page-size', '3'], {
      ONTONG_API_KEY: 'fails-on-2',
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('resultCode 401: 인증키가 유효하지 않습니다');
    expect(result.stderr).toContain('그때까지 받은 1쪽');
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(readdirSync(out)).toEqual(['page-0001.json']);
  });

  it('asks for the key when ONTONG_API_KEY is missing', async () => {
    const result = await run('scripts/fetch/ontong-cli.ts', ['--out', join(work, 'nokey')], { ONTONG_API_KEY: '' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('ONTONG_API_KEY');
  });
});

describe('npm run fetch:ontong -- --centers', { timeout: 120_000 }, () => {
  it('pages through the centre API with its own key and saves every page', async () => {
    const out = join(work, 'centers');
    const result = await run('scripts/fetch/ontong-cli.ts', ['--centers', '--out', out, '--page-size', '4'], {
      ONTONG_API_KEY: 'policy-key',
      ONTONG_CENTER_API_KEY: 'center-key',
    });
    expect(result.status, result.stderr).toBe(0);
    expect(readdirSync(out)).toEqual(['page-0001.json', 'page-0002.json', 'page-0003.json']);
    expect(result.stdout).toContain('10건(전체 10건)');
    const mine = requests.filter((search) => search.includes('apiKeyNm=center-key'));
    expect(mine).toHaveLength(3);
    expect(requests.some((search) => search.includes('apiKeyNm=policy-key'))).toBe(false);
  });

  it('uses the policy key when the centre API has no key of its own', async () => {
    const result = await run('scripts/fetch/ontong-cli.ts', ['--centers', '--out', join(work, 'shared-key')], {
      ONTONG_API_KEY: 'shared-key',
    });
    expect(result.status, result.stderr).toBe(0);
    expect(requests.some((search) => search.includes('apiKeyNm=shared-key'))).toBe(true);
  });

  it('stops on the malformed answer (policy-shaped rows, resultCode 200) and saves nothing', async () => {
    const out = join(work, 'mixed-up');
    const result = await run('scripts/fetch/ontong-cli.ts', ['--centers', '--out', out], {
      ONTONG_CENTER_API_KEY: 'mixed-up',
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('1쪽 응답: 청년센터 목록이 아닙니다');
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(readdirSync(out)).toEqual([]);
  });
});

describe('the weekly import script (.github/workflows/ontong-import.yml)', { timeout: 180_000 }, () => {
  it('fetches, imports into the tree, validates and writes the report the pull request shows', async () => {
    const root = join(work, 'content');
    cpSync('tests/fixtures/trees/import-base', root, { recursive: true });
    const report = join(work, 'report.md');
    const result = await run('scripts/fetch/weekly-import.ts', ['--report', report, '--pages', join(work, 'weekly')], {
      ONTONG_API_KEY: 'weekly-key',
      CONTENT_DIR: root,
      TODAY: '2026-11-20',
    });
    expect(result.status, result.stderr).toBe(0);
    const body = readFileSync(report, 'utf8');
    expect(body).toContain('## 온통청년 정기 가져오기');
    expect(body).toMatch(/추가 \d+건/);
    expect(body).toContain('건너뜀 1건');
    // Warnings as the build's log groups them: by kind, a count and at most three examples.
    const warnings = Number(/경고 (\d+)건\./.exec(body)?.[1]);
    expect(warnings).toBeGreaterThan(0);
    expect(body).toMatch(/```text\n경고 \d+건: /);
    expect(body.split('\n').filter((line) => /^ {2}\S.*:\d+:\d+ {2}/.test(line)).length).toBeLessThanOrEqual(warnings);
    expect(existsSync(join(root, 'policies/ontong/20260302005400110001.md'))).toBe(true);
    // One pull request for both lists: the centres' report follows the policies'.
    expect(body).toContain('### 청년센터');
    expect(body).toContain('- 청년센터 받기: 온통청년에서 10건');
    expect(body).toContain('센터번호 10270');
  });

  it('changes no file when the centre list is malformed: both lists are fetched before any import', async () => {
    const root = join(work, 'content-mixed-up');
    cpSync('tests/fixtures/trees/import-base', root, { recursive: true });
    const report = join(work, 'mixed-up-report.md');
    const result = await run(
      'scripts/fetch/weekly-import.ts',
      ['--report', report, '--pages', join(work, 'weekly-mixed'), '--center-pages', join(work, 'weekly-mixed-c')],
      { ONTONG_API_KEY: 'weekly-key', ONTONG_CENTER_API_KEY: 'mixed-up', CONTENT_DIR: root },
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('청년센터 받기 단계에서 멈췄습니다');
    expect(existsSync(report)).toBe(false);
    expect(existsSync(join(root, 'policies/ontong'))).toBe(false);
  });

  it('opens no pull request when the API fails: it exits non-zero and writes no report', async () => {
    const report = join(work, 'no-report.md');
    const result = await run(
      'scripts/fetch/weekly-import.ts',
      ['--report', report, '--pages', join(work, 'weekly-fail')],
      {
        ONTONG_API_KEY: 'refused',
        CONTENT_DIR: join(work, 'content'),
      },
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('받기 단계에서 멈췄습니다');
    expect(existsSync(report)).toBe(false);
  });
});
