// Accessibility checks with axe-core, on the page as the browser shows it.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { setTimeout as sleep } from 'node:timers/promises';

const AXE_SOURCE = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * With the page's JavaScript off, Chromium still evaluates what DevTools sends, and runs its
 * promise jobs, but never calls a timer back, and axe waits on timers. So on such a page the
 * page's setTimeout and clearTimeout become a queue that `window.__kampusTimers()` runs the due
 * entries of; `axeViolations` calls it from here until axe has answered. No script of the page
 * ran, so nothing else sees the change.
 */
function installTimerQueue() {
  const queue = new Map();
  let lastId = 0;
  window.setTimeout = (callback, delay = 0, ...args) => {
    queue.set(++lastId, { at: performance.now() + delay, run: () => callback(...args) });
    return lastId;
  };
  window.clearTimeout = (id) => queue.delete(id);
  window.__kampusTimers = () => {
    for (const [id, timer] of queue) {
      if (timer.at <= performance.now()) {
        queue.delete(id);
        timer.run();
      }
    }
  };
}

/** axe's WCAG 2.2 A and AA violations on the page; [] when there is none. */
export async function axeViolations(page) {
  if (!(await page.evaluate(() => 'axe' in window))) {
    if (await page.evaluate(() => matchMedia('(scripting: none)').matches)) await page.evaluate(installTimerQueue);
    // The pages' CSP allows no inline script, but DevTools evaluation is not subject to it, so
    // the source is evaluated rather than added as a <script> (no bypassCSP); `0` keeps the
    // script's own completion value from being sent back.
    await page.evaluate(`${AXE_SOURCE}\n;0`);
  }
  await page.evaluate((values) => {
    window.__kampusAxe = undefined;
    window.axe
      .run(document, { runOnly: { type: 'tag', values } })
      .then((result) => (window.__kampusAxe = { violations: result.violations }))
      .catch((error) => (window.__kampusAxe = { error: String(error) }));
  }, TAGS);
  const deadline = Date.now() + 60_000;
  for (;;) {
    const answer = await page.evaluate(() => (window.__kampusTimers?.(), window.__kampusAxe));
    if (answer?.error) throw new Error(`axe: ${answer.error}`);
    if (answer) return answer.violations;
    if (Date.now() > deadline) throw new Error('axe did not finish in 60 s');
    await sleep(5);
  }
}

/** Every violation in full: rule, impact, help, and each element with axe's summary. */
export function formatViolations(violations) {
  return violations
    .map((v) => {
      const nodes = v.nodes.map(
        (n) => `    ${n.target.join(' ')}\n      ${n.html}\n      ${n.failureSummary.replace(/\n/g, '\n      ')}`,
      );
      return `${v.id} (${v.impact}): ${v.help}\n  ${v.helpUrl}\n${nodes.join('\n')}`;
    })
    .join('\n');
}
