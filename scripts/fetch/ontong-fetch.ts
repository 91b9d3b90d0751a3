import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Pages through the 온통청년 청년정책 API (getPlcy, v2) and saves every page as it arrives,
 * exactly as the API sent it, so `npm run import:ontong -- DIR/page-*.json` can read them.
 * A transient failure (HTTP 5xx, a dropped connection, a timeout) is retried a few times;
 * an API error (a resultCode other than 200, e.g. a wrong key) stops at once, keeping the
 * pages already saved.
 */

export const defaultApiUrl = 'https://www.youthcenter.go.kr/go/ythip/getPlcy';
/** 100,000 records at 100 a page: far above the catalogue, far below a full disk. */
export const MAX_PAGES = 1000;

/**
 * One of 온통청년's lists. Both share the envelope (`result.youthPolicyList`) and the paging;
 * they differ in address, key, request values and what a right row looks like.
 */
export interface OntongApi {
  /** How messages name it: `청년정책 API(getPlcy)`. */
  name: string;
  /** The environment variable that holds its key, for messages. */
  keyVariable: string;
  /** Request values beyond the paging. */
  params: Readonly<Record<string, string>>;
  /** Why a page's rows are not this API's, or undefined when they are. */
  wrongRows?: (rows: readonly unknown[], where: string) => string | undefined;
}

export const policyApi: OntongApi = {
  name: '청년정책 API(getPlcy)',
  keyVariable: 'ONTONG_API_KEY',
  params: { pageType: '1' },
};

export interface FetchOptions {
  apiUrl: string;
  apiKey: string;
  outDir: string;
  /** 법정시군구코드 list (zipCd), comma-separated; empty for every record. */
  zipCodes?: string | undefined;
  pageSize?: number;
  /** Pages fetched at most: a catalogue of 2,500 policies is 25 pages of 100. */
  maxPages?: number;
  /** Tries per page before giving up on a transient failure. */
  attempts?: number;
  /** Wait before the n-th retry: retryDelayMs × n. */
  retryDelayMs?: number;
  timeoutMs?: number;
  log?: (line: string) => void;
  /** Which list; the policy API unless told. */
  api?: OntongApi;
}

export interface FetchResult {
  pages: string[];
  records: number;
  total: number;
}

export class FetchFailure extends Error {
  constructor(
    message: string,
    readonly pages: string[],
  ) {
    super(message);
  }
}

class Transient extends Error {}

function pageUrl(options: FetchOptions, pageNum: number, pageSize: number): string {
  const url = new URL(options.apiUrl);
  url.searchParams.set('apiKeyNm', options.apiKey);
  url.searchParams.set('pageNum', String(pageNum));
  url.searchParams.set('pageSize', String(pageSize));
  for (const [name, value] of Object.entries((options.api ?? policyApi).params)) url.searchParams.set(name, value);
  url.searchParams.set('rtnType', 'json');
  if (options.zipCodes) url.searchParams.set('zipCd', options.zipCodes);
  return url.href;
}

/** One page's text, retried on 5xx and network failures. */
async function getPage(options: FetchOptions, pageNum: number, pageSize: number, pages: string[]): Promise<string> {
  const attempts = options.attempts ?? 4;
  for (let attempt = 1; ; attempt += 1) {
    try {
      const response = await fetch(pageUrl(options, pageNum, pageSize), {
        signal: AbortSignal.timeout(options.timeoutMs ?? 60_000),
      });
      if (response.status >= 500) throw new Transient(`HTTP ${response.status}`);
      if (!response.ok) {
        throw new FetchFailure(
          `${pageNum}쪽 요청이 HTTP ${response.status}로 거절되었습니다. 요청 주소(ONTONG_API_URL)를 확인하세요.`,
          pages,
        );
      }
      return await response.text();
    } catch (error) {
      if (error instanceof FetchFailure) throw error;
      const reason = error instanceof Transient ? error.message : `연결 실패 (${(error as Error).message})`;
      if (attempt >= attempts) {
        throw new FetchFailure(
          `${pageNum}쪽을 ${attempts}번 시도했지만 받지 못했습니다 (${reason}). 잠시 뒤 다시 실행하세요.`,
          pages,
        );
      }
      options.log?.(`${pageNum}쪽: ${reason}, ${attempt}번째 다시 시도합니다.`);
      await new Promise((resolve) => setTimeout(resolve, (options.retryDelayMs ?? 2000) * attempt));
    }
  }
}

