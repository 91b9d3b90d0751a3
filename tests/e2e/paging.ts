import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

/**
 * Walks a paged list the way a person does, by the pager's "다음" link, and returns what
 * `read` found on every page in order. Checks on the way that each page but the last has
 * a full page of cards and that the pager marks the page being shown.
 */
export async function walkPages<T>(
  page: Page,
  start: string,
  read: (page: Page) => Promise<T[]>,
  { list = (p: Page) => p.locator('[data-entry-list]').first(), pageSize = 20 } = {},
): Promise<{ items: T[]; pages: number }> {
  await page.goto(start);
  const items: T[] = [];
  for (let number = 1; ; number += 1) {
    const found = await read(page);
    items.push(...found);
    const pager = page.getByRole('navigation', { name: '목록 쪽 이동' });
    const next = pager.getByRole('link', { name: '다음', exact: true });
    if ((await next.count()) === 0) {
      if (number > 1)
        await expect(pager.getByRole('link', { name: `${number}쪽` })).toHaveAttribute('aria-current', 'page');
      return { items, pages: number };
    }
    await expect(cardsOf(list(page))).toHaveCount(pageSize);
    await expect(pager.getByRole('link', { name: `${number}쪽` })).toHaveAttribute('aria-current', 'page');
    await next.click();
    await expect(page).toHaveURL(new RegExp(`/page/${number + 1}/$`));
  }
}

const cardsOf = (list: Locator) => list.locator('article');

/** Titles of the cards in the first entry list of the page (or `within`). */
export function cardTitles(within?: (page: Page) => Locator) {
  return async (page: Page) =>
    (
      await (within ? within(page) : page.locator('[data-entry-list]').first())
        .locator('article h2, article h3')
        .allTextContents()
    ).map((title) => title.trim());
}
