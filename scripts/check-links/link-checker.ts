import { type LinkVerdict, verdictForStatus } from '../../src/lib/links';

/**
 * Checks URLs politely: at most `concurrency` requests at once and one at a time per
 * host with a pause between them, a timeout per request, retries with backoff for
 * network errors and 5xx, HEAD first with a GET fallback, redirects followed by hand
 * so the report can say where a page moved. Results young enough in the cache are reused.
 */

export interface LinkResult {
  url: string;
  verdict: LinkVerdict;
  status?: number | undefined;
  /** Where a redirect chain ended. */
  finalUrl?: string | undefined;
  detail: string;
  attempts: number;
  checkedAt: number;
}

export interface CheckOptions {
  concurrency: number;
  perHostDelayMs: number;
  timeoutMs: number;
  retries: number;
  /** Results younger than this are reused (successes only; failures are always re-checked). */
  cacheMaxAgeMs: number;
  cache: Map<string, LinkResult>;
  userAgent: string;
}

export const defaultOptions: CheckOptions = {
  concurrency: 4,
  perHostDelayMs: 1000,
  timeoutMs: 15_000,
  retries: 2,
  cacheMaxAgeMs: 24 * 60 * 60 * 1000,
  cache: new Map(),
  userAgent: 'cheongnyeon-giljabi-link-checker (+https://github.com/)',
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function request(url: string, method: 'HEAD' | 'GET', options: CheckOptions): Promise<Response> {
  const response = await fetch(url, {
    method,
    redirect: 'manual',
    signal: AbortSignal.timeout(options.timeoutMs),
    headers: { 'User-Agent': options.userAgent, Accept: 'text/html,*/*' },
  });
  await response.body?.cancel().catch(() => undefined);
  return response;
}

/** One attempt: HEAD (GET when HEAD is refused), following up to 5 redirects. */
async function attempt(url: string, options: CheckOptions): Promise<Omit<LinkResult, 'attempts' | 'checkedAt'>> {
  let current = url;
  for (let hop = 0; hop <= 5; hop += 1) {
    let response = await request(current, 'HEAD', options);
    if (response.status === 405 || response.status === 501) response = await request(current, 'GET', options);
    const location = response.headers.get('location');
    if (response.status >= 300 && response.status < 400 && location) {
      current = new URL(location, current).href;
      continue;
    }
    const verdict = verdictForStatus(response.status);
    const moved = current !== url;
    return {
      url,
      verdict: verdict === 'ok' && moved ? 'redirected' : verdict,
      status: response.status,
      finalUrl: moved ? current : undefined,
      detail: `HTTP ${response.status}${moved ? ` (이동: ${current})` : ''}`,
    };
  }
  return { url, verdict: 'error', detail: '리다이렉트가 5번을 넘습니다', finalUrl: current };
}

async function checkOne(url: string, options: CheckOptions): Promise<LinkResult> {
  const cached = options.cache.get(url);
  if (
    cached &&
    (cached.verdict === 'ok' || cached.verdict === 'redirected') &&
    Date.now() - cached.checkedAt < options.cacheMaxAgeMs
  ) {
    return cached;
  }
  let result: Omit<LinkResult, 'attempts' | 'checkedAt'> = { url, verdict: 'error', detail: '' };
  let attempts = 0;
  for (; attempts <= options.retries; attempts += 1) {
    if (attempts > 0) await sleep(500 * 2 ** (attempts - 1));
    try {
      result = await attempt(url, options);
      if (result.verdict !== 'error') break;
    } catch (error) {
      const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
      result = {
        url,
        verdict: 'error',
        detail: timedOut
          ? `${options.timeoutMs / 1000}초 안에 응답이 없습니다`
          : `연결 실패 (${(error as Error).message})`,
      };
    }
  }
  const final = { ...result, attempts: Math.min(attempts + 1, options.retries + 1), checkedAt: Date.now() };
  options.cache.set(url, final);
  return final;
}

export async function checkUrls(
  urls: readonly string[],
  overrides: Partial<CheckOptions> = {},
): Promise<Map<string, LinkResult>> {
  const options = { ...defaultOptions, ...overrides };
  const byHost = new Map<string, string[]>();
  for (const url of new Set(urls)) {
    const host = URL.canParse(url) ? new URL(url).host : url;
    byHost.set(host, [...(byHost.get(host) ?? []), url]);
  }
  const results = new Map<string, LinkResult>();
  const hosts = [...byHost.values()];
  const worker = async () => {
    for (let queue = hosts.shift(); queue; queue = hosts.shift()) {
      for (const [index, url] of queue.entries()) {
        if (index > 0) await sleep(options.perHostDelayMs);
        results.set(url, await checkOne(url, options));
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency) }, worker));
  return results;
}
