// `npm run bench`: size and speed of the built element. A benchmark, not a test: budgets and
// targets that are missed are flagged, and the exit code is 0 unless the bench itself failed.
//
//   npm run bench              30 runs of each timing, 100 routes for the heap (under 5 minutes)
//   npm run bench -- --quick   3 runs, 5 routes: for CI, to check it still works
//
// 1. Builds dist/ with `npx vite build`.
// 2. Sizes: every .js file in dist/ (gzip -9) against its budget, and what each part costs
//    (bench/lib/size.mjs).
// 3. Speed, in headless Chromium (CHROME_PATH or /usr/bin/chromium) through puppeteer-core,
//    against dist/ served from 127.0.0.1 (bench/lib/server.mjs, bench/page/).
// 4. Prints tables and writes bench/results.json (bench/results-quick.json with --quick).
import { Buffer } from 'node:buffer';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { cpus, totalmem, tmpdir, release, platform, arch, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { attribute, distSizes, BUDGET_LOOKUP, BUDGET_MAIN } from '../bench/lib/size.mjs';
import { startServer } from '../bench/lib/server.mjs';
import { summarise, table, kb, mb, ms } from '../bench/lib/stats.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const quick = process.argv.includes('--quick');
const RUNS = quick ? 3 : 30;
const LEAK_ROUTES = quick ? 5 : 100;
const LEAK_BATCH = quick ? 5 : 10;

const TARGETS = { firstQuestion: 50, stepMedian: 4, stepP95: 16, heapGrowth: 5 * 1024 * 1024 };

const log = (...a) => console.log(...a);
const section = (title) => log(`\n== ${title} ${'='.repeat(Math.max(0, 76 - title.length))}`);
const verdict = (ok) => (ok ? 'ok' : 'MISSED');

// ---------------------------------------------------------------- 1. build
function buildDist() {
  section('Build: npx vite build');
  const started = Date.now();
  const result = spawnSync('npx', ['vite', 'build'], {
    cwd: root,
    encoding: 'utf8',
    shell: platform() === 'win32',
    env: { ...process.env, NO_COLOR: '1' },
  });
  if (result.status !== 0) {
    process.stdout.write(result.stdout ?? '');
    process.stderr.write(result.stderr ?? '');
    throw new Error(`vite build failed (exit ${result.status})`);
  }
  const lines = `${result.stdout}`.split('\n').filter((l) => /dist\/.*\.js/.test(l));
  for (const l of lines) log(l.trim());
  log(`built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

// ---------------------------------------------------------------- 2. size
async function sizes() {
  section('Size (gzip -9)');
  const files = distSizes(join(root, 'dist'));
  const main = files.find((f) => f.file === 'dist/safeguarding-report-wizard.js');
  if (!main) throw new Error('dist/safeguarding-report-wizard.js was not built');
  const mainTotal = files.filter((f) => f.budget === 'main').reduce((s, f) => s + f.gzip, 0);
  const lookupTotal = files.filter((f) => f.budget === 'lookup').reduce((s, f) => s + f.gzip, 0);
  const hasLookup = files.some((f) => f.budget === 'lookup');
  log(
    table(
      ['file', 'what', 'minified', 'gzip -9'],
      files.map((f) => [f.file, f.label, kb(f.bytes), kb(f.gzip)]),
    ),
  );
  const budgets = [
    { budget: 'everything but the lookup data', gzip: mainTotal, limit: BUDGET_MAIN, met: mainTotal <= BUDGET_MAIN },
    ...(hasLookup ? [{ budget: 'lookup data', gzip: lookupTotal, limit: BUDGET_LOOKUP, met: lookupTotal <= BUDGET_LOOKUP }] : []),
  ];
  log('');
  log(
    table(
      ['budget', 'gzip -9', 'limit', 'over by', ''],
      budgets.map((b) => [b.budget, kb(b.gzip), kb(b.limit), b.met ? '' : kb(b.gzip - b.limit), b.met ? 'ok' : 'OVER BUDGET']),
    ),
  );
  if (!hasLookup) log('(no lookup data file in dist/ yet: its 25 KB budget is not measured)');

  const parts = await attribute(root, files);
  for (const c of parts.chunks) {
    // esbuild's shared chunk of its own helpers (Vite inlines them): too small to matter.
    if (!c.distFile && c.rows.every((r) => r.group === 'esbuild runtime helpers')) continue;
    const title = c.entry
      ? `What each part of ${c.distFile ?? 'the main file'} costs`
      : `What each part of ${c.distFile ?? `the ${c.chunk} chunk`} costs${c.lookup ? ' (lookup data, own budget)' : ''}`;
    log(`\n${title}`);
    log(
      table(
        ['part', 'files', 'minified', 'gzip alone', 'saved if removed', 'share of gzip', '%'],
        c.rows.map((g) => [
          g.group,
          g.files,
          kb(g.bytes),
          kb(g.gzipAlone),
          g.savedIfRemoved === null ? '' : kb(g.savedIfRemoved),
          kb(g.share),
          `${g.percent.toFixed(1)}%`,
        ]),
      ),
    );
  }
  log(
    [
      `\nHow it is estimated: src/index.ts bundled again with esbuild (minified, code splitting, the same conditions and JSON transforms as Vite).`,
      `minified: exact bytes of each part in esbuild's minified output (metafile).`,
      `gzip alone: the part's own minified code, gzip -9 on its own.`,
      `saved if removed: gzip -9 of the chunk minus gzip -9 of the chunk without the part (leave-one-out).`,
      `share: gzip alone scaled so the parts add up to the dist file's real gzip -9 size (parts compress a little better together).`,
      `esbuild's chunks: ${parts.chunks.map((c) => `${c.chunk} ${kb(c.esbuild.bytes)} minified, ${kb(c.esbuild.gzip)} gzip`).join('; ')}.`,
      parts.viteTransformsApplied.length ? `Vite JSON transforms mirrored: ${parts.viteTransformsApplied.join(', ')}.` : '',
    ]
      .filter(Boolean)
      .join('\n'),
  );
  log('\nLargest input files');
  log(
    table(
      ['file', 'part', 'chunk', 'minified', 'saved if removed'],
      parts.largestFiles.map((f) => [f.input, f.group, f.chunk, kb(f.bytes), f.savedIfRemoved == null ? '' : kb(f.savedIfRemoved)]),
    ),
  );
  return { files, budgets, parts };
}

