// Builds src/lookup/lookup-data.ts, the offline "which council covers this?" data, from the CSV
// files in ../shared/data (see its README for the sources, licence and limits) and the authority
// ids and names in data/directory.wales.json. Run it again when either changes:
//
//   node scripts/build-lookup-data.mjs
//
// The output is deterministic (sorted, no dates), committed, and checked against a size budget:
// the module minified (esbuild) and gzipped at level 9 must stay within BUDGET bytes.
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const SHARED = new URL('../../shared/data/', import.meta.url);
const DIRECTORY = new URL('../data/directory.wales.json', import.meta.url);
const OUT = new URL('../src/lookup/lookup-data.ts', import.meta.url);
const BUDGET = 25_000; // bytes: "25 KB", read strictly

// Place types, most significant first; the letter is the type's code in the output.
const TYPES = [
  ['City', 'C'],
  ['Town', 'T'],
  ['Village', 'V'],
  ['Suburban Area', 'S'],
  ['Hamlet', 'H'],
  ['Other Settlement', 'O'],
];
// Place types left out, least significant first, only while the module is over the budget.
const DROP_ORDER = ['Other Settlement', 'Hamlet'];

// English councils that appear in border sectors. `name` is what the user reads. Forest of Dean is
// a lower-tier district: Gloucestershire County Council runs children's services there (shared
// data README, "Known limits"). The other four are unitary authorities.
const ENGLISH = {
  E06000049: { name: 'Cheshire East' },
  E06000050: { name: 'Cheshire West and Chester' },
  E06000019: { name: 'Herefordshire' }, // "County of Herefordshire" in the source
  E06000051: { name: 'Shropshire' },
  E07000080: { name: 'Forest of Dean', runBy: 'Gloucestershire County Council' },
};

// Other names people use for a council, matched like its English and Welsh names.
const COUNCIL_ALIASES = { 'isle-of-anglesey': ['Anglesey'] };

const ATTRIBUTION = [
  'Contains OS data © Crown copyright and database right 2017, 2021, 2025.',
  'Contains Royal Mail data © Royal Mail copyright and database right 2025.',
  'Contains National Statistics data © Crown copyright and database right 2025.',
];
const LICENCE = 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/';

function readCsv(name) {
  const text = readFileSync(new URL(name, SHARED), 'utf8');
  const [header, ...lines] = text.split('\n').filter((l) => l.length > 0);
  const columns = header.split(',');
  return lines.map((line) => {
    const cells = line.split(',');
    if (cells.length !== columns.length) throw new Error(`${name}: expected ${columns.length} fields in "${line}"`);
    return Object.fromEntries(columns.map((c, i) => [c, cells[i]]));
  });
}

const fail = (message) => {
  console.error(`build-lookup-data: ${message}`);
  process.exit(1);
};

// Welsh authorities: the directory's ids, sorted, then the English councils, sorted by name.
const directory = JSON.parse(readFileSync(DIRECTORY, 'utf8'));
const welsh = directory.authorities
  .map((a) => ({ id: a.id, en: a.name.en, cy: a.name.cy ?? a.name.en }))
  .sort((a, b) => (a.id < b.id ? -1 : 1));
const englishCodes = Object.keys(ENGLISH).sort((a, b) => ENGLISH[a].name.localeCompare(ENGLISH[b].name, 'en'));
if (welsh.length + englishCodes.length > 52) fail('too many authorities for one-letter codes');

// One letter per authority: A-Z then a-z, Welsh first.
const letter = (i) => String.fromCharCode(i < 26 ? 65 + i : 97 + i - 26);
const slug = (name) =>
  name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** lad_code → letter; Welsh codes are matched to directory ids by lad_name. */
const codeLetter = new Map();
function letterFor(row) {
  if (codeLetter.has(row.lad_code)) return codeLetter.get(row.lad_code);
  let index;
  if (row.lad_code.startsWith('W06')) {
    index = welsh.findIndex((a) => a.id === slug(row.lad_name));
    if (index < 0) fail(`no directory id for "${row.lad_name}" (${row.lad_code}): expected "${slug(row.lad_name)}"`);
  } else {
    const e = englishCodes.indexOf(row.lad_code);
    if (e < 0) fail(`unknown English council ${row.lad_code} "${row.lad_name}": add it to ENGLISH`);
    index = welsh.length + e;
  }
  codeLetter.set(row.lad_code, letter(index));
  return letter(index);
}

const pct = (share) => Math.round(Number(share) * 100);

