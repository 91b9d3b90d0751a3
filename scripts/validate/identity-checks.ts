import type { Checked } from './file-checks';
import type { Problem } from './problem';

/**
 * Every identity once: an entry is one file (`x.md` beside `x.mdx` would make one of them
 * silently disappear from the site), and a region id is written once in regions.yaml (a
 * second one would silently replace the first one's name and code). Each problem names
 * both places.
 */

export function duplicateFileProblems(checked: readonly Checked[]): Problem[] {
  const firstById = new Map<string, string>();
  const problems: Problem[] = [];
  for (const { source } of checked) {
    if (source.collection === 'regions') continue;
    const key = `${source.collection}/${source.id}`;
    const first = firstById.get(key);
    if (first === undefined) {
      firstById.set(key, source.file);
      continue;
    }
    problems.push({
      severity: 'error',
      file: source.file,
      line: 1,
      column: 1,
      field: '(파일 이름)',
      message: `${first}와(과) 같은 항목(${source.collection}/${source.id})입니다. 한 항목은 파일 하나로만 씁니다. 둘 중 하나를 지우세요.`,
    });
  }
  return problems;
}

export function duplicateRegionProblems(regions: Checked | undefined): Problem[] {
  const list = regions?.yaml?.data;
  if (regions === undefined || !Array.isArray(list)) return [];
  const firstLineById = new Map<string, number>();
  const problems: Problem[] = [];
  list.forEach((region, index) => {
    const id = (region as { id?: unknown } | null)?.id;
    if (typeof id !== 'string') return;
    const at = regions.yaml?.locate([index, 'id']) ?? { line: 1, column: 1 };
    const first = firstLineById.get(id);
    if (first === undefined) {
      firstLineById.set(id, at.line);
      return;
    }
    problems.push({
      severity: 'error',
      file: regions.source.file,
      ...at,
      field: `${id}.id`,
      message: `지역 id '${id}'가 ${first}번째 줄에도 있습니다. 지역 하나는 한 번만 적으세요. 다른 지역이면 id를 바꾸세요.`,
    });
  });
  return problems;
}