interface PageBody {
  resultCode?: unknown;
  resultMessage?: unknown;
  result?: { pagging?: { totCount?: unknown }; youthPolicyList?: unknown };
}

/** The records and total of a page, or the API's own error in Korean. */
function readPage(text: string, pageNum: number, pages: string[], api: OntongApi): { count: number; total: number } {
  let body: PageBody;
  try {
    body = JSON.parse(text.replace(/^\uFEFF/, '')) as PageBody;
  } catch {
    throw new FetchFailure(
      `${pageNum}쪽 응답이 JSON이 아닙니다 (점검 중 안내 화면일 수 있습니다). 잠시 뒤 다시 실행하세요.`,
      pages,
    );
  }
  const code = body.resultCode;
  if (code !== undefined && String(code) !== '200') {
    const message = typeof body.resultMessage === 'string' ? body.resultMessage : '';
    throw new FetchFailure(
      `온통청년 API가 오류를 돌려주었습니다 (resultCode ${String(code)}${message ? `: ${message}` : ''}). 인증키(${api.keyVariable})와 요청 값을 확인하세요.`,
      pages,
    );
  }
  const list = body.result?.youthPolicyList;
  if (!Array.isArray(list)) {
    throw new FetchFailure(
      `${pageNum}쪽 응답에 result.youthPolicyList가 없습니다. 요청 주소가 ${api.name}인지 확인하세요.`,
      pages,
    );
  }
  const wrong = api.wrongRows?.(list, `${pageNum}쪽 응답`);
  if (wrong !== undefined) throw new FetchFailure(wrong, pages);
  return { count: list.length, total: Number(body.result?.pagging?.totCount ?? list.length) };
}

export async function fetchOntongPages(options: FetchOptions): Promise<FetchResult> {
  const pageSize = options.pageSize ?? 100;
  const pages: string[] = [];
  mkdirSync(options.outDir, { recursive: true });
  let records = 0;
  let total = 0;
  for (let pageNum = 1; ; pageNum += 1) {
    const text = await getPage(options, pageNum, pageSize, pages);
    const page = readPage(text, pageNum, pages, options.api ?? policyApi);
    total = page.total;
    // A total that is not a count never ends the loop below (19,222 pages in 15 s).
    if (!Number.isSafeInteger(total) || total < 0) {
      throw new FetchFailure(
        `${pageNum}쪽 응답의 전체 건수(result.pagging.totCount)가 숫자가 아닙니다. 응답 형식이 바뀌었을 수 있으니 요청 주소와 API 안내를 확인하세요.`,
        pages,
      );
    }
    if (pageNum > (options.maxPages ?? MAX_PAGES)) {
      throw new FetchFailure(
        `${options.maxPages ?? MAX_PAGES}쪽을 받고도 끝나지 않아 멈췄습니다 (응답의 전체 건수 ${total}건). 응답이 이상하니 요청 값과 API 상태를 확인하세요.`,
        pages,
      );
    }
    if (page.count === 0) break;
    const file = join(options.outDir, `page-${String(pageNum).padStart(4, '0')}.json`);
    writeFileSync(file, text);
    pages.push(file);
    records += page.count;
    options.log?.(`${pageNum}쪽: ${page.count}건 (${records}/${total})`);
    if (records >= total || page.count < pageSize) break;
  }
  return { pages, records, total };
}
