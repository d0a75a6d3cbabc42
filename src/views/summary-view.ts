/** The completed report summary: what to do now, every decision with its reason, every answer. */
import { html, nothing, type TemplateResult } from 'lit';
import type { Report } from '../../machines/report.schema.js';
import type { AnswerRow } from '../report/format.js';
import { nameIn } from '../report/format.js';
import { decisionText, nextSteps, outcomeText } from '../report/summary-content.js';
import { answerValue } from './check-answers.js';
import { contactNowView, type StepView } from './steps.js';
import type { ContactNow } from '../../machines/contact-now.js';

export interface SummaryActions {
  print: () => void;
  copy: () => void;
  downloadText: () => void;
  downloadJson: () => void;
  restart: () => void;
  status: string;
  changedReason?: string;
}

export function summaryView(v: StepView, report: Report, now: ContactNow | undefined, rows: AnswerRow[], actions: SummaryActions): TemplateResult {
  const authority = v.directory.authorities.find((a) => a.id === report.contact.authorityId);
  const authorityName = nameIn(authority?.name, v.lang);
  return html`
    <div class="summary" part="summary">
      <p>${v.t('summary.intro')}</p>
      <div class="panel panel-outcome" part="outcome"><p class="lead">${outcomeText(report, v.t)}</p></div>
      ${report.emergency.immediateDanger && report.emergency.called999 !== 'yes'
        ? html`<div class="emergency-panel"><p class="lead">${v.t('why.call999Now')}</p></div>`
        : nothing}

      <h3>${v.t('summary.contactTitle')}: ${authorityName}</h3>
      ${actions.changedReason ? html`<p class="notice" role="status">${v.t('summary.contactChanged', { reason: actions.changedReason })}</p>` : nothing}
      ${contactNowView(v, now, authorityName, report.contact.website)}

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
      <button type="button" class="button" @click=${actions.print}>${v.t('summary.print')}</button>
      <button type="button" class="button button-secondary" @click=${actions.copy}>${v.t('summary.copy')}</button>
      <button type="button" class="button button-secondary" @click=${actions.downloadText}>${v.t('summary.downloadText')}</button>
      <button type="button" class="button button-secondary" @click=${actions.downloadJson}>${v.t('summary.downloadJson')}</button>
    </div>
    <p class="status no-print" role="status">${actions.status}</p>
    <p class="no-print"><button type="button" class="link-button" @click=${actions.restart}>${v.t('nav.startAgain')}</button></p>
  `;
}
