import { embedFrameUrl, readEmbedHeight } from '../lib/embed';

// embed.js: what a municipal site pastes. Each <div data-embed-src="/embed/…"> becomes a
// frame of that page on the site that served this script (its folder is the site root,
// so BASE_PATH is respected). The frame reports its height by postMessage; a message
// counts only if it comes from our origin AND from one of our frames AND has the right
// shape. No globals, no cookies, no requests beyond the framed page.

const script = document.currentScript;
const siteRoot = script instanceof HTMLScriptElement && script.src ? new URL('.', script.src) : undefined;

if (siteRoot) {
  const frames = new Map<MessageEventSource, HTMLIFrameElement>();

  window.addEventListener('message', (event) => {
    if (event.origin !== siteRoot.origin || event.source === null) return;
    const frame = frames.get(event.source);
    const height = readEmbedHeight(event.data);
    if (frame && height !== undefined) frame.style.height = `${height}px`;
  });

  const mount = (host: HTMLElement) => {
    if (host.dataset.embedMounted !== undefined) return;
    const src = host.dataset.embedSrc ?? '';
    const url = embedFrameUrl(src, siteRoot);
    if (!url) {
      console.warn(`청년길잡이 embed.js: data-embed-src는 /embed/로 시작하는 주소여야 합니다: ${src}`);
      return;
    }
    host.dataset.embedMounted = '';
    const frame = document.createElement('iframe');
    frame.src = url.href;
    frame.title = host.dataset.embedTitle || host.textContent?.trim() || '청년길잡이 청년 정책 목록';
    frame.loading = 'lazy';
    // Our page keeps its own origin; it may open links in a new tab but never navigate the host page.
    frame.setAttribute('sandbox', 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox');
    frame.style.width = '100%';
    frame.style.height = '480px';
    frame.style.border = '0';
    frame.style.display = 'block';
    host.replaceChildren(frame);
    if (frame.contentWindow) frames.set(frame.contentWindow, frame);
  };

  const mountAll = () => {
    for (const host of document.querySelectorAll<HTMLElement>('[data-embed-src]')) mount(host);
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', mountAll);
  else mountAll();
}
