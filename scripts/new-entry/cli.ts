// `npm run new -- policy|program|center [--title … --category … --region …]`: writes a
// new entry from a template into the right folder and prints its path. Missing values are
// asked for when run in a terminal. The file is validated with the rest of the tree
// before it is written, so what it writes always passes `npm run validate`.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { listContentFiles, parseContentFile } from '../lib/content-files';
import { readSiteSettings } from '../site-settings.mjs';
import { formatProblem } from '../validate/problem';
import { validateContent } from '../validate/validate-tree';
import { type Answers, answerProblems, type EntryKind, entryKinds, newEntry, questions } from './new-entry';

const fail = (message: string): never => {
  console.error(message);
  process.exit(1);
};

const flags = Object.fromEntries(
  [
    ...new Set(
      Object.values(questions)
        .flat()
        .map((question) => question.flag),
    ),
  ].map((flag) => [flag, { type: 'string' as const }]),
);
const { values, positionals } = parseArgs({ options: flags, allowPositionals: true });
const kind = positionals[0] as EntryKind;
if (!entryKinds.includes(kind)) fail(`사용법: npm run new -- ${entryKinds.join('|')} [--title …] (종류를 적으세요)`);

const answers: Answers = { ...values };
if (process.stdin.isTTY) {
  const terminal = createInterface({ input: process.stdin, output: process.stdout });
  for (const question of questions[kind]) {
    if (answers[question.flag]) continue;
    const choices = question.choices ? ` [${question.choices.join(', ')}]` : '';
    answers[question.flag] = await terminal.question(`${question.prompt}${choices}: `);
  }
  terminal.close();
}
const problems = answerProblems(kind, answers);
if (problems.length > 0) fail(problems.join('\n'));

const { contentDir, today } = readSiteSettings();
const entry = newEntry(kind, answers, today);
const target = join(contentDir, entry.path);
if (existsSync(target)) fail(`${target} 파일이 이미 있습니다. 다른 --name을 적으세요.`);

const file = relative(process.cwd(), target);
const errors = validateContent([...listContentFiles(contentDir), parseContentFile(entry.path, entry.text, file)], {
  today,
}).filter((problem) => problem.severity === 'error' && problem.file === file);
if (errors.length > 0)
  fail(`파일을 만들지 않았습니다. 다음을 고쳐 다시 실행하세요:\n${errors.map(formatProblem).join('\n')}`);

mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, entry.text);
console.log(file);
console.error(
  kind === 'center'
    ? '새 센터 파일을 만들었습니다. 본문과 연락처를 채운 뒤 npm run validate로 확인하세요.'
    : '새 파일을 초안(draft: true)으로 만들었습니다. 내용을 채우고 draft: true 줄을 지우면 배포됩니다. npm run validate로 확인하세요.',
);