// Postcodes: "SECTOR:" then each authority's letter, with its share in percent unless it is 100.
// Rows come sorted by sector and, within one, by descending share; both are kept.
function encodeShares(rows, key) {
  const byKey = new Map();
  for (const row of rows) {
    const k = row[key];
    if (!byKey.has(k)) byKey.set(k, []);
    byKey.get(k).push(row);
  }
  return [...byKey]
    .map(([k, list]) => {
      const sorted = [...list].sort((a, b) => Number(b.postcodes) - Number(a.postcodes) || (a.lad_code < b.lad_code ? -1 : 1));
      const code = sorted.length === 1 ? letterFor(sorted[0]) : sorted.map((r) => letterFor(r) + pct(r.share)).join('');
      return `${k}:${code}`;
    })
    .sort(byPostcode)
    .join(',');
}

// Sorts "NP4 6:..." and "NP10:..." by area, district number, then sector digit.
function byPostcode(a, b) {
  const parse = (s) => {
    const m = /^([A-Z]+)(\d+)([A-Z]?)(?: (\d))?:/.exec(s);
    return [m[1], Number(m[2]), m[3], m[4] ?? ''];
  };
  const pa = parse(a);
  const pb = parse(b);
  for (let i = 0; i < pa.length; i++) {
    if (pa[i] < pb[i]) return -1;
    if (pa[i] > pb[i]) return 1;
  }
  return 0;
}

const sectorRows = readCsv('wales-postcode-sectors.csv');
const districtRows = readCsv('wales-postcode-districts.csv');
const placeRows = readCsv('wales-places.csv');

const sectors = encodeShares(sectorRows, 'postcode_sector');
const districts = encodeShares(districtRows, 'postcode_district');

// Sectors wholly in England inside a border district are absent from the sectors file (it keeps
// only sectors with a Welsh postcode). Each district's count for an English council, less that
// council's count over the district's listed sectors, is what those absent sectors hold.
const englishOnly = [];
for (const d of [...new Set(districtRows.map((r) => r.postcode_district))]) {
  const letters = [];
  for (const row of districtRows.filter((r) => r.postcode_district === d && !r.lad_code.startsWith('W06'))) {
    const inSectors = sectorRows
      .filter((s) => s.postcode_sector.split(' ')[0] === d && s.lad_code === row.lad_code)
      .reduce((sum, s) => sum + Number(s.postcodes), 0);
    if (Number(row.postcodes) - inSectors > 0) letters.push(letterFor(row));
  }
  // Welsh postcodes are all in listed sectors; check, as the inference above depends on it.
  for (const row of districtRows.filter((r) => r.postcode_district === d && r.lad_code.startsWith('W06'))) {
    const inSectors = sectorRows
      .filter((s) => s.postcode_sector.split(' ')[0] === d && s.lad_code === row.lad_code)
      .reduce((sum, s) => sum + Number(s.postcodes), 0);
    if (inSectors !== Number(row.postcodes)) fail(`${d}: ${row.lad_name} has ${row.postcodes} postcodes but ${inSectors} in sectors`);
  }
  if (letters.length) englishOnly.push(`${d}:${letters.sort().join('')}`);
}
englishOnly.sort(byPostcode);

// Places, one string per Welsh authority: six "~"-separated sections, one per type in TYPES
// order, each a "|"-separated list of names sorted by name; "/" and the other-language name
// follow a name where OS gives two.
const typeCode = new Map(TYPES);
for (const r of placeRows) {
  if (!typeCode.has(r.type)) fail(`unknown place type "${r.type}"`);
  if (/[|/~]/.test(r.name + r.name_cy)) fail(`a place name contains |, / or ~: ${r.name}`);
}
const byName = (a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.name_cy < b.name_cy ? -1 : a.name_cy > b.name_cy ? 1 : 0);
const encodePlaces = (kept) =>
  welsh.map((_, i) =>
    TYPES.map(([type]) =>
      kept
        .filter((r) => r.type === type && letterFor(r) === letter(i))
        .sort(byName)
        .map((r) => r.name + (r.name_cy ? `/${r.name_cy}` : ''))
        .join('|'),
    ).join('~'),
  );

const q = (s) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

