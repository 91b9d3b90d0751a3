// npm run import:csv -- [--dry-run] <policies.csv>
// One policy per row with Korean headers; template: scripts/import/policies-template.csv.
import { parseCsv } from './csv';
import type { RecordOutcome } from './draft';
import { nationalCodeTable } from './regions';
import { commandLine, contentRoot, ImportFailure, main, readInput, runImport } from './run';
import { checkHeader, mapSpreadsheetRow } from './spreadsheet';

const { files, dryRun } = commandLine(process.argv.slice(2));

function rowsOf(file: string): string[][] {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(readInput(file));
  } catch (error) {
    if (error instanceof ImportFailure) throw error;
    throw new ImportFailure([
      `${file}: UTF-8 파일이 아닙니다. 엑셀에서 "CSV UTF-8(쉼표로 분리)" 형식으로 다시 저장하세요.`,
    ]);
  }
  try {
    return parseCsv(text);
  } catch (error) {
    throw new ImportFailure([`${file}: ${(error as Error).message}`]);
  }
}

process.exitCode = main(() => {
  if (files.length !== 1) throw new ImportFailure(['CSV 파일 하나를 적으세요. 예: npm run import:csv -- policies.csv']);
  const file = files[0] ?? '';
  const [header, ...rows] = rowsOf(file);
  if (header === undefined) throw new ImportFailure([`${file}: 빈 파일입니다.`]);
  const headerProblem = checkHeader(header);
  if (headerProblem !== undefined) throw new ImportFailure([`${file}: ${headerProblem}`]);
  return runImport({
    contentRoot: contentRoot(),
    dryRun,
    // A CSV row is the entry at policies/<아이디>; files imported from 온통청년 are not ours.
    keyOf: (treeFile) => (/^\s+ontong:/m.test(treeFile.text) ? undefined : treeFile.id),
    outcomes: (tree): RecordOutcome[] => {
      const context = {
        regions: tree.regions,
        codeTable: nationalCodeTable(),
        organizationIds: new Set(tree.organizations.map((organization) => organization.id)),
      };
      return rows.flatMap((cells, index) => {
        // A row whose first cell starts with # is an example or a note, not a policy.
        if ((cells[0] ?? '').trim().startsWith('#')) return [];
        const record = Object.fromEntries(header.map((name, column) => [name.trim(), cells[column] ?? '']));
        return [mapSpreadsheetRow(record, index + 2, context)];
      });
    },
  });
}, 'CSV 가져오기');
