import { describe, expect, it } from 'vitest';
import { WARNING_KINDS } from '../../scripts/validate/content-checks';
import { formatProblem, type Problem } from '../../scripts/validate/problem';
import { groupLines, groupProblems, kindOf } from '../../scripts/validate/problem-groups';

const stale = (n: number): Problem => ({
  severity: 'warning',
  kind: WARNING_KINDS.stale,
  file: `content/policies/ontong/${n}.md`,
  line: 24,
  column: 1,
  field: 'updated',
  message: `마지막 확인일(updated)이 ${300 + n}일 전입니다. 출처를 다시 확인하고 확인한 날짜로 updated를 고치세요.`,
});
const closed: Problem = {
  severity: 'warning',
  kind: WARNING_KINDS.archive,
  file: 'content/policies/ontong/x.md',
  line: 15,
  column: 5,
  field: 'application.period.end',
  message: '마감된 지 599일이 지났습니다. 다시 열리지 않으면 파일을 지우거나(보관) draft: true로 바꾸세요.',
};

// What a person reads of a real catalogue's thousands of warnings: kinds, counts, examples.
describe('warnings grouped by kind', () => {
  it('counts each kind, largest first, with the first three of each as examples', () => {
    const problems = [closed, ...Array.from({ length: 1603 }, (_, n) => stale(n))];
    const groups = groupProblems(problems);
    expect(groups.map((group) => [group.kind, group.count])).toEqual([
      [WARNING_KINDS.stale, 1603],
      [WARNING_KINDS.archive, 1],
    ]);
    expect(groups[0]?.examples).toEqual([stale(0), stale(1), stale(2)]);
  });

  it('prints a screen, not a line per warning, and says where the full list is', () => {
    const problems = [closed, ...Array.from({ length: 1603 }, (_, n) => stale(n))];
    const lines = groupLines(groupProblems(problems), formatProblem, 'dist.problems.json');
    expect(lines).toEqual([
      `경고 1,603건: ${WARNING_KINDS.stale}`,
      `  ${formatProblem(stale(0))}`,
      `  ${formatProblem(stale(1))}`,
      `  ${formatProblem(stale(2))}`,
      '  … 그 밖에 1,600건은 dist.problems.json에 있습니다.',
      `경고 1건: ${WARNING_KINDS.archive}`,
      `  ${formatProblem(closed)}`,
    ]);
  });

  it('groups problems without a named kind by field and message, numbers and quoted values aside', () => {
    const unnamed = (days: number, value: string) => ({
      severity: 'warning' as const,
      field: 'regions[2]',
      message: `'${value}' 지역은 ${days}일 뒤 없어집니다.`,
    });
    expect(kindOf(unnamed(3, 'gwangju'))).toBe(kindOf(unnamed(120, 'jeonnam')));
    expect(kindOf(unnamed(3, 'gwangju'))).toBe("regions[]: '…' 지역은 N일 뒤 없어집니다.");
    expect(kindOf({ ...unnamed(3, 'a'), field: 'provider' })).not.toBe(kindOf(unnamed(3, 'a')));
  });
});
