import type { Page } from '@playwright/test';

/** Opens /search/?q=… and returns the result links in rank order, once they are rendered. */
export async function searchFor(page: Page, query: string, params = ''): Promise<string[]> {
  await page.goto(`search/?q=${encodeURIComponent(query)}${params}`);
  return renderedResults(page, query);
}

/** Waits until the search page has rendered the results of `query` and returns their links. */
export async function renderedResults(page: Page, query: string): Promise<string[]> {
  await page.waitForFunction((expected) => {
    const list = document.querySelector<HTMLElement>('[data-search-results]');
    return list?.dataset.searchQuery === expected && list.getAttribute('aria-busy') === 'false';
  }, query);
  return page
    .locator('[data-search-results] h2 a')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
}

/** Types a new query into the search page's box, as a person would, and returns the rendered results. */
export async function typeQuery(page: Page, query: string): Promise<string[]> {
  await page.locator('#search-q').fill(query);
  return renderedResults(page, query);
}
