import { finderMemoryKey } from './finder-memory';
import { readStored } from './storage';

// A detail page loads the profile marks (eligibility-marks-render.ts) only when this browser
// remembers finder answers: everyone else downloads nothing more.

const root = document.querySelector<HTMLElement>('[data-eligibility-marks]');
const stored = readStored(finderMemoryKey);
if (root && stored) {
  void import('./eligibility-marks-render').then(({ showProfile }) => showProfile(root, stored));
}
