// A learner's way through the pages as a person takes it: links followed, fields filled and
// forms sent with the mouse and keyboard (playwright), never a request made by hand; plus what
// the suites need to know of a course to get through it.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { firstLink, waitForMail } from './mail.mjs';
import { answerKey } from './server.mjs';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * What completes the course in `content/<folder>`, from the `[completion]` table of its
 * course.toml: {slug, pass: the assessments to pass, survey: whether the survey is required}.
 */
export async function completionOf(folder) {
  const toml = await readFile(join(REPO, 'content', folder, 'course.toml'), 'utf8');
  const slug = /^slug\s*=\s*"([^"]+)"/m.exec(toml)?.[1];
  assert.ok(slug, `no slug in ${folder}/course.toml`);
  // The table: from its header to the next table's.
  const table = (toml.split(/^\[completion\][ \t]*$/m)[1] ?? '').split(/^[ \t]*\[/m)[0];
  const list = /^\s*pass\s*=\s*\[([^\]]*)\]/m.exec(table)?.[1] ?? '';
  return {
    slug,
    pass: [...list.matchAll(/"([^"]+)"/g)].map((m) => m[1]),
    survey: /^\s*survey\s*=\s*true\b/m.test(table),
  };
}

/**
 * What a suite needs of the course in `content/<folder>` to get through it: what completes it
 * ({@link completionOf}), its lessons in reading order and its assessments (the public outline,
 * `GET /api/v1/courses/{slug}`), and the answer key (`kampus content answer-key`):
 * {slug, pass, survey, lessons, assessments, key}.
 */
export async function courseFacts({ url, binary, env }, folder) {
  const { slug, pass, survey } = await completionOf(folder);
  const response = await fetch(`${url}/api/v1/courses/${slug}`);
  assert.equal(response.status, 200, `GET /api/v1/courses/${slug}`);
  const outline = await response.json();
  const { assessments: key } = await answerKey({ binary, env }, join(REPO, 'content', folder));
  return {
    slug,
    pass,
    survey: survey && outline.has_survey,
    lessons: outline.modules.flatMap((m) => m.lessons.map((l) => l.id)),
    assessments: outline.assessments.map((a) => a.id),
    key,
  };
}

/** Clicks what leads to another page (a link, a form's button) and waits for it; its response. */
export async function follow(page, locator) {
  const [response] = await Promise.all([page.waitForNavigation(), locator.click()]);
  return response;
}

/** The path and query of the page shown. */
export function where(page) {
  const url = new URL(page.url());
  return url.pathname + url.search;
}

/** `<html lang>` is `tag`. */
export async function assertLang(page, tag) {
  assert.equal(await page.getAttribute('html', 'lang'), tag, `<html lang> of ${where(page)}`);
}

/** The header's sign-out form: there when someone is signed in. */
export function signOutButton(page) {
  return page.locator('header form[action="/sign-out"] button');
}

/**
 * Registers from the catalog in `tag` (`/?lang=<tag>` first, then the header's link): the
 * invitation code, address, name, password and gender typed in; the language the form offers
 * must be the page's. Ends on the page that says what happens next.
 */
export async function register(page, url, { tag, code, email, name, password, gender }) {
  await page.goto(`${url}/?lang=${tag}`);
  await assertLang(page, tag);
  await follow(page, page.locator('header a[href="/register"]'));
  assert.equal(where(page), '/register');
  await assertLang(page, tag); // the language the link chose stays
  assert.equal(await page.inputValue('#preferred_locale'), tag, 'the language the form offers');
  await page.fill('#invitation_code', code);
  await page.fill('#email', email);
  await page.fill('#display_name', name);
  await page.fill('#password', password);
  if (gender) await page.selectOption('#gender', gender);
  const response = await follow(page, page.locator('main form[action="/register"] button[type="submit"]'));
  assert.equal(response.status(), 200, `registering: ${response.status()}\n${await mainText(page)}`);
  await assertLang(page, tag);
  assert.equal(await page.locator('main form[action="/register"]').count(), 0, 'the form is still there');
  assert.equal(await page.locator('main .notice.ok[role="status"]').count(), 1, 'no notice of what comes next');
}

