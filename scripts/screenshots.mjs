#!/usr/bin/env node
// Takes phone (360 px) and desktop (1280 px) screenshots of the built site's main page
// templates, so a person can look at what young people will see. Needs a running
// server (npm start) and Chromium; writes PNGs to screenshots/.
import { mkdir } from 'node:fs/promises';
import { chromium } from 'playwright-core';

const origin = process.env.SITE_ORIGIN ?? 'http://127.0.0.1:4321';
const pages = (
  process.argv.slice(2).length ? process.argv.slice(2) : ['/', '/policies/', '/regions/gwangju-seogu/']
).map((path) => new URL(path, origin).href);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-background-networking'],
});
await mkdir('screenshots', { recursive: true });
for (const [name, width] of [
  ['phone', 360],
  ['desktop', 1280],
]) {
  const page = await browser.newPage({ viewport: { width, height: 800 }, deviceScaleFactor: 1 });
  for (const url of pages) {
    await page.goto(url);
    const slug = new URL(url).pathname.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home';
    const file = `screenshots/${slug}-${name}.png`;
    await page.screenshot({ path: file, fullPage: process.env.FULL_PAGE !== '0' });
    console.log(file);
  }
  await page.close();
}
await browser.close();
