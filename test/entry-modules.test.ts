/**
 * The entry module holds what the first question needs, and no more (issue 14): the build is made
 * in memory (scripts/entry-modules.mjs, through the test runner) and the entry's modules read.
 * zod, the schemas, Welsh and the finder each arrive in a file of their own; a static import of any
 * of them, anywhere on the entry's path, puts it back in the entry and fails this test.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { shippedDirectory } from '../src/directory/shipped.js';

interface Chunk {
  fileName: string;
  isEntry: boolean;
  modules: string[];
  /** The files it imports statically (loaded before it runs). */
  imports: string[];
  code: string;
}

/** Every text at `key` in the directory (its `note`s or its `callerAdvice`), in both languages. */
function textsAt(key: string): string[] {
  const out: string[] = [];
  (function walk(v: unknown, k?: string): void {
    if (k === key && v && typeof v === 'object') out.push(...Object.values(v as Record<string, string>));
    else if (v && typeof v === 'object') for (const [kk, vv] of Object.entries(v)) walk(vv, kk);
  })(shippedDirectory);
  return out;
}
/** The longest plain run of a text (letters, digits, spaces and simple punctuation), as it would stand in the built code. */
const plainRun = (text: string) => text.split(/[^A-Za-z0-9 ,.:;()-]+/).sort((a, b) => b.length - a.length)[0]!;

describe('What the entry module holds', () => {
  let chunks: Chunk[];
  before(async () => {
    chunks = (await executeServerCommand('entry-modules')) as Chunk[];
  });
  const entry = () => chunks.find((c) => c.isEntry)!;

  it('one entry, safeguarding-report-wizard.js, holding lit, xstate, the machine, the step views and English', () => {
    expect(chunks.filter((c) => c.isEntry).map((c) => c.fileName)).to.deep.equal(['safeguarding-report-wizard.js']);
    const modules = entry().modules;
    for (const needed of ['node_modules/lit-html/', 'node_modules/xstate/', 'machines/wizard.machine.ts', 'src/views/steps.ts', 'src/i18n/en.ts']) {
      expect(modules.some((m) => m.startsWith(needed)), needed).to.equal(true);
    }
  });

  it('no zod, no schema, no Welsh, no finder, and none of the summary, the written report or their files in the entry', () => {
    const unwanted = entry().modules.filter((m) =>
      /^node_modules\/zod\/|schema\.ts$|^src\/i18n\/cy\.ts$|^src\/components\/authority-finder\/authority-finder\.ts$|^src\/lookup\/|^src\/directory\/read-directory\.ts$|^src\/views\/(summary|consent-record|written-referral)-view\.ts$|^src\/report\/(report-text|written-referral|written-referral-files|consent-record-content)\.ts$/.test(m),
    );
    expect(unwanted).to.deep.equal([]);
  });

  it('the entry imports no other file before the first question: what it shares with the files loaded later stays in it', () => {
    // rolldown/rolldown#10731: a module shared by the entry and two files loaded by import() is
    // moved to a third file the first question waits for. src/later.ts keeps them to one.
    expect(entry().imports).to.deep.equal([]);
  });

  it('no note for the board\'s web team is in any built file; the advice for the caller is (issue 11.4)', () => {
    const code = chunks.map((c) => c.code).join('\n');
    const advice = textsAt('callerAdvice').map(plainRun).filter((run) => run.length >= 12);
    const notes = textsAt('note').map(plainRun).filter((run) => run.length >= 12);
    expect(advice.length, 'caller advice to look for').to.be.at.least(20);
    expect(notes.length, 'notes to look for').to.be.at.least(50);
    // The search finds what is there: every caller advice is in the build.
    expect(advice.filter((run) => !code.includes(run))).to.deep.equal([]);
    expect(notes.filter((run) => code.includes(run))).to.deep.equal([]);
  });

  it('every other file is loaded by the entry, from beside it, by a relative address', () => {
    for (const c of chunks.filter((c) => !c.isEntry)) expect(c.fileName, c.fileName).to.match(/^safeguarding-report-wizard-[\w.-]+\.js$/);
  });
});