/**
 * Opens the address-confirmation link of the newest such mail to `email` and confirms it with
 * the page's button. Resolves to the mail.
 */
export async function confirmAddress(page, mailDir, email) {
  const linkOf = (mail) => firstLink(mail.text ?? mail.html ?? '', '/verify-email');
  const mail = await waitForMail(mailDir, { to: email, match: linkOf });
  const link = linkOf(mail);
  const shown = await page.goto(link);
  assert.equal(shown.status(), 200, `GET ${link}`);
  const response = await follow(page, page.locator('main form[action="/verify-email"] button[type="submit"]'));
  assert.equal(response.status(), 200, `confirming the address: ${response.status()}\n${await mainText(page)}`);
  assert.equal(await page.locator('main .notice.ok').count(), 1, 'no notice that the address is confirmed');
  return mail;
}

/**
 * Signs in through the header's link (or on the sign-in page already shown); ends where the
 * form sends one (the catalog, or the page that asked for it).
 */
export async function signIn(page, { email, password }) {
  if (new URL(page.url()).pathname !== '/sign-in') await follow(page, page.locator('header a[href="/sign-in"]'));
  await page.fill('#email', email);
  await page.fill('#password', password);
  const response = await follow(page, page.locator('main form[action="/sign-in"] button[type="submit"]'));
  assert.equal(response.status(), 200, `signing in: ${response.status()}\n${await mainText(page)}`);
  assert.equal(await signOutButton(page).count(), 1, `not signed in; on ${where(page)}:\n${await mainText(page)}`);
  return response;
}

/** From the catalog: the course's card, then its enroll button. Ends on the course page. */
export async function enroll(page, slug) {
  if (new URL(page.url()).pathname !== '/') await follow(page, page.locator('header a.brand'));
  await follow(page, page.locator(`main .card a[href="/courses/${slug}"]`));
  assert.equal(where(page), `/courses/${slug}`);
  const response = await follow(
    page,
    page.locator(`main form[action="/courses/${slug}/enrollment"] button[name="action"][value="enroll"]`),
  );
  assert.equal(response.status(), 200);
  assert.equal(where(page), `/courses/${slug}`);
  assert.equal(await page.locator('main #progress').count(), 1, 'the course page shows no progress after enrolling');
}

/**
 * From the course page: its start link, then "mark as completed" on every lesson, each leading
 * to the next in the outline's order and the last back to the course page. `each(page)` runs on
 * every lesson (to assert on it).
 */
export async function readLessons(page, slug, lessons, each = async () => {}) {
  await follow(page, page.locator(`main .actions a.button[href^="/courses/${slug}/lessons/"]`));
  for (const lesson of lessons) {
    assert.equal(where(page), `/courses/${slug}/lessons/${lesson}`, 'the lessons come in the outline\'s order');
    await each(page);
    const response = await follow(page, page.locator(`main form[action="/courses/${slug}/lessons/${lesson}/completion"] button`));
    assert.equal(response.status(), 200);
  }
  assert.equal(where(page), `/courses/${slug}`, 'after the last lesson, the course page');
  assert.equal(await page.locator('main ol.outline .badge.ok').count(), lessons.length, 'lessons marked done in the outline');
}

/** A number as someone writing `tag` types it: a decimal comma but in English. */
function typed(number, tag) {
  const written = String(number);
  return tag === 'en' ? written : written.replace('.', ',');
}

/**
 * The sheet's fields as the key answers them: {field name: value}, a list of the values checked
 * for radio buttons and check boxes.
 */
function expectedSheet(key, questions, tag) {
  const expected = {};
  for (const q of questions) {
    const { type, value } = key[q];
    const name = `a/${q}`;
    if (type === 'choice' || type === 'bool') expected[name] = [String(value)];
    else if (type === 'choices') expected[name] = [...value].sort();
    else if (type === 'pairs') for (const [premise, response] of value) expected[`${name}/${premise}`] = response;
    else if (type === 'order') value.forEach((item, i) => (expected[`${name}/${item}`] = String(i + 1)));
    else if (type === 'number') expected[name] = typed(value, tag);
    else if (type === 'text') expected[name] = value;
    else throw new Error(`answer of unknown type ${type} for ${q}`);
  }
  return expected;
}

