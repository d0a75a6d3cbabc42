// Every message key the code names as it is written (t('…')) is in the English catalogue. The
// translator falls back to the key itself, so a key that is missing is shown to the person as
// "contactNow.unchecked": TypeScript does not see it, because a translator also takes keys made
// at run time. Keys made at run time (t(`plan.why.${x}`)) are not checked here.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';

const root = new URL('../..', import.meta.url).pathname;
const catalogue = readFileSync(join(root, 'src/i18n/en.ts'), 'utf8');
const keys = new Set([...catalogue.matchAll(/^\s*'([\w.-]+)':/gm)].map((m) => m[1]));

function sources(dir) {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return /\.ts$/.test(e.name) && !/\.test\.ts$/.test(e.name) ? [path] : [];
  });
}

describe('Message keys', () => {
  it('the catalogue is read (so an empty list below means something)', () => {
    assert.ok(keys.size > 500, `${keys.size} keys read from src/i18n/en.ts`);
    assert.ok(keys.has('source.unofficial'));
  });

  it('every key written in the code as t(\'…\') is in src/i18n/en.ts', () => {
    const missing = [];
    for (const file of [...sources('src'), ...sources('machines')]) {
      const text = readFileSync(join(root, file), 'utf8');
      for (const [, key] of text.matchAll(/\bt\(\s*'([\w.-]+)'/g)) if (!keys.has(key)) missing.push(`${file}: ${key}`);
    }
    assert.deepEqual(missing, []);
  });

  // Check answers names each Change button by its answer's label ("Change How you know"): two
  // answers with the same label give two buttons a screen reader cannot tell apart (WCAG 2.4.6).
  for (const lang of ['en', 'cy']) {
    it(`${lang}: every answer's label (field.*) is its own`, () => {
      const text = readFileSync(join(root, `src/i18n/${lang}.ts`), 'utf8');
      const labels = [...text.matchAll(/^\s*'field\.(\w+)':\s*(['"])(.*)\2,\s*$/gm)].map(([, field, , label]) => [field, label]);
      assert.ok(labels.length > 50, `${labels.length} labels read`);
      const byLabel = new Map();
      for (const [field, label] of labels) byLabel.set(label, [...(byLabel.get(label) ?? []), field]);
      const shared = [...byLabel].filter(([, fields]) => fields.length > 1).map(([label, fields]) => `"${label}": ${fields.join(', ')}`);
      assert.deepEqual(shared, []);
    });
  }
});
