/**
 * The wizard's page: the quick exit bar, the emergency line and language switch, Back, progress,
 * the error summary and the step itself. Templates only; the element passes in what to show and
 * what each button does.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import type { StepId } from '../../machines/fields.js';
import type { Progress } from '../../machines/wizard.machine.js';
import { checkAnswersView } from './check-answers.js';
import { heading } from './fields.js';
import { STEP_VIEWS, numberFirstNow, say, stepTitle, type StepView } from './steps.js';
import type { SummaryActions } from './summary-view.js';
import type { ConsentRecord } from '../../machines/consent-record.js';
import type { Report } from '../../machines/report.schema.js';
import type { ConsentRecordActions } from './consent-record-view.js';
import type { Later as EndViews } from '../load-later.js';

export interface WizardFrame {
  step: StepId;
  progress?: Progress;
  exitStatus: string;
  draftRestored: boolean;
  report?: Report;
  /** The consent decision on its own, at the end of the walk-through. */
  consentRecord?: ConsentRecord;
  record: ConsentRecordActions;
  on: {
    exit: () => void;
    switchLanguage: () => void;
    back: () => void;
    submit: (event: SubmitEvent) => void;
    change: (step: StepId) => void;
  };
  summary: SummaryActions;
  /** The summary's and the consent record's views, once their file has arrived (src/later.ts). */
  end?: EndViews;
  /** Their file could not be fetched: say so, and offer to try again. */
  endFailed: boolean;
  retryEnd: () => void;
}

/** "There is a problem", linking to each field (GOV.UK error summary). */
/** A link in the error summary moves focus to its field (inside the shadow root, where `#id` links do not reach). */
function focusField(event: Event, field: string): void {
  event.preventDefault();
  const root = (event.currentTarget as Element).getRootNode() as ShadowRoot | Document;
  root.querySelector<HTMLElement>(`#f-${CSS.escape(field)}`)?.focus();
}

function errorSummary(v: StepView) {
  if (v.errors.length === 0) return nothing;
  return html`
    <div class="error-summary" tabindex="-1" data-error-summary aria-labelledby="error-summary-title">
      <h2 class="error-summary-title" id="error-summary-title">${v.t('error.title')}</h2>
      <ul class="list error-summary-list">
        ${v.errors.map((e) => html`<li><a href="#f-${e.field}" @click=${(ev: Event) => focusField(ev, e.field)}>${say(v, e.message)}</a></li>`)}
      </ul>
    </div>
  `;
}

/** One step's content: a question's form, check answers, or the summary. */
/**
 * The end of the route while its file is fetched (it is usually here long before: it loads while
 * the first question is read). Nothing typed is lost: every answer is in the machine already.
 */
function endWaiting(step: 'summary' | 'consentRecord', v: StepView, f: Pick<WizardFrame, 'endFailed' | 'retryEnd'>): TemplateResult {
  return html`${heading(v.t(step === 'summary' ? 'summary.heading' : 'record.heading'))}
    <p role="status">${v.t(f.endFailed ? 'end.loadFailed' : 'end.loading')}</p>
    ${f.endFailed ? html`<button type="button" class="button" part="button" @click=${f.retryEnd}>${v.t('end.retry')}</button>` : nothing}`;
}

export function stepContent(
  step: StepId,
  v: StepView,
  f: Pick<WizardFrame, 'report' | 'consentRecord' | 'record' | 'on' | 'summary' | 'end' | 'endFailed' | 'retryEnd'>,
): TemplateResult | typeof nothing {
  if (step === 'checkAnswers') {
    return html`<form novalidate @submit=${f.on.submit} aria-labelledby="step-heading">
      <div id="step-heading">${heading(v.t('check.heading'))}</div>
      ${checkAnswersView(v.answers, v.history, v.t, v.directory, v.lang, f.on.change)}
      <button class="button" part="button" type="submit">${v.t('check.submit')}</button>
    </form>`;
  }
  if (step === 'consentRecord' || step === 'summary') {
    if (!f.end) return endWaiting(step, v, f);
    if (step === 'consentRecord') return f.consentRecord ? f.end.consentRecordView(v, f.consentRecord, f.record) : nothing;
    return f.report ? f.end.summaryView(v, f.report, f.summary) : nothing;
  }
  return html`<form novalidate @submit=${f.on.submit} aria-label=${stepTitle(step, v)}>
    ${STEP_VIEWS[step]?.(v) ?? nothing}
    <button class="button" part="button" type="submit">${v.t(step === 'contactNow' && numberFirstNow(v) ? 'numberFirst.continue' : 'nav.continue')}</button>
  </form>`;
}

export function wizardView(v: StepView, f: WizardFrame): TemplateResult {
  const { step, progress } = f;
  const emergency = v.directory.national.emergency.phone ?? '';
  return html`
    <div class="wizard" lang=${v.lang}>
      <div class="exit-bar no-print">
        <button type="button" class="button button-warning exit-button" part="exit-button" @click=${f.on.exit}>
          <span class="visually-hidden">${v.t('exit.emergency')}</span> ${v.t('exit.button')}
        </button>
        <span class="visually-hidden" role="status">${f.exitStatus}</span>
      </div>
      <slot name="logo"></slot>
      <div class="topbar no-print">
        <p class="emergency-line" part="emergency-line">
          ${v.t('app.emergencyLine')} <a href="tel:${emergency}">${emergency}</a>
        </p>
        <button type="button" class="link-button language" lang=${v.lang === 'cy' ? 'en' : 'cy'} @click=${f.on.switchLanguage}>
          ${v.t('app.language')}<span class="visually-hidden"> (${v.t('app.languageLabel')})</span>
        </button>
      </div>
      ${v.history.length > 0 ? html`<button type="button" class="link-button back-link no-print" @click=${f.on.back}>${v.t('nav.back')}</button>` : nothing}
      ${f.draftRestored && v.history.length > 0 ? html`<p class="notice" role="status">${v.t('app.draftRestored')}</p>` : nothing}
      ${step === 'danger' ? html`<slot name="intro"></slot>` : nothing}
      ${progress
        ? html`<p class="progress" part="progress">${v.t('app.progress', { n: progress.part, total: progress.of, section: v.t(`section.${progress.section}`) })}</p>`
        : nothing}
      ${errorSummary(v)}
      ${
        // Each step gets its own DOM: fields of one question never carry over into the next.
        keyed(step, stepContent(step, v, f))
      }
    </div>
  `;
}