// ---------------------------------------------------------------- 3. speed
const CHROME_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
  // Frames are not held to a 60 Hz clock, so "painted" is the wizard's work plus ~1 ms, not plus
  // the wait for the next vsync (the frame floor is measured and reported).
  '--disable-frame-rate-limit',
  '--disable-gpu-vsync',
  '--enable-precise-memory-info',
];

async function heapUsed(page) {
  const cdp = await page.createCDPSession();
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return usedSize;
  } finally {
    await cdp.detach();
  }
}

/**
 * Main-thread CPU time to the first question, from a trace: the thread time of the renderer main
 * thread's tasks between the `srw-start` and `srw-painted` marks of bench/page/first.js. Unlike
 * wall time it hardly changes when other work on the machine takes the CPU away.
 */
async function firstQuestionCpu(browser, origin) {
  const page = await browser.newPage();
  try {
    await page.tracing.start({ categories: ['toplevel', 'v8', 'blink.user_timing', 'devtools.timeline'] });
    await page.goto(`${origin}/bench/first.html`, { waitUntil: 'load' });
    await page.waitForFunction('window.benchResult', { timeout: 30_000 });
    const trace = JSON.parse(Buffer.from(await page.tracing.stop()).toString('utf8'));
    const events = trace.traceEvents ?? trace;
    const mark = (name) => events.find((e) => e.name === name && e.cat?.includes('user_timing'));
    const start = mark('srw-start');
    const end = mark('srw-painted');
    if (!start || !end) return undefined;
    const onMain = (e) => e.pid === start.pid && e.tid === start.tid && e.ph === 'X';
    const within = (e) => e.ts + e.dur >= start.ts && e.ts <= end.ts;
    const sum = (list) => list.reduce((t, e) => t + (e.tdur ?? e.dur ?? 0), 0) / 1000;
    return {
      mainThread: sum(events.filter((e) => onMain(e) && e.name === 'ThreadControllerImpl::RunTask' && within(e))),
      evaluateModule: sum(events.filter((e) => onMain(e) && e.name === 'v8.evaluateModule' && within(e))),
      backgroundParse: sum(events.filter((e) => e.pid === start.pid && e.name === 'v8.parseOnBackground' && e.ts <= end.ts && e.ts + e.dur >= start.ts)),
    };
  } finally {
    await page.close();
  }
}

