import { LitElement, html, nothing, render, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { keyed } from 'lit/directives/keyed.js';
import { transition } from 'xstate';
import { STEP_FIELDS, answersSchema, type Answers, type StepId } from '../../machines/answers.js';
import { buildReport, contactKindFor } from '../../machines/build-report.js';
import { contactNow, findAuthority, type ContactNow } from '../../machines/contact-now.js';
import type { Directory } from '../../machines/directory.schema.js';
import { reportSchema, type Report } from '../../machines/report.schema.js';
import { walesTime } from '../../machines/wales-time.js';
import { routeAhead, wizardMachine, type WizardContext } from '../../machines/wizard.machine.js';
import { MachineController } from '../controllers/machine-controller.js';
import { authorityGroups } from '../directory/authority-options.js';
import { fetchDirectory, limitToRegion, parseInlineDirectory, readDirectory, type DirectoryProblem } from '../directory/read-directory.js';
import { shippedDirectory, shippedHolidays } from '../directory/shipped.js';
import { catalogues } from '../i18n/catalogues.js';
import { jurisdictionTerms } from '../i18n/jurisdiction-terms.js';
import { translator, type Lang, type Translate } from '../i18n/translate.js';
import { answerRows, nameIn } from '../report/format.js';
import { reportText } from '../report/report-text.js';
import { reasonText } from '../report/summary-content.js';
import { checkAnswersView } from './check-answers.js';
import { heading } from './fields.js';
import '../lookup/authority-finder.js';
import { printSheet } from './print.js';
import { clearDraft, draftKey, readDraft, writeDraft } from './draft-store.js';
import { hidePage, shiftCounter, unhidePage } from './quick-exit.js';
import { STEP_VIEWS, stepTitle, type StepView } from './steps.js';
import { wizardStyles } from './styles.js';
import { summaryView } from './summary-view.js';
import { warmUpWhenIdle, type WarmUp } from './warm-up.js';

const ARRAY_FIELDS = new Set(['harm', 'consentReasons']);

export interface StepChangeDetail {
  step: StepId;
  /** The step's question, in the language shown: for the host page's title. */
  title: string;
  lang: Lang;
}

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
 * @csspart progress - "Question n of about m".
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

  /**
   * Where quick exit goes: a neutral page. The default is GOV.UK Frontend's own default
   * (research/peers-and-ux.md section 4).
   */
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
   * Development only: a function that receives XState's inspection events, such as
   * `(e) => createBrowserInspector().inspect.next(e)` from `@statelyai/inspect` (see demo/inspector.ts).
   * Set it before the element is connected to see the machine's definition too. The inspector
   * itself never enters the production bundle.
   */
  @property({ attribute: false }) inspector?: (event: unknown) => void;

  @state() private chosenLang?: Lang;
  @state() private statementCount = 1;
  @state() private statementGeneration = 0;
  @state() private status = '';
  @state() private exitStatus = '';
  private readonly shift = shiftCounter(undefined, () => {
    if (this.exitStatus) this.exitStatus = this.t('exit.timedOut');
  });
  private readonly onKeydown = (event: KeyboardEvent) => this.shift.keydown(event);
  private readonly onKeyup = (event: KeyboardEvent) => {
    const count = this.shift.keyup(event);
    if (count === 3) this.exit();
    else if (count > 0) this.exitStatus = this.t(count === 1 ? 'exit.press2' : 'exit.press1');
  };
  private readonly onPageShow = () => unhidePage();
  private readonly langObserver = new MutationObserver(() => this.requestUpdate());

  private readonly machine = new MachineController(this, wizardMachine, {
    inspect: (event) => this.inspector?.(event),
    snapshot: () => this.restoreDraft(),
    onSnapshot: (snapshot, previous) => this.onSnapshot(snapshot.value as StepId | 'exited', snapshot.context, previous?.value as StepId | undefined),
  });

  /** A directory read from `directory-src` or an inline JSON script. */
  @state() private loadedDirectory?: unknown;
  private resolved: { input: unknown; region?: string; directory: Directory; problems: DirectoryProblem[] } | undefined;
  private pendingFocus: 'heading' | 'errors' | undefined;
  private announcedStep?: StepId;
  private currentReport?: Report;
  private contactWhenShown?: ContactNow;

  /** The latest completed report, or undefined before the summary is reached. */
  get report(): Report | undefined {
    return this.currentReport;
  }

  /** The language shown: chosen in the wizard, else the element's or the page's `lang`. */
  get language(): Lang {
    if (this.chosenLang) return this.chosenLang;
    const lang = (this.closest('[lang]')?.getAttribute('lang') ?? document.documentElement.lang ?? '').toLowerCase();
    return lang.startsWith('cy') ? 'cy' : 'en';
  }

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, 'lang'];
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  private get t(): Translate {
    const lang = this.language;
    return translator(
      catalogues[lang],
      this.messages[lang],
      { emergency: this.emergencyNumber },
      jurisdictionTerms(this.activeDirectory.jurisdiction, lang),
    );
  }

  private get activeDirectory(): Directory {
    const input = this.directory ?? this.loadedDirectory;
    if (!this.resolved || this.resolved.input !== input || this.resolved.region !== this.region) {
      const read = readDirectory(input, shippedDirectory);
      const limited = limitToRegion(read.directory, this.region);
      this.resolved = { input, region: this.region, directory: limited.directory, problems: [...read.problems, ...limited.problems] };
      this.reportProblems(this.resolved.problems);
    }
    return this.resolved.directory;
  }

  /** Tells the page author what is wrong with a directory: in the console and as an event. */
  private reportProblems(problems: DirectoryProblem[]): void {
    if (!problems.length) return;
    for (const p of problems) console.error(`safeguarding-report-wizard: directory problem at ${p.path}: ${p.message}`);
    this.dispatchEvent(new CustomEvent('directory-problem', { detail: problems, bubbles: true, composed: true }));
  }

  /**
   * Listeners on the page, added while connected. Shift pressed three times anywhere on the page
   * exits (the capture listeners see keys typed inside the shadow root too).
   */
  private get pageListeners(): [EventTarget, string, EventListener, boolean][] {
    return [
      [document, 'keydown', this.onKeydown as EventListener, true],
      [document, 'keyup', this.onKeyup as EventListener, true],
      [window, 'pageshow', this.onPageShow, false],
      [window, 'beforeunload', this.onBeforeUnload as EventListener, false],
      [window, 'popstate', this.onPopState as EventListener, false],
    ];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    for (const [target, type, listener, capture] of this.pageListeners) target.addEventListener(type, listener, capture);
    if (this.useHistory) history.replaceState({ srw: this.historyKey, index: this.historyIndex }, '');
    // The language follows the page's lang when it changes.
    this.langObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
    const inline = this.querySelector('script[type="application/json"]');
    if (inline && this.loadedDirectory === undefined) {
      const { json, problem } = parseInlineDirectory(inline.textContent ?? '');
      if (problem) this.reportProblems([problem]);
      else this.loadedDirectory = json;
    }
  }

  /** Work the first answers would otherwise wait for, done while the first question is read. */
  protected override firstUpdated(): void {
    this.warmUp = warmUpWhenIdle([
      () => answersSchema.safeParse({ danger: 'no', statements: [{ text: '' }] }),
      () => walesTime(this.clock()),
      () => authorityGroups(this.activeDirectory, this.language),
      () => reportSchema.safeParse({}),
      // A Continue worked out on the side (xstate's `transition` is pure: the wizard does not move),
      // so the machine's code is compiled before the first real one.
      () => transition(wizardMachine, this.machine.snapshot, { type: 'step.submit', values: this.collect(this.step), at: this.clock().toISOString() }),
      // Each question drawn once, off the page: Lit prepares its template and the browser compiles
      // its code, so the first Continue to it does not wait for either.
      ...(Object.keys(STEP_VIEWS) as StepId[]).map((step) => () => render(this.renderStep(step, this.view()), document.createDocumentFragment())),
    ]);
  }

  /** Work done while the first question is read; `warmUp.done` settles when it is finished. */
  warmUp?: WarmUp;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.warmUp?.cancel();
    for (const [target, type, listener, capture] of this.pageListeners) target.removeEventListener(type, listener, capture);
    this.langObserver.disconnect();
    this.shift.reset();
  }

  /**
   * Quick exit: wipes every answer from memory and storage, hides the page at once and replaces it
   * with the neutral `exit-url` (so Back does not return). A host that cancels `wizard-exit` does
   * the leaving itself; the answers are wiped either way.
   */
  exit(): void {
    this.warmUp?.cancel();
    this.machine.send({ type: 'wizard.exit' });
    this.currentReport = undefined;
    this.contactWhenShown = undefined;
    this.onExitStorage?.();
    const proceed = this.dispatchEvent(new CustomEvent('wizard-exit', { bubbles: true, composed: true, cancelable: true }));
    if (!proceed) return;
    hidePage();
    window.location.replace(this.exitUrl);
  }

  /** Clears anything kept in storage, on exit. */
  private onExitStorage = () => clearDraft(draftKey(this.id));

  @state() private draftRestored = false;

  private restoreDraft() {
    if (!this.saveDraft) return undefined;
    const draft = readDraft(draftKey(this.id));
    if (!draft || draft.history.length === 0) return undefined;
    this.draftRestored = true;
    return wizardMachine.resolveState({
      value: draft.step,
      context: { answers: draft.answers, history: draft.history, visited: draft.visited, times: draft.times, errors: [], editing: null },
    });
  }

  private keepDraft(step: StepId | 'exited', context: WizardContext): void {
    if (!this.saveDraft) return;
    const key = draftKey(this.id);
    // Cleared on completion, on "start again" (an empty route) and on exit.
    if (step === 'summary' || step === 'exited' || context.history.length === 0) clearDraft(key);
    else writeDraft(key, step, context);
  }

  /** Browser history (use-history): each step is an entry; Back and Forward move between steps. */
  private historyIndex = 0;
  private fromPopState = false;

  private get historyKey(): string {
    return draftKey(this.id);
  }

  private recordHistory(step: StepId | 'exited'): void {
    if (!this.useHistory || step === 'exited') return;
    if (this.fromPopState) {
      this.fromPopState = false;
      return;
    }
    this.historyIndex += 1;
    history.pushState({ srw: this.historyKey, index: this.historyIndex }, '');
  }

  private readonly onPopState = (event: PopStateEvent) => {
    const state = event.state as { srw?: string; index?: number } | null;
    if (!this.useHistory || state?.srw !== this.historyKey || typeof state.index !== 'number' || this.step === 'exited') return;
    const step = this.step;
    if (state.index < this.historyIndex) {
      this.historyIndex = state.index;
      this.fromPopState = true;
      this.machine.send({ type: 'nav.back', values: this.collect(step) });
    } else if (state.index > this.historyIndex) {
      this.historyIndex = state.index;
      this.fromPopState = true;
      this.machine.send({ type: 'step.submit', values: this.collect(step), at: this.clock().toISOString() });
    }
  };

  /** "Leave? What you typed will be lost": only while something is typed and no summary has been reached. */
  private readonly onBeforeUnload = (event: BeforeUnloadEvent) => {
    const step = this.step;
    if (step === 'summary' || step === 'exited') return;
    if (this.context.history.length === 0 && Object.keys(this.context.answers).length === 0) return;
    event.preventDefault();
    event.returnValue = '';
  };

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('directorySrc') && this.directorySrc) {
      const loading = (this.directoryLoading = this.loadDirectory(this.directorySrc).finally(() => {
        if (this.directoryLoading === loading) this.directoryLoading = undefined;
      }));
    }
  }

  /** A directory being read from `directory-src`: `updateComplete` waits for it. */
  private directoryLoading?: Promise<void>;

  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    if (!this.directoryLoading) return done;
    await this.directoryLoading;
    return super.getUpdateComplete();
  }

  private async loadDirectory(src: string): Promise<void> {
    const { json, problem } = await fetchDirectory(src, document.baseURI);
    if (src !== this.directorySrc) return;
    if (problem) this.reportProblems([problem]);
    else this.loadedDirectory = json;
  }

  /** The emergency number, from the directory's data like every number shown. */
  private get emergencyNumber(): string {
    return this.activeDirectory.national.emergency.phone ?? shippedDirectory.national.emergency.phone ?? '';
  }

  private get step(): StepId | 'exited' {
    return this.machine.snapshot.value as StepId | 'exited';
  }

  private get context(): WizardContext {
    return this.machine.snapshot.context;
  }

  private onSnapshot(step: StepId | 'exited', context: WizardContext, previous: StepId | 'exited' | undefined): void {
    this.keepDraft(step, context);
    if (step !== previous && previous !== undefined) {
      this.recordHistory(step);
      this.draftRestored = false;
    }
    if (step !== previous) {
      this.pendingFocus = 'heading';
      this.status = '';
      if (step === 'whatHappened') this.statementCount = Math.max(1, context.answers.statements?.length ?? 0);
      if (step === 'contactNow') this.contactWhenShown = this.contactAt(context.answers, this.clock());
      if (step === 'summary') this.completeReport(context);
      if (step === 'danger' && previous !== undefined) this.currentReport = undefined;
    } else if (context.errors.length) {
      this.pendingFocus = 'errors';
    }
  }

  private contactAt(answers: Answers, at: Date): ContactNow | undefined {
    const authority = findAuthority(this.activeDirectory, answers.authority);
    return authority
      ? contactNow(authority, contactKindFor(answers), at, { holidays: shippedHolidays, defaultOfficeHours: this.activeDirectory.defaultOfficeHours?.hours, directory: this.activeDirectory })
      : undefined;
  }

  private routeTaken(context: WizardContext): StepId[] {
    return [...context.history, 'checkAnswers'];
  }

  private completeReport(context: WizardContext): void {
    const report = buildReport(
      { answers: context.answers, route: this.routeTaken(context), times: context.times },
      { directory: this.activeDirectory, holidays: shippedHolidays, now: this.clock() },
    );
    // The host receives only a report that passes the exported schema. If one ever failed, the
    // person still gets their summary (never stuck), and the page author is told in the console.
    const checked = reportSchema.safeParse(report);
    this.currentReport = checked.success ? checked.data : report;
    if (checked.success) this.dispatchEvent(new CustomEvent('report-complete', { detail: checked.data, bubbles: true, composed: true }));
    else console.error('safeguarding-report-wizard: the report did not pass its schema, so report-complete was not sent.', checked.error.issues);
  }

  /** The summary as plain text, in the language shown. */
  reportText(): string {
    const report = this.currentReport;
    if (!report) return '';
    const authority = findAuthority(this.activeDirectory, report.contact.authorityId);
    const rows = answerRows(this.context.answers, this.routeTaken(this.context), this.t, this.activeDirectory, this.language);
    return reportText(report, rows, nameIn(authority?.name, this.language), this.language, this.t);
  }

  /** The report as JSON, with the summary text in the language shown. */
  reportJson(): string {
    return JSON.stringify({ report: this.currentReport, lang: this.language, text: this.reportText() }, null, 2);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const step = this.step;
    if (step !== this.announcedStep && step !== 'exited') {
      this.announcedStep = step;
      const detail: StepChangeDetail = { step, title: stepTitle(step, { t: this.t, answers: this.context.answers }), lang: this.language };
      this.dispatchEvent(new CustomEvent('step-change', { detail, bubbles: true, composed: true }));
    }
    const focus = this.pendingFocus;
    this.pendingFocus = undefined;
    if (focus === 'errors') this.renderRoot.querySelector<HTMLElement>('[data-error-summary]')?.focus();
    // The first question is not focused on page load, so the wizard never steals focus from the host page.
    else if (focus === 'heading' && this.stepsShown++ > 0) this.renderRoot.querySelector<HTMLElement>('[data-heading]')?.focus();
  }

  private stepsShown = 0;

  private collect(step: StepId | 'exited'): Answers {
    if (step === 'exited') return {};
    const form = this.renderRoot.querySelector('form');
    if (!form) return {};
    const data = new FormData(form);
    const values: Record<string, unknown> = {};
    for (const field of STEP_FIELDS[step] ?? []) {
      if (field === 'statements') {
        values.statements = Array.from({ length: this.statementCount }, (_, i) => ({
          text: String(data.get(`statements.${i}.text`) ?? ''),
          basis: (data.get(`statements.${i}.basis`) as string | null) ?? undefined,
        }));
        continue;
      }
      if (!form.querySelector(`[name="${field}"]`)) continue;
      if (ARRAY_FIELDS.has(field)) values[field] = data.getAll(field).map(String);
      else if (data.get(field) !== null) values[field] = String(data.get(field));
    }
    return values as Answers;
  }

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    this.machine.send({ type: 'step.submit', values: this.collect(this.step), at: this.clock().toISOString() });
  }

  private onBack(): void {
    this.machine.send({ type: 'nav.back', values: this.collect(this.step) });
  }

  private switchLanguage(): void {
    this.machine.send({ type: 'draft.update', values: this.collect(this.step) });
    this.chosenLang = this.language === 'cy' ? 'en' : 'cy';
    this.pendingFocus = undefined;
  }

  private addStatement = (): void => {
    this.statementCount += 1;
    this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#f-statements\\.${this.statementCount - 1}\\.text`)?.focus());
  };

  private removeStatement = (index: number): void => {
    const values = this.collect('whatHappened');
    const statements = (values.statements ?? []).filter((_, i) => i !== index);
    this.machine.send({ type: 'draft.update', values: { ...values, statements } });
    this.statementCount = Math.max(1, this.statementCount - 1);
    this.statementGeneration += 1;
    this.pendingFocus = 'heading';
  };

  private focusField(event: Event, field: string): void {
    event.preventDefault();
    this.renderRoot.querySelector<HTMLElement>(`#f-${CSS.escape(field)}`)?.focus();
  }

  private print(): void {
    const sheet = printSheet();
    if (!document.adoptedStyleSheets.includes(sheet)) document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    this.setAttribute('data-srw-print-target', '');
    document.documentElement.setAttribute('data-srw-printing', '');
    const cleanup = () => {
      this.removeAttribute('data-srw-print-target');
      document.documentElement.removeAttribute('data-srw-printing');
    };
    window.addEventListener('afterprint', cleanup, { once: true });
    window.print();
  }

  private async copy(): Promise<void> {
    try {
      await navigator.clipboard.writeText(this.reportText());
      this.status = this.t('summary.copied');
    } catch {
      this.status = this.t('summary.copyFailed');
    }
  }

  private download(extension: 'txt' | 'json'): void {
    const content = extension === 'txt' ? this.reportText() : this.reportJson();
    const blob = new Blob([content], { type: extension === 'txt' ? 'text/plain;charset=utf-8' : 'application/json' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = `safeguarding-report-${(this.currentReport?.completedAt ?? '').slice(0, 10)}.${extension}`;
    link.hidden = true;
    this.renderRoot.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  private view(): StepView {
    const context = this.context;
    return {
      t: this.t,
      lang: this.language,
      answers: context.answers,
      errors: context.errors,
      directory: this.activeDirectory,
      statementCount: this.statementCount,
      statementGeneration: this.statementGeneration,
      contact: this.step === 'contactNow' ? this.contactWhenShown : undefined,
      onAddStatement: this.addStatement,
      onRemoveStatement: this.removeStatement,
      onAuthorityChosen: (id) => this.machine.send({ type: 'draft.update', values: { authority: id } }),
    };
  }

  private renderErrors(v: StepView) {
    if (v.errors.length === 0) return nothing;
    return html`
      <div class="error-summary" tabindex="-1" data-error-summary aria-labelledby="error-summary-title">
        <h2 class="error-summary-title" id="error-summary-title">${v.t('error.title')}</h2>
        <ul class="list error-summary-list">
          ${v.errors.map((e) => html`<li><a href="#f-${e.field}" @click=${(ev: Event) => this.focusField(ev, e.field)}>${v.t(e.message)}</a></li>`)}
        </ul>
      </div>
    `;
  }

  private renderStep(step: StepId, v: StepView) {
    if (step === 'checkAnswers') {
      return html`<form novalidate @submit=${this.onSubmit} aria-labelledby="step-heading">
        <div id="step-heading">${heading(v.t('check.heading'))}</div>
        ${checkAnswersView(v.answers, this.context.history, v.t, v.directory, v.lang, (s) => this.machine.send({ type: 'nav.change', step: s }))}
        <button class="button" part="button" type="submit">${v.t('check.submit')}</button>
      </form>`;
    }
    if (step === 'summary') {
      const report = this.currentReport;
      if (!report) return nothing;
      const now = this.contactAt(this.context.answers, new Date(report.completedAt));
      const before = this.contactWhenShown;
      const changed = before && now && (before.which !== now.which || before.contact?.phone !== now.contact?.phone) ? reasonText(now.reason, v.t) : undefined;
      return html`${heading(v.t('summary.heading'))}
      ${summaryView(v, report, now, answerRows(v.answers, this.routeTaken(this.context), v.t, v.directory, v.lang), {
        print: () => this.print(),
        copy: () => void this.copy(),
        downloadText: () => this.download('txt'),
        downloadJson: () => this.download('json'),
        restart: () => this.machine.send({ type: 'wizard.restart' }),
        status: this.status,
        changedReason: changed,
      })}`;
    }
    const body = STEP_VIEWS[step]?.(v) ?? nothing;
    return html`<form novalidate @submit=${this.onSubmit} aria-label=${stepTitle(step, v)}>
      ${body}
      <button class="button" part="button" type="submit">${v.t('nav.continue')}</button>
    </form>`;
  }

  private renderProgress(step: StepId) {
    if (step === 'checkAnswers' || step === 'summary') return nothing;
    const context = this.context;
    const n = context.history.length + 1;
    const total = n + routeAhead(context, step).filter((s) => s !== 'checkAnswers' && s !== 'summary').length;
    return html`<p class="progress" part="progress">${this.t('app.progress', { n, total })}</p>`;
  }

  protected override render() {
    const step = this.step;
    if (step === 'exited') return nothing;
    const v = this.view();
    return html`
      <div class="wizard" lang=${v.lang}>
        <div class="exit-bar no-print">
          <button type="button" class="button button-warning exit-button" part="exit-button" @click=${() => this.exit()}>
            <span class="visually-hidden">${v.t('exit.emergency')}</span> ${v.t('exit.button')}
          </button>
          <span class="visually-hidden" role="status">${this.exitStatus}</span>
        </div>
        <slot name="logo"></slot>
        <div class="topbar no-print">
          <p class="emergency-line" part="emergency-line">
            ${v.t('app.emergencyLine')} <a href="tel:${this.emergencyNumber}">${this.emergencyNumber}</a>
          </p>
          <button type="button" class="link-button language" lang=${v.lang === 'cy' ? 'en' : 'cy'} @click=${this.switchLanguage}>
            ${v.t('app.language')}<span class="visually-hidden"> (${v.t('app.languageLabel')})</span>
          </button>
        </div>
        ${this.context.history.length > 0
          ? html`<button type="button" class="link-button back-link no-print" @click=${this.onBack}>${v.t('nav.back')}</button>`
          : nothing}
        ${this.draftRestored && this.context.history.length > 0
          ? html`<p class="notice" role="status">${v.t('app.draftRestored')}</p>`
          : nothing}
        ${step === 'danger' ? html`<slot name="intro"></slot>` : nothing} ${this.renderProgress(step)}
        ${this.renderErrors(v)}
        ${
          // Each step gets its own DOM: fields of one question never carry over into the next.
          keyed(step, this.renderStep(step, v))
        }
      </div>
    `;
  }
}
