// A learner's whole way, as a person takes it in a browser, in four interface languages, with
// JavaScript off and on: registering with an invitation code, confirming the address by the
// emailed link, signing in, enrolling, reading every lesson, passing every assessment the course
// requires (answers saved, shown again, submitted), the survey, the completion page and the
// certificate's PDF with the learner's name on it. Every page in the run's language.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { launch, newContext } from './lib/browser.mjs';
import {
  assertLang,
  completionOf,
  confirmAddress,
  courseFacts,
  downloadCertificate,
  enroll,
  follow,
  mainText,
  passAssessment,
  readLessons,
  register,
  signIn,
  submitSurvey,
  where,
} from './lib/learner.mjs';
import { apiToken, createInvitation, createUser, serverOptionsFromEnv, startKampus } from './lib/server.mjs';

const COURSE = 'migration-and-gender';
const LOCALES = ['en', 'mk', 'sr-Cyrl', 'sq'];
/** Names in the run's script, to find on the certificate. */
const NAMES = {
  en: 'Ada Lovelace',
  mk: 'Марија Петровска',
  'sr-Cyrl': 'Јована Ђорђевић',
  sq: 'Drita Çela',
};
const COMMENTS = {
  en: 'Clear and useful.',
  mk: 'Јасно и корисно.',
  'sr-Cyrl': 'Јасно и корисно.',
  sq: 'E qartë dhe e dobishme.',
};
const PASSWORD = 'Kampus-browser-journey-7';
/** What completes the course, known before the tests are laid out: one test per assessment. */
const { pass: REQUIRED } = await completionOf(COURSE);

const options = serverOptionsFromEnv();
let server;
let browser;
let course;
let adminToken;

before(async () => {
  server = await startKampus(options);
  browser = await launch();
  await createUser({ ...options, env: server.env, email: 'admin@example.com', name: 'Admin', role: 'admin', password: PASSWORD });
  adminToken = await apiToken(server.url, 'admin@example.com', PASSWORD);
  course = await courseFacts({ url: server.url, binary: options.binary, env: server.env }, COURSE);
  assert.ok(REQUIRED.length > 0, `${COURSE} requires no assessment`);
  assert.ok(course.survey, `${COURSE} requires no survey`);
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

/** The tests of one run, in order: once one fails, the rest are skipped (they could only fail after it). */
function steps() {
  let failed = null;
  return (name, fn) =>
    test(name, async (t) => {
      if (failed) return t.skip(`"${failed}" failed`);
      try {
        await fn(t);
      } catch (error) {
        failed = name;
        throw error;
      }
    });
}

for (const tag of LOCALES) {
  for (const javaScript of [false, true]) {
    describe(`${tag}, JavaScript ${javaScript ? 'on' : 'off'}`, () => {
      const step = steps();
      const name = NAMES[tag];
      const email = `learner.${tag.toLowerCase()}.${javaScript ? 'js' : 'nojs'}@example.com`;
      let context;
      let page;
      before(async () => {
        // The browser asks for English: the run's language comes from the page's own links.
        context = await newContext(browser, { javaScript, locale: 'en' });
        page = await context.newPage();
      });
      after(() => context?.close());

      step('registers with an invitation code, in the language of the first page', async () => {
        const code = await createInvitation(server.url, adminToken);
        await register(page, server.url, { tag, code, email, name, password: PASSWORD, gender: 'prefer-not-to-say' });
      });

      step('confirms the address by the emailed link', async () => {
        await confirmAddress(page, server.mailDir, email);
        await assertLang(page, tag);
      });

      step('signs in', async () => {
        await signIn(page, { email, password: PASSWORD });
        assert.equal(where(page), '/');
        await assertLang(page, tag);
      });

      step(`enrolls in ${COURSE}`, async () => {
        await enroll(page, course.slug);
        await assertLang(page, tag);
      });

      step('reads every lesson, marking each completed', async () => {
        await readLessons(page, course.slug, course.lessons, (lesson) => assertLang(lesson, tag));
        await assertLang(page, tag);
      });

      for (const id of REQUIRED) {
        step(`passes ${id}: answers saved, shown again after reopening, submitted`, async () => {
          await passAssessment(page, server.url, { slug: course.slug, id, key: course.key[id], tag });
          await assertLang(page, tag);
        });
      }

      step('submits the survey and lands on the completion page', async () => {
        const response = await submitSurvey(page, course.slug, { rating: 5, comment: COMMENTS[tag] });
        assert.equal(response.status(), 200);
        assert.equal(where(page), `/courses/${course.slug}/completed`, `the survey led to ${where(page)}:\n${await mainText(page)}`);
        await assertLang(page, tag);
        assert.equal(await page.locator('main img[src^="/my/certificates/"][src$="/qr.svg"]').count(), 1, 'no QR code');
      });

      step('the QR code and the public verification page load', async () => {
        const qr = page.locator('main img[src$="/qr.svg"]');
        await qr.scrollIntoViewIfNeeded(); // it loads lazily
        await page.waitForFunction((img) => img.complete, await qr.elementHandle());
        assert.ok(await qr.evaluate((img) => img.naturalWidth > 0), 'the QR image did not load');
        const verify = page.locator('main .actions a[href*="/verify/"]');
        const response = await context.request.get(await verify.getAttribute('href'));
        assert.equal(response.status(), 200, 'the verification page');
      });

      step('downloads the certificate, a PDF with the learner\'s name', async () => {
        const pdf = await downloadCertificate(page);
        assert.equal(pdf.bytes.subarray(0, 5).toString('latin1'), '%PDF-', `${pdf.name} is not a PDF`);
        const text = pdf.text.normalize('NFC').replace(/\s+/g, ' ');
        assert.ok(text.includes(name.normalize('NFC')), `"${name}" is not in ${pdf.name}; its text:\n${pdf.text}`);
      });

      step('the course is completed in the catalog and the certificate listed', async () => {
        await follow(page, page.locator('header a[href="/my/certificates"]'));
        await assertLang(page, tag);
        assert.equal(await page.locator('main a[href$="/pdf"]').count(), 1, 'my certificates: one certificate');
        await follow(page, page.locator('header a.brand'));
        assert.equal(
          await page.locator(`main .card:has(a[href="/courses/${course.slug}"]) .badge.ok`).count(),
          1,
          'the catalog does not show the course completed',
        );
      });
    });
  }
}