/**
 * Main-thread CPU time of each step change and of the summary, from a trace of one route on a
 * fresh page: the thread time of the main thread's tasks within each pair of marks set by
 * bench/page/driver.js (a task that crosses a mark is counted in proportion to its overlap).
 */
async function routeCpu(browser, origin) {
  const { page, problems } = await openPage(browser, `${origin}/bench/route.html`, 'window.benchReady');
  try {
    await page.tracing.start({ categories: ['toplevel', 'blink.user_timing'] });
    await page.evaluate(() => window.bench.oneRoute(true));
    const trace = JSON.parse(Buffer.from(await page.tracing.stop()).toString('utf8'));
    if (problems.length) throw new Error(problems.join('\n'));
    const events = trace.traceEvents ?? trace;
    const marks = new Map(events.filter((e) => e.cat?.includes('user_timing') && e.name.startsWith('srw-')).map((e) => [e.name, e]));
    const first = marks.get('srw-step-0-start');
    if (!first) return undefined;
    const tasks = events.filter((e) => e.pid === first.pid && e.tid === first.tid && e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask');
    const cpuBetween = (a, b) =>
      tasks.reduce((t, e) => {
        const overlap = Math.min(e.ts + e.dur, b.ts) - Math.max(e.ts, a.ts);
        return overlap > 0 && e.dur > 0 ? t + ((e.tdur ?? e.dur) * overlap) / e.dur : t;
      }, 0) / 1000;
    const steps = [];
    for (let i = 0; marks.has(`srw-step-${i}-start`); i++) steps.push(cpuBetween(marks.get(`srw-step-${i}-start`), marks.get(`srw-step-${i}-end`)));
    return { steps, summary: cpuBetween(marks.get('srw-summary-start'), marks.get('srw-summary-end')) };
  } finally {
    await page.close();
  }
}

async function openPage(browser, url, ready) {
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console error: ${m.text()}`);
  });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(ready, { timeout: 30_000 });
  return { page, problems };
}

async function speed(browser, origin) {
  section(`Speed in headless Chromium (${RUNS} runs${quick ? ', --quick' : ''})`);

  // A first load, not counted: the browser's own start-up work (process, caches) is not the wizard's.
  {
    const { page } = await openPage(browser, `${origin}/bench/first.html`, 'window.benchResult');
    await page.close();
  }

  log(`first question: ${RUNS} fresh pages`);
  const first = [];
  for (let i = 0; i < RUNS; i++) {
    const { page, problems } = await openPage(browser, `${origin}/bench/first.html`, 'window.benchResult');
    const r = await page.evaluate(() => window.benchResult);
    await page.close();
    if (r.error) throw new Error(`first question page: ${r.error}`);
    if (problems.length) throw new Error(problems.join('\n'));
    first.push(r);
  }

  log(`first question, main-thread CPU time from a trace: ${RUNS} fresh pages`);
  const cpu = [];
  for (let i = 0; i < RUNS; i++) {
    const c = await firstQuestionCpu(browser, origin);
    if (c) cpu.push(c);
  }

  log(`whole route, step changes, summary, heap: ${RUNS} fresh pages answering at once, ${RUNS} reading each question first`);
  const cold = [];
  const read = [];
  const heapBefore = [];
  const heapAfter = [];
  for (let i = 0; i < RUNS; i++) {
    const { page, problems } = await openPage(browser, `${origin}/bench/route.html`, 'window.benchReady');
    heapBefore.push(await heapUsed(page));
    cold.push(await page.evaluate(() => window.bench.oneRoute()));
    heapAfter.push(await heapUsed(page));
    await page.close();
    if (problems.length) throw new Error(problems.join('\n'));
    const reading = await openPage(browser, `${origin}/bench/route.html`, 'window.benchReady');
    read.push(await reading.page.evaluate(() => window.bench.oneRoute(true)));
    await reading.page.close();
    if (reading.problems.length) throw new Error(reading.problems.join('\n'));
  }

  log(`whole route, main-thread CPU time from a trace: ${RUNS} fresh pages, reading each question first`);
  const routeCpus = [];
  for (let i = 0; i < RUNS; i++) {
    const c = await routeCpu(browser, origin);
    if (c) routeCpus.push(c);
  }

  log(`leak check: ${LEAK_ROUTES} whole routes in one page (create, walk, remove)`);
  const { page, problems } = await openPage(browser, `${origin}/bench/route.html`, 'window.benchReady');
  const floor = await page.evaluate((n) => window.bench.floor(n), Math.max(RUNS, 30));
  const heapLoaded = await heapUsed(page);
  await page.evaluate(() => window.bench.routes(1)); // warm-up: code compiled, templates prepared
  const heapStart = await heapUsed(page);
  const leakSamples = [{ routes: 0, used: heapStart }];
  const warm = [];
  for (let done = 0; done < LEAK_ROUTES; done += LEAK_BATCH) {
    const n = Math.min(LEAK_BATCH, LEAK_ROUTES - done);
    warm.push(...(await page.evaluate((k) => window.bench.routes(k), n)));
    leakSamples.push({ routes: done + n, used: await heapUsed(page) });
  }
  await page.close();
  if (problems.length) throw new Error(problems.join('\n'));
  const heapEnd = leakSamples.at(-1).used;

  // Pooled over every step of every run; and per step, to find the slow ones.
  const coldSteps = cold.flatMap((r) => r.steps);
  const readSteps = read.flatMap((r) => r.steps);
  const warmSteps = warm.flatMap((r) => r.steps);
  const short = (heading) => (heading.length > 34 ? `${heading.slice(0, 33)}…` : heading);
  const perStep = cold[0].steps.map((s, i) => ({
    step: `${short(s.from)} -> ${short(s.to)}`,
    cold: summarise(cold.map((r) => r.steps[i].painted)),
    read: summarise(read.map((r) => r.steps[i].painted)),
    warm: summarise(warm.map((r) => r.steps[i].painted)),
  }));

  const result = {
    firstQuestion: {
      painted: summarise(first.map((r) => r.painted)),
      rendered: summarise(first.map((r) => r.rendered)),
      fetched: summarise(first.map((r) => r.fetched ?? NaN)),
      imported: summarise(first.map((r) => r.imported)),
      heading: first[0].heading,
      cpu: cpu.length
        ? {
            mainThread: summarise(cpu.map((c) => c.mainThread)),
            evaluateModule: summarise(cpu.map((c) => c.evaluateModule)),
            backgroundParse: summarise(cpu.map((c) => c.backgroundParse)),
          }
        : null,
    },
    stepChange: {
      stepsPerRoute: cold[0].steps.length,
      cold: {
        painted: summarise(coldSteps.map((s) => s.painted)),
        rendered: summarise(coldSteps.map((s) => s.rendered)),
      },
      read: {
        painted: summarise(readSteps.map((s) => s.painted)),
        rendered: summarise(readSteps.map((s) => s.rendered)),
        cpu: routeCpus.length ? summarise(routeCpus.flatMap((r) => r.steps)) : null,
      },
      warm: { painted: summarise(warmSteps.map((s) => s.painted)), rendered: summarise(warmSteps.map((s) => s.rendered)) },
      perStep,
    },
    summary: {
      cold: {
        painted: summarise(cold.map((r) => r.summary.painted)),
        rendered: summarise(cold.map((r) => r.summary.rendered)),
      },
      read: {
        painted: summarise(read.map((r) => r.summary.painted)),
        rendered: summarise(read.map((r) => r.summary.rendered)),
        cpu: routeCpus.length ? summarise(routeCpus.map((r) => r.summary)) : null,
      },
      warm: { painted: summarise(warm.map((r) => r.summary.painted)), rendered: summarise(warm.map((r) => r.summary.rendered)) },
    },
    frameFloor: summarise(floor),
    heap: {
      afterRoute: summarise(heapAfter, 0),
      beforeRoute: summarise(heapBefore, 0),
      wizardAfterRoute: summarise(
        heapAfter.map((a, i) => a - heapBefore[i]),
        0,
      ),
      leak: {
        routes: LEAK_ROUTES,
        loaded: heapLoaded,
        start: heapStart,
        end: heapEnd,
        growth: heapEnd - heapStart,
        growthIncludingFirstRoute: heapEnd - heapLoaded,
        samples: leakSamples,
      },
    },
  };

  const f = result.firstQuestion;
  const sc = result.stepChange;
  const leak = result.heap.leak;
  const targets = [
    { name: 'first question painted', target: `< ${TARGETS.firstQuestion} ms`, met: f.painted.median < TARGETS.firstQuestion },
    { name: 'step change (median)', target: `< ${TARGETS.stepMedian} ms`, met: sc.read.painted.median < TARGETS.stepMedian },
    { name: 'step change (p95)', target: `< ${TARGETS.stepP95} ms`, met: sc.read.painted.p95 < TARGETS.stepP95 },
    { name: `heap growth, ${LEAK_ROUTES} routes`, target: `< ${mb(TARGETS.heapGrowth)}`, met: leak.growth < TARGETS.heapGrowth },
  ];
  result.targets = targets;

  log('');
  log(
    table(
      ['measure', 'median', 'p95', 'target', ''],
      [
        ['first question painted (script start to paint)', ms(f.painted.median), ms(f.painted.p95), `< ${TARGETS.firstQuestion} ms`, verdict(targets[0].met)],
        ['  until: bundle fetched (127.0.0.1, no cache)', ms(f.fetched.median), ms(f.fetched.p95), '', ''],
        ['  until: bundle parsed and run (import resolved)', ms(f.imported.median), ms(f.imported.p95), '', ''],
        ['  until: first question rendered (updateComplete)', ms(f.rendered.median), ms(f.rendered.p95), '', ''],
        ...(f.cpu
          ? [
              ['first question: main-thread CPU time (trace)', ms(f.cpu.mainThread.median), ms(f.cpu.mainThread.p95), '', ''],
              ['  of which: running the bundle (v8.evaluateModule)', ms(f.cpu.evaluateModule.median), ms(f.cpu.evaluateModule.p95), '', ''],
              ['  besides: parsing it on a background thread', ms(f.cpu.backgroundParse.median), ms(f.cpu.backgroundParse.p95), '', ''],
            ]
          : []),
        [
          `step change, fresh page, question read first (${sc.stepsPerRoute} steps x ${RUNS})`,
          ms(sc.read.painted.median),
          ms(sc.read.painted.p95),
          `< ${TARGETS.stepMedian} / ${TARGETS.stepP95} ms`,
          `${verdict(targets[1].met)} / ${verdict(targets[2].met)}`,
        ],
        ['  of which: to updateComplete', ms(sc.read.rendered.median), ms(sc.read.rendered.p95), '', ''],
        ...(sc.read.cpu ? [['  main-thread CPU time (trace)', ms(sc.read.cpu.median), ms(sc.read.cpu.p95), '', '']] : []),
        [`step change, fresh page, answered at once (${sc.stepsPerRoute} steps x ${RUNS})`, ms(sc.cold.painted.median), ms(sc.cold.painted.p95), '', ''],
        [`step change, warm page (${sc.stepsPerRoute} steps x ${LEAK_ROUTES} routes)`, ms(sc.warm.painted.median), ms(sc.warm.painted.p95), '', ''],
        ['summary built and painted, fresh page, read first', ms(result.summary.read.painted.median), ms(result.summary.read.painted.p95), '', ''],
        ...(result.summary.read.cpu
          ? [['  main-thread CPU time (trace)', ms(result.summary.read.cpu.median), ms(result.summary.read.cpu.p95), '', '']]
          : []),
        ['summary built and painted, fresh page, at once', ms(result.summary.cold.painted.median), ms(result.summary.cold.painted.p95), '', ''],
        ['summary built and painted, warm page', ms(result.summary.warm.painted.median), ms(result.summary.warm.painted.p95), '', ''],
        ['frame floor (trivial DOM change to paint)', ms(result.frameFloor.median), ms(result.frameFloor.p95), '', ''],
        ['JS heap after a whole route (page total)', mb(result.heap.afterRoute.median), mb(result.heap.afterRoute.p95), '', ''],
        ['  of which the wizard (after - before route)', mb(result.heap.wizardAfterRoute.median), mb(result.heap.wizardAfterRoute.p95), '', ''],
      ],
    ),
  );
  log('');
  log(
    table(
      ['heap (after forced GC)', 'used'],
      [
        ['bundle loaded, no element', mb(leak.loaded)],
        ['after 1 warm-up route', mb(leak.start)],
        ...leakSamples.slice(1).map((s) => [`after ${s.routes} more routes`, mb(s.used)]),
        [`growth across ${LEAK_ROUTES} routes (target < ${mb(TARGETS.heapGrowth)})`, `${mb(leak.growth)}  ${verdict(targets[3].met)}`],
      ],
    ),
  );
  log('\nStep changes on a fresh page, by step (painted)');
  log(
    table(
      ['step', 'read first: median', 'p95', 'at once: median', 'p95', 'warm median'],
      perStep.map((s) => [s.step, ms(s.read.median), ms(s.read.p95), ms(s.cold.median), ms(s.cold.p95), ms(s.warm.median)]),
    ),
  );
  return result;
}

// ---------------------------------------------------------------- 4. main
function versionOf(pkg) {
  try {
    return JSON.parse(readFileSync(join(root, 'node_modules', pkg, 'package.json'), 'utf8')).version;
  } catch {
    return undefined;
  }
}

const round2 = (x) => Math.round(x * 100) / 100;

function gitCommit() {
  const r = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' });
  const dirty = spawnSync('git', ['status', '--porcelain'], { cwd: root, encoding: 'utf8' }).stdout?.trim();
  return r.status === 0 ? `${r.stdout.trim()}${dirty ? ' (with uncommitted changes)' : ''}` : undefined;
}

async function main() {
  const started = Date.now();
  const loadBefore = loadavg();
  if (loadBefore[0] > cpus().length * 0.75) {
    log(`Note: the machine is busy (load average ${loadBefore[0].toFixed(1)} on ${cpus().length} cores): timings will be slower and noisier than on an idle machine.`);
  }
  buildDist();
  const size = await sizes();

  const userDataDir = mkdtempSync(join(tmpdir(), 'srw-bench-'));
  let browser;
  let server;
  const cleanUp = async () => {
    await browser?.close().catch(() => {});
    browser = undefined;
    await server?.close().catch(() => {});
    server = undefined;
    rmSync(userDataDir, { recursive: true, force: true });
  };
  const onSignal = (signal) => {
    cleanUp().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  let speedResult;
  let chromium;
  try {
    server = await startServer({ dist: join(root, 'dist'), pages: join(root, 'bench', 'page') });
    browser = await puppeteer.launch({
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      headless: true,
      args: [...CHROME_ARGS, `--user-data-dir=${userDataDir}`],
      protocolTimeout: 120_000,
    });
    chromium = await browser.version();
    speedResult = await speed(browser, server.origin);
  } finally {
    await cleanUp();
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
  }

  const seconds = (Date.now() - started) / 1000;
  const results = {
    date: new Date().toISOString(),
    quick,
    runs: RUNS,
    heapRoutes: LEAK_ROUTES,
    durationSeconds: Math.round(seconds),
    commit: gitCommit(),
    machine: {
      cpu: cpus()[0]?.model,
      cores: cpus().length,
      memoryGB: Math.round(totalmem() / 1024 ** 3),
      os: `${platform()} ${release()} ${arch()}`,
      // Other work on the machine skews timings: the 1-minute load average before and after.
      loadAverage: { before: round2(loadBefore[0]), after: round2(loadavg()[0]) },
    },
    chromium,
    chromiumFlags: CHROME_ARGS,
    node: process.version,
    versions: { vite: versionOf('vite'), esbuild: versionOf('esbuild'), lit: versionOf('lit'), xstate: versionOf('xstate'), zod: versionOf('zod'), 'puppeteer-core': versionOf('puppeteer-core') },
    method: {
      size: size.parts.method,
      firstQuestion:
        'fresh page per run (bench/page/first.html); t0 = performance.now() before import() of the built bundle (served with no-store, so fetched, parsed and compiled each time), then create the element with a fixed clock, append it, wait until updateComplete resolves true, then the next paint (rAF, then a message posted from it).',
      stepChange:
        'fresh page per run (bench/page/route.html): for each step of the bench route, from just before the answer is given (radio click, typing, select) to the next question painted (Continue clicked, updateComplete, next paint). "read first" (the targets): before each answer the page is left for 100 ms and then until it is idle (a whole idle period free, or 20 idle periods), as a person reads the question for seconds before answering; the wait is not timed. "at once": each answer given as soon as the question is painted. "warm": the same steps on routes 2..n in one page, at once.',
      summary: 'Confirm on check answers to the summary painted (the report is built, validated with reportSchema and rendered).',
      heap: 'Runtime.getHeapUsage usedSize after HeapProfiler.collectGarbage (twice), through the DevTools protocol.',
      cpu: 'Main-thread CPU time: a Chromium trace of the same spans (performance marks in bench/page/), summing the thread time (tdur) of the renderer main thread\'s ThreadControllerImpl::RunTask events within the marks (a task crossing a mark counted in proportion). Separate runs from the wall-clock ones, so tracing does not slow those.',
      paint:
        'Painted = after the next frame: a requestAnimationFrame callback, then a MessageChannel message posted from it (runs after that frame\'s style, layout and paint). Two rAFs would add the wait for a second frame (8 to 30 ms here).',
    },
    size: {
      files: size.files,
      budgets: size.budgets,
      parts: size.parts.chunks.map(({ files: _files, ...chunk }) => chunk),
      largestFiles: size.parts.largestFiles,
      viteTransformsApplied: size.parts.viteTransformsApplied,
    },
    speed: speedResult,
  };
  // --quick writes beside, so a check run never replaces the full figures.
  const out = join(root, 'bench', quick ? 'results-quick.json' : 'results.json');
  writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);

  section('Summary');
  const over = size.budgets.filter((b) => !b.met);
  const missed = speedResult.targets.filter((t) => !t.met);
  for (const b of size.budgets) log(`size: ${b.budget}: ${kb(b.gzip)} of ${kb(b.limit)} ${b.met ? 'ok' : `OVER BUDGET by ${kb(b.gzip - b.limit)}`}`);
  for (const t of speedResult.targets) log(`speed: ${t.name} ${t.target}: ${verdict(t.met)}`);
  log(`\n${over.length + missed.length ? `${over.length} budget(s) and ${missed.length} target(s) missed` : 'every budget and target met'}.`);
  log(`Chromium ${chromium}, Node ${process.version}; ${seconds.toFixed(0)} s; load average ${results.machine.loadAverage.before} before, ${results.machine.loadAverage.after} after (${cpus().length} cores). Wrote ${out.slice(root.length + 1)}.`);
}

main().catch((error) => {
  console.error(`\nbench failed: ${error?.stack ?? error}`);
  process.exitCode = 1;
});
