// Every page of the site, as an anonymous visitor and as a signed-in learner sees it: the lists
// the accessibility suite checks and screenshots.mjs takes, and the learner whose pages they
// are (a course completed, with its certificate; another course under way, an attempt open).
import assert from 'node:assert/strict';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { courseFacts, enroll, follow, passAssessment, readLessons, submitSurvey, where } from './learner.mjs';

/** The courses of the prepared learner: one completed, one under way. */
export const DONE_COURSE = 'migration-and-gender';
export const DOING_COURSE = 'migration-and-development';

/**
 * A page: `name` (also its file name in screenshots), `path(state)` (null when the learner has
 * no such page), the HTTP `status` it answers with, and for a page that is the answer to a form,
 * `send(page)`, which fills in and sends the form of the page at `path` (its response).
 */
export const ANONYMOUS_PAGES = [
  { name: 'catalog', path: () => '/' },
  { name: 'course', path: () => `/courses/${DONE_COURSE}` },
  { name: 'sign-in', path: () => '/sign-in' },
  {
    name: 'sign-in-refused',
    path: () => '/sign-in',
    status: 422,
    send: async (page) => {
      await page.fill('#email', 'nobody@example.com');
      await page.fill('#password', 'not the password at all');
      return follow(page, page.locator('main form[action="/sign-in"] button[type="submit"]'));
    },
  },
  { name: 'register', path: () => '/register' },
  {
    name: 'register-errors',
    path: () => '/register',
    status: 422,
    send: async (page) => {
      await page.fill('#email', 'not an address');
      await page.fill('#password', 'short');
      return follow(page, page.locator('main form[action="/register"] button[type="submit"]'));
    },
  },
  { name: 'forgot-password', path: () => '/forgot-password' },
  { name: 'verify-email-resend', path: () => '/verify-email/resend' },
  { name: 'verify-email', path: () => '/verify-email?token=x' },
  {
    name: 'verify-email-invalid',
    path: () => '/verify-email?token=x',
    status: 404,
    send: (page) => follow(page, page.locator('main form[action="/verify-email"] button[type="submit"]')),
  },
  { name: 'reset-password', path: () => '/reset-password?token=x' },
  { name: 'not-found', path: () => '/no-such-page', status: 404 },
  { name: 'certificate-verification', path: (s) => s.verification },
];

export const SIGNED_IN_PAGES = [
  { name: 'catalog', path: () => '/' },
  { name: 'course', path: (s) => s.doing && `/courses/${s.doing}` },
  { name: 'course-completed', path: (s) => s.done && `/courses/${s.done}` },
  { name: 'lesson', path: (s) => s.lesson },
  { name: 'assessment', path: (s) => s.assessment },
  { name: 'attempt-sheet', path: (s) => s.openAttempt },
  {
    name: 'attempt-sheet-problem',
    path: (s) => s.openAttempt,
    status: 422,
    send: async (page) => {
      // A number no one can read: the sheet comes back with the question marked, nothing saved.
      const number = page.locator('#answers input[inputmode="decimal"]').first();
      assert.equal(await number.count(), 1, 'the open attempt has no numeric question');
      await number.fill('about twelve');
      return follow(page, page.locator('#answers button[name="action"][value="save"]'));
    },
  },
  { name: 'attempt-result', path: (s) => s.submittedAttempt },
  { name: 'survey', path: (s) => s.doing && `/courses/${s.doing}/survey` },
  { name: 'certificates', path: () => '/my/certificates' },
  { name: 'completed', path: (s) => s.done && `/courses/${s.done}/completed` },
  { name: 'profile', path: () => '/profile' },
  {
    name: 'profile-errors',
    path: () => '/profile',
    status: 422,
    send: async (page) => {
      await page.fill('#display_name', '');
      return follow(page, page.locator('main form[action="/profile"] button[type="submit"]'));
    },
  },
];

/**
 * The pages of staff (issue 21), as an admin sees them with the prepared learner's figures:
 * `state.learnerRecord` is that learner's record (found by `prepareStaff`).
 */
