import type { NearMap } from '../lib/center-directory';

// Points the "help near you" link (NearbyCentersLink.astro) at the centre list of the region
// the person chose: from the address (?region=…) when the page opens, and from the page's
// region pickers when they change. The map is one static file, the same for everyone, so
// nothing about the person leaves the browser.

const box = document.querySelector<HTMLElement>('[data-nearby-centers][data-near-map]');
const link = box?.querySelector<HTMLAnchorElement>('[data-nearby-list]');
let map: Promise<NearMap | undefined> | undefined;

/** The most specific region chosen: the last non-empty of several pickers (시·도, then 시·군·구). */
function chosenRegion(values: readonly string[]): string | undefined {
  return values.filter((value) => value !== '' && value !== 'kr').at(-1);
}

async function show(region: string | undefined) {
  if (box === null || box === undefined || link === null || link === undefined) return;
  const original = { href: link.getAttribute('href') ?? '', text: '사는 곳의 청년센터 찾기' };
  link.dataset.allHref ??= original.href;
  const near = region === undefined ? undefined : (await load())?.[region];
  if (near === undefined) {
    link.href = link.dataset.allHref;
    link.textContent = original.text;
    return;
  }
  const [listRegion, name, count] = near;
  link.href = `${box.dataset.listBase ?? ''}${listRegion}/`;
  link.textContent = `${name} 청년센터 ${count}곳 보기`;
}

function load(): Promise<NearMap | undefined> {
  map ??= fetch(box?.dataset.nearMap ?? '')
    .then((response) => (response.ok ? (response.json() as Promise<NearMap>) : undefined))
    .catch(() => undefined);
  return map;
}

/** On the search page the box waits below the results until they are complete. */
function revealAfterResults() {
  const results = document.querySelector<HTMLElement>('[data-search-results]');
  if (box === null || box === undefined || !box.hasAttribute('data-after-results') || results === null) return;
  const reveal = () => {
    if (results.getAttribute('aria-busy') !== 'false') return false;
    box.hidden = false;
    return true;
  };
  if (reveal()) return;
  const observer = new MutationObserver(() => {
    if (reveal()) observer.disconnect();
  });
  observer.observe(results, { attributes: true, attributeFilter: ['aria-busy'] });
}

revealAfterResults();
const pickers = () => [...document.querySelectorAll<HTMLSelectElement>('select[name="region"]')];
void show(chosenRegion(new URLSearchParams(location.search).getAll('region')));
for (const picker of pickers()) {
  picker.addEventListener('change', () => void show(chosenRegion(pickers().map((select) => select.value))));
}
window.addEventListener(
  'popstate',
  () => void show(chosenRegion(new URLSearchParams(location.search).getAll('region'))),
);
