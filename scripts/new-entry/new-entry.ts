import { Document, isScalar, visit } from 'yaml';
import { idPattern } from '../../src/lib/ids';
import { categoryIds, entryKindInfo, programTypes } from '../../src/lib/vocabulary';
import { quoteAmbiguousStrings } from '../lib/content-yaml';

/**
 * Templates for `npm run new`: a new policy, program or center that passes validation as
 * written. New entries start as drafts, so a placeholder is never published by accident.
 */

export const entryKinds = ['policy', 'program', 'center'] as const;
export type EntryKind = (typeof entryKinds)[number];

export interface Question {
  flag: string;
  /** Korean prompt shown when asking interactively. */
  prompt: string;
  /** Allowed values, shown with the prompt and checked. */
  choices?: readonly string[];
  /** Several values, comma-separated. */
  list?: boolean;
  optional?: boolean;
}

const name: Question = { flag: 'name', prompt: '파일 이름 (영문 소문자·숫자·하이픈, 예: rent-support)' };
const title: Question = { flag: 'title', prompt: '제목 (80자 이하)' };
const summary: Question = { flag: 'summary', prompt: '한 줄 설명 (160자 이하)' };
const category: Question = { flag: 'category', prompt: '분야', choices: categoryIds };
const region: Question = { flag: 'region', prompt: '지역 id (여러 개면 쉼표로, 예: gwangju)', list: true };

export const questions: Record<EntryKind, Question[]> = {
  policy: [
    name,
    title,
    summary,
    category,
    region,
    { flag: 'provider', prompt: '주관 기관 id (organizations 폴더의 파일 이름)' },
    { flag: 'source', prompt: '출처 공고 주소 (https://…)' },
    { flag: 'url', prompt: '온라인 신청서 주소 (https://…, 없으면 비워 두세요)', optional: true },
  ],
  program: [
    name,
    title,
    summary,
    category,
    region,
    { flag: 'type', prompt: '프로그램 종류', choices: programTypes },
    { flag: 'center', prompt: '운영 청년센터 id (centers 폴더의 파일 이름)' },
    { flag: 'schedule', prompt: '일정 설명 (예: 매주 화·목 19:00–21:00, 총 8회)' },
  ],
  center: [
    { ...name, prompt: '센터 id (영문 소문자·숫자·하이픈, 예: gwangju-youth-center)' },
    { ...title, prompt: '센터 이름' },
    { ...region, list: false, prompt: '지역 id (예: gwangju)' },
    { flag: 'address', prompt: '도로명 주소' },
  ],
};

export type Answers = Record<string, string | undefined>;

/** Korean problems with the answers, before anything is written. */
export function answerProblems(kind: EntryKind, answers: Answers): string[] {
  const problems: string[] = [];
  for (const question of questions[kind]) {
    const value = answers[question.flag]?.trim();
    if (!value) {
      if (!question.optional) problems.push(`--${question.flag}: ${question.prompt}을(를) 적으세요.`);
    } else if (question.choices && !question.choices.includes(value)) {
      problems.push(`--${question.flag}: 다음 중 하나로 적으세요: ${question.choices.join(', ')}`);
    }
  }
  const fileName = answers.name?.trim();
  if (fileName && !idPattern.test(fileName)) {
    problems.push('--name: 파일 이름은 영문 소문자, 숫자, 하이픈(-)만 쓸 수 있습니다. 예: rent-support');
  }
  return problems;
}

const list = (value: string | undefined) =>
  (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);

/** YAML in the sample files' style: short lists and periods on one line (`regions: [gwangju]`). */
function frontmatter(data: Record<string, unknown>, body: string): string {
  const document = new Document(data);
  visit(document, {
    Seq: (_, node) => {
      node.flow = node.items.every((item) => isScalar(item));
    },
    Map: (key, node) => {
      if (key !== null && node.items.some((pair) => isScalar(pair.key) && pair.key.value === 'type')) node.flow = true;
    },
  });
  // A title such as `yes` or `0150` is quoted, so the build reads back what was typed.
  quoteAmbiguousStrings(document);
  return `---\n${document.toString({ lineWidth: 0, flowCollectionPadding: false })}---\n\n${body}`;
}

/** Where the new file goes under the content root, and its text. */
export function newEntry(kind: EntryKind, answers: Answers, today: string): { path: string; text: string } {
  const value = (flag: string) => answers[flag]?.trim() ?? '';
  const regions = list(answers.region);
  if (kind === 'center') {
    return {
      path: `centers/${value('name')}.md`,
      text: frontmatter(
        { name: value('title'), region: value('region'), address: value('address'), updated: today },
        '센터 공간과 서비스를 적으세요.\n',
      ),
    };
  }
  const folder = `${entryKindInfo[kind].folder}/${regions[0] ?? ''}`;
  const common = {
    title: value('title'),
    summary: value('summary'),
    category: value('category'),
  };
  if (kind === 'policy') {
    const url = value('url');
    return {
      path: `${folder}/${value('name')}.md`,
      text: frontmatter(
        {
          ...common,
          provider: value('provider'),
          regions,
          application: {
            period: { type: 'always' },
            method: url ? ['online'] : ['visit'],
            ...(url ? { url } : {}),
          },
          support: { summary: '지원 내용을 한 줄로 적으세요' },
          source: { url: value('source') },
          updated: today,
          draft: true,
        },
        '## 지원 내용\n\n## 신청 방법\n\n## 유의 사항\n',
      ),
    };
  }
  return {
    path: `${folder}/${value('name')}.md`,
    text: frontmatter(
      {
        ...common,
        type: value('type'),
        center: value('center'),
        regions,
        schedule: { summary: value('schedule') },
        registration: { type: 'always' },
        application: { method: ['visit'] },
        updated: today,
        draft: true,
      },
      '## 프로그램 내용\n\n## 유의 사항\n',
    ),
  };
}
