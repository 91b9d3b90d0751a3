import { expect, test } from './fixtures';
import { renderedResults } from './search-results';
import { e2eSites } from './sites.mjs';

const origin = `http://127.0.0.1:${e2eSites.subpath.port}`;

test('under a subpath the header search, the Pagefind files and the result links stay under the base path', async ({
  page,
}) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto(`${origin}/youth/policies/`);
  const header = page.getByRole('search', { name: '사이트 검색' });
  await header.getByRole('searchbox', { name: '검색어' }).fill('보증금');
  await header.getByRole('button', { name: '검색' }).click();
  await expect(page).toHaveURL(`${origin}/youth/search/?q=%EB%B3%B4%EC%A6%9D%EA%B8%88`);
  const results = await renderedResults(page, '보증금');
  expect(results).toContain('/youth/policies/gwangju/rent-deposit-interest/');
  expect(results.every((href) => href.startsWith('/youth/'))).toBe(true);
  const pagefindFiles = requested.filter((path) => path.includes('pagefind'));
  expect(pagefindFiles.length).toBeGreaterThan(2);
  expect(pagefindFiles.every((path) => path.startsWith('/youth/pagefind/'))).toBe(true);
});
