// Writes directory.schema.json, the JSON Schema for a board's directory file, generated from the
// zod schema (machines/directory.schema.ts) so the two can never disagree.
// `--check` exits 1 when the committed file is out of date.
import { build } from 'esbuild';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const dir = mkdtempSync(join(tmpdir(), 'srw-schema-'));
const out = join(dir, 'schema.mjs');
try {
  await build({
    stdin: {
      contents: "export { directorySchema } from './machines/directory.schema.ts'; export { toJSONSchema } from 'zod/mini';",
      resolveDir: process.cwd(),
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    platform: 'node',
    outfile: out,
    logLevel: 'error',
  });
  const { directorySchema, toJSONSchema } = await import(pathToFileURL(out).href);
  const schema = {
    title: 'Safeguarding report wizard: service directory',
    description:
      'The councils, their contacts and hours, with the source and date of every fact. Validate a board directory against this before publishing it.',
    ...toJSONSchema(directorySchema, { target: 'draft-2020-12' }),
  };
  const text = `${JSON.stringify(schema, null, 2)}\n`;
  const file = 'directory.schema.json';
  if (process.argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(file, 'utf8');
    } catch {
      /* missing counts as out of date */
    }
    if (current !== text) {
      console.error(`${file} is out of date: run npm run json-schema`);
      process.exit(1);
    }
    console.log(`${file} is up to date.`);
  } else {
    writeFileSync(file, text);
    console.log(`Wrote ${file}.`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
