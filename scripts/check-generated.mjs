#!/usr/bin/env node
/**
 * CI: fails when a generated file that is committed is out of date with what generates it:
 * - directory.schema.json (from machines/directory.schema.ts),
 * - the statechart diagram in README.md (from machines/wizard.machine.ts),
 * - custom-elements.json (from the element's JSDoc, by `npm run analyze`),
 * - src/lookup/lookup-data.ts (from ../shared/data, when that folder is there to build from).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: 'inherit' });
let stale = 0;
const attempt = (what, fn) => {
  try {
    fn();
  } catch {
    console.error(`${what}: out of date.`);
    stale += 1;
  }
};

attempt('directory.schema.json', () => run('node', ['scripts/json-schema.mjs', '--check']));
attempt('README.md statechart', () => run('node', ['scripts/statechart-diagram.mjs', '--check']));
attempt('custom-elements.json', () => {
  // The analyzer writes into a folder of its own (it takes --outdir from the project's folder); the
  // committed file must be byte for byte the same.
  const out = mkdtempSync(path.join(root, 'node_modules', '.srw-cem-'));
  // The analyzer also writes the manifest's path into package.json: put it back as it was.
  const packageJson = readFileSync(path.join(root, 'package.json'), 'utf8');
  try {
    const script = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).scripts.analyze.replace('--outdir .', `--outdir ${path.relative(root, out)}`);
    execFileSync('sh', ['-c', script.replace(/^cem /, 'npx cem ')], { cwd: root, stdio: 'ignore' });
    if (readFileSync(path.join(out, 'custom-elements.json'), 'utf8') !== readFileSync(path.join(root, 'custom-elements.json'), 'utf8')) {
      console.error('custom-elements.json differs from what `npm run analyze` writes: run it and commit the file.');
      throw new Error('stale');
    }
    console.log('custom-elements.json is up to date.');
  } finally {
    writeFileSync(path.join(root, 'package.json'), packageJson);
    rmSync(out, { recursive: true, force: true });
  }
});
if (existsSync(path.join(root, '..', 'shared', 'data'))) attempt('src/lookup/lookup-data.ts', () => run('node', ['scripts/build-lookup-data.mjs', '--check']));
else console.log('src/lookup/lookup-data.ts: ../shared/data is not here to build from, so it is not checked.');

process.exit(stale ? 1 : 0);
