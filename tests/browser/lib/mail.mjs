// The mail Kampus sends, read from the `.eml` files it writes when no SMTP server is set.
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** Decodes a body by its Content-Transfer-Encoding and charset. */
function decodeBody(body, encoding = '', charset = 'utf-8') {
  let bytes;
  switch (encoding.toLowerCase()) {
    case 'base64':
      bytes = Buffer.from(body, 'base64');
      break;
    case 'quoted-printable':
      bytes = quotedPrintable(body.replace(/=\r?\n/g, ''));
      break;
    default:
      return body;
  }
  return new TextDecoder(charset).decode(bytes);
}

/** `=XX` escapes to bytes; the rest is ASCII, as quoted-printable must be. */
function quotedPrintable(text) {
  const bytes = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '=' && /^[0-9A-Fa-f]{2}$/.test(text.slice(i + 1, i + 3))) {
      bytes.push(parseInt(text.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      bytes.push(text.charCodeAt(i));
    }
  }
  return Uint8Array.from(bytes);
}

/** RFC 2047 encoded words (`=?utf-8?B?…?=`, `=?utf-8?Q?…?=`) in a header value. */
function decodeWords(value) {
  return value
    .replace(/\?=\s+=\?/g, '?==?') // white space between two encoded words is not text
    .replace(/=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g, (_, charset, kind, text) =>
      kind.toUpperCase() === 'B'
        ? decodeBody(text, 'base64', charset)
        : decodeBody(text.replace(/_/g, ' '), 'quoted-printable', charset),
    );
}

/** `Type/subtype; name=value; …` as {type, params}. */
function contentType(value = 'text/plain') {
  const [type, ...rest] = value.split(';');
  const params = {};
  for (const param of rest) {
    const match = /^\s*([^=\s]+)\s*=\s*"?([^"]*)"?\s*$/.exec(param);
    if (match) params[match[1].toLowerCase()] = match[2];
  }
  return { type: type.trim().toLowerCase(), params };
}

/** One MIME entity: lower-case headers, and its text/plain and text/html bodies, decoded. */
function parseEntity(raw) {
  const split = /\r?\n\r?\n/.exec(raw);
  const head = split ? raw.slice(0, split.index) : raw;
  const body = split ? raw.slice(split.index + split[0].length) : '';
  const headers = {};
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = decodeWords(line.slice(colon + 1).trim());
  }
  const { type, params } = contentType(headers['content-type']);
  if (type.startsWith('multipart/')) {
    const parts = body.split(`--${params.boundary}`).slice(1, -1); // preamble and epilogue out
    const entities = parts.map((part) => parseEntity(part.replace(/^\r?\n/, '')));
    return {
      headers,
      text: entities.find((e) => e.text !== undefined)?.text,
      html: entities.find((e) => e.html !== undefined)?.html,
    };
  }
  const decoded = decodeBody(body, headers['content-transfer-encoding'], params.charset);
  return { headers, [type === 'text/html' ? 'html' : 'text']: decoded };
}

/** The addresses in a header such as `To: Name <a@b.org>, c@d.org`, lower case. */
function addresses(value = '') {
  return (value.match(/[^\s<>,"]+@[^\s<>,"]+/g) ?? []).map((a) => a.toLowerCase());
}

/**
 * The newest message addressed to `to` in `mailDir` (and, given `match`, for which
 * `match(message)` is true), waiting up to `timeoutMs` for one: {file, headers, subject, text, html}.
 */
export async function waitForMail(mailDir, { to, match = () => true, timeoutMs = 10_000 }) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const names = (await readdir(mailDir).catch(() => [])).filter((n) => n.endsWith('.eml'));
    const files = await Promise.all(
      names.map(async (name) => ({ file: join(mailDir, name), mtime: (await stat(join(mailDir, name))).mtimeMs })),
    );
    files.sort((a, b) => b.mtime - a.mtime || b.file.localeCompare(a.file));
    for (const { file } of files) {
      const message = parseEntity(await readFile(file, 'utf8'));
      const found = { file, subject: message.headers.subject, ...message };
      if (addresses(message.headers.to).includes(to.toLowerCase()) && match(found)) return found;
    }
    if (Date.now() > deadline) throw new Error(`no mail to ${to} in ${mailDir} after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The first http(s) URL in `text` whose path starts with `pathPrefix`, or null. */
export function firstLink(text, pathPrefix) {
  for (const [link] of text.matchAll(/https?:\/\/[^\s<>"')]+/g)) {
    if (new URL(link).pathname.startsWith(pathPrefix)) return link;
  }
  return null;
}
