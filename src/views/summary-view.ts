/**
 * The completed report summary, in the order a duty social worker asks (issue 12.5): the number
 * to call now, large; what to say on the phone; what to do next, with the written report; the
 * decisions and their reasons; every answer, by part. Print, copy and save at the top and the
 * bottom, with where to keep what is saved (12.8).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { ExportController } from '../controllers/export-controller.js';
import type { Report } from '../../machines/report.schema.js';
import { answerRows, nameIn } from '../report/format.js';
import { reportReadOut } from '../report/read-out.js';
import { bySection } from '../report/sections.js';
import { decisionText, nextSteps, outcomeText, reasonText } from '../report/summary-content.js';
import { hasWrittenReferral, writtenReferral } from '../report/written-referral.js';
import { callNow, moreContactDetails } from './call-now.js';
import { answerValue } from './check-answers.js';
import { heading } from './fields.js';
import { readOutSection } from './read-out.js';
import type { StepView } from './steps.js';
import { wordedFor } from '../i18n/translate.js';
import { writtenReferralSection, writtenReferralView, type ReferralActions } from './written-referral-view.js';

export type ActionsPlace = 'top' | 'bottom';
import { callRecordForm } from './referral-steps.js';

export interface SummaryActions {
  exporter: Pick<ExportController, 'print' | 'copy' | 'download' | 'status' | 'statusPlace'>;
  restart: () => void;
  /** The contact is not the one shown on the contact step (the office closed meanwhile). */
  contactChanged?: boolean;
  /** Keeps the record of the call from the summary's own form. */
  recordCall: (form: HTMLFormElement) => void;
  /** The written report: shown in place of the summary while `open`. */
  referral: ReferralActions & { open: boolean };
}

/** Print, copy and save: the same at the top and the bottom, each with its own status line. */
function exportActions(v: StepView, actions: SummaryActions, place: ActionsPlace): TemplateResult {
  const { exporter } = actions;
  return html`
    <div class="actions no-print ${place === 'top' ? 'actions-compact' : ''}" role="group" aria-label=${v.t('summary.actions')} data-place=${place}>
      <button type="button" class="button" @click=${() => exporter.print()}>${v.t('summary.print')}</button>
      <button type="button" class="button button-secondary" @click=${() => void exporter.copy(place)}>${v.t('summary.copy')}</button>
      <button type="button" class="button button-secondary" @click=${() => exporter.download('txt')}>${v.t('summary.downloadText')}</button>
      <button type="button" class="button button-secondary" @click=${() => exporter.download('json')}>${v.t('summary.downloadJson')}</button>
    </div>
    <p class="status no-print" role="status">${exporter.statusPlace === place ? exporter.status : ''}</p>
  `;
}

function decisionsSection(v: StepView, report: Report): TemplateResult {
  return html`
    <section class="lower" aria-labelledby="decisions-heading">
      <h3 id="decisions-heading">${v.t('summary.decisionsTitle')}</h3>
      <dl class="summary-list" data-decisions>
        ${report.decisions.map((d) => {
          const x = decisionText(d, report, v.t);
          return html`<div class="summary-row">
            <dt class="summary-key">${x.topic}</dt>
            <dd class="summary-value">
              <p class="decision"><strong>${x.decision}</strong></p>
              <ul class="list">
                ${x.reasons.map((r) => html`<li>${r}</li>`)}
              </ul>
              ${x.note ? html`<p class="answer-text">“${x.note}”</p>` : nothing}
              ${x.by ? html`<p class="hint">${v.t('summary.by', { who: x.by })}</p>` : nothing}
              <p class="hint">${x.at}</p>
            </dd>
          </div>`;
        })}
      </dl>
    </section>
  `;
}

function answersSection(v: StepView, report: Report): TemplateResult {
  const rows = answerRows(report.answers, report.steps, v.t, v.directory, v.lang);
  return html`
    <section class="lower" data-answers aria-labelledby="answers-heading">
      <h3 id="answers-heading">${v.t('summary.answersTitle')}</h3>
      ${bySection(rows).map(
        (group) => html`
          <h4>${v.t(`section.${group.section}`)}</h4>
          <dl class="summary-list">
            ${group.rows.map(
              (row) => html`<div class="summary-row"><dt class="summary-key">${row.label}</dt><dd class="summary-value">${answerValue(row, v.t)}</dd></div>`,
            )}
          </dl>
        `,
      )}
    </section>
  `;
}

/** The summary, drawn from the report alone; or, while it is open, the written report. */
export function summaryView(v: StepView, report: Report, actions: SummaryActions): TemplateResult {
  const referral = hasWrittenReferral(report) ? writtenReferral(report, v.directory, v.lang, v.t) : undefined;
  if (referral && actions.referral.open) return writtenReferralView(v.t, referral, actions.referral);
  const authority = v.directory.authorities.find((a) => a.id === report.contact.authorityId);
  const authorityName = nameIn(authority?.name, v.lang);
  return html`
    ${heading(v.t('summary.heading'))}
    <div class="summary" part="summary">
      <div class="panel panel-outcome" part="outcome"><p class="lead">${outcomeText(report, v.t)}</p></div>
      ${report.emergency.immediateDanger && report.emergency.called999 !== 'yes'
        ? html`<div class="emergency-panel"><p class="lead">${v.t('why.call999Now')}</p></div>`
        : nothing}

      <section class="call-now-section" data-contact aria-labelledby="contact-heading">
        <h3 id="contact-heading">${v.t('summary.contactTitle')}: ${authorityName}</h3>
        ${actions.contactChanged
          ? html`<p class="notice" role="status">${v.t('summary.contactChanged', { reason: reasonText(report.contact.reason, v.t) })}</p>`
          : nothing}
        ${callNow(v, report.contact, authorityName, report.contact.website)}
      </section>

      ${exportActions(v, actions, 'top')}
      <p class="keep-safe-short">${v.t('summary.intro')}</p>

      ${report.outcome === 'not-reporting' ? nothing : readOutSection(v.t, reportReadOut(report, v.t, v.directory, v.lang))}

      <section aria-labelledby="next-heading">
        <h3 id="next-heading">${v.t('summary.nextTitle')}</h3>
        <ol class="list list-number">
          ${nextSteps(report, v.t).map((s) => html`<li>${s}</li>`)}
        </ol>
      </section>

      ${callRecordForm(v, actions.recordCall)}
      ${referral ? writtenReferralSection(v.t, referral, actions.referral) : nothing}
      ${moreContactDetails(v, report.contact, authorityName, report.contact.website)}
      ${decisionsSection(v, report)} ${answersSection(v, report)}
      <p class="keep-safe">${wordedFor(v.t, report.subject)('record.keepSafe')}</p>
    </div>
    ${exportActions(v, actions, 'bottom')}
    <p class="no-print"><button type="button" class="link-button" @click=${actions.restart}>${v.t('nav.startAgain')}</button></p>
  `;
}
