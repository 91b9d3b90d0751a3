import { hideScriptNotes } from './dom';
import { isSaved, type SavedEntry, setSaved } from './saved-entries';

// The 관심 목록 button on entry pages. It is hidden in the HTML and shown here, so a
// browser without JavaScript never shows a button that does nothing.
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-save-entry]')) {
  const { kind, id } = button.dataset;
  if ((kind !== 'policy' && kind !== 'program') || !id) continue;
  const entry: SavedEntry = { kind, id };
  const status = button.parentElement?.querySelector<HTMLElement>('[data-save-status]');
  const show = (saved: boolean) => button.setAttribute('aria-pressed', String(saved));
  show(isSaved(entry));
  button.hidden = false;
  if (button.parentElement) hideScriptNotes(button.parentElement);
  button.addEventListener('click', () => {
    const saved = button.getAttribute('aria-pressed') !== 'true';
    const stored = setSaved(entry, saved);
    if (!stored) {
      if (status) status.textContent = '이 브라우저에서는 저장할 수 없어요 (저장 공간이 막혀 있어요).';
      return;
    }
    show(saved);
    if (status) status.textContent = saved ? '관심 목록에 저장했어요.' : '관심 목록에서 뺐어요.';
  });
}
