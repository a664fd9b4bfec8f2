import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './chromium';
import { createTestApp, listen, type TestApp } from './test-app';

/**
 * For the tests of the pages a mailed link opens: Chromium, and a test app on a real port
 * (`live.origin`), for the whole file.
 */
export function useLinkPageServer(): { browser: Browser; t: TestApp; origin: string; url: string } {
  const live = {} as { browser: Browser; t: TestApp; origin: string; url: string };
  let close: () => Promise<void> = async () => {};
  beforeAll(async () => {
    live.browser = await launchChromium();
    live.t = await createTestApp();
    const server = await listen(live.t.app);
    live.url = server.url;
    live.origin = new URL(server.url).origin;
    close = server.close;
  }, 30_000);
  afterAll(async () => {
    await live.browser?.close();
    await close();
  });
  return live;
}

/** Opens `url` in a new page, collecting any Content-Security-Policy complaint the page's console makes. */
export async function openWatched(browser: Browser, url: string): Promise<{ page: Page; violations: string[] }> {
  const page = await browser.newPage();
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.goto(url);
  return { page, violations };
}
