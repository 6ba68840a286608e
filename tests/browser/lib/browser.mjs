// Debian's chromium, driven by playwright-core; no browser is ever downloaded.
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { chromium } from 'playwright-core';

/** A headless chromium; one per suite file, shared by its tests. */
export function launch() {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-sync',
    ],
  });
}

/** A fresh context (cookies, storage) with JavaScript on or off, a browser locale and a window size. */
export function newContext(browser, { javaScript = true, locale = 'en', viewport = { width: 1280, height: 800 } } = {}) {
  return browser.newContext({ javaScriptEnabled: javaScript, locale, viewport });
}

/** A PNG of the whole page (not only the window), its folder made when missing. */
export async function screenshot(page, file) {
  await mkdir(dirname(file), { recursive: true });
  await page.screenshot({ path: file, fullPage: true });
}
