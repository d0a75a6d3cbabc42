/* global performance */
// Whole routes in one page, driven from Node with page.evaluate (Node forces GC and reads the
// heap between calls): `oneRoute()` walks the bench route and leaves the summary shown;
// `routes(n)` creates, walks and removes the element n times.
import '/safeguarding-report-wizard.js';
import { createWizard, nextPaint, walkRoute } from './driver.js';

const host = document.getElementById('host');

window.bench = {
  /** One route on this page; `read`: pause to read each question before answering it. */
  async oneRoute(read = false) {
    const el = await createWizard(host);
    return walkRoute(el, { read });
  },
  /** Returns each route's timings (the page is warm after the first: code compiled, templates prepared). */
  async routes(n) {
    const results = [];
    for (let i = 0; i < n; i++) {
      const el = await createWizard(host);
      results.push(await walkRoute(el));
      el.remove();
    }
    return results;
  },
  /** The frame floor: the same paint marker after a trivial DOM change. */
  async floor(n) {
    const p = document.createElement('p');
    document.body.append(p);
    const out = [];
    for (let i = 0; i < n; i++) {
      const t0 = performance.now();
      p.textContent = String(i);
      await nextPaint();
      out.push(performance.now() - t0);
    }
    p.remove();
    return out;
  },
};
window.benchReady = true;