/** The sheet as shown: {field name: value}, radio buttons and check boxes as the values checked. */
export function sheetState(page) {
  return page.$$eval('#answers [name^="a/"]', (fields) => {
    const state = {};
    for (const f of fields) {
      if (f.type === 'radio' || f.type === 'checkbox') {
        state[f.name] ??= [];
        if (f.checked) state[f.name].push(f.value);
      } else {
        state[f.name] = f.value;
      }
    }
    for (const value of Object.values(state)) if (Array.isArray(value)) value.sort();
    return state;
  });
}

/** The questions the sheet shows, from its field names (`a/<question>[/<part>]`). */
export async function sheetQuestions(page) {
  const names = await page.$$eval('#answers [name^="a/"]', (fields) => fields.map((f) => f.name));
  return [...new Set(names.map((n) => n.split('/')[1]))];
}

/** Answers every question the sheet shows as `key` does, control by control. */
export async function fillSheet(page, key, tag) {
  const questions = await sheetQuestions(page);
  assert.ok(questions.length > 0, 'the sheet shows no question');
  for (const q of questions) {
    assert.ok(key[q], `the answer key has no question ${q}`);
    const { type, value } = key[q];
    const name = `a/${q}`;
    const input = (v) => page.locator(`#answers input[name="${name}"][value="${v}"]`);
    switch (type) {
      case 'choice':
      case 'bool':
        await input(String(value)).check();
        break;
      case 'choices':
        for (const v of value) await input(v).check();
        break;
      case 'pairs':
        for (const [premise, response] of value) await page.selectOption(`#answers select[name="${name}/${premise}"]`, response);
        break;
      case 'order':
        for (const [i, item] of value.entries()) await page.selectOption(`#answers select[name="${name}/${item}"]`, String(i + 1));
        break;
      case 'number':
        await page.fill(`#answers input[name="${name}"]`, typed(value, tag));
        break;
      case 'text':
        await page.fill(`#answers input[name="${name}"]`, value);
        break;
      default:
        throw new Error(`answer of unknown type ${type} for ${q}`);
    }
  }
  return expectedSheet(key, questions, tag);
}

/**
 * From the course page: the assessment's link, its start button, then the sheet filled from
 * the key, saved, opened again (the answers must still be there), and submitted (with
 * JavaScript on, the confirmation cancelled once, then accepted); the result must be 100 % and
 * passed. Ends on the course page (the result's link back). Resolves to the
 * attempt's path.
 */
