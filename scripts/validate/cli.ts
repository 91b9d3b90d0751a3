// `npm run validate`: checks the whole content tree (CONTENT_DIR respected) in one pass
// and prints every problem as `path:line:column  field  message`. Under GitHub Actions it
// also prints annotations so problems show on the pull request. Exit 1 on any error;
// warnings do not fail. `--report FILE` also writes the problems as JSON (report.ts) for
// the pull-request comment.
import { listContentFiles } from '../lib/content-files';
import { readSiteSettings } from '../site-settings.mjs';
import { formatAnnotation, formatProblem } from './problem';
import { writeReport } from './report';
import { validateContent } from './validate-tree';

const { contentDir, today } = readSiteSettings();

const sources = listContentFiles(contentDir);
const problems = validateContent(sources, { today });
const errors = problems.filter((problem) => problem.severity === 'error');
const warnings = problems.length - errors.length;

for (const problem of problems) {
  (problem.severity === 'error' ? console.error : console.warn)(formatProblem(problem));
}
if (process.env.GITHUB_ACTIONS === 'true') {
  for (const problem of problems) console.log(formatAnnotation(problem));
}
const reportAt = process.argv.indexOf('--report');
const reportFile = reportAt === -1 ? undefined : process.argv[reportAt + 1];
if (reportFile) writeReport(reportFile, sources.length, problems);
const summary = `${contentDir}/ 파일 ${sources.length}개 검사: 오류 ${errors.length}건, 경고 ${warnings}건`;
// exitCode, not process.exit(): stderr into a pipe is written asynchronously, and exiting
// at once cut a long report short when the reader (CI's log, a test) was slow to drain it.
if (errors.length > 0) {
  console.error(`\n${summary}. 위의 줄 번호로 가서 고친 뒤 다시 실행하세요 (npm run validate).`);
  process.exitCode = 1;
} else {
  console.log(warnings > 0 ? `${summary}. 경고는 배포를 막지 않지만 확인해 주세요.` : `${summary}.`);
}
