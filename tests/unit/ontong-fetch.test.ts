import { mkdtempSync, readdirSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FetchFailure, fetchOntongPages } from '../../scripts/fetch/ontong-fetch';

// An API that never stops sending full pages, with a total that is not a number or far
// too big: the fetch stops with a Korean reason instead of filling the disk (issue 25).
let totCount: unknown = 'many';
let apiUrl = '';
const server = createServer((request, response) => {
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  const pageSize = Number(url.searchParams.get('pageSize'));
  const list = Array.from({ length: pageSize }, (_, index) => ({
    plcyNo: `${url.searchParams.get('pageNum')}-${index}`,
  }));
  response.writeHead(200, { 'Content-Type': 'application/json' });
  response.end(JSON.stringify({ resultCode: 200, result: { pagging: { totCount }, youthPolicyList: list } }));
});
beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  apiUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/getPlcy`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const fetchInto = (maxPages?: number) => {
  const outDir = mkdtempSync(join(tmpdir(), 'youth-fetch-cap-'));
  const run = fetchOntongPages({
    apiUrl,
    apiKey: 'k',
    outDir,
    pageSize: 2,
    attempts: 1,
    ...(maxPages ? { maxPages } : {}),
  });
  return { outDir, run };
};

describe('fetchOntongPages on an API that never ends', () => {
  it.each(['many', '1e400', { n: 1 }, -3, 1.5])('stops on the first page when totCount is %j', async (value) => {
    totCount = value;
    const { outDir, run } = fetchInto();
    await expect(run).rejects.toThrow(/1쪽 응답의 전체 건수\(result\.pagging\.totCount\)가 숫자가 아닙니다/);
    expect(readdirSync(outDir)).toEqual([]);
  });

  it('stops at the page cap when full pages keep coming under a huge total', async () => {
    totCount = 10_000_000;
    const { outDir, run } = fetchInto(5);
    const failure = await run.catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(FetchFailure);
    expect((failure as FetchFailure).message).toBe(
      '5쪽을 받고도 끝나지 않아 멈췄습니다 (응답의 전체 건수 10000000건). 응답이 이상하니 요청 값과 API 상태를 확인하세요.',
    );
    expect(readdirSync(outDir)).toHaveLength(5);
  });
});
