import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkUrls } from '../../scripts/check-links/link-checker';

// A local server on 127.0.0.1 that answers the ways real government sites do.
let server: Server;
let origin = '';
const hits = new Map<string, number>();
const inFlight = { now: 0, max: 0 };

beforeAll(async () => {
  server = createServer((request, response) => {
    hits.set(request.url ?? '/', (hits.get(request.url ?? '/') ?? 0) + 1);
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    inFlight.now += 1;
    inFlight.max = Math.max(inFlight.max, inFlight.now);
    response.on('close', () => {
      inFlight.now -= 1;
    });
    if (path === '/hang') return; // never answers
    const flaky = (hits.get('/flaky') ?? 0) === 1 ? 503 : 200;
    const routes: Record<string, [number, Record<string, string>?]> = {
      '/ok': [200],
      '/moved': [301, { Location: '/ok' }],
      '/moved-to-missing': [302, { Location: '/missing' }],
      '/error': [500],
      '/forbidden': [403],
      '/busy': [429],
      '/no-head': [request.method === 'HEAD' ? 405 : 200],
      '/flaky': [flaky],
    };
    const [status, headers] = routes[path] ?? [404];
    setTimeout(() => response.writeHead(status, headers).end(), 20);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => {
  server.closeAllConnections();
  server.close();
});

const fast = { perHostDelayMs: 0, timeoutMs: 800, retries: 1 };

describe('checkUrls against a local server', { timeout: 30_000 }, () => {
  it('sorts answers into ok, moved, check by hand, dead and error', async () => {
    const paths = [
      '/ok',
      '/moved',
      '/moved-to-missing',
      '/missing',
      '/error',
      '/forbidden',
      '/busy',
      '/no-head',
      '/hang',
    ];
    const results = await checkUrls(
      paths.map((path) => `${origin}${path}`),
      { ...fast, concurrency: 4 },
    );
    const verdicts = Object.fromEntries(paths.map((path) => [path, results.get(`${origin}${path}`)?.verdict]));
    expect(verdicts).toEqual({
      '/ok': 'ok',
      '/moved': 'redirected',
      '/moved-to-missing': 'dead',
      '/missing': 'dead',
      '/error': 'error',
      '/forbidden': 'manual',
      '/busy': 'manual',
      '/no-head': 'ok',
      '/hang': 'error',
    });
    expect(results.get(`${origin}/moved`)?.finalUrl).toBe(`${origin}/ok`);
    expect(results.get(`${origin}/hang`)?.detail).toContain('응답이 없습니다');
    expect(results.get(`${origin}/error`)?.attempts).toBe(2);
  });

  it('retries a failing answer and keeps the later success', async () => {
    const results = await checkUrls([`${origin}/flaky`], fast);
    expect(results.get(`${origin}/flaky`)).toMatchObject({ verdict: 'ok', attempts: 2 });
  });

  it('sends one request at a time to the same host', async () => {
    inFlight.max = 0;
    await checkUrls(
      [1, 2, 3, 4, 5].map((n) => `${origin}/ok?${n}`),
      { ...fast, concurrency: 4 },
    );
    expect(inFlight.max).toBe(1);
  });

  it('reuses a recent success from the cache without asking again', async () => {
    const cache = new Map();
    const before = hits.get('/ok?cached') ?? 0;
    await checkUrls([`${origin}/ok?cached`], { ...fast, cache });
    await checkUrls([`${origin}/ok?cached`], { ...fast, cache });
    expect((hits.get('/ok?cached') ?? 0) - before).toBe(1);
  });
});
