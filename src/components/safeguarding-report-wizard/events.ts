/** The events the wizard fires on its host page, typed for `addEventListener`. */
import type { StepId } from '../../../machines/fields.js';
import type { Report } from '../../../machines/report.schema.js';
import type { WizardEmitted } from '../../../machines/wizard.machine.js';
import type { DirectoryProblem } from '../../directory/read-directory.js';
import type { Lang } from '../../i18n/translate.js';

export interface StepChangeDetail {
  step: StepId;
  /** The step's question, in the language shown: for the host page's title. */
  title: string;
  lang: Lang;
}

/** The wizard's events. Each bubbles and is composed, so a page can listen on the element or the document. */
export interface WizardEventMap {
  /** The completed report, validated by `reportSchema`, when the summary is shown. */
  'report-complete': CustomEvent<Report>;
  /** A new step is shown; `detail.title` is its question. */
  'step-change': CustomEvent<StepChangeDetail>;
  /** A supplied directory had problems; the valid parts are used. */
  'directory-problem': CustomEvent<DirectoryProblem[]>;
  /** Quick exit was used; cancel it to do the leaving yourself (answers are wiped either way). */
  'wizard-exit': CustomEvent<void>;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the merge adds the wizard's events
  interface HTMLElementEventMap extends WizardEventMap {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- they bubble to the document too
  interface DocumentEventMap extends WizardEventMap {}
}

/** Hands the host page the completed report, once it has passed the exported schema. */
export function tellHost(host: HTMLElement, event: WizardEmitted): void {
  if (event.type === 'report.complete') host.dispatchEvent(new CustomEvent('report-complete', { detail: event.report, bubbles: true, composed: true }));
  else console.error('safeguarding-report-wizard: the report did not pass its schema, so report-complete was not sent.', event.issues);
}
