#!/usr/bin/env node
/**
 * Draws the wizard's statechart as a Mermaid `stateDiagram-v2` in README.md, from the machine
 * itself (machines/wizard.machine.ts), between `<!-- statechart:start -->` and
 * `<!-- statechart:end -->` (added at the end, under "## The statechart", if missing).
 *
 *   node scripts/statechart-diagram.mjs           writes README.md   (npm run diagram)
 *   node scripts/statechart-diagram.mjs --check   exits 1 if README.md is out of date (for CI)
 *   node scripts/statechart-diagram.mjs --stdout  prints the block, leaves README.md alone
 *
 * The machine is bundled with esbuild for Node into a temporary file, imported, and its states and
 * transitions (`on`, `always`, with their guards' names) are read from `wizardMachine.root`.
 * The output depends only on the machine, so running it twice gives the same README.
 */
import { build } from 'esbuild';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const readmePath = path.join(root, 'README.md');
const START = '<!-- statechart:start -->';
const END = '<!-- statechart:end -->';
/** A state's event with more guarded targets than this is listed in words, not drawn. */
const FAN_OUT = 6;

async function loadMachine() {
  const dir = await mkdtemp(path.join(tmpdir(), 'srw-statechart-'));
  const outfile = path.join(dir, 'wizard.machine.mjs');
  try {
    await build({
      entryPoints: [path.join(root, 'machines', 'wizard.machine.ts')],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      outfile,
      logLevel: 'silent',
    });
    const { wizardMachine } = await import(pathToFileURL(outfile).href);
    return wizardMachine;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** A guard's name: `dangerYes`, `invalid`, or `skipping and dangerYes` for XState's and/or/not. */
function guardName(guard) {
  if (!guard) return undefined;
  if (typeof guard === 'string') return guard;
  if (typeof guard === 'function') {
    const op = { checkAnd: 'and', checkOr: 'or', checkNot: 'not' }[guard.check?.name] ?? 'and';
    const parts = (guard.guards ?? []).map(guardName);
    return op === 'not' ? `not ${parts.join(' ')}` : parts.join(` ${op} `);
  }
  return guard.type;
}
const guardType = (guard) => (guard && typeof guard === 'object' && guard.params ? guard.type : undefined);
const actionNames = (t) => (t.actions ?? []).map((a) => (typeof a === 'string' ? a : (a.type ?? a.name ?? 'action')));

/** Every transition of a state node: `on` (in definition order), then `always`. */
function transitionsOf(node) {
  const list = [];
  for (const [event, ts] of node.transitions) for (const t of ts) list.push({ event, t });
  for (const t of node.always ?? []) list.push({ event: 'always', t });
  return list;
}

/** Every state under `node`, depth first: [key, node, parentKey]. */
function descendants(node, parent) {
  return Object.entries(node.states ?? {}).flatMap(([key, n]) => [[key, n, parent], ...descendants(n, key)]);
}

/** The step region (the questions) and the mode region (answering or editing), or the root for a flat machine. */
function regions(machine) {
  const root = machine.root;
  return root.type === 'parallel' ? { step: root.states.step, mode: root.states.mode } : { step: root, mode: undefined };
}

function describe(machine) {
  const rootNode = machine.root;
  const { step } = regions(machine);
  const ANY = 'anyStep';
  const inStep = new Set(descendants(step).map(([key]) => key));
  const edges = new Map(); // "from to" -> { from, to, labels }
  const fanOuts = [];
  const fanIns = new Map(); // "event [guard] -> to" -> from[]
  const targetless = new Map(); // "event [guard] / actions" -> states
  const addEdge = (from, to, label) => {
    const key = `${from} ${to}`;
    if (!edges.has(key)) edges.set(key, { from, to, labels: [] });
    const labels = edges.get(key).labels;
    if (!labels.includes(label)) labels.push(label);
  };
  // A target outside the step region (the mode region's `editing`, `answering`) is named in the label.
  const modeNote = (targets) => {
    const modes = targets.filter((t) => !inStep.has(t.key)).map((t) => t.key);
    return modes.length ? ` (${modes.join(', ')})` : '';
  };

  const nodes = [[ANY, rootNode], ...descendants(step).filter(([, n]) => Object.keys(n.states ?? {}).length === 0)];
  const plain = [];
  for (const [from, node] of nodes) {
    const all = transitionsOf(node);
    // Parametrised guards shared by many targets (Back, Change, resume): one line of text, not many edges.
    const groups = new Map();
    for (const item of all) {
      const type = guardType(item.t.guard);
      if (!type || !item.t.target?.length) continue;
      const key = `${item.event} ${type}`;
      if (!groups.has(key)) groups.set(key, []);
      groups.get(key).push(item);
    }
    const summarised = new Set();
    for (const [, items] of groups) {
      if (items.length <= FAN_OUT) continue;
      for (const item of items) summarised.add(item);
      const targets = items.map((i) => i.t.target.find((t) => inStep.has(t.key))?.key).filter(Boolean);
      fanOuts.push({ from, event: items[0].event, guard: guardType(items[0].t.guard), targets, note: modeNote(items[0].t.target) });
    }
    for (const item of all) if (!summarised.has(item)) plain.push({ from, item });
  }
  // The same guarded edge from many states (Continue while editing goes to `resume`): one line of text.
  const count = new Map();
  const keyOf = ({ item }) => `${item.event}|${guardName(item.t.guard) ?? ''}|${(item.t.target ?? []).map((t) => t.key).join(',')}`;
  for (const p of plain) count.set(keyOf(p), (count.get(keyOf(p)) ?? 0) + 1);
  for (const p of plain) {
    const { from, item } = p;
    const guard = guardName(item.t.guard);
    if (!item.t.target?.length) {
      const actions = actionNames(item.t).map((a) => `\`${a}\``);
      const key = `\`${item.event}\`${guard ? ` [${guard}]` : ''}${actions.length ? ` runs ${actions.join(', ')}` : ''}`;
      if (!targetless.has(key)) targetless.set(key, []);
      targetless.get(key).push(from);
      continue;
    }
    const targets = item.t.target.filter((t) => inStep.has(t.key));
    const label = `${guard ? `${item.event} [${guard}]` : item.event}${modeNote(item.t.target)}`;
    if (from !== ANY && guard && count.get(keyOf(p)) > FAN_OUT) {
      const key = `\`${label}\` to \`${targets.map((t) => t.key).join(', ')}\``;
      if (!fanIns.has(key)) fanIns.set(key, []);
      fanIns.get(key).push(from);
      continue;
    }
    for (const target of targets) addEdge(from, target.key, label);
  }
  return { step, ANY, edges: [...edges.values()], fanOuts, fanIns, targetless };
}

/** The step region as Mermaid lines: nested phases as composite states. */
function stateLines(node, indent = '  ') {
  const lines = [];
  for (const [key, child] of Object.entries(node.states ?? {})) {
    if (Object.keys(child.states ?? {}).length === 0) continue;
    lines.push(`${indent}state ${key} {`, `${indent}  [*] --> ${child.initial.target[0].key}`, ...stateLines(child, `${indent}  `));
    for (const k of Object.keys(child.states)) if (Object.keys(child.states[k].states ?? {}).length === 0) lines.push(`${indent}  ${k}`);
    lines.push(`${indent}}`);
  }
  return lines;
}

function render(machine) {
  const { step, ANY, edges, fanOuts, fanIns, targetless } = describe(machine);
  const { mode } = regions(machine);
  const leaves = descendants(step).filter(([, n]) => Object.keys(n.states ?? {}).length === 0);
  const where = (from) => (from === ANY ? 'From any step' : `From \`${from}\``);
  const lines = [
    START,
    '',
    `Generated from \`machines/wizard.machine.ts\` (machine \`${machine.id}\`, ${leaves.length} states) by`,
    '`npm run diagram`; do not edit it by hand. `node scripts/statechart-diagram.mjs --check` fails',
    'when it is out of date. Edges are labelled `event [guard]`; `always` is an eventless transition.',
    ...(mode
      ? [
          '',
          'Two regions run side by side: the steps, drawn below, and the mode:',
          `${Object.keys(mode.states)
            .map((k) => `\`${k}\``)
            .join(', ')}. "Change" on check answers enters \`editing\`; while editing, Continue goes to \`resume\`,`,
          'which passes through the questions already answered to the first one to ask, or to check answers',
          '(and `answering`). Quick exit ends both regions.',
        ]
      : []),
    '',
    '```mermaid',
    'stateDiagram-v2',
    `  state "any step" as ${ANY}`,
    `  [*] --> ${step.initial.target[0].key}`,
    ...stateLines(step),
    ...edges.map((e) => `  ${e.from} --> ${e.to}: ${e.labels.join(' / ')}`),
    ...leaves.filter(([, n]) => n.type === 'final').map(([k]) => `  ${k} --> [*]`),
    '```',
    '',
    'Not drawn as edges:',
    '',
    ...fanOuts.map(
      (f) =>
        `- ${where(f.from)}: \`${f.event}\` [${f.guard}]${f.note} to the one of these ${f.targets.length} states that its guard names: ${f.targets.map((t) => `\`${t}\``).join(', ')}.`,
    ),
    ...[...fanIns].map(([label, from]) => `- From each of these ${from.length} states, ${label}: ${from.map((f) => `\`${f}\``).join(', ')}.`),
    ...[...targetless].map(([label, from]) => {
      const inStates = from.includes(ANY) ? 'In any step' : from.length === 1 ? `In \`${from[0]}\`` : `In ${from.length} states`;
      return `- ${inStates}: ${label}, without leaving the state.`;
    }),
    '',
    END,
  ];
  return lines.join('\n');
}

async function main() {
  const check = process.argv.includes('--check');
  const diagram = render(await loadMachine());
  if (process.argv.includes('--stdout')) {
    console.log(diagram);
    return;
  }
  const readme = await readFile(readmePath, 'utf8');
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  let next;
  if (start >= 0 && end > start) next = readme.slice(0, start) + diagram + readme.slice(end + END.length);
  else next = `${readme.replace(/\s*$/, '')}\n\n## The statechart\n\n${diagram}\n`;

  if (check) {
    if (next !== readme) {
      console.error('README.md: the statechart diagram is out of date. Run `npm run diagram`.');
      process.exit(1);
    }
    console.log('README.md: the statechart diagram is up to date.');
    return;
  }
  if (next !== readme) await writeFile(readmePath, next);
  console.log(next !== readme ? 'README.md: statechart diagram written.' : 'README.md: statechart diagram already up to date.');
}

await main();