export async function passAssessment(page, url, { slug, id, key, tag }) {
  await follow(page, page.locator(`main a[href="/courses/${slug}/assessments/${id}"]`));
  await follow(page, page.locator(`main form[action="/courses/${slug}/assessments/${id}/attempts"] button[type="submit"]`));
  const attempt = new URL(page.url()).pathname;
  assert.match(attempt, /^\/attempts\/[0-9a-f-]{36}$/, 'starting leads to the attempt');
  await assertLang(page, tag);
  const expected = await fillSheet(page, key, tag);
  assert.deepEqual(await sheetState(page), expected, 'the sheet as filled in');

  const saved = await follow(page, page.locator('#answers button[name="action"][value="save"]'));
  assert.equal(saved.status(), 200, `saving: ${saved.status()}\n${await mainText(page)}`);
  assert.equal(new URL(page.url()).pathname, attempt);
  assert.equal(await page.locator('main .notice.ok[role="status"]').count(), 1, 'no notice that the answers are saved');
  // Opened afresh (not a reload, which a browser may fill from its own memory of the form).
  await page.goto(url + attempt);
  await assertLang(page, tag);
  assert.deepEqual(await sheetState(page), expected, 'the saved answers, shown again');

  // With JavaScript on, the page asks before an attempt is submitted (a confirmation dialog);
  // "cancel" sends nothing, "OK" submits. Without it, the button submits at once.
  const submit = page.locator('#answers button[name="action"][value="submit"]');
  const scripted = await page.evaluate(() => matchMedia('(scripting: enabled)').matches);
  const asked = [];
  const answer = (accept) => (dialog) => {
    asked.push(`${dialog.type()}: ${dialog.message()}`);
    return accept ? dialog.accept() : dialog.dismiss();
  };
  if (scripted) {
    page.once('dialog', answer(false));
    await submit.click();
    assert.equal(asked.length, 1, 'no confirmation before submitting');
    assert.match(asked[0], /^confirm: \S/, 'the confirmation asks something');
    assert.equal(where(page), attempt, 'cancelled, yet the page changed');
    assert.equal(await page.locator('#answers').count(), 1, 'cancelled, yet the sheet is gone');
  }
  const accept = answer(true);
  page.on('dialog', accept);
  const submitted = await follow(page, submit).finally(() => page.off('dialog', accept));
  assert.equal(asked.length, scripted ? 2 : 0, `the dialogs: ${asked.join('; ')}`);
  assert.equal(submitted.status(), 200, `submitting: ${submitted.status()}\n${await mainText(page)}`);
  assert.equal(where(page), attempt, 'the result is shown at the attempt\'s address');
  await assertLang(page, tag);
  assert.equal(await page.locator('#answers').count(), 0, 'the sheet is still shown after submitting');
  const score = await page.locator('main section[aria-labelledby="result-heading"] .lead').innerText();
  assert.match(score, /\b100\s?%|%\s?100\b/, `the score shown: ${score}`);
  assert.equal(
    await page.locator('main section[aria-labelledby="result-heading"] .badge.ok').count(),
    1,
    `not marked passed:\n${await mainText(page)}`,
  );
  await follow(page, page.locator(`main section[aria-labelledby="result-heading"] a[href="/courses/${slug}"]`));
  return attempt;
}

/**
 * From the course page: the survey's link, every rating given (`rating`, 1 to the scale), every
 * free text written (`comment`), sent. Resolves to the response of the page it leads to.
 */
export async function submitSurvey(page, slug, { rating = 4, comment = '' } = {}) {
  await follow(page, page.locator(`main a[href="/courses/${slug}/survey"]`));
  const form = page.locator(`main form[action="/courses/${slug}/survey"]`);
  const rated = await form.locator('input[type="radio"][name^="s/"]').evaluateAll((inputs) => [...new Set(inputs.map((i) => i.name))]);
  assert.ok(rated.length > 0, 'the survey has no rated item');
  for (const name of rated) {
    const points = form.locator(`input[type="radio"][name="${name}"]`);
    const count = await points.count();
    await points.nth(Math.min(rating, count) - 1).check();
  }
  for (const area of await form.locator('textarea[name^="s/"]').all()) await area.fill(comment);
  return follow(page, form.locator('button[type="submit"]'));
}

/**
 * Downloads the certificate through the page's link (the download event), and reads it back:
 * {name, bytes, text} (`text` by pdftotext).
 */
export async function downloadCertificate(page) {
  const link = page.locator('main a[href^="/my/certificates/"][href$="/pdf"]');
  assert.equal(await link.count(), 1, 'no link to the certificate\'s PDF');
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  assert.equal(await download.failure(), null, 'the download failed');
  const file = await download.path();
  const bytes = await readFile(file);
  const { stdout } = await promisify(execFile)('pdftotext', ['-enc', 'UTF-8', file, '-']);
  return { name: download.suggestedFilename(), bytes, text: stdout };
}

/** The visible text of `main`, to say what a page said when it was not what was expected. */
export async function mainText(page) {
  return (await page.locator('main').innerText().catch(() => '')).slice(0, 2000);
}

/** Chooses `tag` in the header's language switcher (signed in: a form that saves the preference). */
export async function chooseLanguage(page, tag) {
  await page.locator('header details.languages summary').click();
  const response = await follow(page, page.locator(`header form[action="/language"] button[name="lang"][value="${tag}"]`));
  await assertLang(page, tag);
  return response;
}
