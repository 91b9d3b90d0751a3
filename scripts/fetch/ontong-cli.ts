// npm run fetch:ontong -- --out DIR [--centers] [--zip 29110,29140] [--page-size 100]
// Saves every page of the 온통청년 청년정책 API (or, with --centers, the 청년센터 API) into
// DIR (docs/data-import.md). The key comes from ONTONG_API_KEY (for centres
// ONTONG_CENTER_API_KEY, else the policy key); ONTONG_API_URL and ONTONG_CENTER_API_URL
// replace the addresses (tests, proxies).
import { centerApi, defaultCenterApiUrl } from './center-api';
import { defaultApiUrl, FetchFailure, fetchOntongPages, policyApi } from './ontong-fetch';

interface Options {
  outDir?: string;
  zip?: string;
  pageSize?: number;
  centers: boolean;
}

function options(argv: readonly string[]): Options {
  const result: Options = { centers: false };
  for (let i = 0; i < argv.length; i += 1) {
    const value = argv[i + 1] ?? '';
    if (argv[i] === '--centers') {
      result.centers = true;
      continue;
    }
    if (argv[i] === '--out') result.outDir = value;
    else if (argv[i] === '--zip') result.zip = value;
    else if (argv[i] === '--page-size') result.pageSize = Number(value);
    else continue;
    i += 1;
  }
  return result;
}

async function main(): Promise<number> {
  const { outDir, zip, pageSize, centers } = options(process.argv.slice(2));
  const env = process.env;
  const apiKey = (centers ? env.ONTONG_CENTER_API_KEY || env.ONTONG_API_KEY : env.ONTONG_API_KEY) ?? '';
  if (outDir === undefined || outDir === '') {
    console.error('저장할 폴더를 적으세요. 예: npm run fetch:ontong -- --out ontong-pages');
    return 1;
  }
  if (apiKey === '') {
    console.error(
      centers
        ? 'ONTONG_CENTER_API_KEY(또는 ONTONG_API_KEY) 환경 변수에 온통청년 Open API 인증키를 넣고 다시 실행하세요.'
        : 'ONTONG_API_KEY 환경 변수에 온통청년 Open API 인증키를 넣고 다시 실행하세요.',
    );
    return 1;
  }
  try {
    const result = await fetchOntongPages({
      apiUrl: (centers ? env.ONTONG_CENTER_API_URL || defaultCenterApiUrl : env.ONTONG_API_URL) || defaultApiUrl,
      apiKey,
      outDir,
      api: centers ? centerApi : policyApi,
      // 청년센터 API has no 지역 filter of this form.
      zipCodes: centers ? undefined : zip,
      ...(pageSize !== undefined && pageSize > 0 ? { pageSize } : {}),
      ...(env.ONTONG_RETRY_DELAY_MS ? { retryDelayMs: Number(env.ONTONG_RETRY_DELAY_MS) } : {}),
      log: (line) => console.log(line),
    });
    console.log(
      `온통청년에서 ${result.records}건(전체 ${result.total}건)을 ${result.pages.length}개 파일로 ${outDir}에 저장했습니다.`,
    );
    return 0;
  } catch (error) {
    const pages = error instanceof FetchFailure ? error.pages : [];
    console.error(`받기를 멈췄습니다: ${(error as Error).message}`);
    if (pages.length > 0) console.error(`그때까지 받은 ${pages.length}쪽은 ${outDir}에 남겨 두었습니다.`);
    return 1;
  }
}

process.exitCode = await main();
