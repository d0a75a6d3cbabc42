/** The completed report summary: what to do now, every decision with its reason, every answer. */
import { html, nothing, type TemplateResult } from 'lit';
import type { ExportController } from '../controllers/export-controller.js';
import type { Report } from '../../machines/report.schema.js';
import { answerRows, nameIn } from '../report/format.js';
import { decisionText, nextSteps, outcomeText, reasonText } from '../report/summary-content.js';
import { answerValue } from './check-answers.js';
import { contactNowView, type StepView } from './steps.js';

export interface SummaryActions {
  exporter: Pick<ExportController, 'print' | 'copy' | 'download' | 'status'>;
  restart: () => void;
  /** The contact is not the one shown on the contact step (the office closed meanwhile). */
  contactChanged?: boolean;
}

/** The summary, drawn from the report alone. */
export function summaryView(v: StepView, report: Report, actions: SummaryActions): TemplateResult {
  const authority = v.directory.authorities.find((a) => a.id === report.contact.authorityId);
  const authorityName = nameIn(authority?.name, v.lang);
  const rows = answerRows(report.answers, report.steps, v.t, v.directory, v.lang);
  return html`
    <div class="summary" part="summary">
      <p>${v.t('summary.intro')}</p>
      <div class="panel panel-outcome" part="outcome"><p class="lead">${outcomeText(report, v.t)}</p></div>
      ${report.emergency.immediateDanger && report.emergency.called999 !== 'yes'
        ? html`<div class="emergency-panel"><p class="lead">${v.t('why.call999Now')}</p></div>`
        : nothing}

      <h3>${v.t('summary.contactTitle')}: ${authorityName}</h3>
      ${actions.contactChanged
        ? html`<p class="notice" role="status">${v.t('summary.contactChanged', { reason: reasonText(report.contact.reason, v.t) })}</p>`
        : nothing}
      ${contactNowView(v, report.contact, authorityName, report.contact.website)}

      <h3>${v.t('summary.nextTitle')}</h3>
      <ol class="list list-number">
        ${nextSteps(report, v.t).map((s) => html`<li>${s}</li>`)}
      </ol>

      <h3>${v.t('summary.decisionsTitle')}</h3>
      <dl class="summary-list">
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

      <h3>${v.t('summary.answersTitle')}</h3>
      <dl class="summary-list">
        ${rows.map((row) => html`<div class="summary-row"><dt class="summary-key">${row.label}</dt><dd class="summary-value">${answerValue(row, v.t)}</dd></div>`)}
      </dl>
    </div>
    <div class="actions no-print">
      <button type="button" class="button" @click=${() => actions.exporter.print()}>${v.t('summary.print')}</button>
      <button type="button" class="button button-secondary" @click=${() => void actions.exporter.copy()}>${v.t('summary.copy')}</button>
      <button type="button" class="button button-secondary" @click=${() => actions.exporter.download('txt')}>${v.t('summary.downloadText')}</button>
      <button type="button" class="button button-secondary" @click=${() => actions.exporter.download('json')}>${v.t('summary.downloadJson')}</button>
    </div>
    <p class="status no-print" role="status">${actions.exporter.status}</p>
    <p class="no-print"><button type="button" class="link-button" @click=${actions.restart}>${v.t('nav.startAgain')}</button></p>
  `;
}
