import { savedEntries } from './saved-entries';

// The count beside 관심 목록 in the header, read from this browser's saved list; kept
// current when an entry is saved on this page (save-button.ts dispatches the event) or in
// another tab (the storage event).
export function showSavedCount() {
  const count = savedEntries().length;
  for (const badge of document.querySelectorAll<HTMLElement>('[data-saved-count]')) {
    badge.textContent = String(count);
    badge.hidden = count === 0;
  }
}

showSavedCount();
window.addEventListener('storage', showSavedCount);
window.addEventListener('saved-entries-changed', showSavedCount);
