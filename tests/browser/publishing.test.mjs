// The publishing console in a real browser, with JavaScript off: an admin uploads a module
// through the form and publishes it, then uploads its Albanian translation, previews a lesson
// in English and Albanian side by side, publishes it, and a learner reading in Albanian sees
// it; the admin rolls back to the English-only version and the learner sees that again. Every
// step is a link followed or a form sent, as a person does it; each page the admin passes is
// checked with axe.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { axeViolations, formatViolations } from './lib/axe.mjs';
import { launch, newContext } from './lib/browser.mjs';
import { enroll, follow, mainText, signIn, where } from './lib/learner.mjs';
import { createUser, serverOptionsFromEnv, startKampus } from './lib/server.mjs';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const EXAMPLES = join(REPO, 'docs', 'examples', 'publishing');
const COURSE = 'migration-and-gender';
const LESSON = 'l-case-study';
const ENGLISH = 'Case study: a disclosure at the reception centre';
const ALBANIAN = 'Rast studimor: një rrëfim në qendrën e pritjes';
const ADMIN = { email: 'urednica@rmtc.example', name: 'Jelena Urednica', password: 'Kampus-browser-publish-1', role: 'admin' };
const LEARNER = { email: 'besa@example.com', name: 'Besa Krasniqi', password: 'Kampus-browser-publish-2', locale: 'sq' };

const options = serverOptionsFromEnv();
let server;
let browser;
let admin;
let learner;
let bundles;

/** An example bundle packed as an admin packs one: `tar -czf` of its folder. */
function pack(name) {
  const file = join(bundles, `${name}.tar.gz`);
  execFileSync('tar', ['-czf', file, '-C', join(EXAMPLES, name), '.']);
  return file;
}

/** axe finds nothing on the page shown. */
async function assertAccessible(page) {
  const violations = await axeViolations(page);
  assert.equal(violations.length, 0, `${where(page)}:\n${formatViolations(violations)}`);
}

/** From the console: the bundle chosen in the upload form and sent. Ends on what it led to. */
async function upload(page, name) {
  await page.goto(`${server.url}/admin/content`);
  await page.setInputFiles('#bundle', pack(name));
  return follow(page, page.locator('main form[action="/admin/content/bundles"] button[type="submit"]'));
}

/** From a version's page: its publish (or roll back) link, then the confirmation's button. */
async function publishShown(page, linkText) {
  await follow(page, page.locator('main a[href$="/publish"]', { hasText: linkText }));
  assert.match(where(page), /^\/admin\/content\/versions\/[^/]+\/publish$/);
  await assertAccessible(page);
  const response = await follow(page, page.locator('main form[action$="/publish"] button[type="submit"]'));
  assert.equal(response.status(), 200);
  assert.match(await mainText(page), /Published: learners see this version now/);
}

/** The lesson's text as the learner reads it. */
async function lessonText() {
  const page = await learner.newPage();
  const response = await page.goto(`${server.url}/courses/${COURSE}/lessons/${LESSON}`);
  assert.equal(response.status(), 200);
  const text = await mainText(page);
  await page.close();
  return text;
}

before(async () => {
  bundles = await mkdtemp(join(tmpdir(), 'kampus-bundles-'));
  server = await startKampus(options);
  browser = await launch();
  await createUser({ ...options, env: server.env, ...ADMIN });
  await createUser({ ...options, env: server.env, ...LEARNER });
  admin = await newContext(browser, { javaScript: false });
  learner = await newContext(browser, { javaScript: false, locale: 'sq' });
  const adminPage = await admin.newPage();
  await adminPage.goto(`${server.url}/sign-in`);
  await signIn(adminPage, ADMIN);
  await adminPage.close();
  const learnerPage = await learner.newPage();
  await learnerPage.goto(`${server.url}/sign-in`);
  await signIn(learnerPage, LEARNER);
  await enroll(learnerPage, COURSE);
  await learnerPage.close();
});

