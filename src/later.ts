/**
 * Everything the wizard needs after the first questions, in one file beside the entry (issue 14:
 * load only what the person needs): the town and postcode finder, the summary, the written report
 * and the consent decision record (on screen and as text or HTML files), and the report's schema.
 * It is fetched while the first question is read (warm-up), on reaching the council step, and
 * before check answers is confirmed, so the summary and `reportText()` are there when
 * `report-complete` fires.
 *
 * One file, not one per part: rolldown 1.2 moves a module the entry shares with two or more
 * dynamically imported files into a file of its own that the first question then waits for
 * (rolldown/rolldown#10731); test/entry-modules.test.ts checks the entry imports nothing.
 */
import './components/authority-finder/authority-finder.js';

export { summaryView } from './views/summary-view.js';
export { consentRecordView } from './views/consent-record-view.js';
export { savedFile } from './report/saved-files.js';
export { reportSchema } from '../machines/report.schema.js';
