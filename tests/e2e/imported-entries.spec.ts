import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { importedSite } from './sites.mjs';

// Pages of real 온통청년 records (tests/fixtures/ontong/fidelity-sample.json), read as a
// young person reads them against the source record.
const page = (id: string) => `http://127.0.0.1:${importedSite.port}/policies/ontong/${id}/`;

test.describe('an imported 온통청년 record says what its source says', () => {
  test('the only phone number, written in 기타 사항, is a number one can call, with its department', async ({
    page: tab,
  }) => {
    await tab.goto(page('20251120005400211911'));
    const how = tab.locator('section[aria-labelledby="how"]');
    await expect(how.getByRole('heading', { name: '문의' })).toBeVisible();
    await expect(how).toContainText('충청북도 산업입지과');
    await expect(how.getByRole('link', { name: '043-220-4394' })).toHaveAttribute('href', 'tel:0432204394');
    // The other bodies' numbers stay in the text as written; one without an area code is not a link.
    const details = tab.locator('section[aria-labelledby="details"]');
    await expect(details).toContainText('청주시 도시개발과(201-2453)');
    await expect(details.getByRole('link', { name: '201-2453' })).toHaveCount(0);
    // 사업 기간 beside what one gets.
    const support = tab.locator('section[aria-labelledby="support"]');
    await expect(support.getByRole('term').filter({ hasText: '사업 기간' })).toBeVisible();
    await expect(support).toContainText('2025년 1월 1일 ~ 2025년 12월 31일');
  });

  test('선정 방법, 지원 규모 and one document per checklist box, headings as labels', async ({ page: tab }) => {
    await tab.goto(page('20250516005400210832'));
    const how = tab.locator('section[aria-labelledby="how"]');
    await expect(how.getByRole('term').filter({ hasText: '선정 방법' })).toBeVisible();
    await expect(how).toContainText('수당 지급 요건을 충족한 선정대상자에 한함');
    await expect(tab.locator('section[aria-labelledby="support"]')).toContainText('947');
    const checklist = tab.getByRole('list', { name: '제출 서류 체크리스트' });
    await expect(checklist.getByRole('checkbox', { name: '(면접수당) 주민등록초본 1부' })).toBeVisible();
    await expect(checklist.getByRole('checkbox', { name: '면접수당', exact: true })).toHaveCount(0);
    for (const label of await checklist.getByRole('listitem').allTextContents()) {
      expect(label.trim()).not.toMatch(/^[-①-⑳□○※]/);
    }
  });

  test('a programme coded 마감 whose record says 상시 is shown as always open', async ({ page: tab }) => {
    await tab.goto(page('20251218005400212024'));
    await expect(tab.locator('[data-status]').first()).toHaveAttribute('data-status', 'always');
    await expect(tab.getByText('이번 모집은 끝났어요')).toHaveCount(0);
  });

  test('HTML entities of the source are shown as the characters they stand for', async ({ page: tab }) => {
    await tab.goto(page('20250122005400110346'));
    const text = (await tab.locator('article').textContent()) ?? '';
    expect(text).not.toMatch(/&(?:[a-z]+|#\d+);/);
    expect(text).toContain('‘자립준비청년’');
  });

  test('a long imported page never scrolls sideways on a phone @phone-only', async ({ page: tab }) => {
    await tab.goto(page('20250516005400210832'));
    const width = await tab.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(360);
  });

  test('imported pages, with their contact links and long lists, have no WCAG 2.2 AA violations (axe)', async ({
    page: tab,
  }) => {
    for (const id of ['20251120005400211911', '20250516005400210832']) {
      await tab.goto(page(id));
      const { violations } = await new AxeBuilder({ page: tab })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(violations.map((violation) => `${id}: ${violation.id}`)).toEqual([]);
    }
  });

  test('the about page says imported entries come from 온통청년’s open API and how many there are', async ({
    page: tab,
  }) => {
    await tab.goto(`http://127.0.0.1:${importedSite.port}/about/`);
    const main = tab.getByRole('main');
    await expect(main).toContainText('온통청년에서 가져온 정책 (7건)');
    await expect(main).toContainText('한국고용정보원');
    // This site has no hand-written entries, and says so.
    await expect(main).toContainText('직접 작성한 예시 정책 (0건)');
  });
});
