// Kampus's exports read by the npm parsers JavaScript translation tools build on: XLIFF 2.1 by
// `xliff` (xliff2js, as used by locize and i18next tooling), PO by `gettext-parser` (po.parse).
// Each file must parse, hold as many units as `kampus content export` reported, each with an
// id and English; in PO the `fuzzy` entries must be the outdated ones and the empty `msgstr`s
// the untranslated ones, and in XLIFF the units without a `<target>` the untranslated ones.
//
//   node parse.mjs MANIFEST
//
// MANIFEST has a line per file: `format<TAB>units<TAB>outdated<TAB>untranslated<TAB>path`,
// the counts as the export printed them. Exits non-zero on any mismatch, naming the file.
import { readFileSync } from 'node:fs';
import { xliff2js } from 'xliff';
import { po } from 'gettext-parser';

async function readXliff(path) {
  const parsed = await xliff2js(readFileSync(path, 'utf8'));
  if (!parsed.resources) throw new Error('no XLIFF 2 resources (not XLIFF 2.x?)');
  const units = Object.entries(parsed.resources).flatMap(([file, units]) =>
    Object.entries(units).map(([id, unit]) => ({ id: `${file}/${id}`, unit })));
  return {
    units: units.length,
    withoutSource: units.filter(({ unit }) => !unit || unit.source === undefined || unit.source === '').length,
    untranslated: units.filter(({ unit }) => unit && unit.target === undefined).length,
    outdated: null, // xliff2js keeps no segment state
  };
}

function readPo(path) {
  const parsed = po.parse(readFileSync(path));
  const entries = Object.entries(parsed.translations).flatMap(([context, messages]) =>
    Object.values(messages).filter((m) => !(context === '' && m.msgid === '')));
  const isFuzzy = (m) => (m.comments?.flag ?? '').split(',').map((f) => f.trim()).includes('fuzzy');
  return {
    units: entries.length,
    withoutSource: entries.filter((m) => !m.msgctxt || !m.msgid).length,
    untranslated: entries.filter((m) => m.msgstr.every((s) => s === '')).length,
    outdated: entries.filter(isFuzzy).length,
  };
}

const lines = readFileSync(process.argv[2], 'utf8').split('\n').filter(Boolean);
let failures = 0;
const totals = { xliff: [0, 0], po: [0, 0] };
for (const line of lines) {
  const [format, units, outdated, untranslated, path] = line.split('\t');
  const expected = { units: +units, outdated: +outdated, untranslated: +untranslated };
  let seen;
  try {
    seen = format === 'xliff' ? await readXliff(path) : readPo(path);
  } catch (error) {
    console.error(`${path}: ${format === 'xliff' ? 'xliff2js' : 'gettext-parser'} failed: ${error.message}`);
    failures += 1;
    continue;
  }
  const problems = [];
  if (expected.units === 0) problems.push('the export reported no units');
  if (seen.units !== expected.units) problems.push(`${seen.units} units, the export reported ${expected.units}`);
  if (seen.withoutSource) problems.push(`${seen.withoutSource} unit(s) without an id or English`);
  if (seen.untranslated !== expected.untranslated)
    problems.push(`${seen.untranslated} untranslated, the export reported ${expected.untranslated}`);
  if (seen.outdated !== null && seen.outdated !== expected.outdated)
    problems.push(`${seen.outdated} fuzzy, the export reported ${expected.outdated} outdated`);
  if (problems.length) {
    console.error(`${path}: ${problems.join('; ')}`);
    failures += 1;
  }
  totals[format][0] += 1;
  totals[format][1] += seen.units;
}
console.log(`xliff (xliff2js): ${totals.xliff[0]} files, ${totals.xliff[1]} units; ` +
  `po (gettext-parser): ${totals.po[0]} files, ${totals.po[1]} units; ${failures} failed`);
process.exit(failures ? 1 : 0);
