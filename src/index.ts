/**
 * The package entry: registers <safeguarding-report-wizard> and exports the schemas and types a
 * host page needs to read what the wizard hands it.
 */
import { SafeguardingReportWizard } from './components/safeguarding-report-wizard/safeguarding-report-wizard.js';

export { SafeguardingReportWizard };
export type { StepChangeDetail } from './components/safeguarding-report-wizard/safeguarding-report-wizard.js';
export { reportSchema, decisionSchema, type Report, type Decision } from '../machines/report.schema.js';
export { directorySchema, holidaysSchema, type Directory, type Authority, type Contact } from '../machines/directory.schema.js';
export { answersSchema, type Answers } from '../machines/answers.js';
export type { DirectoryProblem } from './directory/read-directory.js';

if (!customElements.get('safeguarding-report-wizard')) {
  customElements.define('safeguarding-report-wizard', SafeguardingReportWizard);
}

declare global {
  interface HTMLElementTagNameMap {
    'safeguarding-report-wizard': SafeguardingReportWizard;
  }
}
