/**
 * Limits a content file must keep before any parser sees it, so that no file, however
 * hostile or careless, crashes a tool, hangs it or reaches the site: size, encoding,
 * YAML nesting and aliases, Markdown nesting and delimiter runs. Parsers recurse per level
 * of nesting (20,000 `>` overflowed the stack) and match emphasis delimiters in more than
 * linear time (a 40 KB line of `*` took 27 s), so both are bounded well above what any
 * entry needs. Each problem is Korean, with the line it is on.
 */

export interface LimitProblem {
  line: number;
  column: number;
  message: string;
}

/** A content file is a page of text: a whole-country regions.yaml is about 30 KB. */
export const MAX_FILE_BYTES = 512 * 1024;
/** Levels of `>` quotes, list items and indentation in a body. */
export const MAX_BODY_NESTING = 10;
/** Characters on one line of a body: a long paragraph is a few hundred. */
export const MAX_BODY_LINE = 20_000;
/** Emphasis delimiters (`*`, `_`, `~`) and brackets in one paragraph. */
export const MAX_DELIMITERS_PER_PARAGRAPH = 400;
/** Levels of YAML nesting (indentation or brackets). */
export const MAX_YAML_DEPTH = 12;

const at = (text: string, offset: number): { line: number; column: number } => {
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
};

/** The text of a file's bytes, or why it cannot be read as UTF-8 content. */
export function decodeContent(bytes: Uint8Array): { text: string } | { problem: LimitProblem } {
  const first = { line: 1, column: 1 };
  if (bytes.length > MAX_FILE_BYTES) {
    return {
      problem: {
        ...first,
        message: `파일이 너무 큽니다(${Math.ceil(bytes.length / 1024)} KB). 항목 하나는 ${MAX_FILE_BYTES / 1024} KB 안으로 쓰세요.`,
      },
    };
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { problem: { ...first, message: 'UTF-16으로 저장된 파일입니다. 편집기에서 UTF-8로 다시 저장하세요.' } };
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return {
      problem: {
        ...first,
        message: '파일 맨 앞에 보이지 않는 BOM 표시가 있습니다. 편집기에서 "UTF-8 (BOM 없음)"으로 다시 저장하세요.',
      },
    };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const valid = new TextDecoder('utf-8').decode(bytes);
    const offset = valid.indexOf('\uFFFD');
    return {
      problem: {
        ...at(valid, Math.max(offset, 0)),
        message: 'UTF-8이 아닌 글자가 있습니다(다른 인코딩으로 저장된 파일). 편집기에서 UTF-8로 다시 저장하세요.',
      },
    };
  }
  const nul = text.indexOf('\0');
  if (nul !== -1) {
    const utf16 = text.length > 1 && text.split('\0').length > text.length / 4;
    return {
      problem: {
        ...at(text, nul),
        message: utf16
          ? 'UTF-16으로 저장된 파일입니다. 편집기에서 UTF-8로 다시 저장하세요.'
          : '보이지 않는 NUL 글자가 있습니다. 이 자리의 글자를 지우고 다시 적으세요.',
      },
    };
  }
  return { text };
}

/** YAML nesting deeper than any content needs (a parser recursing 100,000 levels overflows). */
export function yamlLimitProblem(yaml: string): LimitProblem | undefined {
  let depth = 0;
  let offset = 0;
  for (const line of yaml.split('\n')) {
    const indent = /^[ \t-]*/.exec(line)?.[0].length ?? 0;
    if (indent > MAX_YAML_DEPTH * 4) {
      return {
        ...at(yaml, offset),
        message: `들여쓰기가 너무 깊습니다. 항목은 ${MAX_YAML_DEPTH}단계 안으로 적으세요.`,
      };
    }
    for (let index = 0; index < line.length; index++) {
      const character = line[index];
      if (character === '#' && (index === 0 || line[index - 1] === ' ')) break;
      if (character === '[' || character === '{') depth++;
      if (character === ']' || character === '}') depth = Math.max(0, depth - 1);
      if (depth > MAX_YAML_DEPTH) {
        return {
          ...at(yaml, offset + index),
          message: `괄호 [ ] { }가 너무 깊게 겹쳐 있습니다. ${MAX_YAML_DEPTH}단계 안으로 적으세요.`,
        };
      }
    }
    offset += line.length + 1;
  }
  return undefined;
}

const containerMarker = /^(?:>|(?:[-+*]|\d{1,9}[.)])(?=[ \t]|$))/;
const thematicBreak = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;

/**
 * How deeply a line's start nests: `>` quotes and list markers (`-`, `+`, `*`, `1.`, `1)`)
 * written one after another (`> - > - …` on one line opens a container each), and the
 * indentation before them. Stops counting past the limit.
 */
function lineNesting(line: string): { markers: number; indent: number } {
  if (thematicBreak.test(line)) return { markers: 0, indent: 0 };
  let markers = 0;
  let indent = 0;
  let at = 0;
  while (markers <= MAX_BODY_NESTING && indent <= MAX_BODY_NESTING * 4) {
    const space = /^[ \t]*/.exec(line.slice(at, at + 200))?.[0] ?? '';
    if (markers === 0) indent = space.replace(/\t/g, '    ').length;
    at += space.length;
    const marker = containerMarker.exec(line.slice(at, at + 12));
    if (marker === null) break;
    markers += 1;
    at += marker[0].length;
  }
  return { markers, indent };
}

/** Markdown nesting, line length and delimiter runs bounded before a Markdown parser reads the body. */
export function bodyLimitProblem(body: string): LimitProblem | undefined {
  let offset = 0;
  let delimiters = 0;
  for (const line of body.split('\n')) {
    const { markers, indent } = lineNesting(line);
    if (markers > MAX_BODY_NESTING || indent > MAX_BODY_NESTING * 4) {
      return {
        ...at(body, offset),
        message: `인용(>)이나 목록이 너무 깊게 겹쳐 있습니다. ${MAX_BODY_NESTING}단계 안으로 줄이세요.`,
      };
    }
    if (line.trim() === '') delimiters = 0;
    delimiters += line.match(/[*_~[\]]/g)?.length ?? 0;
    if (delimiters > MAX_DELIMITERS_PER_PARAGRAPH) {
      return {
        ...at(body, offset),
        message: `한 문단에 *, _, ~, [ ] 글자가 너무 많습니다(${MAX_DELIMITERS_PER_PARAGRAPH}개 넘음). 문단을 나누거나, 장식용 글자를 지우세요.`,
      };
    }
    if (line.length > MAX_BODY_LINE) {
      return {
        ...at(body, offset),
        message: `한 줄이 너무 깁니다(${line.length.toLocaleString('en-US')}자). 한 줄은 ${MAX_BODY_LINE.toLocaleString('en-US')}자 안으로, 문단은 빈 줄로 나누세요.`,
      };
    }
    offset += line.length + 1;
  }
  return undefined;
}
