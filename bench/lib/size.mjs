// Sizes: every .js file in dist/ (gzip -9), and what each part of the bundle costs.
//
// The attribution bundles src/index.ts again with esbuild (minified, ESM, code splitting like
// Vite's build, metafile; vite.config.ts's JSON transforms are applied too, so the data is the
// same). Per output chunk:
// - minified: the metafile's exact bytes for each input file, summed by part;
// - gzip alone: a part's code cut out of a second esbuild output (identifiers and syntax
//   minified, whitespace kept, so esbuild's `// path` comments mark where each input starts),
//   whitespace-minified and gzipped -9 on its own;
// - saved if removed: gzip -9 of the chunk minus gzip -9 of the chunk without the part;
// - share: gzip alone scaled so a chunk's parts add up to its real dist file's gzip size.
import { readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { gzipSync, constants } from 'node:zlib';
import { build, transform } from 'esbuild';

export const KB = 1024;
// Issue 14's budgets (gzip -9, KB = 1024 bytes): the entry module, the one file the
// one-script-tag embed loads; everything an English route loads but the town and postcode data;
// and that data.
export const BUDGET_ENTRY = 45 * KB;
export const BUDGET_ROUTE = 75 * KB;
export const BUDGET_LOOKUP = 25 * KB;

export const gzip = (data) => gzipSync(data, { level: constants.Z_BEST_COMPRESSION }).length;

/** A chunk name that looks like lookup data (only for esbuild's chunks in the attribution below). */
export const isLookup = (name) => /lookup|town|postcode|place/i.test(name);

/**
 * A source module that is town and postcode lookup data: the generated src/lookup/lookup-data.ts,
 * or a data file named for towns, postcodes or places. A dist file is lookup data when every
 * module in it is (so code that happens to sit beside the data is never excused from a budget).
 */
export const isLookupModule = (id) =>
  /(^|\/)src\/lookup\/lookup-data\.[cm]?[jt]s$|(^|\/)data\/[^/]*(town|postcode|place)[^/]*$/i.test(id.split(sep).join('/').replace(/\?.*$/, ''));

/**
 * Every .js file in dist/, with raw and gzip -9 sizes, what it is and its largest parts.
 * @param {string} distDir
 * @param {Map<string, { isEntry: boolean, isDynamicEntry: boolean, modules: { id: string, bytes: number }[] }>} [chunks]
 *   what the build put in each file (by file name in dist/), from the build's own bundle
 */
export function distSizes(distDir, chunks = new Map()) {
  const root = join(distDir, '..');
  return readdirSync(distDir, { recursive: true })
    .map(String)
    .filter((name) => name.endsWith('.js'))
    .map((name) => {
      const data = readFileSync(join(distDir, name));
      const key = name.split(sep).join('/');
      const chunk = chunks.get(key);
      const modules = (chunk?.modules ?? []).filter((m) => m.bytes > 0);
      const lookup = chunk ? modules.length > 0 && modules.every((m) => isLookupModule(m.id)) : isLookup(name);
      const parts = new Map();
      for (const m of modules) {
        const g = groupOf(relative(root, m.id.replace(/\?.*$/, '').replace(/^\0/, '')));
        parts.set(g, (parts.get(g) ?? 0) + m.bytes);
      }
      const largest = [...parts].sort((a, b) => b[1] - a[1]);
      return {
        file: `dist/${key}`,
        entry: Boolean(chunk?.isEntry),
        lookup,
        label: chunk?.isEntry ? 'entry module (the one-script-tag embed)' : lookup ? 'town and postcode data' : chunk?.isDynamicEntry ? 'loaded by import()' : 'shared chunk',
        contents: largest.slice(0, 4).map(([g]) => g).join(', ') + (largest.length > 4 ? `, +${largest.length - 4}` : ''),
        parts: Object.fromEntries(largest),
        bytes: data.length,
        gzip: gzip(data),
      };
    })
    .sort((a, b) => Number(b.entry) - Number(a.entry) || Number(a.lookup) - Number(b.lookup) || a.file.localeCompare(b.file));
}

/** The part of the bundle an input file belongs to. */
export function groupOf(input) {
  const path = input.split(sep).join('/');
  const pkg = path.match(/node_modules\/((?:@[^/]+\/)?[^/]+)\//)?.[1];
  if (pkg) {
    if (pkg === 'lit' || pkg === 'lit-html' || pkg === 'lit-element' || pkg.startsWith('@lit/')) return 'lit';
    if (pkg === 'xstate') return 'xstate';
    if (pkg === 'zod') return 'zod (zod/mini)';
    return pkg;
  }
  const i18n = path.match(/^src\/i18n\/([\w-]+)\.ts$/);
  if (i18n) return i18n[1] === 'en' || i18n[1] === 'cy' ? `src/i18n (${i18n[1]})` : 'src/i18n (other files)';
  if (path.startsWith('machines/')) return 'machines/';
  if (path.startsWith('data/')) return path;
  const dir = path.match(/^src\/([^/]+)\//)?.[1];
  if (dir) return `src/${dir}`;
  if (path === '<runtime>') return 'esbuild runtime helpers';
  return path;
}

/**
 * The JSON transforms of vite.config.ts's plugins (for example one that leaves fields out of the
 * shipped data), so that esbuild bundles the same data Vite does. Only .json files: code goes
 * through esbuild's own TypeScript loader.
 */
async function viteJsonTransforms(root) {
  const { loadConfigFromFile } = await import('vite');
  const loaded = await loadConfigFromFile({ command: 'build', mode: 'production' }, undefined, root, 'silent');
  const plugins = (loaded?.config.plugins ?? []).flat(Infinity).filter((p) => p && typeof p.transform === 'function');
  return plugins.map((p) => ({ name: p.name, transform: p.transform }));
}

function mirrorVite(transforms, applied) {
  return {
    name: 'mirror-vite-json-transforms',
    setup(b) {
      b.onLoad({ filter: /\.json$/ }, async ({ path }) => {
        let code = await readFile(path, 'utf8');
        for (const t of transforms) {
          try {
            const out = await t.transform.call({}, code, path);
            const next = typeof out === 'string' ? out : out?.code;
            if (typeof next === 'string' && next !== code) {
              code = next;
              applied.add(`${t.name} (${relative(b.initialOptions.absWorkingDir, path).split(sep).join('/')})`);
            }
          } catch {
            // A transform that needs Vite's plugin context is not mirrored.
          }
        }
        return { contents: code, loader: 'json' };
      });
    },
  };
}

const common = (root, plugins) => ({
  absWorkingDir: root,
  entryPoints: ['src/index.ts'],
  bundle: true,
  format: 'esm',
  target: 'es2022',
  // `module` as well as `production`: Vite/rolldown resolve a package's `module` entry, and so
  // must this, or esbuild takes xstate's CommonJS build, which does not tree-shake.
  conditions: ['production', 'module'],
  loader: { '.json': 'json' },
  // Dynamic imports become their own chunks, as in Vite's build (the lookup data).
  splitting: true,
  outdir: join(root, 'bench', '.esbuild-out'),
  write: false,
  metafile: true,
  legalComments: 'none',
  logLevel: 'silent',
  plugins,
});

/**
 * Cuts an unminified-whitespace esbuild output into each input's code, in order, by esbuild's
 * `// path` comments; code before the first one is esbuild's runtime helpers.
 */
function segmentsOf(text, inputs) {
  const known = new Set(inputs);
  const segments = [{ input: '<runtime>', code: '' }];
  for (const line of text.split('\n')) {
    const marker = line.match(/^\/\/ (.+)$/)?.[1];
    if (marker && known.has(marker)) segments.push({ input: marker, code: '' });
    else segments.at(-1).code += line + '\n';
  }
  return segments;
}

/** The code with whitespace minified; if it does not parse on its own, `fallback` decides: the code with indentation removed, or undefined. */
async function minifiedWhitespace(code, fallback = true) {
  try {
    return (await transform(code, { minifyWhitespace: true, format: 'esm', target: 'es2022', logLevel: 'silent' })).code;
  } catch {
    return fallback ? code.replace(/\n\s*/g, '\n') : undefined;
  }
}

const posix = (path) => path.split(sep).join('/');
/** An esbuild chunk's name without its hash: `lookup-data-ABC123.js` -> `lookup-data`. */
const chunkName = (path) => posix(path).split('/').pop().replace(/(-[A-Z0-9]{8})?\.js$/, '');

/**
 * What each part costs, chunk by chunk.
 * @param {string} root the project folder
 * @param {{ file: string, gzip: number }[]} dist dist's .js files, to scale each chunk's shares to
 */
export async function attribute(root, dist) {
  const applied = new Set();
  const plugins = [mirrorVite(await viteJsonTransforms(root), applied)];
  const min = await build({ ...common(root, plugins), minify: true });
  const cut = await build({ ...common(root, plugins), minifySyntax: true, minifyIdentifiers: true });
  const key = (output) => Object.keys(output.inputs).sort().join('\n');
  const cutByInputs = new Map(Object.entries(cut.metafile.outputs).map(([path, output]) => [key(output), path]));
  const fileAt = (result, path) => result.outputFiles.find((f) => posix(relative(root, f.path)) === path);

  const chunks = [];
  for (const [outPath, output] of Object.entries(min.metafile.outputs)) {
    if (!outPath.endsWith('.js')) continue;
    // Dynamic imports are entry points in esbuild's metafile too: the main file is src/index.ts's.
    const isEntry = output.entryPoint === 'src/index.ts';
    const name = isEntry ? 'main' : chunkName(outPath);
    const distFile = isEntry
      ? dist.find((f) => f.file === 'dist/safeguarding-report-wizard.js')
      : dist.find((f) => f.file !== 'dist/safeguarding-report-wizard.js' && f.file.includes(name));
    const minified = fileAt(min, outPath).contents;
    const segments = segmentsOf(fileAt(cut, cutByInputs.get(key(output))).text, Object.keys(output.inputs));
    const lookup = !isEntry && isLookup(name);

    const groups = new Map();
    const group = (g) => {
      if (!groups.has(g)) groups.set(g, { group: g, files: 0, bytes: 0, code: '' });
      return groups.get(g);
    };
    const files = [];
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      if (!bytesInOutput) continue;
      const g = group(groupOf(input));
      g.files += 1;
      g.bytes += bytesInOutput;
      files.push({ input: posix(input), group: g.group, chunk: name, bytes: bytesInOutput });
    }
    for (const segment of segments) if (segment.code.trim()) group(groupOf(segment.input)).code += segment.code;
    for (const segment of segments) segment.group = groupOf(segment.input);

    // Leave-one-out: gzip of the chunk, and of the chunk without a part. Export and import
    // statements are left out of both (they would name bindings that are gone).
    const gzipWithout = async (drop) => {
      const code = segments
        .filter((s) => !drop(s))
        .map((s) => s.code)
        .join('')
        .replace(/^(export|import)\s*\{[^}]*\}[^;\n]*;?/gm, '');
      const m = await minifiedWhitespace(code, false);
      return m === undefined ? undefined : gzip(m);
    };
    const whole = await gzipWithout(() => false);
    const saved = async (drop) => {
      if (whole === undefined) return null;
      const without = await gzipWithout(drop);
      return without === undefined ? null : whole - without;
    };

    const rows = [];
    for (const g of groups.values()) {
      const code = await minifiedWhitespace(g.code);
      rows.push({
        group: g.group,
        chunk: name,
        lookup,
        files: g.files,
        bytes: g.bytes || code.length,
        gzipAlone: g.code.trim() ? gzip(code) : 0,
        savedIfRemoved: await saved((s) => s.group === g.group),
      });
    }
    const aloneTotal = rows.reduce((t, r) => t + r.gzipAlone, 0);
    const scaleTo = distFile?.gzip ?? gzip(minified);
    for (const r of rows) {
      r.share = Math.round((r.gzipAlone / aloneTotal) * scaleTo);
      r.percent = Math.round((1000 * r.gzipAlone) / aloneTotal) / 10;
    }
    rows.sort((a, b) => b.share - a.share);
    files.sort((a, b) => b.bytes - a.bytes);
    for (const f of files.slice(0, 15)) f.savedIfRemoved = await saved((s) => s.input === f.input);
    chunks.push({
      chunk: name,
      entry: isEntry,
      lookup,
      distFile: distFile?.file ?? null,
      esbuild: { bytes: minified.length, gzip: gzip(minified), gzipFromParts: whole ?? null },
      rows,
      files,
    });
  }
  chunks.sort((a, b) => Number(b.entry) - Number(a.entry));
  return {
    method:
      "esbuild bundle of src/index.ts (minify, esm, es2022, splitting, conditions production+module, .json loader, and vite.config.ts's JSON transforms). minified: exact bytes per input (metafile). gzip alone: each part's own code, gzip -9 on its own. saved if removed: gzip -9 of the chunk minus gzip -9 of the chunk without the part (leave-one-out). share: gzip alone scaled so a chunk's parts add up to its dist file's gzip size.",
    viteTransformsApplied: [...applied],
    chunks,
    groups: chunks.flatMap((c) => c.rows),
    largestFiles: chunks.flatMap((c) => c.files.slice(0, 15)).sort((a, b) => b.bytes - a.bytes).slice(0, 15),
  };
}
