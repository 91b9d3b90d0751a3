import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';

/**
 * A built entry page as a person reads it: the article's text, its tel: links, its
 * term–description facts, its document checklist and the status its badge shows.
 */
export interface BuiltPage {
  text: string;
  telLinks: string[];
  /** `<dt>` text to `<dd>` text, e.g. 지원 규모 → 100명. */
  facts: Map<string, string>;
  /** Items of the 제출 서류 checklist. */
  documents: string[];
  hasContactBlock: boolean;
  /** `data-status` of the page's first status badge. */
  status: string | undefined;
}

const isElement = (node: RootContent | Root): node is Element => node.type === 'element';

function textOf(node: RootContent | Root): string {
  if (node.type === 'text') return node.value;
  if (isElement(node) && ['script', 'style', 'template'].includes(node.tagName)) return '';
  if ('children' in node)
    return node.children.map(textOf).join(isElement(node) && blocks.has(node.tagName) ? '\n' : '');
  return '';
}
const blocks = new Set(['p', 'li', 'dd', 'dt', 'h1', 'h2', 'h3', 'div', 'section', 'br', 'tr']);

function* elements(node: Root | Element): Generator<Element> {
  for (const child of node.children) {
    if (!isElement(child)) continue;
    yield child;
    yield* elements(child);
  }
}

const trimmed = (text: string) => text.replace(/\s+/g, ' ').trim();

export function readBuiltPage(html: string): BuiltPage {
  const tree = fromHtml(html);
  const all = [...elements(tree)];
  const article = all.find((element) => element.tagName === 'article') ?? tree;
  const inArticle = article === tree ? all : [...elements(article as Element)];
  const facts = new Map<string, string>();
  for (const element of inArticle) {
    if (element.tagName !== 'dt') continue;
    const siblings = (all.find((parent) => parent.children.includes(element))?.children ?? []).filter(isElement);
    const description = siblings[siblings.indexOf(element) + 1];
    if (description?.tagName === 'dd') facts.set(trimmed(textOf(element)), textOf(description).trim());
  }
  const checklist = inArticle.find(
    (element) => element.tagName === 'ul' && element.properties.ariaLabel === '제출 서류 체크리스트',
  );
  const documents = checklist
    ? [...elements(checklist)].filter((element) => element.tagName === 'li').map((item) => trimmed(textOf(item)))
    : [];
  const badge = inArticle.find((element) => element.properties.dataStatus !== undefined);
  return {
    text: textOf(article),
    telLinks: inArticle
      .filter((element) => element.tagName === 'a' && String(element.properties.href ?? '').startsWith('tel:'))
      .map((element) => String(element.properties.href).slice(4)),
    facts,
    documents,
    hasContactBlock: inArticle.some((element) => element.tagName === 'h3' && trimmed(textOf(element)) === '문의'),
    status: badge === undefined ? undefined : String(badge.properties.dataStatus),
  };
}
