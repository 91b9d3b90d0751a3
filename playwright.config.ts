import { defineConfig } from '@playwright/test';
import { embedHostPort, embedSitePort } from './tests/e2e/embed-sites.mjs';
import { e2eSites, importedSite } from './tests/e2e/sites.mjs';

// Browser tests run against the built sites (npm run test:e2e builds them first) in
// Debian's Chromium: Playwright's browser download needs an internet connection.
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  // Generous: the suite shares two cores with the build and the HTML checker.
  timeout: 60_000,
  forbidOnly: Boolean(process.env.CI),
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${e2eSites.root.port}`,
    locale: 'ko-KR',
    timezoneId: 'Asia/Seoul',
    launchOptions: {
      executablePath,
      args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  projects: [
    {
      name: 'phone',
      use: { viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true },
      grepInvert: /@desktop-only/,
    },
    { name: 'desktop', use: { viewport: { width: 1280, height: 900 } }, grepInvert: /@phone-only/ },
  ],
  webServer: [
    ...Object.values(e2eSites).map((site) => ({
      command: `node scripts/serve.mjs ${site.env.OUT_DIR}`,
      url: `http://127.0.0.1:${site.port}${site.base}`,
      env: { ...site.env, PORT: String(site.port) },
      reuseExistingServer: !process.env.CI,
    })),
    // Embeds: the root build again, with its _headers applied, and a host page on another origin.
    {
      command: `node scripts/serve.mjs ${e2eSites.root.env.OUT_DIR}`,
      url: `http://127.0.0.1:${embedSitePort}/`,
      env: { ...e2eSites.root.env, PORT: String(embedSitePort), SERVE_HEADERS: '1' },
      reuseExistingServer: !process.env.CI,
    },
    // Imported real records (scripts/build-e2e.mjs).
    {
      command: `node scripts/serve.mjs ${importedSite.work}/dist`,
      url: `http://127.0.0.1:${importedSite.port}/`,
      env: { PORT: String(importedSite.port) },
      reuseExistingServer: !process.env.CI,
    },
    {
      command: 'node tests/e2e/embed-host.mjs',
      url: `http://127.0.0.1:${embedHostPort}/`,
      reuseExistingServer: !process.env.CI,
    },
  ],
});
