import type { Page } from '@playwright/test';

/** Opens /search/?q=… and returns the result links in rank order, once they are rendered. */
export async function searchFor(page: Page, query: string, params = ''): Promise<string[]> {
  await page.goto(`search/?q=${encodeURIComponent(query)}${params}`);
  return renderedResults(page, query);
}

/** Waits until the search page has rendered the results of `query` and returns their links (closed ones last). */
export async function renderedResults(page: Page, query: string): Promise<string[]> {
  await page.waitForFunction((expected) => {
    const list = document.querySelector<HTMLElement>('[data-search-results]');
    return list?.dataset.searchQuery === expected && list.getAttribute('aria-busy') === 'false';
  }, query);
  return resultLinks(page);
}

/**
 * Result links in the order a person meets them: the main list, then the closed results
 * behind "마감된 항목 N건" (in the page, closed or open).
 */
export function resultLinks(page: Page): Promise<string[]> {
  return page
    .locator('[data-search-results] h2 a, [data-search-closed-results] h2 a')
    .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
}

/** Types a new query into the search page's box, as a person would, and returns the rendered results. */
export async function typeQuery(page: Page, query: string): Promise<string[]> {
  await page.locator('#search-q').fill(query);
  return renderedResults(page, query);
}
