import { readFile } from 'node:fs/promises';
import type { Download } from '@playwright/test';
import { entryById, expect, field, seoulNoon, test } from './fixtures';

const policy = entryById('policies', 'gwangju/rent-deposit-interest-renewal');
const program = entryById('programs', 'gunsan/mock-interview');

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(seoulNoon('2026-11-20'));
});

test('saved entries are listed with their live status and deadline, and stay after a reload', async ({ page }) => {
  await page.goto(`/policies/${policy.id}/`);
  const save = page.getByRole('button', { name: '관심 목록에 저장' });
  await expect(save).toHaveAttribute('aria-pressed', 'false');
  await save.click();
  await expect(save).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('status').filter({ hasText: '관심 목록에 저장했어요.' })).toBeVisible();
  await page.goto(`/programs/${program.id}/`);
  await page.getByRole('button', { name: '관심 목록에 저장' }).click();

  await page.getByRole('link', { name: '관심 목록 보기' }).click();
  await expect(page).toHaveURL(/\/saved\/$/);
  const items = page.locator('[data-saved-entry]');
  await expect(items).toHaveCount(2);
  await expect(items.first().getByRole('link').first()).toHaveText(field<string>(program, 'title'));
  await expect(items.nth(1)).toContainText('마감 임박 · D-7');
  await expect(items.nth(1)).toContainText('신청 기간: 2026년 11월 16일(월) ~ 2026년 11월 27일(금)');

  await page.reload();
  await expect(items).toHaveCount(2);
  await items.first().getByRole('button', { name: '관심 목록에서 빼기' }).click();
  await expect(items).toHaveCount(1);
  await page.reload();
  await expect(items).toHaveCount(1);
  await expect(items.first()).toContainText(field<string>(policy, 'title'));
  await page.goto(`/policies/${policy.id}/`);
  await expect(page.getByRole('button', { name: '관심 목록에 저장' })).toHaveAttribute('aria-pressed', 'true');
});

test('an empty list says how to add entries', async ({ page }) => {
  await page.goto('/saved/');
  await expect(page.getByText('아직 저장한 항목이 없어요.')).toBeVisible();
  await expect(page.getByRole('link', { name: '나의 정책 찾기' }).last()).toBeVisible();
});

test('sharing uses the share sheet when the phone has one', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'share', {
      value: async (data: ShareData) => {
        (window as unknown as { shared: ShareData }).shared = data;
      },
    });
  });
  await page.goto(`/policies/${policy.id}/`);
  await page.getByRole('button', { name: '관심 목록에 저장' }).click();
  await page.goto('/saved/');
  await page.getByRole('button', { name: '공유하기' }).click();
  await expect(page.locator('[data-share-status]')).toHaveText('공유했어요.');
  const shared = await page.evaluate(() => (window as unknown as { shared: ShareData }).shared);
  expect(shared).toEqual({
    title: field<string>(policy, 'title'),
    url: new URL(`/policies/${policy.id}/`, page.url()).href,
  });
});

test('without a share sheet, sharing copies the link', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'share', { value: undefined });
  });
  await page.goto(`/policies/${policy.id}/`);
  await page.getByRole('button', { name: '관심 목록에 저장' }).click();
  await page.goto('/saved/');
  await page.getByRole('button', { name: '공유하기' }).click();
  await expect(page.locator('[data-share-status]')).toHaveText('링크를 복사했어요. 원하는 곳에 붙여 넣으세요.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    new URL(`/policies/${policy.id}/`, page.url()).href,
  );
});

/** Checks the RFC 5545 structure of a downloaded file and returns its unfolded lines. */
async function icsLines(download: Download): Promise<string[]> {
  const path = await download.path();
  const text = await readFile(path, 'utf8');
  expect(text.endsWith('\r\n')).toBe(true);
  expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  const physical = text.slice(0, -2).split('\r\n');
  for (const line of physical) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  const lines = text.slice(0, -2).replace(/\r\n /g, '').split('\r\n');
  expect(lines[0]).toBe('BEGIN:VCALENDAR');
  expect(lines.at(-1)).toBe('END:VCALENDAR');
  expect(lines).toContain('VERSION:2.0');
  expect(lines.some((line) => line.startsWith('PRODID:'))).toBe(true);
  // Components nest properly and every event has the required properties.
  const stack: string[] = [];
  let event: string[] = [];
  for (const line of lines) {
    if (line.startsWith('BEGIN:')) stack.push(line.slice(6));
    if (stack.at(-1) === 'VEVENT') event.push(line);
    if (line.startsWith('END:')) {
      expect(stack.pop()).toBe(line.slice(4));
      if (line === 'END:VEVENT') {
        for (const name of ['UID:', 'DTSTAMP:', 'DTSTART', 'SUMMARY:']) {
          expect(event.some((property) => property.startsWith(name))).toBe(true);
        }
        event = [];
      }
    }
  }
  expect(stack).toEqual([]);
  return lines;
}

test('캘린더에 추가 downloads an .ics file with the deadline and a reminder', async ({ page }) => {
  await page.goto(`/policies/${policy.id}/`);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: '캘린더에 추가 (.ics)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('rent-deposit-interest-renewal.ics');
  const lines = await icsLines(download);
  expect(lines).toContain(`SUMMARY:[신청 마감] ${field<string>(policy, 'title').replace(/,/g, '\\,')}`);
  expect(lines).toContain('DTSTART;VALUE=DATE:20261127');
  expect(lines).toContain('TRIGGER:-PT15H');
});

test('a saved program offers its sessions as calendar events', async ({ page }) => {
  await page.goto(`/programs/${program.id}/`);
  await page.getByRole('button', { name: '관심 목록에 저장' }).click();
  await page.goto('/saved/');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: '캘린더에 추가 (.ics)' }).click(),
  ]);
  const lines = await icsLines(download);
  expect(lines.filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(4);
  expect(lines).toContain('DTSTART:20261203T100000Z');
  expect(
    lines.filter((line) => line.startsWith('UID:')).every((line) => line.includes('program-gunsan-mock-interview')),
  ).toBe(true);
});
