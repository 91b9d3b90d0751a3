// npm run bench:import — time per 1,000 온통청년 records: the fixture's record shapes are
// repeated with new 정책번호 into a copy of tests/fixtures/trees/import-base, imported,
// then imported again (the no-change path every later run takes).

import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mapOntongRecord } from './ontong';
import { nationalCodeTable } from './regions';
import { runImport } from './run';

const count = Number(process.argv[2] ?? 1000);
const response = JSON.parse(readFileSync('tests/fixtures/ontong/response.json', 'utf8'));
const shapes: Record<string, unknown>[] = response.result.youthPolicyList;
const records = Array.from({ length: count }, (_, index) => {
  const shape = shapes[index % shapes.length] ?? {};
  return {
    ...shape,
    plcyNo: `2026${String(index).padStart(16, '0')}`,
    plcyNm: `${String(shape.plcyNm).trim()} ${index + 1}`,
  };
});

const root = join(mkdtempSync(join(tmpdir(), 'youth-bench-')), 'content');
cpSync('tests/fixtures/trees/import-base', root, { recursive: true });
const keyOf = (file: { data: Record<string, unknown> }) => {
  const source = file.data.source as { ontong?: unknown } | undefined;
  return source?.ontong === undefined ? undefined : String(source.ontong);
};
const codeTable = nationalCodeTable();
const importOnce = () => {
  const started = performance.now();
  const { plan } = runImport({
    contentRoot: root,
    dryRun: false,
    keyOf,
    outcomes: (tree) =>
      records.map((record, index) =>
        mapOntongRecord(record, index, { regions: tree.regions, codeTable, today: '2026-11-20', folder: 'ontong' }),
      ),
  });
  return { ms: performance.now() - started, plan };
};

const first = importOnce();
const second = importOnce();
const per1000 = (ms: number) => ((ms / count) * 1000).toFixed(0);
console.log(
  `${count} records (${shapes.length} fixture shapes), ${first.plan.report.added.length} added, ${first.plan.report.skipped.length} skipped`,
);
console.log(`first import:  ${first.ms.toFixed(0)} ms (${per1000(first.ms)} ms per 1,000 records)`);
console.log(
  `re-import:     ${second.ms.toFixed(0)} ms (${per1000(second.ms)} ms per 1,000 records), ${second.plan.report.unchanged.length} unchanged`,
);
rmSync(join(root, '..'), { recursive: true, force: true });
