// A Kampus server for one suite: its own data folder and port, SQLite by default or a given
// PostgreSQL database; plus the few API calls that set up accounts for a test.
import { spawn } from 'node:child_process';
import { createWriteStream, rmSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));

/** The server the suites test, from the environment `node --test` runs in. */
export function serverOptionsFromEnv() {
  const binary = process.env.KAMPUS_BIN;
  if (!binary) throw new Error('KAMPUS_BIN must name the kampus binary to test');
  // PostgreSQL when set; empty or unset: SQLite in the data folder.
  return { binary, database: process.env.KAMPUS_TEST_DATABASE_URL || undefined };
}

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** Runs `binary args…` to the end, `input` on its standard input; resolves to its stdout. */
function run(binary, args, { env, input = '' }) {
  return new Promise((resolve, reject) => {
    const child = spawn(binary, args, { env, cwd: REPO, stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.stderr.on('data', (chunk) => (err += chunk));
    child.once('error', reject);
    // A crash (a signal) is told as such, with everything the command said before it.
    child.once('close', (code, signal) =>
      code === 0
        ? resolve(out)
        : reject(new Error(`${binary} ${args.join(' ')}: ${signal ? `killed by ${signal}` : `exit ${code}`}\n${out}${err}`)),
    );
    child.stdin.on('error', () => {}); // EPIPE when it exits unread: the exit status tells
    child.stdin.end(input);
  });
}

/**
 * Migrates and serves a fresh Kampus; resolves once `/readyz` answers 200. `settings` are more
 * environment variables for it (e.g. `KAMPUS_ACCESS_CACHE_TTL_MS`).
 * Returns {url, dataDir, mailDir, env, stop()}; `env` is what `createUser` needs.
 */
export async function startKampus({ binary, database, settings = {} }) {
  const dir = await mkdtemp(join(tmpdir(), 'kampus-browser-'));
  const dataDir = join(dir, 'data');
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  // Nothing of the caller's own Kampus settings (a DATABASE_URL, an SMTP host) leaks in.
  const inherited = Object.entries(process.env).filter(([k]) => !k.startsWith('KAMPUS_') && k !== 'DATABASE_URL');
  const env = {
    ...Object.fromEntries(inherited),
    KAMPUS_DATA_DIR: dataDir,
    KAMPUS_BIND: `127.0.0.1:${port}`,
    KAMPUS_PUBLIC_URL: url,
    // The example courses of the repository, wherever the tests are started from.
    KAMPUS_CONTENT_DIR: join(REPO, 'content'),
    RUST_LOG: 'warn',
    KAMPUS_MAIL_POLL_INTERVAL_MS: '200',
    ...settings,
  };
  if (database) env.DATABASE_URL = database; // else SQLite, in the data folder

  await run(binary, ['migrate'], { env }).catch(async (error) => {
    await rm(dir, { recursive: true, force: true });
    throw error;
  });
  const logFile = join(dir, 'server.log');
  const log = createWriteStream(logFile);
  const child = spawn(binary, ['serve'], { env, cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal)));
  // A suite that ends without calling stop() (an uncaught error) leaves no server behind.
  const killOnExit = () => {
    child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  };
  process.once('exit', killOnExit);

  const stop = async () => {
    process.off('exit', killOnExit);
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      // Graceful shutdown waits for open requests; do not wait for ever.
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    }
    await rm(dir, { recursive: true, force: true });
  };

  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null || Date.now() > deadline) {
      const why = child.exitCode !== null ? `exited with ${await exited}` : 'not ready after 60 s';
      const serverLog = await readFile(logFile, 'utf8').catch(() => '');
      await stop();
      throw new Error(`kampus ${why}; its log:\n${serverLog}`);
    }
    const ready = await fetch(`${url}/readyz`, { signal: AbortSignal.timeout(2_000) }).then((r) => r.status === 200, () => false);
    if (ready) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { url, dataDir, mailDir: join(dataDir, 'mail'), env, stop };
}

/** `kampus user create`, address already verified; `role` is learner, trainer or admin. */
export async function createUser({ binary, env, email, name, locale = 'en', role = 'learner', password }) {
  const args = ['user', 'create', '--email', email, '--name', name, '--locale', locale, '--role', role];
  return run(binary, [...args, '--password-stdin'], { env, input: `${password}\n` });
}

/**
 * `kampus content answer-key <folder>`: {course, assessments: {assessment: {question: response}}},
 * a response being {type: choice|choices|bool|pairs|order|number|text, value}.
 */
export async function answerKey({ binary, env }, folder) {
  return JSON.parse(await run(binary, ['content', 'answer-key', folder], { env }));
}

/** A JSON API call (`POST` unless `method` says otherwise); resolves to the answer's body. */
export async function api(url, path, { token, body, method = 'POST' }) {
  const headers = { 'Content-Type': 'application/json' };
  if (token) headers.Authorization = `Bearer ${token}`;
  const response = await fetch(url + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await response.text();
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
  return text ? JSON.parse(text) : null;
}

/** A 15-minute access token for the account. */
export async function apiToken(url, email, password) {
  return (await api(url, '/api/v1/auth/login', { body: { email, password } })).access_token;
}

/**
 * A new invitation code (`POST /api/v1/admin/invitations`). `invitation` may name `email` (a
 * personal invitation, the code is also mailed), `role`, `institution_id`, `max_uses`,
 * `expires_in_days`; none is required.
 */
export async function createInvitation(url, adminToken, invitation = {}) {
  return (await api(url, '/api/v1/admin/invitations', { token: adminToken, body: invitation })).code;
}
