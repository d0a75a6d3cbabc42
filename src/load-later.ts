import { lazyModule } from './internal/lazy-module.js';

/** What the wizard needs after the first questions (src/later.ts), loaded from beside the entry. */
export const later = lazyModule(() => import('./later.js'));
export type Later = NonNullable<typeof later.ready>;
/** What the console says when it cannot be fetched, for the board's web team. */
export const LATER_MISSING =
  'safeguarding-report-wizard: safeguarding-report-wizard-later.js (the town and postcode finder, the summary) could not be loaded; the list of councils still works and every answer is kept.';
