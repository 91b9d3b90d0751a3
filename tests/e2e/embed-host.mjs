#!/usr/bin/env node
// A stand-in for a municipal site on another origin: pages that paste the embed snippet
// exactly as the README tells a web team to, under a strict CSP of their own that only
// adds our site to script-src and frame-src.
import { createServer } from 'node:http';
import { embedHostPort, embedSitePort } from './embed-sites.mjs';
import { e2eSites } from './sites.mjs';

const site = `http://127.0.0.1:${embedSitePort}`;
const subpathSite = `http://127.0.0.1:${e2eSites.subpath.port}`;

const page = (title, body, origin = site) => ({
  csp: `default-src 'self'; script-src 'self' ${origin}; frame-src ${origin}; style-src 'self'; object-src 'none'`,
  html: `<!doctype html>
<html lang="ko"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title></head>
<body><h1>${title}</h1>
${body}
<p id="after">구청 누리집의 다른 내용</p>
</body></html>`,
});

const pages = {
  '/': page(
    '서구청 청년 페이지',
    `<div id="policies" data-embed-src="/embed/policies/?region=gwangju-seogu&amp;category=housing&amp;status=all" data-embed-title="광주 서구 주거 청년 정책">
  <a href="${site}/embed/policies/?region=gwangju-seogu&amp;category=housing&amp;status=all">광주 서구 주거 청년 정책 보기 (청년길잡이)</a>
</div>
<div id="programs" data-embed-src="/embed/programs/?center=gunsan-youth-center&amp;limit=3">
  <a href="${site}/embed/programs/?center=gunsan-youth-center&amp;limit=3">군산 청년센터 프로그램 보기</a>
</div>
<div id="refused" data-embed-src="/policies/"><a href="${site}/policies/">정책 전체 보기</a></div>
<script src="${site}/embed.js" async></script>`,
  ),
  '/base-path.html': page(
    '하위 경로에 배포된 사이트',
    `<div id="policies" data-embed-src="/embed/policies/?limit=2" data-embed-title="청년 정책"><a href="${subpathSite}/youth/embed/policies/?limit=2">청년 정책 보기</a></div>
<script src="${subpathSite}/youth/embed.js" async></script>`,
    subpathSite,
  ),
  '/frame-unknown.html': page(
    '없는 주소와 돌아 들어간 주소를 프레임에 넣기',
    `<iframe id="unknown" title="없는 페이지" src="${site}/no-such-page/"></iframe>
<iframe id="climbing" title="돌아 들어간 주소" src="${site}/embed/..%2fpolicies/"></iframe>`,
  ),
  '/frame-page.html': page(
    '다른 페이지를 프레임에 넣기',
    `<iframe id="framed" title="정책 목록" src="${site}/policies/"></iframe>`,
  ),
};

createServer((request, response) => {
  const { pathname } = new URL(request.url ?? '/', 'http://localhost');
  const found = pages[pathname];
  if (!found) {
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('없는 페이지');
    return;
  }
  response
    .writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': found.csp })
    .end(found.html);
}).listen(embedHostPort, '127.0.0.1', () => console.log(`Embed host page at http://127.0.0.1:${embedHostPort}/`));
