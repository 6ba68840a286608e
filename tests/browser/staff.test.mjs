// Who sees what on the trainers' and admins' pages, in a real browser: a trainer of one
// institution sees its learners and figures and nothing of another's (its learner's record is
// 404; filtered by it, every view and download is empty); a learner gets 403 on every trainer
// and admin page; and every form of the admins' pages refuses to act without its CSRF token.
// Learners join their institution the way people do: an invitation code, the registration
// form and the emailed link.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { launch, newContext } from './lib/browser.mjs';
import { confirmAddress, enroll, mainText, register, signIn } from './lib/learner.mjs';
import { DONE_COURSE, STAFF_PAGES, prepareStaff } from './lib/pages.mjs';
import { api, apiToken, createInvitation, createUser, serverOptionsFromEnv, startKampus } from './lib/server.mjs';

// Addresses and names of its own: on PostgreSQL every suite shares one database.
const ADMIN = { email: 'jasna.staff@rmtc.example', name: 'Jasna Admin', password: 'Kampus-browser-staff-1', role: 'admin' };
const TRAINER = { email: 'trener.staff@granpol.example', name: 'Tarik Trener', password: 'Kampus-browser-staff-2', role: 'trainer' };
/** X, the trainer's institution, and Y, another; a learner of each. */
const X = { name: 'Granična policija BiH, Sektor Sjever', country_code: 'BA', kind: 'border-police' };
const Y = { name: 'Комесаријат за избеглице, Регионални центар', country_code: 'RS', kind: 'refugee-agency' };
const LEARNER_X = { email: 'amra.staff@granpol.example', name: 'Amra Hodžić', password: 'Kampus-browser-staff-3', tag: 'bs' };
const LEARNER_Y = { email: 'milan.staff@kirs.example', name: 'Милан Јовановић', password: 'Kampus-browser-staff-4', tag: 'sr-Cyrl' };

const options = serverOptionsFromEnv();
let server;
let browser;
let admin;
let trainer;
let learner;
let staffState;
/** Institution ids, and the learners' record pages as the admin's list links them. */
let ids;
let records;

/** A learner registered with `code`, the address confirmed, signed in and enrolled. */
async function joinWithCode(context, code, person) {
  const page = await context.newPage();
  await register(page, server.url, { ...person, code });
  await confirmAddress(page, server.mailDir, person.email);
  await page.goto(`${server.url}/sign-in`);
  await signIn(page, person);
  await enroll(page, DONE_COURSE);
  await page.close();
}

/** The browser signed in as `person` (a new context: its own cookies). */
async function signedIn(person, { javaScript = false } = {}) {
  const context = await newContext(browser, { javaScript });
  const page = await context.newPage();
  await page.goto(`${server.url}/sign-in`);
  await signIn(page, person);
  await page.close();
  return context;
}

/** GET `path` in `context`'s session (cookies and all): status and body. */
async function fetchIn(context, path) {
  const response = await context.request.get(`${server.url}${path}`, { maxRedirects: 0 });
  return { status: response.status(), body: await response.text() };
}

before(async () => {
  server = await startKampus(options);
  browser = await launch();
  for (const person of [ADMIN, TRAINER]) await createUser({ ...options, env: server.env, ...person });
  const token = await apiToken(server.url, ADMIN.email, ADMIN.password);
  const x = await api(server.url, '/api/v1/admin/institutions', { token, body: X });
  const y = await api(server.url, '/api/v1/admin/institutions', { token, body: Y });
  ids = { x: x.id, y: y.id };
  for (const [institution, person] of [[x.id, LEARNER_X], [y.id, LEARNER_Y]]) {
    const code = await createInvitation(server.url, token, { institution_id: institution, max_uses: 5 });
    const context = await newContext(browser, { javaScript: false });
    await joinWithCode(context, code, person);
    await context.close();
  }
  const trainerToken = await apiToken(server.url, TRAINER.email, TRAINER.password);
  const me = await api(server.url, '/api/v1/me', { token: trainerToken, method: 'GET' });
  await api(server.url, `/api/v1/admin/users/${me.id}/institutions`, {
    token,
    method: 'PUT',
    body: { institution_ids: [x.id] },
  });

  admin = await signedIn(ADMIN);
  const page = await admin.newPage();
  staffState = await prepareStaff(page, server.url);
  await page.goto(`${server.url}/staff/courses/${DONE_COURSE}/learners`);
  records = {};
  for (const [key, person] of [['x', LEARNER_X], ['y', LEARNER_Y]]) {
    const row = page.locator('main table tr', { hasText: person.email });
    records[key] = await row.locator('a[href^="/staff/learners/"]').first().getAttribute('href');
  }
  await page.close();
  trainer = await signedIn(TRAINER);
  learner = await signedIn(LEARNER_X);
});

