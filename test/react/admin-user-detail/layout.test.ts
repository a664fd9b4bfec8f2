import { readFileSync } from 'node:fs';
import { QueryClient } from '@tanstack/react-query';
import type { Browser } from 'playwright-core';
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AdminUserDetail, profileKeys, ProfileKitProvider } from '../../../src/react';
import { chromiumAvailable, launchChromium } from '../../support/chromium';
import { createComponentBackend } from '../../support/component-backends';
import { GRACE } from '../../support/seed';

const css = ['theme.css', 'base.css', 'admin-user-detail.css'].map((file) => readFileSync(new URL(`../../../src/react/styles/${file}`, import.meta.url), 'utf8')).join('\n');

/** The loaded screen as HTML: the query cache filled from the memory backend, rendered on the server. */
async function loadedHtml(dir: 'ltr' | 'rtl') {
  const b = await createComponentBackend('memory');
  const queryClient = new QueryClient();
  queryClient.setQueryData(profileKeys.config(), await b.admin.getConfig());
  queryClient.setQueryData(profileKeys.user(GRACE), await b.admin.getUser(GRACE));
  queryClient.setQueryData(profileKeys.audit(GRACE), { pages: [await b.admin.listAudit(GRACE, { limit: 10 })], pageParams: [null] });
  const body = renderToString(createElement(ProfileKitProvider, { adapter: b.admin, queryClient }, createElement(AdminUserDetail, { userId: GRACE })));
  return `<!doctype html><html lang="en" dir="${dir}"><head><meta name="viewport" content="width=device-width"><style>${css}</style></head><body style="margin:0">${body}</body></html>`;
}

// Layout needs a real engine: jsdom has none.
describe.skipIf(!chromiumAvailable())('AdminUserDetail layout in a browser', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  }, 30_000);
  afterAll(async () => {
    await browser?.close();
  });

  async function measure(width: number, dir: 'ltr' | 'rtl') {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    await page.setContent(await loadedHtml(dir));
    const result = await page.evaluate(() => {
      const rect = (selector: string) => document.querySelector(selector)!.getBoundingClientRect().toJSON() as DOMRect;
      return {
        scrollWidth: document.documentElement.scrollWidth,
        label: rect('[data-pk-field="phone"] .pk-inline-label'),
        value: rect('[data-pk-field="phone"] .pk-inline-trigger'),
        readOnlyInput: rect('[data-pk-field="id"] input'),
      };
    });
    await page.close();
    return result;
  }

  it('on a 390px phone, labels stack above values and nothing overflows sideways', async () => {
    const m = await measure(390, 'ltr');
    expect(m.scrollWidth).toBeLessThanOrEqual(390);
    expect(m.label.bottom).toBeLessThanOrEqual(m.value.top + 1);
    expect(m.value.width).toBeGreaterThan(300);
  });

  it('on a wide screen, label and value sit side by side, mirrored under dir=rtl', async () => {
    const ltr = await measure(1024, 'ltr');
    expect(ltr.label.right).toBeLessThanOrEqual(ltr.value.left);
    const rtl = await measure(1024, 'rtl');
    expect(rtl.label.left).toBeGreaterThanOrEqual(rtl.value.right);
    expect(rtl.scrollWidth).toBeLessThanOrEqual(1024);
  });

  it('a value button is as tall as an input, so opening an editor moves nothing', async () => {
    const m = await measure(1024, 'ltr');
    expect(m.value.height).toBe(m.readOnlyInput.height);
    expect(m.value.height).toBeGreaterThanOrEqual(40);
  });
});
