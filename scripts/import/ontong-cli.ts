// npm run import:ontong -- [--dry-run] [--folder ontong] <response.json> [more pages…]
// Converts saved 온통청년 Open API v2 responses into policy files (docs/data-import.md).
import { mapOntongRecord, parseOntongResponse } from './ontong';
import { nationalCodeTable } from './regions';
import { commandLine, contentRoot, ImportFailure, main, readInput, runImport, today } from './run';

const { files, dryRun, folder } = commandLine(process.argv.slice(2));

process.exitCode = main(() => {
  if (files.length === 0)
    throw new ImportFailure(['가져올 응답 파일을 적으세요. 예: npm run import:ontong -- response.json']);
  const records = files.flatMap((file) => {
    const parsed = parseOntongResponse(readInput(file).toString('utf8'), file);
    if ('error' in parsed) throw new ImportFailure([parsed.error]);
    // A 정책번호 sent as a bare number past 2^53 was already rounded by JSON.parse.
    const rounded = parsed.records.findIndex((record) => {
      const number = (record as { plcyNo?: unknown } | null)?.plcyNo;
      return typeof number === 'number' && !Number.isSafeInteger(number);
    });
    if (rounded !== -1) {
      throw new ImportFailure([
        `${file}: ${rounded + 1}번째 정책의 정책번호(plcyNo)가 따옴표 없는 숫자라 정확한 번호를 알 수 없습니다. 번호가 "20260302005400110001"처럼 따옴표 안에 있는 응답을 받아 다시 가져오세요.`,
      ]);
    }
    return parsed.records;
  });
  return runImport({
    contentRoot: contentRoot(),
    dryRun,
    keyOf: (file) => {
      const source = file.data.source;
      const ontong =
        typeof source === 'object' && source !== null ? (source as Record<string, unknown>).ontong : undefined;
      return ontong === undefined || ontong === null ? undefined : String(ontong);
    },
    outcomes: (tree) => {
      const context = { regions: tree.regions, codeTable: nationalCodeTable(), today: today(), folder };
      // One record the mapping cannot handle is skipped with the reason; the rest import.
      return records.map((record, index) => {
        try {
          return mapOntongRecord(record, index, context);
        } catch (error) {
          const key = String((record as { plcyNo?: unknown } | null)?.plcyNo ?? index + 1).slice(0, 40);
          return {
            kind: 'skipped' as const,
            key,
            label: `${index + 1}번째 정책 (정책번호 ${key})`,
            reason: `이 정책을 읽다가 멈췄습니다 (${String((error as Error).message ?? error).slice(0, 120)}). 원본 값을 확인하세요.`,
          };
        }
      });
    },
  });
}, '온통청년 가져오기');