after(async () => {
  for (const context of [admin, trainer, learner]) await context?.close();
  await browser?.close();
  await server?.stop();
});

describe("a trainer of X, JavaScript off", () => {
  let page;
  before(async () => {
    page = await trainer.newPage();
  });
  after(async () => page?.close());

  test("sees X's learners and figures, and nothing of Y's", async () => {
    await page.goto(`${server.url}/staff?by=institution`);
    const dashboard = await mainText(page);
    assert.ok(dashboard.includes(X.name), 'X in the figures');
    assert.ok(!dashboard.includes(Y.name), 'Y nowhere on the dashboard');
    const offered = await page.locator('#f-institution option').allTextContents();
    assert.ok(!offered.some((name) => name.includes(Y.name)), `the filter offers Y: ${offered}`);
    await page.goto(`${server.url}/staff/courses/${DONE_COURSE}/learners`);
    const list = await mainText(page);
    assert.ok(list.includes(LEARNER_X.email), "X's learner listed");
    assert.ok(!list.includes(LEARNER_Y.email), "Y's learner not listed");
  });

  test("gets 404 for Y's learner and the record of X's", async () => {
    const theirs = await page.goto(`${server.url}${records.x}`);
    assert.equal(theirs.status(), 200);
    const other = await page.goto(`${server.url}${records.y}`);
    assert.equal(other.status(), 404);
    assert.ok(!(await mainText(page)).includes(LEARNER_Y.name));
  });

  test('filtered by Y, every view and download is empty', async () => {
    for (const filter of [`institution=${ids.y}`, 'country=RS']) {
      const list = await page.goto(`${server.url}/staff/courses/${DONE_COURSE}/learners?${filter}`);
      assert.equal(list.status(), 200);
      const text = await mainText(page);
      assert.ok(!text.includes(LEARNER_Y.email) && !text.includes(LEARNER_X.email), filter);
      const dashboard = await page.goto(`${server.url}/staff?${filter}&by=institution`);
      assert.equal(dashboard.status(), 200);
      assert.ok(!(await mainText(page)).includes(Y.name), filter);
      const learners = await fetchIn(trainer, `/staff/courses/${DONE_COURSE}/learners.csv?${filter}`);
      assert.equal(learners.status, 200);
      assert.equal(learners.body.trim().split('\n').length, 1, `the header only: ${learners.body}`);
      for (const report of ['headline', 'completion', 'knowledge-gain']) {
        const csv = await fetchIn(trainer, `/staff/reports/${report}.csv?${filter}&by=institution`);
        assert.equal(csv.status, 200, `${report} ${filter}`);
        assert.ok(!csv.body.includes(Y.name) && !csv.body.includes(LEARNER_Y.email), `${report} ${filter}`);
      }
    }
  });
});

describe('a learner, JavaScript off', () => {
  test('gets 403 on every trainer and admin page', async () => {
    const page = await learner.newPage();
    const paths = STAFF_PAGES.map((entry) => entry.path(staffState)).filter(Boolean);
    paths.push(records.x);
    assert.ok(paths.length >= 15, `${paths.length} pages`);
    for (const path of new Set(paths)) {
      const response = await page.goto(`${server.url}${path}`);
      assert.equal(response.status(), 403, path);
      assert.ok(!(await mainText(page)).includes(LEARNER_Y.email), path);
    }
    await page.close();
  });
});

describe("the admin's forms", () => {
  test('each refuses to act without its CSRF token', async () => {
    // JavaScript on, only to take the token out of the form before sending it.
    const context = await signedIn(ADMIN, { javaScript: true });
    const page = await context.newPage();
    const paths = STAFF_PAGES.filter((entry) => !entry.send)
      .map((entry) => entry.path(staffState))
      .filter(Boolean);
    let forms = 0;
    for (const path of new Set(paths)) {
      await page.goto(`${server.url}${path}`);
      const count = await page.locator('main form[method="post"]').count();
      for (let index = 0; index < count; index++) {
        await page.goto(`${server.url}${path}`);
        const form = page.locator('main form[method="post"]').nth(index);
        const action = await form.getAttribute('action');
        const [response] = await Promise.all([
          page.waitForNavigation(),
          form.evaluate((element) => {
            element.querySelector('input[name="csrf"]')?.remove();
            element.noValidate = true;
            element.submit();
          }),
        ]);
        assert.equal(response.status(), 403, `${path}: form ${index} (${action})`);
        forms++;
      }
    }
    assert.ok(forms >= 8, `${forms} forms`);
    // None of them did anything: the course is still published and the learners still there.
    const catalog = await page.goto(`${server.url}/courses/${DONE_COURSE}`);
    assert.equal(catalog.status(), 200);
    await page.goto(`${server.url}/staff/courses/${DONE_COURSE}/learners`);
    assert.ok((await mainText(page)).includes(LEARNER_Y.email));
    await context.close();
  });
});