export const STAFF_PAGES = [
  { name: 'dashboard', path: () => '/staff' },
  { name: 'dashboard-by-country', path: () => '/staff?by=country&from=2020-01-01' },
  { name: 'dashboard-bad-filter', path: () => '/staff?from=2026-13-01&by=locale' },
  { name: 'learners', path: () => `/staff/courses/${DONE_COURSE}/learners` },
  { name: 'learners-searched', path: () => `/staff/courses/${DONE_COURSE}/learners?q=nobody-at-all` },
  { name: 'learner-record', path: (s) => s.learnerRecord },
  { name: 'survey-figures', path: () => `/staff/courses/${DONE_COURSE}/satisfaction` },
  { name: 'item-analysis', path: () => `/staff/courses/${DONE_COURSE}/assessments/final` },
  { name: 'funder-report', path: () => '/staff/funder-report?from=2020-01-01' },
  { name: 'publishing', path: () => '/admin/content' },
  { name: 'version-report', path: (s) => s.versionReport },
  // The publishing console's forms: a preview in two locales, the confirmations, and an upload
  // that does not validate, shown with its problems.
  { name: 'version-preview', path: (s) => s.versionReport && `${s.versionReport}/preview?left=en&right=sq` },
  { name: 'publish-confirmation', path: (s) => s.versionReport && `${s.versionReport}/publish` },
  { name: 'unpublish-confirmation', path: (s) => s.unpublish },
  {
    name: 'upload-problems',
    path: () => '/admin/content',
    status: 422,
    send: async (page) => {
      await page.setInputFiles('#bundle', BROKEN_BUNDLE);
      return follow(page, page.locator('main form[action="/admin/content/bundles"] button[type="submit"]'));
    },
  },
  // The admins' people, institutions and invitation codes (issue 21).
  { name: 'admin-people', path: () => '/admin/people' },
  { name: 'admin-people-searched', path: () => '/admin/people?q=nobody-at-all&role=trainer' },
  { name: 'admin-people-bad-role', path: () => '/admin/people?role=king', status: 422 },
  { name: 'admin-person', path: (s) => s.personPage },
  { name: 'admin-institutions', path: () => '/admin/institutions' },
  { name: 'admin-institution', path: (s) => s.institutionPage },
  { name: 'admin-invitations', path: () => '/admin/invitations' },
  { name: 'admin-invitation-revoke', path: (s) => s.invitationRevoke },
  // Admin console: certificates, failed mail and the audit log (issue 21).
  { name: 'admin-certificates', path: () => '/admin/certificates' },
  { name: 'admin-certificates-found', path: () => '/admin/certificates?q=%40' },
  { name: 'admin-certificate', path: (s) => s.certificateRecord },
  {
    name: 'admin-certificate-reason-missing',
    path: (s) => s.certificateRecord,
    status: 422,
    send: (page) => follow(page, page.locator('main form[action$="/revoke"] button[type="submit"]')),
  },
  {
    name: 'admin-certificate-confirm-reissue',
    path: (s) => s.certificateRecord,
    send: async (page) => {
      await page.fill('#reissue_reason', 'Name corrected');
      return follow(page, page.locator('main form[action$="/reissue"] button[type="submit"]'));
    },
  },
  { name: 'admin-mail', path: () => '/admin/mail' },
  { name: 'admin-audit', path: () => '/admin/audit' },
  { name: 'admin-audit-filtered', path: () => '/admin/audit?action=content.&from=2020-01-01&until=2099-12-31' },
  { name: 'admin-audit-bad-filter', path: () => '/admin/audit?actor=nobody&from=2026-13-01', status: 422 },
];

/** A bundle whose Fluent file does not parse (tests/fixtures/bundles/README.md). */
const BROKEN_BUNDLE = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'fixtures', 'bundles', 'broken-fluent.zip');

/**
 * What the staff pages are about: the first learner listed in DONE_COURSE, the first version
 * the publishing console lists and the first course it offers to unpublish, and the first
 * person, institution and open invitation code the admin's lists show, and the first certificate
 * the admins' certificate search lists (through the pages).
 */
export async function prepareStaff(page, url) {
  await page.goto(`${url}/staff/courses/${DONE_COURSE}/learners`);
  const record = page.locator('main table a[href^="/staff/learners/"]').first();
  const learnerRecord = (await record.count()) ? await record.getAttribute('href') : null;
  await page.goto(`${url}/admin/content`);
  const version = page.locator('main table a[href^="/admin/content/versions/"]').first();
  const versionReport = (await version.count()) ? await version.getAttribute('href') : null;
  const withdraw = page.locator('main a[href$="/unpublish"]').first();
  const unpublish = (await withdraw.count()) ? await withdraw.getAttribute('href') : null;
  const first = async (path, selector) => {
    await page.goto(`${url}${path}`);
    const link = page.locator(selector).first();
    return (await link.count()) ? link.getAttribute('href') : null;
  };
  // A fresh server has no institution and no invitation code: the admin makes one of each
  // through the forms, as an admin would.
  await page.goto(`${url}/admin/institutions`);
  if ((await page.locator('main table a[href^="/admin/institutions/"]').count()) === 0) {
    await page.fill('#name', 'Granična policija Bosne i Hercegovine');
    await page.fill('#country_code', 'BA');
    await page.selectOption('#kind', 'border-police');
    await follow(page, page.locator('main form[action="/admin/institutions"] button[type="submit"]'));
  }
  await page.goto(`${url}/admin/invitations`);
  if ((await page.locator('main table a[href$="/revoke"]').count()) === 0) {
    await follow(page, page.locator('main form[action="/admin/invitations"] button[type="submit"]'));
  }
  const personPage = await first('/admin/people', 'main table a[href^="/admin/people/"]');
  const institutionPage = await first('/admin/institutions', 'main table a[href^="/admin/institutions/"]');
  const invitationRevoke = await first('/admin/invitations', 'main table a[href$="/revoke"]');
  const certificateRecord = await first('/admin/certificates?q=%40', 'main table a[href^="/admin/certificates/"]');
  return { learnerRecord, versionReport, unpublish, personPage, institutionPage, invitationRevoke, certificateRecord };
}

