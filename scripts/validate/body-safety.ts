import type { Element, Root } from 'hast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { mdxjs } from 'micromark-extension-mdxjs';
import { markdownToHast, mdxToHast } from 'satteri';
import { visit } from 'unist-util-visit';
import { parseBodyHtml, unfinishedTags } from '../../src/lib/body-html';
import { elementProblems, imageProblem, linkProblem } from '../../src/lib/body-markup';
import type { Position } from './yaml-source';

/**
 * Body safety (docs/content-model.md, "MDX in content"): an entry's body is data, never code.
 * MDX syntax is checked with the micromark MDX parser (it names the line of a broken tag);
 * links and images are checked on the tree the build's own Markdown processor (Sätteri,
 * Astro's default) makes of the body, and raw HTML is parsed and cut to the whitelist by
 * the build's own code (src/lib/body-html.ts): what it removes is what is reported.
 */

export interface BodyProblem extends Position {
  message: string;
}

const EXPRESSION_HINT =
  '중괄호 {…}는 코드로 실행되므로 쓸 수 없습니다. 글자 그대로 쓰려면 \\{ 처럼 앞에 역슬래시(\\)를 붙이세요.';

interface Located {
  position?: { start: { line: number; column: number } } | undefined;
}

const startOf = (node: Located): Position => ({
  line: node.position?.start.line ?? 1,
  column: node.position?.start.column ?? 1,
});

interface MdxAttributeNode {
  type: string;
  name?: string;
  value?: unknown;
}

/** Problems in an entry body; positions are lines and columns of the body text. */
export function bodyProblems(body: string, format: 'md' | 'mdx'): BodyProblem[] {
  const inMdx = format === 'mdx';
  // Markdown has no syntax of its own to refuse: only what the build's processor makes of it.
  if (!inMdx) return renderedProblems(body, format);
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
    }
  });
  return [...problems, ...renderedProblems(body, format)];
}

/** Line and column of `offset` characters into a node's text that starts at `at`. */
function within(value: string, offset: number, at: Position): Position {
  const before = value.slice(0, offset);
  const lineStart = before.lastIndexOf('\n');
  const lines = before.split('\n').length - 1;
  return lineStart === -1
    ? { line: at.line, column: at.column + offset }
    : { line: at.line + lines, column: offset - lineStart };
}

/** Raw HTML, links and images as the build's Markdown processor reads the body. */
function renderedProblems(body: string, format: 'md' | 'mdx'): BodyProblem[] {
  let tree: Root;
  try {
    tree = (format === 'mdx' ? mdxToHast(body) : markdownToHast(body)) as Root;
  } catch {
    return []; // an MDX syntax error, already reported with its line
  }
  const problems: BodyProblem[] = [];
  const add = (node: Located, message: string | undefined) => {
    if (message !== undefined) problems.push({ ...startOf(node), message });
  };
  visit(tree, (node) => {
    if (node.type === 'element') {
      const element = node as Element;
      if (element.tagName === 'a' && !isAddressWrittenAsText(element)) {
        add(element, linkProblem(String(element.properties.href ?? '')));
      } else if (element.tagName === 'img') {
        add(element, imageProblem(String(element.properties.src ?? '')));
      }
    }
    if (node.type === 'raw') {
      const piece = node as unknown as Located & { value: string };
      for (const tag of unfinishedTags(piece.value)) {
        problems.push({ ...within(piece.value, tag.offset, startOf(piece)), message: tag.message });
      }
    }
  });
  parseBodyHtml(tree, body, (removal) => problems.push(removal));
  return problems.sort((a, b) => a.line - b.line || a.column - b.column);
}

/**
 * An address written as plain text (`www.example.org`, `http://example.org`) that the
 * Markdown processor turned into a link: the build links it over https or shows it as
 * text (body-whitelist-plugin.ts), so it is not the editor's to fix.
 */
function isAddressWrittenAsText(link: Element): boolean {
  const href = String(link.properties.href ?? '');
  const text = textOf(link);
  // The processor percent-encodes the address it makes (`홈페이지(www.a.kr)를` → `…)%EB%A5%BC`).
  return [text, `http://${text}`].some((address) => href === address || href === encodeURI(address));
}

const textOf = (node: Element): string =>
  node.children
    .map((child) => (child.type === 'text' ? child.value : child.type === 'element' ? textOf(child) : ''))
    .join('');
