import { html, LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import type { Answers, StepId } from '../../../machines/fields.js';
import type { Report } from '../../../machines/report.schema.js';
import { offersConsentOnly, progressOf, stepOf, wizardMachine, type WizardEnv, type WizardSnapshot } from '../../../machines/wizard.machine.js';
import { DirectoryController, DraftController, ExportController, FocusController, HistoryController, LanguageController, LaterController, MachineController, QuickExitController, ReferralController, StatementsController, WarmUpController } from '../../controllers/index.js';
import { shippedHolidays } from '../../directory/shipped.js';
import { wizardTranslator } from '../../i18n/catalogues.js';
import type { Lang, Translate } from '../../i18n/translate.js';
import { readForm } from '../../internal/read-form.js';
import { updatedAfterLoads } from '../../internal/updated-after-loads.js';
import { later, LATER_MISSING } from '../../load-later.js';
import { stepTitle, type StepView } from '../../views/steps.js';
import { stepContent, wizardView } from '../../views/wizard-view.js';
import { wizardStyles } from './safeguarding-report-wizard.styles.js';
import { warmUpTasks } from './warm-up-tasks.js';
import { tellHost } from './events.js';

/**
 * A guided wizard for the duty to report a child at risk in Wales.
 *
 * @summary Walks a worried practitioner from "I'm worried about a child" to a completed report summary.
 *
 * @fires {CustomEvent<Report>} report-complete - The completed report, validated by `reportSchema`, when the summary is shown.
 * @fires {CustomEvent<StepChangeDetail>} step-change - A new step is shown; `detail.title` is its question.
 * @fires {CustomEvent<DirectoryProblem[]>} directory-problem - A supplied directory had problems; the valid parts are used.
 * @fires {CustomEvent<void>} wizard-exit - Quick exit was used; cancel it to do the leaving yourself (answers are wiped either way).
 *
 * @slot logo - The board's logo, shown at the top of every step.
 * @slot intro - The board's own introduction, shown above the first question only.
 * @slot - Content for when JavaScript does not run (such as "If a child is in immediate danger, call 999"): replaced by the wizard.
 *
 * @csspart heading - Each step's heading.
 * @csspart emergency-line - The "In an emergency, call 999" line shown on every step.
 * @csspart emergency-banner - The "Call 999 now" panel.
 * @csspart call-emergency - The "Call 999" button.
 * @csspart exit-button - The quick exit button.
 * @csspart progress - "Part n of 6: the concern".
 * @csspart button - The Continue and Confirm buttons.
 * @csspart summary - The completed report summary.
 * @csspart summary-list - The check-your-answers list.
 * @csspart outcome - The summary's outcome panel.
 * @csspart contact - A contact card.
 * @csspart reason - The sentence saying which contact applies now, and why.
 * @csspart not-known - The notice when no checked number is held.
 *
 * @cssprop --srw-font-family - Font (inherits the host page's font by default).
 * @cssprop --srw-color-text - Text colour.
 * @cssprop --srw-color-link - Link colour.
 * @cssprop --srw-color-focus - Focus highlight colour.
 * @cssprop --srw-color-button - Main button colour.
 * @cssprop --srw-color-emergency - Emergency colour.
 * @cssprop --srw-color-error - Error colour.
 * @cssprop --srw-color-secondary-text - Hint text colour.
 * @cssprop --srw-color-button-text - Main button text colour.
 * @cssprop --srw-color-focus-text - Text colour on the focus highlight.
 * @cssprop --srw-color-border - Border colour.
 * @cssprop --srw-color-panel - Panel background.
 * @cssprop --srw-color-background - Background.
 * @cssprop --srw-font-size - Base font size.
 * @cssprop --srw-space - Spacing unit.
 * @cssprop --srw-radius - Corner radius of buttons, fields and panels.
 */
export class SafeguardingReportWizard extends LitElement {
  static override styles = wizardStyles;

  /** A board's own directory (object). Valid entries replace the shipped ones; see `directorySchema`. */
  @property({ attribute: false }) directory?: unknown;

  /** The address of a board's directory as a JSON file on the same site. */
  @property({ attribute: 'directory-src' }) directorySrc?: string;

  /** Limit the councils offered to one region, such as `gwent`. */
  @property() region?: string;

  /** `consent`: a Designated Safeguarding Person walks a colleague through the consent decision only, and can go on into the report. */
  @property() start?: 'report' | 'consent';

  /** Where quick exit goes: a neutral page. The default is GOV.UK Frontend's own (research/peers-and-ux.md section 4). */
  @property({ attribute: 'exit-url' }) exitUrl = 'https://www.bbc.co.uk/weather';

  /** Keep answers in this tab's sessionStorage, so a reload resumes them. Off by default: nothing is stored without it. */
  @property({ type: Boolean, attribute: 'save-draft' }) saveDraft = false;

  /** Let the browser's Back and Forward buttons move between steps. */
  @property({ type: Boolean, attribute: 'use-history' }) useHistory = false;

  /** The clock. Tests and demos can set a fixed time; office hours are worked out in Wales's time zone. */
  @property({ attribute: false }) clock: () => Date = () => new Date();

  /** Message overrides by key, for a board that wants its own words. */
  @property({ attribute: false }) messages: Partial<Record<Lang, Record<string, string>>> = {};

  /**
   * Development only: receives XState's inspection events, such as `(e) => createBrowserInspector().inspect.next(e)`
   * from `@statelyai/inspect` (demo/inspector.ts). Set it before the element is connected to see the machine too.
   */
  @property({ attribute: false }) inspector?: (event: unknown) => void;

  private readonly languages = new LanguageController(this, {
    // The form is kept just before another language is shown, with whatever was typed while it loaded.
    beforeChange: () => this.machine.send({ type: 'draft.update', values: this.readStep() }),
  });
  private readonly directories = new DirectoryController(this, (directory) => this.machine.send({ type: 'env.update', directory }));
  private readonly draft = new DraftController(this);
  private readonly machine = new MachineController(this, wizardMachine, {
    input: () => ({ ...this.env(), answers: this.start === 'consent' ? ({ purpose: 'consent', role: 'dsp' } as const) : {} }),
    snapshot: () => this.draft.restore(this.env()),
    inspect: (event) => this.inspector?.(event),
    onSnapshot: (snapshot, previous) => this.onSnapshot(snapshot, previous),
    onEmitted: (event) => tellHost(this, event),
  });
  private readonly browserHistory = new HistoryController(this, {
    snapshot: () => this.snapshot,
    send: this.machine.send,
    values: () => this.readStep(),
    clock: () => this.clock(),
  });
  private readonly quickExit = new QuickExitController(this, {
    wipe: () => {
      this.warmUp.cancel();
      this.machine.send({ type: 'wizard.exit' });
      this.draft.clear();
    },
    say: (key) => this.t(key),
  });
  private readonly exporter = new ExportController(this, {
    // The later file is fetched before the summary or the record is shown, so it is here whenever there is something to save.
    file: (kind) => this.later.ready?.savedFile(kind, { context: this.snapshot.context, atRecord: this.step === 'consentRecord', lang: this.language, t: this.t }) ?? '',
    date: () => (this.report?.completedAt ?? '').slice(0, 10),
    say: (key) => this.t(key),
  });
  private readonly referral = new ReferralController(this, this.exporter, () => this.announcer.next('heading'));
  private readonly statements = new StatementsController(this, {
    values: () => this.readStep(),
    keep: (values) => this.machine.send({ type: 'draft.update', values }),
    focusHeading: () => this.announcer.next('heading'),
  });
  private readonly announcer = new FocusController(this, () => {
    const step = this.step;
    return step === 'exited' || !this.languages.ready ? undefined : { step, title: stepTitle(step, { t: this.t, answers: this.snapshot.context.answers }), lang: this.language };
  });
  /** The finder, the summary and the written report: a file fetched after the first question is drawn. */
  private readonly later = new LaterController(this, later, LATER_MISSING);
  /** @internal Work the first answers would wait for, done while the first question is read; `warmUp.done` settles when it is finished (for tests). */
  readonly warmUp = new WarmUpController(this, () =>
    warmUpTasks({
      snapshot: () => this.snapshot,
      lang: () => this.language,
      values: () => this.readStep(),
      clock: () => this.clock(),
      draw: (step) => stepContent(step, this.view(), this.frame(step)),
      later: () => this.later.load(),
    }),
  );

  /** The latest completed report, or undefined before the summary is reached. */
  get report(): Report | undefined {
    return this.snapshot.context.report;
  }

  /** The language shown: chosen in the wizard, else the element's or the page's `lang`. */
  get language(): Lang {
    return this.languages.lang;
  }

  /** Quick exit: wipes every answer and leaves for `exit-url` (see QuickExitController). */
  exit(): void {
    this.quickExit.exit();
  }

  /** The summary as plain text, in the language shown (at the end of a consent walk-through, its record). */
  reportText(): string {
    return this.exporter.file('txt');
  }

  /** The report as JSON, with the summary text in the language shown. */
  reportJson(): string {
    return this.exporter.file('json');
  }

  /** The written report confirming a phone report, as text in the language shown; empty when none is due (adult, Section 5, not reporting). */
  writtenReportText(): string {
    return this.exporter.file('referral-txt');
  }

  /** The written report as a standalone HTML file (UTF-8, its own styles, no script), to open in a word processor. */
  writtenReportHtml(): string {
    return this.exporter.file('referral-html');
  }

  private get snapshot(): WizardSnapshot {
    return this.machine.snapshot;
  }

  private get step(): StepId | 'exited' {
    return stepOf(this.snapshot);
  }

  private env(): WizardEnv {
    return { directory: this.directories.directory, holidays: shippedHolidays, clock: () => this.clock() };
  }

  private get t(): Translate {
    return wizardTranslator(this.language, this.messages, this.snapshot.context.directory);
  }

  protected override getUpdateComplete(): Promise<boolean> {
    return updatedAfterLoads(() => super.getUpdateComplete(), () => [this.directories.pending, this.languages.pending, this.later.loading]);
  }

  private onSnapshot(snapshot: WizardSnapshot, previous: WizardSnapshot | undefined): void {
    this.draft.keep(snapshot, previous);
    const step = stepOf(snapshot);
    if (previous && step === stepOf(previous)) {
      if (snapshot.context.errors.length) this.announcer.next('errors');
      return;
    }
    if (previous) this.browserHistory.stepped(snapshot);
    this.announcer.next('heading');
    this.exporter.reset();
    this.referral.reset();
    if (step === 'whatHappened') this.statements.arrive(snapshot.context.answers);
    // The finder, or the end of the route (a draft restored there, or a file that has not arrived
    // yet): fetch it now; it shows when it comes.
    if (step === 'authority' || step === 'checkAnswers' || step === 'summary' || step === 'consentRecord') void this.later.load();
  }

  private readStep(): ReturnType<typeof readForm> {
    return this.step === 'exited' ? {} : readForm(this.renderRoot.querySelector('form'), this.step, this.statements.count);
  }

  /**
   * Continue, with what the form holds. Confirming check answers shows the summary and tells the host
   * page (report-complete): the summary's file comes first, so the host can read reportText() there
   * and then. It is nearly always here already; if it cannot be fetched, the summary offers Try again.
   */
  private submit(extra: Answers = {}): void {
    const submit = { type: 'step.submit', values: { ...this.readStep(), ...extra }, at: this.clock().toISOString() } as const;
    if (this.step === 'checkAnswers') this.later.afterLoad(() => this.machine.send(submit));
    else this.machine.send(submit);
  }

  private view(): StepView {
    const { context } = this.snapshot;
    return {
      t: this.t,
      lang: this.language,
      answers: context.answers,
      history: context.history,
      errors: context.errors,
      directory: context.directory,
      soFar: this.step === 'contactNow' ? context.soFar : undefined,
      statements: this.statements,
      contact: this.step === 'contactNow' ? context.contact : undefined,
      onAuthorityChosen: (id) => this.machine.send({ type: 'draft.update', values: { authority: id } }),
      offersConsentOnly: offersConsentOnly(this.snapshot),
      onSubmitWith: (extra) => this.submit(extra),
    };
  }

  private frame(step: StepId) {
    const { context } = this.snapshot;
    const restart = () => this.machine.send({ type: 'wizard.restart' });
    return {
      step,
      progress: progressOf(this.snapshot),
      exitStatus: this.quickExit.status,
      draftRestored: this.draft.restored,
      report: context.report,
      consentRecord: step === 'consentRecord' ? context.consentRecord : undefined,
      record: { exporter: this.exporter, goOn: () => this.machine.send({ type: 'walk.continue' }), restart },
      on: {
        exit: () => this.exit(),
        // What the form holds is kept just before the other language is shown (see `languages`).
        switchLanguage: () => this.languages.switch(),
        back: () => this.machine.send({ type: 'nav.back', values: this.readStep() }),
        submit: (event: SubmitEvent) => {
          event.preventDefault();
          this.submit();
        },
        change: (s: StepId) => this.machine.send({ type: 'nav.change', step: s }),
      },
      end: this.later.ready,
      endFailed: this.later.failed,
      retryEnd: () => void this.later.load(),
      summary: { exporter: this.exporter, restart, contactChanged: context.contactChanged, referral: this.referral.actions, recordCall: (form: HTMLFormElement) => this.machine.send({ type: 'call.record', values: readForm(form, 'contactNow', 0) }) },
    };
  }

  protected override render() {
    const step = this.step;
    if (step === 'exited') return undefined;
    // The page's language is still loading (a Welsh page, at the start): the host's own fallback
    // content (such as "If a child is in immediate danger, call 999") stays shown until it arrives.
    if (!this.languages.ready) return html`<slot></slot>`;
    return wizardView(this.view(), this.frame(step));
  }
}
