// Accounts in the browser: a forgotten password reset by the emailed link; one learner cannot
// open another's attempt or certificate; after signing out, the forms of the pages still open
// (and the old session cookie) do nothing.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { launch, newContext } from './lib/browser.mjs';
import {
  assertLang,
  courseFacts,
  enroll,
  follow,
  mainText,
  passAssessment,
  readLessons,
  signIn,
  signOutButton,
  submitSurvey,
  where,
} from './lib/learner.mjs';
import { firstLink, waitForMail } from './lib/mail.mjs';
import { createUser, serverOptionsFromEnv, startKampus } from './lib/server.mjs';

const COURSE = 'migration-and-gender';
const PASSWORD = 'Kampus-browser-account-3';

const options = serverOptionsFromEnv();
let server;
let browser;
let course;

before(async () => {
  // A long memory of sessions and accounts, so that one a change does not forget at once is
  // still remembered when the test looks (the change must forget it: the same node made it).
  server = await startKampus({ ...options, settings: { KAMPUS_ACCESS_CACHE_TTL_MS: '120000' } });
  browser = await launch();
  course = await courseFacts({ url: server.url, binary: options.binary, env: server.env }, COURSE);
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

/** An account, address verified, made with the command line. */
async function learner(email, name, locale = 'en') {
  await createUser({ ...options, env: server.env, email, name, locale, password: PASSWORD });
  return { email, name, password: PASSWORD };
}

/** A signed-in browser of `who`: {context, page}, the page on the catalog. */
async function signedIn(who, { javaScript = true } = {}) {
  const context = await newContext(browser, { javaScript });
  const page = await context.newPage();
  await page.goto(`${server.url}/sign-in`);
  await signIn(page, who);
  return { context, page };
}

describe('a forgotten password, reset by the emailed link', () => {
  const newPassword = 'Kampus-browser-renewed-9';
  let who;
  let context;
  let page;
  let link;
  let before_; // a browser signed in before the reset
  before(async () => {
    who = await learner('forgetful@example.com', 'Forgetful Learner', 'mk');
    before_ = await signedIn(who);
    context = await newContext(browser, { javaScript: false });
    page = await context.newPage();
  });
  after(async () => {
    await context?.close();
    await before_?.context.close();
  });

  test('the sign-in page leads to the form that mails a link', async () => {
    await page.goto(`${server.url}/sign-in?lang=mk`);
    await follow(page, page.locator('main a[href="/forgot-password"]'));
    assert.equal(where(page), '/forgot-password');
    await assertLang(page, 'mk');
    await page.fill('#email', who.email);
    const response = await follow(page, page.locator('main form[action="/forgot-password"] button[type="submit"]'));
    assert.equal(response.status(), 200, await mainText(page));
    assert.equal(await page.locator('main .notice.ok').count(), 1, 'no notice that a link was sent');
  });

  test('the mail holds the link, and the link a form for the new password', async () => {
    const mail = await waitForMail(server.mailDir, { to: who.email, match: (m) => firstLink(m.text ?? '', '/reset-password') });
    link = firstLink(mail.text, '/reset-password');
    assert.match(new URL(link).search, /^\?token=./);
    const response = await page.goto(link);
    assert.equal(response.status(), 200);
    await assertLang(page, 'mk'); // the language this browser chose
    assert.equal(await page.locator('main form[action="/reset-password"] #password').count(), 1);
  });

  test('a new password is set', async () => {
    // The other browser was busy just now: its session is in the node's memory.
    assert.equal((await before_.page.goto(`${server.url}/profile`)).status(), 200);
    await page.fill('#password', newPassword);
    const response = await follow(page, page.locator('main form[action="/reset-password"] button[type="submit"]'));
    assert.equal(response.status(), 200, await mainText(page));
    assert.equal(await page.locator('main .notice.ok').count(), 1, `no notice that the password changed:\n${await mainText(page)}`);
  });

  test('a session from before the reset is over', async () => {
    const response = await before_.page.goto(`${server.url}/profile`);
    assert.equal(
      where(before_.page),
      `/sign-in?next=${encodeURIComponent('/profile')}`,
      `the session signed in with the old password still opens /profile (${response.status()})`,
    );
  });

  test('the link works once only', async () => {
    await page.goto(link);
    await page.fill('#password', 'Kampus-browser-third-try-1');
    const response = await follow(page, page.locator('main form[action="/reset-password"] button[type="submit"]'));
    assert.equal(response.status(), 404);
    assert.equal(await page.locator('main .notice.bad').count(), 1, await mainText(page));
  });

  test('the old password is refused', async () => {
    await page.goto(`${server.url}/sign-in`);
    await page.fill('#email', who.email);
    await page.fill('#password', who.password);
    const response = await follow(page, page.locator('main form[action="/sign-in"] button[type="submit"]'));
    assert.equal(response.status(), 422);
    assert.equal(where(page), '/sign-in');
    assert.equal(await page.locator('main .notice.bad[role="alert"]').count(), 1);
    assert.equal(await signOutButton(page).count(), 0, 'signed in with the old password');
  });

  test('the new password signs in', async () => {
    await signIn(page, { email: who.email, password: newPassword });
    assert.equal(where(page), '/');
  });
});

describe('one learner\'s attempts and certificates are not another\'s', () => {
  let owner;
  let other;
  let attempt;
  let certificate;
  before(async () => {
    owner = await signedIn(await learner('owner@example.com', 'Owner Learner'), { javaScript: false });
    other = await signedIn(await learner('other@example.com', 'Other Learner', 'sq'), { javaScript: false });
    const { page } = owner;
    await enroll(page, course.slug);
    await readLessons(page, course.slug, course.lessons);
    for (const id of course.pass) {
      attempt = await passAssessment(page, server.url, { slug: course.slug, id, key: course.key[id], tag: 'en' });
    }
    await submitSurvey(page, course.slug, { rating: 3 });
    assert.equal(where(page), `/courses/${course.slug}/completed`, await mainText(page));
    const pdf = await page.getAttribute('main a[href$="/pdf"]', 'href');
    certificate = /^\/my\/certificates\/([^/]+)\/pdf$/.exec(pdf)[1];
  });
  after(async () => {
    await owner?.context.close();
    await other?.context.close();
  });

  test('the owner opens them', async () => {
    assert.equal((await owner.page.goto(server.url + attempt)).status(), 200);
    const pdf = await owner.context.request.get(`${server.url}/my/certificates/${certificate}/pdf`);
    assert.equal(pdf.status(), 200);
    assert.equal(pdf.headers()['content-type'], 'application/pdf');
    const qr = await owner.context.request.get(`${server.url}/my/certificates/${certificate}/qr.svg`);
    assert.equal(qr.status(), 200);
  });

  test('another learner\'s browser gets "not found" for the attempt page', async () => {
    const response = await other.page.goto(server.url + attempt);
    assert.equal(response.status(), 404);
    await assertLang(other.page, 'sq'); // the error page is in the visitor's language
    assert.equal(await other.page.locator('#answers, main section[aria-labelledby="result-heading"]').count(), 0);
  });

  test('another learner cannot send answers to the attempt', async () => {
    await other.page.goto(`${server.url}/profile`);
    const csrf = await other.page.getAttribute('header form[action="/sign-out"] input[name="csrf"]', 'value');
    const response = await other.context.request.post(server.url + attempt, {
      form: { csrf, action: 'save' },
      maxRedirects: 0,
    });
    assert.equal(response.status(), 404);
  });

  test('another learner gets "not found" for the certificate\'s PDF and QR code', async () => {
    for (const file of ['pdf', 'qr.svg']) {
      const response = await other.context.request.get(`${server.url}/my/certificates/${certificate}/${file}`, { maxRedirects: 0 });
      assert.equal(response.status(), 404, `/my/certificates/…/${file}`);
      assert.notEqual(response.headers()['content-type'], 'application/pdf');
    }
  });

  test('someone signed out is sent to sign in', async () => {
    const context = await newContext(browser);
    try {
      for (const path of [attempt, `/my/certificates/${certificate}/pdf`, `/my/certificates/${certificate}/qr.svg`]) {
        const response = await context.request.get(server.url + path, { maxRedirects: 0 });
        assert.equal(response.status(), 303, path);
        assert.equal(response.headers().location, `/sign-in?next=${encodeURIComponent(path)}`, path);
      }
    } finally {
      await context.close();
    }
  });
});

describe('after signing out, the pages still open do nothing', () => {
  let who;
  let context;
  let course_; // the course page, its withdraw form
  let profile; // the profile page, its details form
  let oldSession;
  before(async () => {
    who = await learner('leaver@example.com', 'Leaving Learner');
    ({ context, page: course_ } = await signedIn(who));
    await enroll(course_, course.slug);
    profile = await context.newPage();
    await profile.goto(`${server.url}/profile`);
    oldSession = (await context.cookies()).find((c) => c.name === 'kampus_session');
    assert.ok(oldSession, 'no session cookie');
  });
  after(() => context?.close());

  test('signing out with the header\'s button', async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}/`);
    await follow(page, signOutButton(page));
    assert.equal(where(page), '/');
    assert.equal(await signOutButton(page).count(), 0, 'still signed in');
    assert.equal(await page.locator('header a[href="/sign-in"]').count(), 1);
    await page.close();
  });

  test('the profile form sent from the page opened before is refused', async () => {
    await profile.fill('#display_name', 'Somebody Else');
    const response = await follow(profile, profile.locator('main form[action="/profile"] button[type="submit"]'));
    const landed = where(profile);
    assert.ok(
      landed.startsWith('/sign-in?') || response.status() === 403,
      `the stale form led to ${landed} (${response.status()}):\n${await mainText(profile)}`,
    );
  });

  test('the session cookie from before is worth nothing', async () => {
    const stale = await newContext(browser);
    try {
      await stale.addCookies([oldSession]);
      const page = await stale.newPage();
      await page.goto(`${server.url}/profile`);
      assert.equal(where(page), `/sign-in?next=${encodeURIComponent('/profile')}`);
    } finally {
      await stale.close();
    }
  });

  test('signed in again, a form of the old session\'s page is refused (403) and changes nothing', async () => {
    const page = await context.newPage();
    await page.goto(`${server.url}/sign-in`);
    await signIn(page, who);
    // The course page opened in the first session: its token belongs to that session.
    const response = await follow(
      course_,
      course_.locator(`main form[action="/courses/${course.slug}/enrollment"] button[name="action"][value="withdraw"]`),
    );
    assert.equal(response.status(), 403, `withdrawing with the old page's form: ${response.status()} at ${where(course_)}`);
    await page.goto(`${server.url}/courses/${course.slug}`);
    assert.equal(await page.locator('main #progress').count(), 1, 'no longer enrolled');
    await page.goto(`${server.url}/profile`);
    assert.equal(await page.inputValue('#display_name'), who.name, 'the name changed');
  });
});
