// HTML conformance with the Nu HTML Checker (vnu.jar from npm, run by the system's java).
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const VNU_JAR = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

/**
 * Checks a batch of documents in one run of the checker. `documents` is [{name, html}], `html`
 * being the HTTP response body; `name` (e.g. `sign-in.sq`) names its file. Resolves to the
 * errors, [{name, line, column, message, extract}], [] when every document is valid.
 */
export async function vnuErrors(documents) {
  const dir = await mkdtemp(join(tmpdir(), 'kampus-vnu-'));
  try {
    const files = new Map();
    for (const [i, { name, html }] of documents.entries()) {
      const file = join(dir, `${i}-${name.replace(/[^\w.-]+/g, '_')}.html`);
      await writeFile(file, html);
      files.set(file, name);
    }
    const args = ['-jar', VNU_JAR, '--errors-only', '--format', 'json', '--stdout', ...files.keys()];
    const { code, stdout, stderr } = await new Promise((resolve, reject) => {
      const child = spawn('java', args, { stdio: ['ignore', 'pipe', 'pipe'] });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk) => (stdout += chunk));
      child.stderr.on('data', (chunk) => (stderr += chunk));
      child.once('error', reject);
      child.once('close', (code) => resolve({ code, stdout, stderr }));
    });
    // Exit status 1 means "errors found"; anything unparsable is a failure of the checker.
    let messages;
    try {
      ({ messages } = JSON.parse(stdout));
    } catch {
      throw new Error(`vnu exited with ${code} without a JSON report:\n${stdout}${stderr}`);
    }
    return messages
      .filter((m) => m.type !== 'info')
      .map((m) => ({
        // The checker names a file `file:/tmp/…`.
        name: (m.url && files.get(new URL(m.url).pathname)) ?? m.url,
        line: m.lastLine,
        column: m.firstColumn,
        message: m.message,
        extract: m.extract,
      }));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** One line per error: `name:line:column: message`, then the extract. */
export function formatErrors(errors) {
  return errors
    .map((e) => `${e.name}:${e.line ?? '?'}:${e.column ?? '?'}: ${e.message}${e.extract ? `\n    ${e.extract.replace(/\n/g, '\n    ')}` : ''}`)
    .join('\n');
}
