import type { Element, ElementContent, Nodes, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { raw } from 'hast-util-raw';
import { find, html as htmlSchema } from 'property-information';
import { VFile } from 'vfile';
import { type Attribute, allowedHtmlTags, elementProblems, forbiddenHtmlTags } from './body-markup';

/**
 * Raw HTML in a Markdown body, parsed, never scanned: the whole body tree goes through a
 * real HTML parser (parse5, by hast-util-raw, as rehype-raw does), so comments, quoted
 * attributes and unfinished tags end exactly where a browser ends them, and the page
 * publishes what the parser produced, serialised again, never the bytes as written. The
 * parsed tree is then cut to the whitelist (body-markup.ts): elements from raw HTML keep
 * only allowed tags with a `title`; forbidden ones go with their content, others leave
 * their content; comments go. Elements the Markdown processor made are trusted: before
 * parsing they carry a per-body random mark, which raw HTML cannot guess.
 *
 * Not rehype-sanitize: its schema cannot tell the processor's elements (headings, links
 * already checked by body-whitelist-plugin.ts) from the same tags written as raw HTML,
 * and the raw whitelist is thirteen tags with one attribute.
 */

/** What the whitelist removed, where it was written, and the Korean fix. */
export interface Removal {
  line: number;
  column: number;
  message: string;
}

const ORIGIN = 'dataBodyOrigin';
/** MDX nodes pass the parser untouched (body-whitelist-plugin.ts judges them). */
const passThrough = ['mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxFlowExpression', 'mdxTextExpression', 'mdxjsEsm'];

export const COMMENT_MESSAGE = '주석(<!-- … -->)은 페이지에 나오지 않습니다. 이 부분을 지우세요.';
const UNCLOSED_COMMENT = '주석 <!--이 -->로 닫히지 않았습니다. 주석은 페이지에 나오지 않으니 <!--부터 지우세요.';

export const hasRaw = (node: Nodes): boolean =>
  node.type === 'raw' || ('children' in node && (node.children as Nodes[]).some(hasRaw));

function markTrusted(node: Nodes, mark: string): void {
  if (node.type === 'element') node.properties[ORIGIN] = mark;
  if ('children' in node) for (const child of node.children as Nodes[]) markTrusted(child, mark);
}

/** An element's attributes as written (`http-equiv`, not `httpEquiv`). */
function attributesOf(element: Element): Attribute[] {
  return Object.entries(element.properties).map(([property, value]) => ({
    name: find(htmlSchema, property).attribute,
    value: Array.isArray(value) ? value.join(' ') : value === true ? null : String(value ?? ''),
  }));
}

interface Pass {
  mark: string;
  report: (node: Nodes, message: string) => void;
  /** The body text, when removals are reported: tells a closed element from an open one. */
  source: string | undefined;
}

const cleanChildren = (children: readonly (RootContent | ElementContent)[], pass: Pass) =>
  children.flatMap((child) => clean(child, pass));

function clean(node: RootContent | ElementContent, pass: Pass): ElementContent[] {
  switch (node.type) {
    case 'text':
      return [node];
    case 'comment':
      pass.report(node, COMMENT_MESSAGE);
      return [];
    case 'element':
      return cleanElement(node, pass);
    case 'raw': // none are left after parsing; text if ever
      return [{ type: 'text', value: node.value }];
    case 'doctype':
      return [];
    default: {
      // MDX nodes, judged by body-whitelist-plugin.ts; their children may hold raw HTML.
      const children = 'children' in node ? cleanChildren(node.children as ElementContent[], pass) : undefined;
      return [(children === undefined ? node : { ...node, children }) as unknown as ElementContent];
    }
  }
}

function cleanElement(element: Element, pass: Pass): ElementContent[] {
  if (element.properties[ORIGIN] === pass.mark) {
    const { [ORIGIN]: _mark, ...properties } = element.properties;
    return [{ ...element, properties, children: cleanChildren(element.children, pass) }];
  }
  const name = element.tagName.toLowerCase();
  for (const message of elementProblems(name, attributesOf(element), false)) pass.report(element, message);
  if (forbiddenHtmlTags.has(name) || element.properties[ORIGIN] !== undefined) return [];
  const children = cleanChildren(element.children, pass);
  if (!allowedHtmlTags.has(name) || element.tagName !== name) return children;
  if (pass.source !== undefined && name !== 'br' && !closedInSource(pass.source, element)) {
    pass.report(element, `<${name}> 태그가 닫히지 않았습니다. 같은 문단 안에 </${name}>를 추가하세요.`);
  }
  const title = element.properties.title;
  return [{ type: 'element', tagName: name, properties: typeof title === 'string' ? { title } : {}, children }];
}

/** Whether an element's source ends with its end tag (else the parser closed it somewhere later). */
function closedInSource(source: string, element: Element): boolean {
  const end = element.position?.end?.offset;
  if (end === undefined) return true;
  const endTag = `</${element.tagName}`;
  const before = source.slice(Math.max(0, end - endTag.length - 8), end).toLowerCase();
  return new RegExp(`${endTag}\\s*>$`).test(before);
}

/**
 * The body tree with its raw HTML parsed and cut to the whitelist. `source` (the body
 * text) gives removals their line and column; `report` hears each removal once.
 */
export function parseBodyHtml(tree: Root, source?: string, report?: (removal: Removal) => void): Root {
  if (!hasRaw(tree)) return tree;
  const copy = JSON.parse(JSON.stringify(tree)) as Root;
  const mark = crypto.randomUUID();
  markTrusted(copy, mark);
  const file = source === undefined ? undefined : new VFile(source);
  const parsed = raw(copy, { passThrough, ...(file ? { file } : {}) }) as Root;
  const seen = new Set<string>();
  const notify = (node: Nodes, message: string) => {
    const start = node.position?.start as { line?: number; column?: number } | undefined;
    const removal = {
      line: start?.line ?? 1,
      column: start?.column ?? 1,
      message: node.type === 'comment' && source !== undefined ? commentMessage(source, node) : message,
    };
    const key = `${removal.line}:${removal.column}:${removal.message}`;
    if (!seen.has(key)) report?.(removal);
    seen.add(key);
  };
  return { type: 'root', children: cleanChildren(parsed.children, { mark, report: notify, source }) as RootContent[] };
}

/** A comment's message by how it was written: `<!` and `<?` syntax, or never closed. */
function commentMessage(source: string, node: Nodes): string {
  const start = node.position?.start?.offset ?? 0;
  const end = node.position?.end?.offset ?? source.length;
  const written = source.slice(start, end);
  if (written.startsWith('<?')) return '<?로 시작하는 문법은 쓸 수 없습니다. 이 부분을 지우세요.';
  if (!written.startsWith('<!--')) return '<!로 시작하는 문법은 쓸 수 없습니다. 이 부분을 지우세요.';
  return /--!?>$/.test(written) || written === '<!-->' ? COMMENT_MESSAGE : UNCLOSED_COMMENT;
}

/**
 * Tags and comments a raw HTML piece leaves unfinished (no `>` or `-->` before the piece
 * ends): the parser drops them with no trace, so the editor is told. Offsets are into `piece`.
 */
export function unfinishedTags(piece: string): { offset: number; message: string }[] {
  const errors = new Set<unknown>();
  const comments: number[] = [];
  const walk = (node: Nodes) => {
    if (node.type === 'comment') comments.push(node.position?.start?.offset ?? 0);
    if ('children' in node) for (const child of node.children as Nodes[]) walk(child);
  };
  const onerror = (error: { ruleId?: string | undefined }) => {
    errors.add(error.ruleId);
  };
  walk(fromHtml(piece, { fragment: true, onerror }));
  if (errors.has('eof-in-comment')) return [{ offset: comments.at(-1) ?? 0, message: UNCLOSED_COMMENT }];
  if (!errors.has('eof-in-tag')) return [];
  // Finished with a `>`, the tag becomes the last element the piece starts.
  let last: Element | undefined;
  const findLast = (node: Nodes) => {
    if (node.type === 'element' && (node.position?.start?.offset ?? -1) >= (last?.position?.start?.offset ?? -1))
      last = node;
    if ('children' in node) for (const child of node.children as Nodes[]) findLast(child);
  };
  findLast(fromHtml(`${piece}>`, { fragment: true }));
  const name = last?.tagName;
  const refused =
    last === undefined || allowedHtmlTags.has(last.tagName) ? [] : elementProblems(last.tagName, [], false);
  return [
    {
      offset: last?.position?.start?.offset ?? Math.max(piece.lastIndexOf('<'), 0),
      message:
        refused[0] ??
        `태그${name ? ` <${name}` : ''}가 >로 끝나지 않아 뒤의 내용까지 태그로 읽힙니다. 태그를 >로 닫거나, 글자 <를 쓰려면 \\< 처럼 적으세요.`,
    },
  ];
}
