/**
 * The demo page's own script: what a board's page might do with the wizard's events.
 * `?now=2026-11-20T20:00:00Z` fixes the clock, to see the out-of-hours route at any time.
 */
import '../src/index.js';

const wizard = document.querySelector('safeguarding-report-wizard');
const notice = document.getElementById('demo-notice');
const baseTitle = document.title;
const now = new URLSearchParams(location.search).get('now');

if (wizard) {
  if (now && !Number.isNaN(Date.parse(now))) wizard.clock = () => new Date(now);
  // Development only: ?inspect shows the live statechart in Stately's inspector (demo/inspector.ts).
  if (new URLSearchParams(location.search).has('inspect')) void import('./inspector.js').then((m) => m.attachInspector(wizard));
  // The host sets its own page title from the step's question.
  wizard.addEventListener('step-change', (e) => {
    document.title = `${e.detail.title} – ${baseTitle}`;
  });
  wizard.addEventListener('report-complete', (e) => {
    console.info('report-complete', e.detail);
  });
  // A board's web team sees directory problems here, as well as in the console.
  wizard.addEventListener('directory-problem', (e) => {
    if (!notice) return;
    notice.hidden = false;
    notice.textContent = `Directory problems (for the page author): ${e.detail.map((p) => `${p.path}: ${p.message}`).join(' ')}`;
  });
}
