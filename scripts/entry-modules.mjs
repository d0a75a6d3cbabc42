// What each file of the build holds, built in memory from vite.config.ts (nothing is written):
// for the test that keeps zod, Welsh and the finder out of the entry (test/entry-modules.test.ts,
// through the test runner's `entry-modules` command), and for anyone asking what the entry holds.
import { build } from 'vite';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Each chunk's file name, whether it is the entry, its module ids (relative to the project), the files it imports statically, its size and its code. */
export async function buildChunks() {
  const result = await build({ root, configFile: `${root}vite.config.ts`, logLevel: 'silent', build: { write: false } });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output);
  return outputs
    .filter((o) => o.type === 'chunk')
    .map((c) => ({
      fileName: c.fileName,
      isEntry: c.isEntry,
      modules: c.moduleIds.map((id) => id.replace(root, '').replace(/^.*node_modules\//, 'node_modules/')),
      imports: c.imports,
      bytes: c.code.length,
      code: c.code,
    }));
}

/** The build written to `dir` (relative to the project), as a board would copy it to its site; the files' names. */
export async function buildTo(dir) {
  const result = await build({ root, configFile: `${root}vite.config.ts`, logLevel: 'silent', build: { outDir: `${root}${dir}`, emptyOutDir: true } });
  return (Array.isArray(result) ? result : [result]).flatMap((r) => r.output).map((o) => o.fileName);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const c of await buildChunks()) console.log(`${c.fileName}${c.isEntry ? ' (entry)' : ''}: ${c.bytes} bytes\n  ${c.modules.join('\n  ')}`);
}
