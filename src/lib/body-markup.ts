/**
 * The markup an entry body may carry (docs/content-model.md, "MDX in content"): one whitelist,
 * used twice. The validator reports every break of it with the line to change
 * (scripts/validate/body-safety.ts), and the build's Markdown pipeline removes whatever
 * still breaks it (src/lib/body-whitelist-plugin.ts), both through the same parser.
 *
 * Raw HTML is parsed as a browser parses it, never scanned (body-html.ts): what the
 * parser makes of it is cut to this whitelist, and that is what the page publishes.
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
  // From public/ only (`/images/…`): a relative path is an image module Astro must resolve.
  return isSitePath(src.trim()) && /^\/(?![/\\])/.test(src) && !/[\s\p{Cc}]/u.test(src)
    ? undefined
    : '다른 사이트의 이미지는 쓸 수 없습니다. 이미지 파일을 public/images/에 넣고 ![설명](/images/파일.png)처럼 적으세요.';
}
