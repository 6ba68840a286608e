// Full-page PNGs of the pages at a phone's and a desktop's width, for looking at, not a test.
//
// Usage: node tests/browser/screenshots.mjs <server url> <output folder> [locale tag, default en]
// e.g. against a server started by hand (`kampus serve`) or by lib/server.mjs. Each page is
// saved as `<output>/<page>.<locale>.<width>.png`, e.g. `sign-in.sq.360.png`.
import { join } from 'node:path';
import { launch, newContext, screenshot } from './lib/browser.mjs';

/** The pages to take, by path. */
const PATHS = ['/', '/sign-in'];
const WIDTHS = [360, 1280];

const [url, out, locale = 'en'] = process.argv.slice(2);
if (!url || !out) {
  console.error('usage: node tests/browser/screenshots.mjs <server url> <output folder> [locale]');
  process.exit(2);
}

const browser = await launch();
try {
  for (const width of WIDTHS) {
    const context = await newContext(browser, { locale, viewport: { width, height: 800 } });
    const page = await context.newPage();
    for (const path of PATHS) {
      const address = new URL(path, url);
      address.searchParams.set('lang', locale);
      const response = await page.goto(address.href);
      const name = path.replace(/^\/|\/$/g, '').replace(/[^\w-]+/g, '_') || 'home';
      const file = join(out, `${name}.${locale}.${width}.png`);
      await screenshot(page, file);
      console.log(`${response.status()} ${address.pathname}${address.search} -> ${file}`);
    }
    await context.close();
  }
} finally {
  await browser.close();
}
