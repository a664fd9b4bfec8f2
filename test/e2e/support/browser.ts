import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { launchChromium } from '../../support/chromium';
import { startDemo, type Credentials, type DemoServer, type StartDemoOptions } from './demo-server';

export const SCREENSHOTS = resolve(import.meta.dirname, '../../../test-results/screenshots');

/** The two sizes every page is photographed at: a phone and a laptop. */
export const VIEWPORTS = {
  phone: { width: 390, height: 844 },
  desktop: { width: 1280, height: 800 },
} as const;

/**
 * A fresh browser profile (cookies, storage) as a new visitor has: English, light theme, UTC,
 * the laptop size. Animations are reduced so that dialogs are still when photographed.
 */
export function newVisitor(browser: Browser, demo: DemoServer, options: { colorScheme?: 'light' | 'dark' } = {}): Promise<BrowserContext> {
  return browser.newContext({
    baseURL: demo.url,
    viewport: VIEWPORTS.desktop,
    locale: 'en-US',
    timezoneId: 'UTC',
    colorScheme: options.colorScheme ?? 'light',
    reducedMotion: 'reduce',
  });
}

/**
 * Collects what should never happen on a page: uncaught exceptions, console errors (bar the
 * browser's own "Failed to load resource" lines for the 4xx answers the scenarios provoke) and
 * Content-Security-Policy violations, into `problems` (default: a new list). Assert the list is
 * empty at the end of a scenario.
 */
export function watchForErrors(page: Page, problems: string[] = []): string[] {
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const text = message.text();
    if (/^Failed to load resource: the server responded with a status of 4\d\d/.test(text)) return;
    problems.push(`console.error: ${text}`);
  });
  return problems;
}

/**
 * Two visitors at once, each in a fresh browser profile, signed in as `first` and `second`: two
 * tabs of one user, or a user and an admin. `errors` watches both pages; `close` ends both.
 */
export async function twoSignedIn(env: { browser: Browser; demo: DemoServer }, first: Credentials, second: Credentials) {
  const contexts = await Promise.all([newVisitor(env.browser, env.demo), newVisitor(env.browser, env.demo)]);
  const pages = await Promise.all(contexts.map((context) => context.newPage()));
  const errors: string[] = [];
  for (const page of pages) watchForErrors(page, errors);
  await signIn(pages[0]!, first);
  await signIn(pages[1]!, second);
  return { pages: pages as [Page, Page], errors, close: () => Promise.all(contexts.map((context) => context.close())) };
}

/** The demo's development sign-in, typed and submitted as a person would. */
export async function signIn(page: Page, { email, password }: Credentials) {
  await page.goto('/');
  await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
  await page.getByLabel('Email', { exact: true }).fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'My profile' }).waitFor();
}

export async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
}

/** Admin: the admin page's user list (`UserList`), searched, and one user opened; returns the detail pane. */
export async function openUser(page: Page, search: string, name: string): Promise<Locator> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Admin' }).click();
  await page.getByRole('heading', { level: 1, name: 'Users' }).waitFor();
  await page.getByRole('searchbox', { name: 'Search by name or email' }).fill(search);
  const list = page.getByRole('region', { name: 'Users' }).getByRole('list', { name: 'Users' });
  await eventually(() => list.getByRole('listitem').count(), 1);
  await list.getByRole('button', { name: new RegExp(`^${name} `) }).click();
  const detail = page.getByRole('region', { name: 'Admin' });
  await detail.getByRole('heading', { level: 2, name }).waitFor();
  return detail;
}

/** Polls until `read` returns `expected` (or fails with the last value seen). */
export async function eventually<T>(read: () => Promise<T>, expected: T, timeout = 15_000) {
  await expect.poll(read, { timeout, interval: 100 }).toEqual(expected);
}

/** The text of what `aria-describedby` ties to the element: its help, reason and error. */
export function description(locator: Locator): Promise<string> {
  return locator.evaluate((element) =>
    (element.getAttribute('aria-describedby') ?? '')
      .split(/\s+/)
      .filter(Boolean)
      .map((id) => document.getElementById(id)?.textContent?.trim() ?? '')
      .join(' '),
  );
}

/**
 * Screenshots at the phone and the laptop size, as `test-results/screenshots/<name>-<w>x<h>.png`:
 * the whole page from its top, or with `{ dialog: true }` what is on screen (a modal dialog
 * over the page, where it is). The page is left at the laptop size.
 */
export async function screenshots(page: Page, name: string, { dialog = false } = {}) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  for (const size of [VIEWPORTS.phone, VIEWPORTS.desktop]) {
    await page.setViewportSize(size);
    // Let layout (and anything sticky) settle at the new size; a full page is taken from its top.
    await page.evaluate(async (top) => {
      if (top) window.scrollTo(0, 0);
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    }, !dialog);
    await page.screenshot({ path: join(SCREENSHOTS, `${name}-${size.width}x${size.height}.png`), fullPage: !dialog, animations: 'disabled' });
  }
}

/** Presses Tab (keyboard only) until `target` has focus; fails after `max` presses. */
export async function tabTo(page: Page, target: Locator, { max = 80, backwards = false } = {}) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`focus did not reach ${target} within ${max} presses of Tab`);
}

/** Whether the focused element shows a focus indicator (an outline or a box-shadow ring). */
export function focusIsVisible(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return false;
    const style = getComputedStyle(element);
    return (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
  });
}

/**
 * `npm start` on a fresh database and Chromium, for the tests of one file: started before them,
 * stopped after. Read `demo` and `browser` inside tests (they exist once `beforeAll` ran).
 * `options` go to `startDemo` (its environment: a short grace period, a quick purge).
 */
export function useDemoAndBrowser(options: StartDemoOptions = {}): { demo: DemoServer; browser: Browser } {
  const env = {} as { demo: DemoServer; browser: Browser };
  beforeAll(async () => {
    [env.demo, env.browser] = await Promise.all([startDemo(options), launchChromium()]);
  });
  afterAll(async () => {
    await env.browser?.close();
    await env.demo?.stop();
  });
  return env;
}
