// Smoke: the public pages in every interface language, as a browser without JavaScript gets
// them: they load, say their language, carry a CSP, pass axe and the Nu HTML Checker; and the
// catalog fits a 320 px wide screen.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { axeViolations, formatViolations } from './lib/axe.mjs';
import { launch, newContext } from './lib/browser.mjs';
import { serverOptionsFromEnv, startKampus } from './lib/server.mjs';
import { formatErrors, vnuErrors } from './lib/vnu.mjs';

const LOCALES = ['en', 'sr-Latn', 'sr-Cyrl', 'bs', 'hr', 'cnr', 'mk', 'sq'];
const PATHS = ['/', '/sign-in'];

let server;
let browser;
/** Each page's HTTP response body by name (`/sign-in?lang=sq`), for one checker run at the end. */
const bodies = new Map();

before(async () => {
  server = await startKampus(serverOptionsFromEnv());
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

for (const tag of LOCALES) {
  for (const path of PATHS) {
    const name = `${path}?lang=${tag}`;
    describe(`${name}, JavaScript off`, () => {
      let context;
      let page;
      let response;
      before(async () => {
        context = await newContext(browser, { javaScript: false });
        page = await context.newPage();
        response = await page.goto(server.url + name);
        bodies.set(name, await response.text());
      });
      after(() => context?.close());

      test('answers 200', () => assert.equal(response.status(), 200));
      test(`<html lang="${tag}">`, async () => assert.equal(await page.getAttribute('html', 'lang'), tag));
      test('has a Content-Security-Policy', () =>
        assert.ok(response.headers()['content-security-policy'], 'no Content-Security-Policy header'),
      );
      test('axe: no WCAG 2.2 A/AA violation', async () => {
        const violations = await axeViolations(page);
        assert.equal(violations.length, 0, `axe found:\n${formatViolations(violations)}`);
      });
    });
  }
}

describe('valid HTML (vnu, one run for every page above)', () => {
  let errors;
  before(async () => {
    errors = await vnuErrors([...bodies].map(([name, html]) => ({ name, html })));
  });
  for (const tag of LOCALES) {
    for (const path of PATHS) {
      const name = `${path}?lang=${tag}`;
      test(name, () => {
        assert.ok(bodies.has(name), 'the page did not load');
        const mine = errors.filter((e) => e.name === name);
        assert.equal(mine.length, 0, `vnu found:\n${formatErrors(mine)}`);
      });
    }
  }
});

test('/ at 320 px wide needs no sideways scrolling', async () => {
  const context = await newContext(browser, { viewport: { width: 320, height: 640 } });
  try {
    const page = await context.newPage();
    await page.goto(`${server.url}/`);
    const { scrollWidth, wide } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      // What sticks out, to say where to look.
      wide: [...document.body.querySelectorAll('*')]
        .filter((e) => e.getBoundingClientRect().right > 320)
        .map((e) => `${e.tagName.toLowerCase()}${e.getAttribute('class') ? `.${e.getAttribute('class')}` : ''}`),
    }));
    assert.ok(scrollWidth <= 320, `scrollWidth ${scrollWidth}; wider than 320 px: ${wide.join(', ')}`);
  } finally {
    await context.close();
  }
});
