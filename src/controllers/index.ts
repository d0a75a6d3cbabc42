/** The wizard element's controllers: each does one job that is not drawing, and has its own test beside it. */
export { DirectoryController } from './directory-controller.js';
export { DraftController } from './draft-controller.js';
export { ExportController } from './export-controller.js';
export { FocusController } from './focus-controller.js';
export { HistoryController } from './history-controller.js';
export { LanguageController } from './language-controller.js';
export { LaterController } from './later-controller.js';
export { MachineController } from './machine-controller.js';
export { QuickExitController } from './quick-exit-controller.js';
export { ReferralController } from './referral-controller.js';
export { StatementsController } from './statements-controller.js';
export { WarmUpController } from './warm-up-controller.js';
