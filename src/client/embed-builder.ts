import {
  type EmbedStatusFilter,
  embedListTitle,
  embedQuery,
  embedSnippet,
  isEmbedStatusFilter,
  readEmbedHeight,
  validateAccent,
} from '../lib/embed';
import { entryKindInfo } from '../lib/vocabulary';

// The embed builder: turns the form into an embed address, previews it in a frame sized
// by the same height message embed.js listens to, and writes the snippet to copy.

const form = document.querySelector<HTMLFormElement>('[data-embed-builder]');
const preview = document.querySelector<HTMLElement>('[data-builder-preview]');
const snippet = document.querySelector<HTMLTextAreaElement>('[data-builder-snippet]');
const copy = document.querySelector<HTMLButtonElement>('[data-builder-copy]');
const copied = document.querySelector<HTMLElement>('[data-builder-copied]');
const accentNote = document.querySelector<HTMLElement>('[data-accent-note]');

if (form && preview && snippet && copy) {
  const siteRoot = new URL(form.dataset.siteRoot ?? '/', location.href);
  // The visitor's address, not the build's: the snippet works where the builder is served.
  const liveRoot = new URL(siteRoot.pathname, location.origin).href;
  const frame = document.createElement('iframe');
  frame.title = '임베드 미리 보기';
  frame.className = 'block w-full border-0';
  frame.style.height = '480px';
  preview.replaceChildren(frame);
  document.querySelector('[data-builder-nojs]')?.remove();
  copy.hidden = false;

  window.addEventListener('message', (event) => {
    if (event.origin !== location.origin || event.source !== frame.contentWindow) return;
    const height = readEmbedHeight(event.data);
    if (height !== undefined) frame.style.height = `${height}px`;
  });

  const value = (name: string) => new FormData(form).get(name)?.toString() ?? '';

  let lastKind = '';
  const update = () => {
    const kind = value('kind') || 'policies';
    const statusSelect = form.querySelector<HTMLSelectElement>('[name="status"]');
    if (kind !== lastKind && statusSelect) {
      // Each kind starts from its own default: policies open now, programs open or coming up.
      statusSelect.value = kind === 'programs' ? 'current' : 'applicable';
      lastKind = kind;
    }
    for (const field of form.querySelectorAll<HTMLElement>('[data-builder-field]')) {
      field.hidden = !(field.dataset.builderField ?? '').split(' ').includes(kind);
    }
    const accentResult = validateAccent(value('accent'));
    const accent = 'accent' in accentResult && accentResult.accent !== '#1a4fb0' ? accentResult.accent : undefined;
    if (accentNote) {
      accentNote.textContent =
        'problem' in accentResult ? accentResult.problem : '흰 바탕에서 잘 읽히는 진한 색만 적용됩니다.';
    }
    const defaultStatus: EmbedStatusFilter = kind === 'programs' ? 'current' : 'applicable';
    const status = value('status');
    const common = { accent, compact: value('compact') === 'on' };
    const selectedOption = (name: string) =>
      form.querySelector<HTMLSelectElement>(`[name="${name}"]`)?.selectedOptions[0]?.text;
    let path: string;
    let title: string;
    if (kind === 'policy') {
      path = `/embed/policies/${value('policy')}/${embedQuery(common)}`;
      title = selectedOption('policy') ?? entryKindInfo.policy.noun;
    } else {
      const filters =
        kind === 'programs'
          ? { center: value('center'), type: value('type') }
          : { region: value('region'), category: value('category') };
      path = `/embed/${kind}/${embedQuery(
        {
          ...filters,
          ...common,
          status: isEmbedStatusFilter(status) ? status : defaultStatus,
          limit: Number(value('limit')),
        },
        defaultStatus,
      )}`;
      const names = Object.fromEntries(
        Object.keys(filters)
          .filter((name) => value(name))
          .map((name) => [name, selectedOption(name)]),
      );
      title = embedListTitle(kind === 'programs' ? 'program' : 'policy', names);
    }
    frame.src = new URL(path.slice(1), liveRoot).href;
    snippet.value = embedSnippet(liveRoot, path, title);
  };

  form.addEventListener('change', update);
  form.addEventListener('input', update);
  copy.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(snippet.value);
      if (copied) copied.textContent = '코드를 복사했습니다.';
    } catch {
      snippet.select();
      if (copied) copied.textContent = '자동 복사가 막혀 있습니다. 선택된 코드를 Ctrl+C(⌘+C)로 복사하세요.';
    }
  });
  update();
}
