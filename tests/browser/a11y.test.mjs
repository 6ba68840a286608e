// Accessibility and valid HTML of every page, in every interface language: the pages an
// anonymous visitor sees and those of a signed-in learner with a course completed (its
// certificate) and another under way (an attempt open), forms sent back with their errors
// included. axe-core (WCAG 2.0, 2.1, 2.2 A and AA) on each page as the browser shows it; the Nu
// HTML Checker on each response body, in one run; and, in one language, no sideways scrolling
// at 320 px. Interface text a locale does not translate yet is reported, never failed on.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { axeViolations, formatViolations } from './lib/axe.mjs';
import { launch, newContext } from './lib/browser.mjs';
import { assertLang, chooseLanguage, signIn } from './lib/learner.mjs';
import { ANONYMOUS_PAGES, SIGNED_IN_PAGES, STAFF_PAGES, openPage, prepareLearner, prepareStaff } from './lib/pages.mjs';
import { createUser, serverOptionsFromEnv, startKampus } from './lib/server.mjs';
import { formatErrors, vnuErrors } from './lib/vnu.mjs';

const LOCALES = ['en', 'sr-Latn', 'sr-Cyrl', 'bs', 'hr', 'cnr', 'mk', 'sq'];
/** The language the pages are measured at 320 px in. */
const NARROW = 'mk';
const LEARNER = { email: 'ana@example.com', name: 'Ana Marković', password: 'Kampus-browser-a11y-5' };
const ADMIN = { email: 'vesna@rmtc.example', name: 'Vesna Admin', password: 'Kampus-browser-a11y-6', role: 'admin' };
/** The pages have no script of their own, so JavaScript changes nothing they show; on, axe runs on real timers. */
const JAVASCRIPT = true;

const options = serverOptionsFromEnv();
let server;
let browser;
/** The signed-in learner's browser, and what its pages are about (lib/pages.mjs). */
let learner;
let state;
/** The admin's browser (the staff pages), and what those pages are about. */
let admin;
let staffState;
/** Each page's HTTP response body by name (`learner/survey.sq`), for one checker run at the end. */
const bodies = new Map();
/** The interface text of each page (`learner/survey`) by locale, for the report of untranslated text. */
const texts = new Map();

before(async () => {
  server = await startKampus(options);
  browser = await launch();
  await createUser({ ...options, env: server.env, ...LEARNER });
  learner = await newContext(browser, { javaScript: JAVASCRIPT });
  const page = await learner.newPage();
  await page.goto(`${server.url}/sign-in`);
  await signIn(page, LEARNER);
  state = await prepareLearner(page, { url: server.url, binary: options.binary, env: server.env });
  await page.close();
  await createUser({ ...options, env: server.env, ...ADMIN });
  admin = await newContext(browser, { javaScript: JAVASCRIPT });
  const adminPage = await admin.newPage();
  await adminPage.goto(`${server.url}/sign-in`);
  await signIn(adminPage, ADMIN);
  staffState = await prepareStaff(adminPage, server.url);
  assert.ok(staffState.learnerRecord, 'the admin sees the learner in the list');
  await adminPage.close();
});

after(async () => {
  await learner?.close();
  await admin?.close();
  await browser?.close();
  await server?.stop();
});

/**
 * The page's text in its own language (not course texts or language names, which say what
 * language they are in): text nodes, and the labels of attributes.
 */
function interfaceText(page) {
  return page.evaluate(() => {
    // Not the certificate's facts on its verification page (<dd>): they are data.
    const own = (element) => element.closest('[lang]') === document.documentElement && !element.closest('dd');
    // A list of the languages' names (a course's languages) is in those languages.
    const names = new Set([...document.querySelectorAll('header .languages li [lang]')].map((e) => e.textContent.trim()));
    const languageList = (text) => text.split(/,\s*/).every((name) => names.has(name));
    const found = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent.replace(/\s+/g, ' ').trim();
      if (text && own(node.parentElement) && !languageList(text)) found.push(text);
    }
    for (const element of document.body.querySelectorAll('[aria-label], [alt], [title], [placeholder]')) {
      if (!own(element)) continue;
      for (const name of ['aria-label', 'alt', 'title', 'placeholder']) {
        const value = element.getAttribute(name)?.trim();
        if (value) found.push(value);
      }
    }
    return found;
  });
}

