import { fromHtml } from 'hast-util-from-html';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { mdxjs } from 'micromark-extension-mdxjs';
import { visit } from 'unist-util-visit';
import { allowedHtmlTags, editorComponentRules, forbiddenHtmlTags } from './editor-components';
import type { Position } from './yaml-source';

/**
 * Body safety (CONTENT-MODEL.md, "MDX in content"): an entry's body is data, never code.
 * The body is parsed with the same micromark/mdast parsers @astrojs/mdx uses, so what is
 * checked here is what the build would compile.
 */

export interface BodyProblem extends Position {
  message: string;
}

interface Attribute {
  name: string;
  /** The literal value, `null` for a bare attribute, `undefined` for an expression. */
  value: string | null | undefined;
}

const componentNames = Object.keys(editorComponentRules);
const unsafeUrl = /^\s*(javascript|vbscript|data):/i;
const EXPRESSION_HINT =
  '중괄호 {…}는 코드로 실행되므로 쓸 수 없습니다. 글자 그대로 쓰려면 \\{ 처럼 앞에 역슬래시(\\)를 붙이세요.';

/** Rules for one element, whether written as MDX JSX or as raw HTML in Markdown. */
function elementProblems(name: string, attributes: readonly Attribute[], inMdx: boolean): string[] {
  const lower = name.toLowerCase();
  if (forbiddenHtmlTags.has(lower)) {
    return [`<${lower}> 태그는 쓸 수 없습니다. 이 태그를 지우세요.`];
  }
  const problems: string[] = [];
  const componentRules = editorComponentRules[name];
  const isComponent = inMdx && componentRules !== undefined;
  if (!isComponent && !allowedHtmlTags.has(name)) {
    const named = componentNames.find((component) => component.toLowerCase() === lower);
    if (named !== undefined && !inMdx) {
      problems.push(`<${named}> 컴포넌트는 .mdx 파일에서만 쓸 수 있습니다. 파일 확장자를 .mdx로 바꾸세요.`);
    } else {
      problems.push(
        `<${name}>는 쓸 수 없습니다. Markdown 문법으로 쓰거나 편집용 컴포넌트(${componentNames.join(', ')})를 쓰세요.`,
      );
    }
    return problems;
  }
  for (const attribute of attributes) {
    const label = `${name}의 ${attribute.name} 속성`;
    if (/^on/i.test(attribute.name)) {
      problems.push(`이벤트 속성(${attribute.name})은 쓸 수 없습니다. 이 속성을 지우세요.`);
    } else if (attribute.value === undefined) {
      problems.push(`${label} 값은 따옴표로 감싼 글자로만 적으세요. 예: type="info"`);
    } else if (attribute.value !== null && unsafeUrl.test(attribute.value)) {
      problems.push(`${label}에 javascript: 또는 data: 주소는 쓸 수 없습니다. https:// 주소로 바꾸세요.`);
    } else if (isComponent) {
      const allowed = componentRules[attribute.name];
      if (allowed === undefined) {
        problems.push(`${label}은(는) 쓸 수 없습니다. 이 속성을 지우세요.`);
      } else if (!allowed.includes(attribute.value ?? '')) {
        problems.push(`${label} 값은 다음 중 하나로 적으세요: ${allowed.join(', ')}`);
      }
    } else if (attribute.name !== 'title') {
      problems.push(`${label}은(는) 쓸 수 없습니다. 이 속성을 지우세요.`);
    }
  }
  return problems;
}

interface Located {
  position?: { start: { line: number; column: number } } | undefined;
}

const startOf = (node: Located): Position => ({
  line: node.position?.start.line ?? 1,
  column: node.position?.start.column ?? 1,
});

/** Raw HTML inside Markdown, parsed as HTML and held to the same element rules. */
function htmlProblems(html: string, at: Position, inMdx: boolean): BodyProblem[] {
  const problems: BodyProblem[] = [];
  const tree = fromHtml(html, { fragment: true });
  visit(tree, 'element', (element) => {
    const start = startOf(element);
    const position = {
      line: at.line + start.line - 1,
      column: start.line === 1 ? at.column + start.column - 1 : start.column,
    };
    const attributes = Object.entries(element.properties).map(([name, value]) => ({
      // hast names properties in camelCase (onClick); editors wrote them in lower case.
      name: name.toLowerCase(),
      value: Array.isArray(value) ? value.join(' ') : value === true ? null : String(value),
    }));
    for (const message of elementProblems(element.tagName, attributes, inMdx)) problems.push({ ...position, message });
  });
  return problems;
}

interface MdxAttributeNode {
  type: string;
  name?: string;
  value?: unknown;
}

/** Problems in an entry body; positions are lines and columns of the body text. */
export function bodyProblems(body: string, format: 'md' | 'mdx'): BodyProblem[] {
  const inMdx = format === 'mdx';
  let tree: ReturnType<typeof fromMarkdown>;
  try {
    tree = inMdx
      ? fromMarkdown(body, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] })
      : fromMarkdown(body);
  } catch (error) {
    // micromark errors carry a place; mdast-util-mdx-jsx names it only in its reason: `(2:1-2:22)`.
    const failure = error as { line?: number; column?: number; reason?: string };
    const named = /\((\d+):(\d+)-/.exec(failure.reason ?? '');
    return [
      {
        line: failure.line ?? Number(named?.[1] ?? 1),
        column: failure.column ?? Number(named?.[2] ?? 1),
        message:
          'MDX 문법 오류입니다. 태그의 짝(<Callout>…</Callout>)이 맞는지, 중괄호나 <, > 글자가 없는지 확인하세요. 글자 그대로 쓰려면 앞에 역슬래시(\\)를 붙이세요.',
      },
    ];
  }
  const problems: BodyProblem[] = [];
  const add = (node: Located, message: string) => problems.push({ ...startOf(node), message });
  visit(tree, (node) => {
    const located = node as typeof node & Located & Record<string, unknown>;
    switch (node.type) {
      case 'mdxjsEsm':
        add(located, 'import/export는 쓸 수 없습니다. 이 줄을 지우세요. 편집용 컴포넌트는 import 없이 쓸 수 있습니다.');
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        add(located, EXPRESSION_HINT);
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = located.name as string | null;
        const attributeNodes = (located.attributes ?? []) as MdxAttributeNode[];
        if (name === null) {
          add(located, '빈 태그 <>…</>는 쓸 수 없습니다. 지우세요.');
          break;
        }
        if (attributeNodes.some((attribute) => attribute.type === 'mdxJsxExpressionAttribute')) {
          add(located, `<${name}>에 {…} 속성은 쓸 수 없습니다. 속성은 type="info"처럼 적으세요.`);
        }
        const attributes = attributeNodes
          .filter((attribute) => attribute.type === 'mdxJsxAttribute')
          .map((attribute) => ({
            name: attribute.name ?? '',
            value: typeof attribute.value === 'string' || attribute.value === null ? attribute.value : undefined,
          }));
        for (const message of elementProblems(name, attributes, true)) add(located, message);
        break;
      }
      case 'html':
        problems.push(...htmlProblems(String(located.value), startOf(located), inMdx));
        break;
      case 'link':
      case 'image':
      case 'definition':
        if (unsafeUrl.test(String(located.url))) {
          add(located, '링크에 javascript: 또는 data: 주소는 쓸 수 없습니다. https:// 주소로 바꾸세요.');
        }
        break;
    }
  });
  return problems;
}
