import { findReferenceProblems } from '../../src/lib/references';
import type { Period } from '../../src/lib/status';
import { archiveMessage, duplicateTitles, futureUpdatedMessage, staleMessage, WARNING_KINDS } from './content-checks';
import {
  type Checked,
  type Collection,
  type ContentSource,
  checkFile,
  type Data,
  FILE_FIELD,
  stringList,
  stringOrUndefined,
} from './file-checks';
import { duplicateFileProblems, duplicateRegionProblems } from './identity-checks';
import { formatFieldPath, type Problem, parseFieldPath, sortProblems } from './problem';
import { closestKey } from './schema-shape';

/**
 * Validates a whole content tree in one pass with the schemas and reference rules the
 * build uses, and never stops at the first problem: every file is read (file-checks.ts),
 * then references across files are resolved and stale entries flagged.
 */

export type { Collection, ContentSource };

/**
 * `today` is the build's day (TODAY pins it): statuses and staleness are judged against it.
 * `clockToday` is the real day in Seoul: an `updated` after it is a mistake whatever day a
 * build is pinned to, and one between it and a pinned past `today` is not. Without it,
 * `today` is both.
 */
export function validateContent(
  sources: readonly ContentSource[],
  options: { today: string; clockToday?: string },
): Problem[] {
  const problems: Problem[] = [];
  const checked: Checked[] = [];
  for (const source of sources) {
    const result = checkFile(source);
    problems.push(...result.problems);
    checked.push(result.checked);
  }
  const regionsSource = checked.find((entry) => entry.source.collection === 'regions');
  problems.push(...duplicateFileProblems(checked), ...duplicateRegionProblems(regionsSource));
  if (regionsSource === undefined) {
    problems.push({
      severity: 'error',
      file: 'regions.yaml',
      line: 1,
      column: 1,
      field: FILE_FIELD,
      message: '지역 목록 파일(regions.yaml)이 없습니다. 콘텐츠 폴더 맨 위에 추가하세요.',
    });
  }

  // References, including those of entries that failed their schema elsewhere.
  const of = (collection: Collection) => checked.filter((entry) => entry.source.collection === collection);
  const located = (entry: Checked) => ({ id: entry.source.id, filePath: entry.source.file });
  const regionList = (regionsSource?.yaml?.data ?? []) as unknown[];
  const regions = Array.isArray(regionList)
    ? regionList.flatMap((region) => {
        const item = (region ?? {}) as Data;
        const id = stringOrUndefined(item.id);
        return id === undefined
          ? []
          : [{ id, name: '', code: stringOrUndefined(item.code) ?? '', parent: stringOrUndefined(item.parent) }];
      })
    : [];
  const referenceProblems = regionsSource?.yaml?.syntaxProblems.length
    ? []
    : findReferenceProblems(
        {
          regions,
          organizations: of('organizations').map((entry) => ({
            ...located(entry),
            data: { region: stringOrUndefined(entry.raw?.region) },
          })),
          centers: of('centers').map((entry) => ({
            ...located(entry),
            data: { region: stringOrUndefined(entry.raw?.region) },
          })),
          policies: of('policies').map((entry) => ({
            ...located(entry),
            data: { provider: stringOrUndefined(entry.raw?.provider), regions: stringList(entry.raw?.regions) },
          })),
          programs: of('programs').map((entry) => ({
            ...located(entry),
            data: {
              center: stringOrUndefined(entry.raw?.center),
              partners: stringList(entry.raw?.partners),
              regions: stringList(entry.raw?.regions),
            },
          })),
        },
        regionsSource?.source.file,
      );
  const byFile = new Map(checked.map((entry) => [entry.source.file, entry]));
  // A misspelt id (`gwangju-cty`) most likely meant the closest existing one.
  const knownIds = (field: string): string[] => {
    const name = String(parseFieldPath(field).at(-1) ?? parseFieldPath(field).at(-2));
    if (name === 'provider' || /^partners/.test(field)) return of('organizations').map((entry) => entry.source.id);
    if (name === 'center') return of('centers').map((entry) => entry.source.id);
    return regions.map((region) => region.id);
  };
  const withIdHint = (problem: { field: string; message: string }) => {
    const unknown = /'([^']+)'/.exec(problem.message)?.[1];
    const guess = unknown === undefined ? undefined : closestKey(unknown, knownIds(problem.field));
    return guess === undefined ? problem.message : `${problem.message} ${guess}의 오타로 보입니다.`;
  };
  for (const problem of referenceProblems) {
    const entry = byFile.get(problem.file);
    let path = parseFieldPath(problem.field);
    if (entry?.source.collection === 'regions') {
      // Region problems are named `<region id>.parent`; find that region in the list.
      const index = regionList.findIndex((region) => (region as Data | null)?.id === path[0]);
      path = index === -1 ? [] : [index, ...path.slice(1)];
    }
    const at = problem.field.startsWith('(')
      ? { line: 1, column: 1 }
      : (entry?.yaml?.locate(path) ?? { line: 1, column: 1 });
    problems.push({ severity: 'error', file: problem.file, ...at, field: problem.field, message: withIdHint(problem) });
  }

  for (const entry of checked) {
    const updated = entry.valid?.updated;
    const message =
      typeof updated === 'string' ? futureUpdatedMessage(updated, options.clockToday ?? options.today) : undefined;
    if (message === undefined) continue;
    const at = entry.yaml?.locate(['updated']) ?? { line: 1, column: 1 };
    problems.push({ severity: 'error', file: entry.source.file, ...at, field: 'updated', message });
  }

  // Warnings: stale, long closed, duplicate titles.
  const listings = checked.filter(
    (entry) => entry.valid && (entry.source.collection === 'policies' || entry.source.collection === 'programs'),
  );
  for (const entry of listings) {
    const data = entry.valid as Data;
    const warn = (kind: string, path: (string | number)[], message: string | undefined) => {
      if (message === undefined) return;
      const at = entry.yaml?.locate(path) ?? { line: 1, column: 1 };
      problems.push({
        severity: 'warning',
        kind,
        file: entry.source.file,
        ...at,
        field: formatFieldPath(path),
        message,
      });
    };
    warn(WARNING_KINDS.stale, ['updated'], staleMessage(String(data.updated), options.today));
    const periodPath = entry.source.collection === 'policies' ? ['application', 'period'] : ['registration'];
    const period = (
      entry.source.collection === 'policies' ? (data.application as Data).period : data.registration
    ) as Period;
    warn(
      WARNING_KINDS.archive,
      period.type === 'fixed' ? [...periodPath, 'end'] : periodPath,
      archiveMessage(period, options.today),
    );
  }
  const duplicates = duplicateTitles(
    listings.map((entry) => ({ file: entry.source.file, title: String(entry.valid?.title) })),
  );
  for (const [file, first] of duplicates) {
    const entry = byFile.get(file);
    problems.push({
      severity: 'warning',
      kind: WARNING_KINDS.duplicateTitle,
      file,
      ...(entry?.yaml?.locate(['title']) ?? { line: 1, column: 1 }),
      field: 'title',
      message: `${first}와(과) 제목이 같습니다. 찾는 사람이 구별할 수 있게 제목을 고치세요.`,
    });
  }
  return sortProblems(problems);
}
