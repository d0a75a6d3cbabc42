/* global performance */
// Time to the first question: t0 is taken before the built bundle is imported (fetched from the
// bench server with no cache, parsed, compiled, run: it registers the element); then one element
// is created with the fixed clock and attached, and we wait for Lit's render and the next paint.
// The two marks bound the same span in a trace, for the main-thread CPU time (scripts/bench.mjs).
// `first.html?bare` measures the bare element (the floor) the same way.
import { headingText, nextPaint, settled, FIXED_NOW, SUBJECT } from './driver.js';

performance.mark('srw-start');
const t0 = performance.now();
try {
  await import(SUBJECT.src);
  const t1 = performance.now();
  const entry = performance.getEntriesByType('resource').find((e) => e.name.endsWith(SUBJECT.src));
  const el = document.createElement(SUBJECT.tag);
  el.clock = () => new Date(FIXED_NOW);
  document.getElementById('host').append(el);
  await settled(el);
  const t2 = performance.now();
  await nextPaint();
  const t3 = performance.now();
  performance.mark('srw-painted');
  window.benchResult = {
    fetched: entry ? entry.responseEnd - t0 : null,
    imported: t1 - t0,
    rendered: t2 - t0,
    painted: t3 - t0,
    heading: headingText(el),
  };
} catch (error) {
  window.benchResult = { error: String(error?.stack ?? error) };
}
