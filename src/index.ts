/**
 * The package entry, and the one script a page adds: registers <safeguarding-report-wizard>.
 * It holds what the first question needs; the rest is loaded from beside it (issue 14). The zod
 * schemas a host page uses to read what the wizard hands it are in their own entry,
 * `safeguarding-report-wizard/schemas` (src/schemas.ts), so this one does not carry zod.
 */
import { SafeguardingReportWizard } from './components/safeguarding-report-wizard/safeguarding-report-wizard.js';

export { SafeguardingReportWizard };
export type { StepChangeDetail, WizardEventMap } from './components/safeguarding-report-wizard/events.js';
export type { Report, Decision } from '../machines/report.schema.js';
export type { Directory, Authority, Contact } from '../machines/directory.schema.js';
export type { Answers } from '../machines/answers.js';
export type { DirectoryProblem } from './directory/read-directory.js';

if (!customElements.get('safeguarding-report-wizard')) {
  customElements.define('safeguarding-report-wizard', SafeguardingReportWizard);
}

declare global {
  interface HTMLElementTagNameMap {
    'safeguarding-report-wizard': SafeguardingReportWizard;
  }
}
