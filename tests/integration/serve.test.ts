import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headersFile } from '../../src/lib/security-headers';

// `npm run preview` (scripts/serve.mjs) under requests a browser would never send: it
// survives them, and matches headers on the path it actually serves.
const site = mkdtempSync(join(tmpdir(), 'youth-serve-'));
const port = 20_000 + Math.floor(Math.random() * 20_000);
let server: ChildProcess;

function page(path: string, text: string) {
  mkdirSync(join(site, path, '..'), { recursive: true });
  writeFileSync(join(site, path), text);
}

function get(
  path: string,
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((resolve, reject) => {
    const call = request({ host: '127.0.0.1', port, path }, (response) => {
      let body = '';
      response.on('data', (chunk) => {
        body += chunk;
      });
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
    });
    call.on('error', reject);
    call.end();
  });
}

beforeAll(async () => {
  page('index.html', 'home');
  page('404.html', 'not found');
  page('admin/index.html', 'cms');
  page('embed/policies/index.html', 'embed');
  const entries = ['index.html', '404.html', 'admin', 'embed'].map((name) => ({
    name,
    directory: !name.includes('.'),
  }));
  writeFileSync(join(site, '_headers'), headersFile('/', entries, ['*']));
  server = spawn(process.execPath, ['scripts/serve.mjs', site], {
    env: { ...process.env, PORT: String(port), BASE_PATH: '' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise((resolve) => server.stdout?.once('data', resolve));
});
afterAll(() => {
  server.kill();
});

describe('npm run preview', () => {
  it.each(['/%E0%A4%A', '/%', '/policies/%zz/', '/a%00b', '/embed/..%5cadmin/'])(
    'answers %s with 400 and keeps serving',
    async (path) => {
      const response = await get(path);
      expect(response.status).toBe(400);
      expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect((await get('/')).body).toBe('home');
    },
  );

  it.each(['/embed/..%2fadmin/', '/embed/%2e%2e/admin/', '/embed/%2E%2E%2Fadmin/', '/embed//..%2f..%2fadmin/'])(
    "serves %s as /admin/, with /admin/'s headers, never the embeds' frame-ancestors *",
    async (path) => {
      const response = await get(path);
      expect(response.body).toBe('cms');
      expect(response.headers['content-security-policy']).not.toContain('frame-ancestors *');
      expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    },
  );

  it('answers a request over 16 KB with 431 and a Korean line, not a dropped connection', async () => {
    const response = await get(`/search/?q=${encodeURIComponent('가'.repeat(3000))}`);
    expect(response.status).toBe(431);
    expect(response.body).toBe('요청 주소나 헤더가 너무 깁니다. 검색어를 줄여 다시 시도하세요.');
    expect((await get('/')).body).toBe('home');
  });

  it('sends the site policy and refuses framing on an unknown path', async () => {
    const response = await get('/no-such-page/');
    expect(response.status).toBe(404);
    expect(response.body).toBe('not found');
    expect(response.headers['content-security-policy']).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(response.headers['x-frame-options']).toBe('DENY');
  });

  it('still lets embed pages be framed', async () => {
    const response = await get('/embed/policies/');
    expect(response.body).toBe('embed');
    expect(response.headers['content-security-policy']).toContain('frame-ancestors *');
    expect(response.headers['content-security-policy']).not.toContain("frame-ancestors 'none'");
  });
});
