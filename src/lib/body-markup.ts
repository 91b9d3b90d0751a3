/**
 * The markup an entry body may carry (docs/content-model.md, "MDX in content"): one whitelist,
 * used twice. The validator reports every break of it with the line to change
 * (scripts/validate/body-safety.ts), and the build's Markdown pipeline removes whatever
 * still breaks it (src/lib/body-whitelist-plugin.ts), so a miss of one is caught by the other.
 *
 * Raw HTML is judged strictly, token by token, as the browser would read it in the page:
 * a tag must be complete (`<strong>`, never `<meta http-equiv=…` left open, which swallows
 * the markup after it), a comment must be closed (`<!--` left open blanks the rest of the
 * page) and every tag must have its partner in the same paragraph.
 */

/** The components editors may use in MDX bodies and the literal values each attribute takes. */
export const editorComponentRules: Record<string, Record<string, readonly string[]>> = {
  /** `<Callout type="info|warning">…</Callout>` */
  Callout: { type: ['info', 'warning'] },
  /** `<Steps>` around an ordered list */
  Steps: {},
};

/** Harmless inline HTML an editor may still write, with no attribute but `title`. */
export const allowedHtmlTags = new Set([
  'br',
  'sup',
  'sub',
  'abbr',
  'mark',
  'kbd',
  'strong',
  'em',
  'b',
  'i',
  'u',
  's',
  'small',
]);

/** Allowed tags that have no end tag. */
const voidHtmlTags = new Set(['br']);

/** Elements that run code, restyle, redirect or embed other pages: refused with their own message. */
export const forbiddenHtmlTags = new Set([
  'script',
  'style',
  'iframe',
  'object',
  'embed',
  'frame',
  'frameset',
  'form',
  'input',
  'button',
  'link',
  'meta',
  'base',
  'svg',
  'math',
  'template',
  'textarea',
  'title',
  'noscript',
  'xmp',
  'plaintext',
]);

/** What to write instead of a tag editors commonly reach for. */
const insteadOf: Record<string, string> = {
  a: '링크는 [보이는 글자](https://주소)처럼 Markdown으로 쓰세요.',
  img: '이미지는 ![설명](/images/파일.png)처럼 Markdown으로 쓰세요.',
  p: '문단은 빈 줄로 나누세요.',
  h2: '제목은 ## 제목처럼 Markdown으로 쓰세요.',
  h3: '제목은 ### 제목처럼 Markdown으로 쓰세요.',
};

export interface Attribute {
  name: string;
  /** The literal value, `null` for a bare attribute, `undefined` for an expression. */
  value: string | null | undefined;
}

const componentNames = Object.keys(editorComponentRules);
const unsafeUrl = /^\s*(javascript|vbscript|data):/i;

/** Rules for one element, whether written as MDX JSX or as raw HTML in Markdown; Korean messages. */
export function elementProblems(name: string, attributes: readonly Attribute[], inMdx: boolean): string[] {
  const lower = name.toLowerCase();
  if (forbiddenHtmlTags.has(lower)) return [`<${lower}> 태그는 쓸 수 없습니다. 이 태그를 지우세요.`];
  const componentRules = editorComponentRules[name];
  const isComponent = inMdx && componentRules !== undefined;
  if (!isComponent && !allowedHtmlTags.has(inMdx ? name : lower)) {
    const named = componentNames.find((component) => component.toLowerCase() === lower);
    if (named !== undefined && !inMdx) {
      return [`<${named}> 컴포넌트는 .mdx 파일에서만 쓸 수 있습니다. 파일 확장자를 .mdx로 바꾸세요.`];
    }
    const hint = insteadOf[lower] ?? `Markdown 문법으로 쓰거나 편집용 컴포넌트(${componentNames.join(', ')})를 쓰세요.`;
    return [`<${name}>는 쓸 수 없습니다. ${hint}`];
  }
  const problems: string[] = [];
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
    } else if (attribute.name.toLowerCase() !== 'title') {
      problems.push(`${label}은(는) 쓸 수 없습니다. 이 속성을 지우세요.`);
    }
  }
  return problems;
}

/** A problem inside a raw HTML text, at a character offset of that text. */
export interface RawHtmlProblem {
  offset: number;
  message: string;
  /** The end tag of an element already reported at its start tag: the build drops it too. */
  repeat?: true;
}

interface Tag {
  offset: number;
  name: string;
  end: boolean;
}

