// npm run fetch:ontong -- --out DIR [--zip 29110,29140] [--page-size 100]
// Saves every page of the 온통청년 청년정책 API into DIR (docs/data-import.md).
// The key comes from ONTONG_API_KEY; ONTONG_API_URL replaces the address (tests, proxies).
import { defaultApiUrl, FetchFailure, fetchOntongPages } from './ontong-fetch';

function options(argv: readonly string[]): { outDir?: string; zip?: string; pageSize?: number } {
  const result: { outDir?: string; zip?: string; pageSize?: number } = {};
  for (let i = 0; i < argv.length; i += 1) {
    const value = argv[i + 1] ?? '';
    if (argv[i] === '--out') result.outDir = value;
    else if (argv[i] === '--zip') result.zip = value;
    else if (argv[i] === '--page-size') result.pageSize = Number(value);
    else continue;
    i += 1;
  }
  return result;
}

async function main(): Promise<number> {
  const { outDir, zip, pageSize } = options(process.argv.slice(2));
  const apiKey = process.env.ONTONG_API_KEY ?? '';
  if (outDir === undefined || outDir === '') {
    console.error('저장할 폴더를 적으세요. 예: npm run fetch:ontong -- --out ontong-pages');
    return 1;
  }
  if (apiKey === '') {
    console.error('ONTONG_API_KEY 환경 변수에 온통청년 Open API 인증키를 넣고 다시 실행하세요.');
    return 1;
  }
  try {
    const result = await fetchOntongPages({
      apiUrl: process.env.ONTONG_API_URL || defaultApiUrl,
      apiKey,
      outDir,
      zipCodes: zip,
      ...(pageSize !== undefined && pageSize > 0 ? { pageSize } : {}),
      ...(process.env.ONTONG_RETRY_DELAY_MS ? { retryDelayMs: Number(process.env.ONTONG_RETRY_DELAY_MS) } : {}),
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
