// Full-page PNGs of every page at a phone's and a desktop's width, for looking at, not a test:
// the anonymous visitor's pages and, signed in, the learner's and (with --serve) an admin's staff
// pages (the lists of lib/pages.mjs, the ones a11y.test.mjs checks).
//
// Usage:
//   node tests/browser/screenshots.mjs <server url> <output folder> [locale, default en]
//       the anonymous pages of a running server (`kampus serve`, or one of lib/server.mjs);
//       with KAMPUS_SHOTS_EMAIL and KAMPUS_SHOTS_PASSWORD set, it also signs in and takes the
//       learner's pages it finds by following the links (a course completed, one under way,
//       its open and submitted attempts); it sets that account's language to the locale.
//   KAMPUS_BIN=/path/to/kampus node tests/browser/screenshots.mjs --serve <output folder> [locale]
//       a fresh server (SQLite, or KAMPUS_TEST_DATABASE_URL) with a learner who has every page:
//       a course completed through the pages, another under way with an attempt open.
//
// Each page is saved as `<output>/<page>-<width>.png`, e.g. `sign-in-360.png`; the learner's as
// `learner-<page>-<width>.png`, e.g. `learner-survey-1280.png`.
import { join } from 'node:path';
import { launch, newContext, screenshot } from './lib/browser.mjs';
import { chooseLanguage, signIn } from './lib/learner.mjs';
import { ANONYMOUS_PAGES, SIGNED_IN_PAGES, STAFF_PAGES, discoverLearner, openPage, prepareLearner, prepareStaff } from './lib/pages.mjs';
import { createUser, serverOptionsFromEnv, startKampus } from './lib/server.mjs';

const WIDTHS = [360, 1280];
const LOCALES = ['en', 'sr-Latn', 'sr-Cyrl', 'bs', 'hr', 'cnr', 'mk', 'sq'];

const [target, out, locale = 'en'] = process.argv.slice(2);
if (!target || !out || !LOCALES.includes(locale)) {
  console.error(
    'usage: node tests/browser/screenshots.mjs <server url> <output folder> [locale]\n' +
      '       KAMPUS_BIN=… node tests/browser/screenshots.mjs --serve <output folder> [locale]\n' +
      `locales: ${LOCALES.join(', ')}; KAMPUS_SHOTS_EMAIL and KAMPUS_SHOTS_PASSWORD sign in to a server given by URL`,
  );
  process.exit(2);
}

/** Takes `entries` in `page` (its window `width` wide) into `out`, file names prefixed with `prefix`. */
async function take(page, url, entries, state, { width, prefix, lang }) {
  for (const entry of entries) {
    const file = join(out, `${prefix}${entry.name}-${width}.png`);
    try {
      const response = await openPage(page, url, entry, state, { lang });
      if (!response) {
        console.log(`skipped ${prefix}${entry.name}: the learner has no such page`);
        continue;
      }
      await screenshot(page, file);
      console.log(`${response.status()} ${new URL(page.url()).pathname} -> ${file}`);
    } catch (error) {
      console.log(`skipped ${prefix}${entry.name}: ${error.message.split('\n')[0]}`);
    }
  }
}

let server;
const browser = await launch();
try {
  let url = target;
  let account;
  let state = {};
  if (target === '--serve') {
    server = await startKampus(serverOptionsFromEnv());
    url = server.url;
    account = { email: 'learner@example.com', name: 'Ana Marković', password: 'Kampus-screenshots-1' };
    await createUser({ ...serverOptionsFromEnv(), env: server.env, ...account });
  } else if (process.env.KAMPUS_SHOTS_EMAIL) {
    account = { email: process.env.KAMPUS_SHOTS_EMAIL, password: process.env.KAMPUS_SHOTS_PASSWORD ?? '' };
  }

  // The learner's browser, signed in once; each width another window of it.
  const learner = account && (await newContext(browser, { locale }));
  if (learner) {
    const page = await learner.newPage();
    await page.goto(`${url}/sign-in`);
    await signIn(page, account);
    state = server
      ? await prepareLearner(page, { url, binary: serverOptionsFromEnv().binary, env: server.env })
      : await discoverLearner(page, url);
    await chooseLanguage(page, locale);
    await page.close();
  }

  // With --serve, an admin too: the staff pages (issue 21) over the learner's figures.
  const admin = server && (await newContext(browser, { locale }));
  let staffState = {};
  if (admin) {
    const staffAccount = { email: 'admin@example.com', name: 'Vesna Kovač', password: 'Kampus-screenshots-2', role: 'admin' };
    await createUser({ ...serverOptionsFromEnv(), env: server.env, ...staffAccount });
    const page = await admin.newPage();
    await page.goto(`${url}/sign-in`);
    await signIn(page, staffAccount);
    staffState = await prepareStaff(page, url);
    await chooseLanguage(page, locale);
    await page.close();
  }

  for (const width of WIDTHS) {
    const viewport = { width, height: 800 };
    const anonymous = await newContext(browser, { locale, viewport });
    await take(await anonymous.newPage(), url, ANONYMOUS_PAGES, state, { width, prefix: '', lang: locale });
    await anonymous.close();
    if (learner) {
      const page = await learner.newPage();
      await page.setViewportSize(viewport);
      await take(page, url, SIGNED_IN_PAGES, state, { width, prefix: 'learner-' });
      await page.close();
    }
    if (admin) {
      const page = await admin.newPage();
      await page.setViewportSize(viewport);
      await take(page, url, STAFF_PAGES, staffState, { width, prefix: 'staff-' });
      await page.close();
    }
  }
  await learner?.close();
  await admin?.close();
} finally {
  await browser.close();
  await server?.stop();
}
