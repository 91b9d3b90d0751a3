import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { mdxToJs } from 'satteri';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import config from '../../astro.config.mjs';
import { bodyProblems } from '../../scripts/validate/body-safety';
import { imageProblem, linkProblem } from '../../src/lib/body-markup';
import { bodyWhitelist } from '../../src/lib/body-whitelist-plugin';

// The body whitelist is enforced twice: the validator reports (validation-corpus.test.ts),
// and the build's own Markdown processor, as astro.config.mjs sets it up, publishes anything
// outside it as text. These tests give the build what the validator should have refused.

interface MarkdownRenderer {
  render(markdown: string): Promise<{ code: string }>;
}
const processor = config.markdown?.processor as unknown as {
  createRenderer(shared: object): Promise<MarkdownRenderer>;
};
const renderer = await processor.createRenderer({ syntaxHighlight: config.markdown?.syntaxHighlight });
const render = async (markdown: string) => (await renderer.render(markdown)).code.trim();

/** Every element and attribute a browser would build from the page's HTML. */
function markupOf(html: string): string[] {
  const tree = fromHtml(`<main>${html}</main>`, { fragment: true }) as Root;
  const found: string[] = [];
  visit(tree, 'element', (element: Element) => {
    const attributes = Object.keys(element.properties).sort().join(',');
    found.push(attributes ? `${element.tagName}[${attributes}]` : element.tagName);
  });
  return found;
}

const hostile: [name: string, markdown: string][] = [
  [
    'an unterminated meta refresh in an HTML block',
    '<br>\n<meta http-equiv="refresh" content="0;url=https://evil.example/"\n\n출처\n',
  ],
  ['an unterminated script', '<script src="/embed.js"\n\n## 신청 방법\n\n온라인\n'],
  ['an unclosed comment', '확인하세요.\n\n<!-- 메모\n\n## 출처\n\n공고문\n'],
  ['a fake apply button', '<a class="button" href="http://apply.example/">지금 신청하기</a>\n'],
  ['an inline fake button', '신청은 <a class="apply" href="http://apply.example/">여기</a>에서.\n'],
  ['a style attribute on an allowed tag', '<strong style="position:fixed">오늘</strong>까지\n'],
  ['an event handler on an allowed tag', '<em onmouseover="alert(1)">꼭</em> 확인\n'],
  ['an unterminated allowed tag swallowing a heading', '<br>\n<strong title="x"\n\n## 출처\n'],
  // Comments end where a browser ends them, not only at `-->` (issue 25).
  [
    'a meta refresh after a comment ended by --!>',
    '<!-- 메모 --!> <meta http-equiv="refresh" content="0;url=https://evil.example/"> <!-- -->\n',
  ],
  ['a script after the empty comment <!-->', '<!--> <script src="/embed.js"></script> <!-- -->\n'],
  ['a script after the empty comment <!--->', '<!---> <script src="/embed.js"></script> <!-- -->\n'],
  [
    'a meta refresh between two titles that only look like a comment',
    '<abbr title="<!--">\n<meta http-equiv="refresh" content="0;url=https://evil.example/">\n<abbr title="-->">나</abbr>\n',
  ],
  [
    "a fake apply button in the site's classes after a comment",
    '<!--> <a class="btn btn-primary apply-button" href="/policies/">지금 신청하기</a> <!-- -->\n',
  ],
  ['a style element after a comment', '<!---> <style>body{display:none}</style> <!-- -->\n'],
  ['an inline comment ended by --!> in a paragraph', '신청 <!-- x --!><img src=x onerror="alert(1)"> 안내 <!-- -->\n'],
];

describe("the build's Markdown pipeline (astro.config.mjs)", () => {
  it.each(hostile)('publishes %s without markup outside the whitelist', async (_name, markdown) => {
    const html = await render(markdown);
    for (const markup of markupOf(html)) {
      expect(['main', 'p', 'h2[id]', 'br', 'strong', 'em', 'strong[title]', 'abbr[title]']).toContain(markup);
    }
  });

  it('publishes what the HTML parser made of a body, never the bytes as written', async () => {
    const html = await render("<abbr title='a\"b<!--'>약어</abbr> <b>굵게\n");
    expect(markupOf(html)).toEqual(['main', 'p', 'abbr[title]', 'b']);
    expect(html).toContain('</b>');
  });

  it('keeps the inline HTML editors may write', async () => {
    const html = await render('<strong>굵게</strong>, <sup>1</sup>, <abbr title="기준 중위소득">중위</abbr><br>\n');
    expect(html).toBe('<p><strong>굵게</strong>, <sup>1</sup>, <abbr title="기준 중위소득">중위</abbr><br></p>');
  });

  it('shows an image only from this site and links only over https', async () => {
    const html = await render(
      '![외부](https://tracker.example/a.png) ![포스터](/images/a.png) [공고](http://e.example/)\n',
    );
    expect(html).toBe('<p>외부 <img src="/images/a.png" alt="포스터"> 공고</p>');
  });

  it('links a www. address over https', async () => {
    expect(await render('www.example.org 참고\n')).toBe(
      '<p><a href="https://www.example.org">www.example.org</a> 참고</p>',
    );
  });

  it('writes code blocks with a language class and no inline style (the CSP refuses inline styles)', async () => {
    expect(await render('```js\nconst a = 1;\n```\n')).toBe(
      '<pre><code class="language-js">const a = 1;\n</code></pre>',
    );
  });

  it('drops code and unknown elements from an MDX body', async () => {
    const { code } = await mdxToJs(
      'export const leak = 1\n\n<script>alert(1)</script>\n\n{globalThis.alert(2)}\n\n<Callout type="danger">경고</Callout>\n\n<Callout type="info">안내</Callout>\n',
      { hastPlugins: [bodyWhitelist] },
    );
    expect(code).not.toMatch(/leak|alert|"script"|danger/);
    expect(code).toContain('type: "info"');
    expect(code).toContain('"경고"');
  });
});

