// `npm run validate`: checks the whole content tree (CONTENT_DIR respected) in one pass.
// Every error is printed as `path:line:column  field  message`; warnings are grouped by
// kind with a count and three examples (problem-groups.ts), so the log of a whole
// national catalogue still fits on a screen. `--all` prints every warning too, and
// `--report FILE` writes every problem as JSON (report.ts) for the pull-request comment;
// the build passes one, and the grouped lines say where the full list is. Under GitHub
// Actions it also prints annotations for the errors and the warnings shown. Exit 1 on any
// error; warnings do not fail.
import { seoulDate } from '../../src/lib/dates';
import { listContentFiles } from '../lib/content-files';
import { readSiteSettings } from '../site-settings.mjs';
import { formatAnnotation, formatProblem } from './problem';
import { groupLines, groupProblems } from './problem-groups';
import { writeReport } from './report';
import { validateContent } from './validate-tree';

const { contentDir, today } = readSiteSettings();

const sources = listContentFiles(contentDir);
// TODAY pins the day statuses are computed for; whether a date lies in the future is a
// fact about the real clock, so a build pinned to a past day still accepts recent checks.
const problems = validateContent(sources, { today, clockToday: seoulDate(new Date()) });
const errors = problems.filter((problem) => problem.severity === 'error');
const warnings = problems.filter((problem) => problem.severity === 'warning');

const reportAt = process.argv.indexOf('--report');
const reportFile = reportAt === -1 ? undefined : process.argv[reportAt + 1];
if (reportFile) writeReport(reportFile, sources.length, problems);
const everyWarning = process.argv.includes('--all');

for (const problem of errors) console.error(formatProblem(problem));
const groups = groupProblems(warnings);
if (everyWarning) {
  for (const problem of warnings) console.warn(formatProblem(problem));
} else {
  const fullList = reportFile ?? "'npm run validate -- --all'의 출력";
  for (const line of groupLines(groups, formatProblem, fullList)) console.warn(line);
}
if (process.env.GITHUB_ACTIONS === 'true') {
  const shown = everyWarning ? warnings : groups.flatMap((group) => group.examples);
  for (const problem of [...errors, ...shown]) console.log(formatAnnotation(problem));
}
const summary = `${contentDir}/ 파일 ${sources.length}개 검사: 오류 ${errors.length}건, 경고 ${warnings.length}건`;
// exitCode, not process.exit(): stderr into a pipe is written asynchronously, and exiting
// at once cut a long report short when the reader (CI's log, a test) was slow to drain it.
if (errors.length > 0) {
  console.error(`\n${summary}. 위의 줄 번호로 가서 고친 뒤 다시 실행하세요 (npm run validate).`);
  process.exitCode = 1;
} else {
  console.log(warnings.length > 0 ? `${summary}. 경고는 배포를 막지 않지만 확인해 주세요.` : `${summary}.`);
}