/**
 * Opens `entry` for `state` in `page` (with `?lang=<lang>` when given), sending its form if it
 * has one; resolves to the response of the page shown, or null when the state has no such page.
 */
export async function openPage(page, url, entry, state, { lang } = {}) {
  const path = entry.path(state);
  if (!path) return null;
  const address = new URL(path, url);
  if (lang) address.searchParams.set('lang', lang);
  const response = await page.goto(address.href);
  return entry.send ? entry.send(page) : response;
}

/**
 * Makes the signed-in learner of `page` the one the pages show (through the pages, as the
 * journey does): completes DONE_COURSE, enrolls in DOING_COURSE, reads its first lesson and
 * leaves an attempt of its first required assessment open. `server` is {url, binary, env}.
 * Resolves to the state the page lists take.
 */
export async function prepareLearner(page, server) {
  const done = await courseFacts(server, DONE_COURSE);
  const doing = await courseFacts(server, DOING_COURSE);
  await page.goto(`${server.url}/`);
  await enroll(page, done.slug);
  await readLessons(page, done.slug, done.lessons);
  let submittedAttempt;
  for (const id of done.pass) {
    const attempt = await passAssessment(page, server.url, { slug: done.slug, id, key: done.key[id], tag: 'en' });
    submittedAttempt ??= attempt; // a module quiz: its review shows feedback
  }
  await submitSurvey(page, done.slug, { rating: 4, comment: 'Useful.' });
  assert.equal(where(page), `/courses/${done.slug}/completed`);
  const verification = new URL(await page.getAttribute('main .actions a[href*="/verify/"]', 'href')).pathname;

  await follow(page, page.locator('header a.brand'));
  await enroll(page, doing.slug);
  const assessment = `/courses/${doing.slug}/assessments/${doing.pass[0]}`;
  await follow(page, page.locator(`main a[href="${assessment}"]`));
  await follow(page, page.locator(`main form[action="${assessment}/attempts"] button[type="submit"]`));
  const openAttempt = new URL(page.url()).pathname;
  return {
    done: done.slug,
    doing: doing.slug,
    lesson: `/courses/${doing.slug}/lessons/${doing.lessons[0]}`,
    assessment,
    openAttempt,
    submittedAttempt,
    verification,
  };
}

/**
 * The same state found on any server by looking at a signed-in learner's pages: a completed
 * course and one under way (the catalog's badges), the first lesson of the latter, and from the
 * pages of the two courses' assessments (listed by the public outline, `GET /api/v1/courses/…`:
 * a completed course's page links none), an open and a submitted attempt; a certificate's
 * verification page. What the account does not have is left out.
 */
export async function discoverLearner(page, url) {
  const state = {};
  await page.goto(`${url}/`);
  for (const card of await page.locator('main .card').all()) {
    const slug = (await card.locator('h2 a').getAttribute('href')).replace(/^\/courses\//, '');
    if (await card.locator('.badge.ok').count()) state.done ??= slug;
    else if (await card.locator('.badge:not(.ok):not(.warn)').count()) state.doing ??= slug;
  }
  if (state.doing) {
    await page.goto(`${url}/courses/${state.doing}`);
    const lesson = page.locator('main ol.outline a[href*="/lessons/"]').first();
    if (await lesson.count()) state.lesson = await lesson.getAttribute('href');
  }
  for (const slug of [state.doing, state.done].filter(Boolean)) {
    const outline = await (await fetch(`${url}/api/v1/courses/${slug}`)).json();
    for (const { id } of outline.assessments ?? []) {
      const path = `/courses/${slug}/assessments/${id}`;
      if (slug === state.doing) state.assessment ??= path;
      if (state.openAttempt && state.submittedAttempt) break;
      await page.goto(url + path);
      // The open attempt is the one the "continue" button leads to; the others are submitted.
      const resume = page.locator('main .actions a.button[href^="/attempts/"]');
      const open = (await resume.count()) ? await resume.getAttribute('href') : null;
      if (open && !state.openAttempt) {
        state.openAttempt = open;
        if (slug === state.doing) state.assessment = path; // the assessment with the open attempt
      }
      const listed = await page.locator('main ul.outline a[href^="/attempts/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      state.submittedAttempt ??= listed.find((href) => href !== open);
    }
  }
  await page.goto(`${url}/my/certificates`);
  const verify = page.locator('main a[href*="/verify/"]').first();
  if (await verify.count()) state.verification = new URL(await verify.getAttribute('href')).pathname;
  return state;
}