describe('raw HTML in a body, as the validator reads it', () => {
  it.each(hostile)('reports %s', (_name, markdown) => {
    expect(bodyProblems(markdown, 'md').length).toBeGreaterThan(0);
  });

  it('names what the parser removed, where it was written', () => {
    const body = '확인하세요.\n\n<!--> <meta http-equiv="refresh" content="0;url=https://evil.example/"> <!-- -->\n';
    expect(bodyProblems(body, 'md')).toEqual([
      { line: 3, column: 1, message: '주석(<!-- … -->)은 페이지에 나오지 않습니다. 이 부분을 지우세요.' },
      { line: 3, column: 7, message: '<meta> 태그는 쓸 수 없습니다. 이 태그를 지우세요.' },
      { line: 3, column: 73, message: '주석(<!-- … -->)은 페이지에 나오지 않습니다. 이 부분을 지우세요.' },
    ]);
  });

  it('accepts complete allowed tags paired in the same paragraph', () => {
    expect(bodyProblems('<strong>굵게</strong>, <br>, <abbr title="뜻">약어</abbr>\n', 'md')).toEqual([]);
  });

  it.each([
    ['<![CDATA[x]]>\n', '<!로 시작하는 문법은 쓸 수 없습니다. 이 부분을 지우세요.'],
    ['<?xml version="1.0"?>\n', '<?로 시작하는 문법은 쓸 수 없습니다. 이 부분을 지우세요.'],
    ['<STRONG onClick="x">굵게</STRONG>\n', '이벤트 속성(onclick)은 쓸 수 없습니다. 이 속성을 지우세요.'],
    [
      '<Callout type="info">안내</Callout>\n',
      '<Callout> 컴포넌트는 .mdx 파일에서만 쓸 수 있습니다. 파일 확장자를 .mdx로 바꾸세요.',
    ],
    ['문단 <em>기울임\n', '<em> 태그가 닫히지 않았습니다. 같은 문단 안에 </em>를 추가하세요.'],
  ])('refuses %j', (body, message) => {
    expect(bodyProblems(body, 'md').map((problem) => problem.message)).toEqual([message]);
  });

  it('lets stray end tags go: the parser ignores them and the page is unchanged', async () => {
    expect(await render('확인하세요.\n\n</div></main>\n\n## 출처\n')).toBe(
      '<p>확인하세요.</p>\n\n<h2 id="출처">출처</h2>',
    );
  });
});

describe('links and images in a body', () => {
  it('leaves addresses written as text to the build (www. linked over https, http:// shown as text)', () => {
    expect(bodyProblems('자세히: www.example.org, http://example.org/a 참고\n', 'md')).toEqual([]);
    expect(bodyProblems('[공고](http://example.org/a)\n', 'md')).toHaveLength(1);
  });

  it('knows an address written as text when the processor percent-encodes it (real 온통청년 bodies)', () => {
    const body =
      '- 고용24 홈페이지(www.work24.go.kr)를 통해 신청\n- 카카오톡: http://pf.kakao.com/\\_kxmzij (1:1 채팅)\n';
    expect(bodyProblems(body, 'md')).toEqual([]);
  });

  it.each(['https://example.org/a', '/policies/a/', '#지원-내용', 'mailto:a@example.org', 'tel:062-000-0000'])(
    'allows the link %s',
    (href) => {
      expect(linkProblem(href)).toBeUndefined();
    },
  );

  it.each([
    'http://example.org',
    'javascript:alert(1)',
    ' https://example.org',
    'https:evil.example',
    'ftp://x',
    'https://a b',
  ])('refuses the link %j', (href) => {
    expect(linkProblem(href)).toBeDefined();
  });

  it.each([
    'https://example.org/a.png',
    '//cdn.example/a.png',
    'http://x/a.png',
    'data:image/png;base64,AAAA',
    '`https:/http://a.kr/p.png',
    'images/a.png',
  ])('refuses the image %j', (src) => {
    expect(imageProblem(src)).toBeDefined();
  });
});