after(async () => {
  await admin?.close();
  await learner?.close();
  await browser?.close();
  await server?.stop();
  if (bundles) await rm(bundles, { recursive: true, force: true });
});

describe('publishing console, JavaScript off', () => {
  let page;
  let moduleVersion;
  before(async () => {
    page = await admin.newPage();
  });
  after(async () => page?.close());

  test('the module, in English, is uploaded by form and published', async () => {
    const response = await upload(page, 'm-practice');
    assert.equal(response.status(), 200);
    assert.match(where(page), /^\/admin\/content\/versions\/[^/?]+\?done=admin-done-uploaded$/);
    moduleVersion = new URL(page.url()).pathname;
    assert.match(await mainText(page), /Uploaded and checked/);
    await assertAccessible(page);
    await publishShown(page, 'Publish this version');
    const text = await lessonText();
    assert.ok(text.includes(ENGLISH), 'the learner reads the new lesson in English, marked');
  });

  test('its Albanian translation is uploaded, previewed side by side and published', async () => {
    const response = await upload(page, 'm-practice-sq');
    assert.equal(response.status(), 200);
    assert.match(await mainText(page), /Uploaded and checked/);
    assert.ok(!(await lessonText()).includes(ALBANIAN), 'a draft: learners do not see it yet');

    await follow(page, page.locator('main a[href$="/preview"]'));
    await page.selectOption('#p-lesson', LESSON);
    await page.selectOption('#p-left', 'en');
    await page.selectOption('#p-right', 'sq');
    await follow(page, page.locator('main form[action$="/preview"] button[type="submit"]'));
    const sides = page.locator('main .preview-side');
    assert.equal(await sides.count(), 2);
    assert.ok((await sides.nth(0).innerText()).includes(ENGLISH));
    assert.ok((await sides.nth(1).innerText()).includes(ALBANIAN));
    assert.equal(await sides.nth(1).locator('article').getAttribute('lang'), 'sq');
    await assertAccessible(page);

    await follow(page, page.locator('main a[href^="/admin/content/versions/"]').first());
    await publishShown(page, 'Publish this version');
    assert.ok((await lessonText()).includes(ALBANIAN), 'the learner reads the lesson in Albanian');
  });

  test('rolling back to the English version shows the learner that version again', async () => {
    await page.goto(`${server.url}${moduleVersion}`);
    await publishShown(page, 'Roll back to this version');
    const text = await lessonText();
    assert.ok(text.includes(ENGLISH) && !text.includes(ALBANIAN), 'the earlier version');
  });

  test('rolling back to version 1 leaves the course as it shipped', async () => {
    // On PostgreSQL the suites share one database: the others find the course as shipped.
    await page.goto(`${server.url}${moduleVersion}`);
    await follow(page, page.locator('main a[href="/admin/content"]'));
    const course = page.locator('main table', { has: page.locator('caption', { hasText: 'Migration and Gender' }) });
    await follow(page, course.locator('a', { hasText: /^Version 1$/ }));
    await publishShown(page, 'Roll back to this version');
    const reader = await learner.newPage();
    const response = await reader.goto(`${server.url}/courses/${COURSE}/lessons/${LESSON}`);
    assert.equal(response.status(), 404, 'the module is gone');
    await reader.close();
  });

  test('a bundle that does not validate is shown with its places and codes', async () => {
    await page.goto(`${server.url}/admin/content`);
    await page.setInputFiles('#bundle', join(REPO, 'tests', 'fixtures', 'bundles', 'broken-fluent.zip'));
    const response = await follow(page, page.locator('main form[action="/admin/content/bundles"] button[type="submit"]'));
    assert.equal(response.status(), 422);
    const text = await mainText(page);
    assert.match(text, /Nothing was stored/);
    assert.match(text, /locales\/en\/course\.ftl:\d+:\d+/);
    assert.match(text, /fluent-syntax/);
    await assertAccessible(page);
  });
});
