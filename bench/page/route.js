/* global performance, PerformanceObserver, setTimeout */
// Whole routes in one page, driven from Node with page.evaluate (Node forces GC and reads the
// heap between calls): `oneRoute()` walks the bench route and leaves the summary shown;
// `routes(n)` creates, walks and removes the element n times; `longText()` walks the route with
// 100,000 characters pasted. `route.html?bare` loads the bare element (the floor) instead.
import { createWizard, headingText, nextPaint, walkRoute, LONG_ROUTE, PASTE_STEP, SUBJECT } from './driver.js';

await import(SUBJECT.src);
const host = document.getElementById('host');
const walk = (el, read) => walkRoute(el, { read, route: SUBJECT.route, confirm: SUBJECT.confirm });

/** Every element of `type` given so far, and a stop() that returns them (null if unsupported). */
function observe(type) {
  if (!PerformanceObserver.supportedEntryTypes?.includes(type)) return { stop: () => null };
  const entries = [];
  const observer = new PerformanceObserver((list) => entries.push(...list.getEntries()));
  observer.observe({ type });
  return {
    stop() {
      entries.push(...observer.takeRecords());
      observer.disconnect();
      return entries;
    },
  };
}

/**
 * Texts shown as answers in the answers section on screen (check answers, or the summary's
 * answers), across all its per-section lists: the same place the hostile-input test reads.
 */
const shownAnswers = (el) => {
  const answers = el.shadowRoot.querySelector('[data-answers]');
  return answers ? Array.from(answers.querySelectorAll('.answer-text'), (n) => n.textContent) : [];
};

window.bench = {
  subject: SUBJECT.name,
  /** One route on this page; `read`: pause to read each question before answering it. */
  async oneRoute(read = false) {
    const el = await createWizard(host, SUBJECT.tag);
    return walk(el, read);
  },
  /** Returns each route's timings (the page is warm after the first: code compiled, templates prepared). */
  async routes(n) {
    const results = [];
    for (let i = 0; i < n; i++) {
      const el = await createWizard(host, SUBJECT.tag);
      results.push(await walk(el, false));
      el.remove();
    }
    return results;
  },
  /**
   * The long-text route, each question read first: `text` (100,000 characters) is pasted into the
   * statement box. Returns the steps' and summary's timings, the paste's own time, the long
   * animation frames and long tasks from the paste to the summary painted, and whether the text
   * was shown exactly on check answers, on the summary and in the report's text.
   */
  async longText(text) {
    const el = await createWizard(host, SUBJECT.tag);
    const pasteStart = performance.now();
    const loaf = observe('long-animation-frame');
    const longtask = observe('longtask');
    const result = await walkRoute(el, { read: true, route: LONG_ROUTE, confirm: null });
    // On check answers now: the text must be shown exactly, as one answer.
    const shownOnCheck = shownAnswers(el).filter((t) => t === text).length === 1;
    const summary = await walkRoute(el, { read: true, route: [], confirm: SUBJECT.confirm });
    // Entries are queued after the frame: give them a frame and a task to arrive.
    await nextPaint();
    await new Promise((resolve) => setTimeout(resolve, 50));
    const frames = loaf.stop();
    const tasks = longtask.stop();
    const reportText = await el.reportText();
    const max = (list, key) => (list ? list.reduce((m, e) => Math.max(m, e[key] ?? 0), 0) : null);
    // Where the longest frame was: the last of the driver's marks before it started.
    const marks = performance.getEntriesByType('mark').filter((m) => m.name.startsWith('srw-') && m.startTime >= pasteStart);
    const longest = frames?.reduce((a, e) => (!a || e.duration > a.duration ? e : a), undefined);
    const during = (e) => (e ? (marks.filter((m) => m.startTime <= e.startTime).at(-1)?.name ?? 'srw-paste') : null);
    const longestFrameDetail = longest && {
      during: during(longest),
      duration: longest.duration,
      blockingDuration: longest.blockingDuration,
      renderStart: longest.renderStart - longest.startTime,
      styleAndLayoutStart: longest.styleAndLayoutStart - longest.startTime,
      scripts: (longest.scripts ?? []).map((sc) => ({ invoker: sc.invoker, duration: sc.duration, forcedStyleAndLayout: sc.forcedStyleAndLayoutDuration, source: sc.sourceURL?.split('/').pop() })),
    };
    return {
      heading: headingText(el),
      steps: result.steps,
      pasteStep: PASTE_STEP,
      pasted: result.pasted,
      summary: summary.summary,
      longestFrame: max(frames, 'duration'),
      longestFrameBlocking: max(frames, 'blockingDuration'),
      longFrames: frames?.length ?? null,
      longestFrameDetail,
      longestTask: max(tasks, 'duration'),
      longTasks: tasks?.length ?? null,
      shownOnCheck,
      shownOnSummary: shownAnswers(el).filter((t) => t === text).length === 1,
      inReportText: reportText.includes(text),
      pastedExactly: result.pasted?.length === text.length,
    };
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
