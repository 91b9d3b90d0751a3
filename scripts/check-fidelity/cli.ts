// npm run check:fidelity -- [--today YYYY-MM-DD] [--built DIR] [--work DIR] [--details] <response.json>…
// Imports saved 온통청년 API responses into a scratch tree, builds it, and prints how
// many pages say what their source records say, check by check (docs: README, "가져오기").
import { checkFidelity, FidelityFailure, formatFidelity } from './fidelity';

const files: string[] = [];
let built: string | undefined;
let work: string | undefined;
let today: string | undefined;
let details = false;
const args = process.argv.slice(2);
for (let i = 0; i < args.length; i += 1) {
  const arg = args[i] ?? '';
  if (arg === '--built') built = args[++i];
  else if (arg === '--work') work = args[++i];
  else if (arg === '--today') today = args[++i];
  else if (arg === '--details') details = true;
  else files.push(arg);
}

try {
  if (files.length === 0)
    throw new FidelityFailure('비교할 응답 파일을 적으세요. 예: npm run check:fidelity -- response.json');
  const result = checkFidelity({ files, built, work, today });
  console.log(formatFidelity(result, details ? Number.POSITIVE_INFINITY : 5));
  process.exitCode = result.results.every((check) => check.passed === check.applicable) ? 0 : 1;
} catch (error) {
  console.error(error instanceof FidelityFailure ? error.message : `예상하지 못한 오류입니다: ${String(error)}`);
  process.exitCode = 2;
}