/** The tests of one page in one locale: it opens as it should, axe finds nothing, and in NARROW it fits 320 px. */
function checkPage(area, entry, tag, getPage, { lang, getState = () => state } = {}) {
  const key = `${area}/${entry.name}`;
  test(`${entry.name}: answers ${entry.status ?? 200}, says ${tag}, axe finds nothing`, async (t) => {
    const page = getPage();
    const response = await openPage(page, server.url, entry, getState(), { lang });
    if (!response) return t.skip('the learner has no such page');
    bodies.set(`${key}.${tag}`, await response.text());
    if (!texts.has(key)) texts.set(key, new Map());
    texts.get(key).set(tag, await interfaceText(page));
    assert.equal(response.status(), entry.status ?? 200, `${page.url()}`);
    await assertLang(page, tag);
    const violations = await axeViolations(page);
    assert.equal(violations.length, 0, `axe found on ${page.url()}:\n${formatViolations(violations)}`);
  });
  if (tag !== NARROW) return;
  test(`${entry.name}: at 320 px wide, no sideways scrolling`, async (t) => {
    const page = getPage();
    await page.setViewportSize({ width: 320, height: 640 });
    try {
      const response = await openPage(page, server.url, entry, getState(), { lang });
      if (!response) return t.skip('the learner has no such page');
      const { scrollWidth, wide } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        // What sticks out, to say where to look: the outermost such elements.
        wide: [...document.body.querySelectorAll('*')]
          .filter((e) => e.getBoundingClientRect().right > 320.5)
          .filter((e) => !(e.parentElement.getBoundingClientRect().right > 320.5))
          .map((e) => `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}${e.getAttribute('class') ? `.${e.getAttribute('class').replace(/ /g, '.')}` : ''} (right edge ${Math.round(e.getBoundingClientRect().right)} px): ${e.outerHTML.slice(0, 160)}`),
      }));
      assert.ok(scrollWidth <= 320, `${page.url()}: scrollWidth ${scrollWidth}; wider than 320 px:\n${wide.join('\n')}`);
    } finally {
      await page.setViewportSize({ width: 1280, height: 800 });
    }
  });
}

for (const tag of LOCALES) {
  describe(`anonymous visitor, ${tag} (?lang=${tag})`, () => {
    let context;
    let page;
    before(async () => {
      context = await newContext(browser, { javaScript: JAVASCRIPT });
      page = await context.newPage();
    });
    after(() => context?.close());
    for (const entry of ANONYMOUS_PAGES) checkPage('anonymous', entry, tag, () => page, { lang: tag });
  });

  describe(`signed-in learner, ${tag} (chosen in the language switcher)`, () => {
    let page;
    before(async () => {
      page = await learner.newPage();
      await page.goto(`${server.url}/`);
      await chooseLanguage(page, tag);
    });
    after(() => page?.close());
    for (const entry of SIGNED_IN_PAGES) checkPage('learner', entry, tag, () => page);
  });

  describe(`signed-in admin, ${tag} (chosen in the language switcher)`, () => {
    let page;
    before(async () => {
      page = await admin.newPage();
      await page.goto(`${server.url}/staff`);
      await chooseLanguage(page, tag);
    });
    after(() => page?.close());
    for (const entry of STAFF_PAGES) checkPage('staff', entry, tag, () => page, { getState: () => staffState });
  });
}

describe('valid HTML (vnu, one run for every page above)', () => {
  let errors;
  before(async () => {
    errors = await vnuErrors([...bodies].map(([name, html]) => ({ name, html })));
  });
  for (const [area, list] of [['anonymous', ANONYMOUS_PAGES], ['learner', SIGNED_IN_PAGES], ['staff', STAFF_PAGES]]) {
    for (const entry of list) {
      for (const tag of LOCALES) {
        const name = `${area}/${entry.name}.${tag}`;
        test(name, () => {
          assert.ok(bodies.has(name), 'the page did not load');
          const mine = errors.filter((e) => e.name === name);
          assert.equal(mine.length, 0, `vnu found:\n${formatErrors(mine)}`);
        });
      }
    }
  }
});

/** Text that is the same in every language: the site's name, the learner's, addresses, numbers. */
function neutral(text) {
  return (
    !/\p{L}{2,}/u.test(text) ||
    /^(Kampus|ECTS|PDF|QR)$/.test(text) ||
    text.includes('@') ||
    text.includes(LEARNER.name) ||
    text.includes(ADMIN.name) ||
    /^[\d\s.,:%·()/-]*(UTC|ECTS|h)?[\d\s.,:%·()/-]*$/.test(text)
  );
}

test('interface text a locale shows in English or as a message id (a report for the translators; never fails)', (t) => {
  /** By locale: each such text and the pages it is on. */
  const found = new Map();
  for (const [key, byLocale] of texts) {
    const english = new Set(byLocale.get('en') ?? []);
    for (const [tag, shown] of byLocale) {
      if (tag === 'en') continue;
      for (const text of shown) {
        const id = /^[a-z][a-z0-9]*(-[a-z0-9]+)+$/.test(text);
        if (!id && !(english.has(text) && !neutral(text))) continue;
        const label = id ? `message id "${text}"` : `"${text}"`;
        if (!found.has(tag)) found.set(tag, new Map());
        const pages = found.get(tag);
        if (!pages.has(label)) pages.set(label, new Set());
        pages.get(label).add(key);
      }
    }
  }
  for (const tag of LOCALES) {
    const untranslated = found.get(tag);
    if (!untranslated) continue;
    t.diagnostic(`${tag}: ${untranslated.size} interface texts as in English (or message ids):`);
    for (const [label, pages] of untranslated) {
      t.diagnostic(`  ${tag} ${label} (${pages.size > 4 ? `${pages.size} pages` : [...pages].join(', ')})`);
    }
  }
  if (found.size === 0) t.diagnostic('every interface text is translated in every locale');
});
