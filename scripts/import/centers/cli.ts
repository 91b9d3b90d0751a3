// npm run import:centers -- [--dry-run] <getSpace-response.json> [more pages…]
// Converts saved 온통청년 청년센터 API (getSpace) responses into centre files (README, "가져오기").
import { basename } from 'node:path';
import { nationalCodeTable } from '../regions';
import {
  asExisting,
  commandLine,
  contentRoot,
  ImportFailure,
  main,
  readInput,
  runPlannedImport,
  today,
  withoutRepeats,
} from '../run';
import { centerKeyOf, planCenterImport } from './plan';
import { type CenterDraft, mapCenterRecord, parseCenterResponse } from './records';

const { files, dryRun } = commandLine(process.argv.slice(2));

process.exitCode = main(() => {
  if (files.length === 0)
    throw new ImportFailure(['가져올 응답 파일을 적으세요. 예: npm run import:centers -- getspace-page1.json']);
  // A file that is not a centre list is refused whole and reported; the other files are imported.
  const refused: { key: string; label: string; reason: string }[] = [];
  const pages = files.flatMap((file) => {
    const parsed = parseCenterResponse(readInput(file).toString('utf8'), file);
    if ('rows' in parsed) return [{ file, rows: parsed.rows }];
    refused.push({ key: `file:${file}`, label: '파일 전체', reason: parsed.error });
    return [];
  });
  if (pages.length === 0) throw new ImportFailure(refused.map((file) => file.reason));
  return runPlannedImport(contentRoot(), dryRun, (tree) => {
    const context = { regions: tree.regions, codeTable: nationalCodeTable(), today: today() };
    const outcomes = pages.flatMap(({ file, rows }) =>
      rows.map((row, index) => mapCenterRecord(row, `${basename(file)} ${index + 1}번째 센터`, context)),
    );
    const { drafts, duplicates } = withoutRepeats(
      outcomes.flatMap((outcome): CenterDraft[] => (outcome.kind === 'center' ? [outcome.draft] : [])),
      (a, b) => JSON.stringify(a.data) === JSON.stringify(b.data),
    );
    const skipped = [
      ...refused,
      ...outcomes.flatMap((outcome) => (outcome.kind === 'skipped' ? [outcome] : [])),
      ...duplicates,
    ];
    return planCenterImport(drafts, skipped, tree.centers.map(asExisting(centerKeyOf)));
  });
}, '청년센터 가져오기');
