import { isMap, isScalar, isSeq, LineCounter, type Node, parseDocument } from 'yaml';
import { ALIAS_MESSAGE, firstAlias } from '../lib/content-files';
import { readYamlData } from '../lib/content-yaml';

/**
 * A YAML text (a whole file or a frontmatter block): its data as the build reads it
 * (js-yaml, scripts/lib/content-yaml.ts), and, from the `yaml` package's reading of the
 * same text, where every key is written, so a problem can point at the line an editor
 * has to change.
 */

export interface Position {
  line: number;
  column: number;
}

export interface SyntaxProblem extends Position {
  message: string;
}

export interface PlainScalar extends Position {
  path: (string | number)[];
  /** The value exactly as written, before YAML turns it into a date or a number. */
  source: string;
}

export interface YamlSource {
  data: unknown;
  syntaxProblems: SyntaxProblem[];
  /** The key at `path`, or the nearest ancestor written in the file, or `start`. */
  locate(path: readonly PropertyKey[]): Position;
  /** Every unquoted scalar value with its path: where YAML may have changed the meaning. */
  plainScalars(): PlainScalar[];
}

const syntaxMessages: Record<string, string> = {
  DUPLICATE_KEY: '같은 항목이 두 번 적혀 있습니다. 하나를 지우세요.',
  BAD_INDENT: '들여쓰기가 맞지 않습니다. 같은 수준의 항목은 같은 칸만큼 띄어 쓰세요.',
  MISSING_CHAR: '괄호나 따옴표가 닫히지 않았습니다. 짝을 맞추세요.',
  BLOCK_AS_IMPLICIT_KEY: '항목 이름 뒤에 콜론(:)과 공백이 필요합니다.',
  MULTILINE_IMPLICIT_KEY: '항목 이름 뒤에 콜론(:)과 공백이 필요합니다. 값에 콜론이 있으면 값을 따옴표로 감싸세요.',
  TAB_AS_INDENT: '들여쓰기에 탭을 쓸 수 없습니다. 공백으로 바꾸세요.',
};

const unclosedMessage = '괄호 [ ] 또는 { }가 닫히지 않았습니다. 줄 끝에 닫는 괄호를 추가하세요.';

/** Offset of the start of the last line before `offset` that opens more brackets than it closes. */
function unclosedBracketBefore(text: string, offset: number): number | undefined {
  const lines = text.slice(0, offset).split('\n');
  let lineStart = offset;
  for (let index = lines.length - 1; index >= 0; index--) {
    const line = lines[index] ?? '';
    lineStart -= line.length + (index === lines.length - 1 ? 0 : 1);
    const count = (pattern: RegExp) => line.match(pattern)?.length ?? 0;
    if (count(/\[/g) > count(/\]/g) || count(/\{/g) > count(/\}/g)) return lineStart;
  }
  return undefined;
}

export function readYaml(text: string, start: Position = { line: 1, column: 1 }, lineOffset = 0): YamlSource {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { version: '1.1', lineCounter, prettyErrors: false });
  const at = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + lineOffset, column: col };
  };

  const syntaxProblems = document.errors.map((error) => {
    // An unclosed [ or { is only noticed on a later line: point at the line that opened it.
    if (/end with an? [\]}]/.test(error.message)) {
      const opened = unclosedBracketBefore(text, error.pos[0]);
      if (opened !== undefined) return { ...at(opened), message: `YAML 문법 오류: ${unclosedMessage}` };
    }
    return {
      ...at(error.pos[0]),
      message: `YAML 문법 오류: ${syntaxMessages[error.code] ?? '들여쓰기, 콜론(:) 뒤의 공백, 따옴표와 괄호의 짝을 확인하세요.'}`,
    };
  });

  const locate = (path: readonly PropertyKey[]): Position => {
    let found = start;
    let node: unknown = document.contents;
    for (const segment of path) {
      if (isMap(node)) {
        const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment));
        const key = pair?.key as Node | undefined;
        if (pair === undefined || key?.range === undefined || key.range === null) break;
        found = at(key.range[0]);
        node = pair.value;
      } else if (isSeq(node) && typeof segment === 'number') {
        const item = node.items[segment] as Node | undefined;
        if (item?.range === undefined || item.range === null) break;
        found = at(item.range[0]);
        node = item;
      } else {
        break;
      }
    }
    return found;
  };

  const plainScalars = (): PlainScalar[] => {
    const found: PlainScalar[] = [];
    const walk = (node: unknown, path: (string | number)[]) => {
      if (isMap(node)) {
        for (const pair of node.items) {
          if (isScalar(pair.key)) walk(pair.value, [...path, String(pair.key.value)]);
        }
      } else if (isSeq(node)) {
        node.items.forEach((item, index) => {
          walk(item, [...path, index]);
        });
      } else if (isScalar(node) && node.type === 'PLAIN' && node.range && node.source !== undefined) {
        found.push({ path, source: node.source, ...at(node.range[0]) });
      }
    };
    walk(document.contents, []);
    return found;
  };

  // Aliases can multiply a few lines into gigabytes (toJS stops at 100 with an English error).
  const alias = firstAlias(document);
  if (alias !== undefined)
    syntaxProblems.push({ ...at(alias.range?.[0] ?? 0), message: `YAML 문법 오류: ${ALIAS_MESSAGE}` });
  let data: unknown;
  if (syntaxProblems.length === 0) {
    try {
      data = readYamlData(text);
    } catch (error) {
      const mark = (error as { mark?: { position?: number } }).mark;
      syntaxProblems.push({
        ...at(mark?.position ?? 0),
        message: `YAML 문법 오류: ${syntaxMessages.MISSING_CHAR ?? ''}`,
      });
    }
  }
  return {
    data,
    syntaxProblems,
    locate,
    plainScalars,
  };
}