/** The generated module, leaving out the place types in `droppedTypes`. */
function render(droppedTypes) {
  const kept = placeRows.filter((r) => !droppedTypes.includes(r.type));
  const dropped = placeRows.length - kept.length;
  const places = encodePlaces(kept);
  const keptNote = dropped
    ? `Place types left out to keep the lookup small: ${droppedTypes.join(', ')} (${dropped} of ${placeRows.length} rows).`
    : `Every place row is kept (${placeRows.length}).`;
  const source = `/**
 * GENERATED by scripts/build-lookup-data.mjs: do not edit by hand; run \`node scripts/build-lookup-data.mjs\`.
 * From ../shared/data/wales-postcode-sectors.csv, wales-postcode-districts.csv and wales-places.csv
 * (see that folder's README for the sources and their limits), and the authority ids and names in
 * data/directory.wales.json. ${keptNote}
 *
${ATTRIBUTION.map((l) => ` * ${l}`).join('\n')}
 * Used under the Open Government Licence v3.0: ${LICENCE}
 *
 * Encoding (decoded by decodeLookupData in find-authority.ts): each authority is one letter, A-Z
 * then a-z, indexing \`welsh\` and then \`english\`. \`sectors\` and \`districts\` are
 * "POSTCODE:LETTERS" joined by commas; with more than one authority each letter is followed by its
 * share of the postcodes in percent (shares of postcode units, rounded to 2 decimals). For a border
 * district, \`englishOnly\` names the English councils that hold postcodes in sectors absent from
 * \`sectors\` (sectors wholly in England). \`places[i]\` lists the places of \`welsh[i]\`: one
 * "~"-separated section per type in \`placeTypes\` order, each a "|"-separated list of names;
 * "/" and the other-language name follow a name where OS gives two.
 */
export const attribution: readonly string[] = [${ATTRIBUTION.map(q).join(', ')}];

export const licenceUrl = ${q(LICENCE)};

/** [directory id, English name, Welsh name, ...other names people use]. */
export const welsh: readonly (readonly string[])[] = [
${welsh.map((a) => `  [${[a.id, a.en, a.cy, ...(COUNCIL_ALIASES[a.id] ?? [])].map(q).join(', ')}],`).join('\n')}
];

/** [name, council that runs children's services there when it is not the same]. */
export const english: readonly (readonly string[])[] = [
${englishCodes.map((c) => `  [${[ENGLISH[c].name, ...(ENGLISH[c].runBy ? [ENGLISH[c].runBy] : [])].map(q).join(', ')}],`).join('\n')}
];

export const sectors =
  ${q(sectors)};

export const districts =
  ${q(districts)};

export const englishOnly = ${q(englishOnly.join(','))};

export const placeTypes: readonly string[] = [${TYPES.map(([, key]) => q(key)).join(', ')}];

export const places: readonly string[] = [
${places.map((p) => `  ${q(p)},`).join('\n')}
];
`;
  return { source, kept, dropped };
}

// Size as shipped: minified by esbuild (as the library build would), then gzip -9.
const { transformSync } = await import('esbuild');
const gzipSize = (source) => {
  const minified = transformSync(source, { loader: 'ts', minify: true, format: 'esm', target: 'es2022' }).code;
  return { minified: minified.length, gzip: gzipSync(Buffer.from(minified), { level: 9 }).length };
};

// Keep every place if that fits; otherwise leave out the least significant types, in DROP_ORDER.
let droppedTypes = [];
let built = render(droppedTypes);
let size = gzipSize(built.source);
for (const type of DROP_ORDER) {
  if (size.gzip <= BUDGET) break;
  console.log(`  ${size.gzip} bytes gzipped is over the budget: leaving out ${type} places.`);
  droppedTypes = [...droppedTypes, type];
  built = render(droppedTypes);
  size = gzipSize(built.source);
}
if (size.gzip > BUDGET) fail(`${size.gzip} bytes gzipped, over the budget of ${BUDGET} even without ${DROP_ORDER.join(' and ')} places`);

if (process.argv.includes('--check')) {
  // CI: the committed file must be what the data builds (scripts/check-generated.mjs).
  if (readFileSync(OUT, 'utf8') !== built.source) fail('src/lookup/lookup-data.ts is out of date: run node scripts/build-lookup-data.mjs');
  console.log('src/lookup/lookup-data.ts is up to date.');
  process.exit(0);
}
writeFileSync(OUT, built.source);
const postcodesOnly = gzipSize(render(TYPES.map(([t]) => t)).source).gzip;
const counts = TYPES.map(([t]) => `${t} ${built.kept.filter((r) => r.type === t).length}`).join(', ');
console.log(`Wrote src/lookup/lookup-data.ts: ${built.source.length} bytes; minified ${size.minified}; gzip -9 ${size.gzip} (budget ${BUDGET}).`);
console.log(`  Postcodes: ${sectorRows.length} sector rows, ${districtRows.length} district rows (${postcodesOnly} bytes gzipped without places).`);
console.log(`  Places: ${built.kept.length} of ${placeRows.length} kept (${counts}); left out: ${droppedTypes.length ? droppedTypes.join(', ') : 'none'}.`);