// A complete start or end tag as the HTML tokenizer reads it; anything else after `<` and a
// letter is a tag the browser would finish with whatever markup follows.
const completeTag =
  /<(\/?)([A-Za-z][A-Za-z0-9-]*)((?:\s+[^\s"'<>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/y;
const attributePattern = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
const tagNameAt = /<\/?([A-Za-z][A-Za-z0-9-]*)/y;

function attributesOf(text: string): Attribute[] {
  return [...text.matchAll(attributePattern)].map((match) => ({
    name: match[1]?.toLowerCase() ?? '',
    value: match[2] ?? match[3] ?? match[4] ?? null,
  }));
}

/** Tags and syntax problems of one raw HTML text; element rules applied to each start tag. */
function scanRawHtml(text: string, refused: Set<string>): { tags: Tag[]; problems: RawHtmlProblem[] } {
  const tags: Tag[] = [];
  const problems: RawHtmlProblem[] = [];
  let offset = text.indexOf('<');
  while (offset !== -1) {
    const next = text[offset + 1] ?? '';
    if (text.startsWith('<!--', offset)) {
      const close = text.indexOf('-->', offset + 4);
      if (close === -1) {
        problems.push({
          offset,
          message: '주석 <!--이 -->로 닫히지 않아 그 뒤의 내용이 모두 사라집니다. -->를 추가하거나 <!--를 지우세요.',
        });
        break;
      }
      offset = text.indexOf('<', close + 3);
      continue;
    }
    if (next === '!' || next === '?') {
      problems.push({ offset, message: `<${next}로 시작하는 문법은 쓸 수 없습니다. 이 부분을 지우세요.` });
    } else if (next === '/' || /[A-Za-z]/.test(next)) {
      completeTag.lastIndex = offset;
      const match = completeTag.exec(text);
      tagNameAt.lastIndex = offset;
      const name = (match?.[2] ?? tagNameAt.exec(text)?.[1] ?? '').toLowerCase();
      if (match === null) {
        const forbidden = forbiddenHtmlTags.has(name);
        problems.push({
          offset,
          message: forbidden
            ? `<${name}> 태그는 쓸 수 없습니다. 이 태그를 지우세요.`
            : `태그${name ? ` <${name}` : ''}가 >로 끝나지 않아 뒤의 내용까지 태그로 읽힙니다. 태그를 >로 닫거나, 글자 <를 쓰려면 \\< 처럼 적으세요.`,
        });
      } else if (match[1] === '/') {
        if ((match[3] ?? '').trim() !== '') {
          problems.push({ offset, message: `닫는 태그 </${name}>에는 속성을 쓸 수 없습니다. </${name}>로 고치세요.` });
        }
        if (allowedHtmlTags.has(name)) tags.push({ offset, name, end: true });
        else if (refused.has(name)) problems.push({ offset, message: `</${name}> 태그를 지우세요.`, repeat: true });
        else
          problems.push({ offset, message: `닫는 태그 </${name}>는 쓸 수 없고 페이지 구조를 깨뜨립니다. 지우세요.` });
      } else {
        if (!allowedHtmlTags.has(name)) refused.add(name);
        const found = elementProblems(name, attributesOf(match[3] ?? ''), false);
        for (const message of found) problems.push({ offset, message });
        if (allowedHtmlTags.has(name) && !voidHtmlTags.has(name)) tags.push({ offset, name, end: false });
      }
    }
    offset = text.indexOf('<', offset + 1);
  }
  return { tags, problems };
}

/**
 * Problems in the raw HTML pieces of one paragraph (or other parent), in order: each piece
 * checked alone, then start and end tags paired across the pieces as the browser pairs them.
 * `index` says which piece a problem is in.
 */
export function rawHtmlProblems(pieces: readonly string[]): (RawHtmlProblem & { index: number })[] {
  const problems: (RawHtmlProblem & { index: number })[] = [];
  const open: (Tag & { index: number })[] = [];
  // Refused start tags, so their end tags are not reported a second time.
  const refused = new Set<string>();
  pieces.forEach((text, index) => {
    const scan = scanRawHtml(text, refused);
    for (const problem of scan.problems) problems.push({ ...problem, index });
    for (const tag of scan.tags) {
      if (!tag.end) {
        open.push({ ...tag, index });
      } else if (open.at(-1)?.name === tag.name) {
        open.pop();
      } else {
        problems.push({
          index,
          offset: tag.offset,
          message: `여는 태그 없이 닫는 태그 </${tag.name}>가 있어 페이지 구조가 깨집니다. 이 태그를 지우세요.`,
        });
      }
    }
  });
  for (const tag of open) {
    problems.push({
      index: tag.index,
      offset: tag.offset,
      message: `<${tag.name}> 태그가 닫히지 않았습니다. 같은 문단 안에 </${tag.name}>를 추가하세요.`,
    });
  }
  return problems.sort((a, b) => a.index - b.index || a.offset - b.offset);
}

const UNSAFE_LINK = '링크에 javascript: 또는 data: 주소는 쓸 수 없습니다. https:// 주소로 바꾸세요.';
const scheme = /^([a-z][a-z0-9+.-]*):/i;
/** A path on this site (`/policies/…`, `./x`, `#part`), not another site's address. */
const isSitePath = (url: string) => !scheme.test(url) && !url.startsWith('//') && !/^[/\\]{2}/.test(url);

/** Why a link in a body may not be published as written, or undefined when it may. */
export function linkProblem(href: string): string | undefined {
  if (unsafeUrl.test(href)) return UNSAFE_LINK;
  const url = href.trim();
  if (url !== href || /[\s\p{Cc}]/u.test(url))
    return '링크 주소에 공백이나 제어 문자가 있습니다. 주소를 다시 적으세요.';
  if (isSitePath(url)) return undefined;
  const protocol = scheme.exec(url)?.[1]?.toLowerCase();
  if (protocol === 'mailto' || protocol === 'tel') return undefined;
  if (protocol === 'https' && /^https:\/\/[^/?#\s]+/i.test(url)) return undefined;
  if (protocol === 'http') return 'http:// 주소는 쓸 수 없습니다. https://로 시작하는 주소로 바꾸세요.';
  return `${protocol}: 주소는 쓸 수 없습니다. https://로 시작하는 주소로 바꾸세요.`;
}

/** Why an image may not be shown: only files of this site are (no tracking, no mixed content). */
export function imageProblem(src: string): string | undefined {
  if (unsafeUrl.test(src)) return UNSAFE_LINK;
  return isSitePath(src.trim()) && !/[\s\p{Cc}]/u.test(src)
    ? undefined
    : '다른 사이트의 이미지는 쓸 수 없습니다. 이미지 파일을 public/images/에 넣고 ![설명](/images/파일.png)처럼 적으세요.';
}
