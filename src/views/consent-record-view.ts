/** The consent decision record (issue 10.10): printed or saved on its own, or carried on into the full report. */
import { html, type TemplateResult } from 'lit';
import type { ConsentRecord } from '../../machines/consent-record.js';
import type { ExportController } from '../controllers/export-controller.js';
import { consentRecordRows } from '../report/consent-record-content.js';
import { answerValue } from './check-answers.js';
import { heading } from './fields.js';
import type { StepView } from './steps.js';

export interface ConsentRecordActions {
  exporter: Pick<ExportController, 'print' | 'download' | 'status'>;
  goOn: () => void;
  restart: () => void;
}

export function consentRecordView(v: StepView, record: ConsentRecord, actions: ConsentRecordActions): TemplateResult {
  return html`
    ${heading(v.t('record.heading'))}
    <div class="summary" part="summary">
      <p>${v.t('record.intro')}</p>
      <dl class="summary-list">
        ${consentRecordRows(record, v.t).map(
          (row) => html`<div class="summary-row">
            <dt class="summary-key">${row.label}</dt>
            <dd class="summary-value">${answerValue({ lines: row.lines }, v.t)}</dd>
          </div>`,
        )}
      </dl>
      <p class="inset">${v.t('record.keepSafe')}</p>
    </div>
    <div class="actions no-print">
      <button type="button" class="button" @click=${actions.goOn}>${v.t('record.goOn')}</button>
      <button type="button" class="button button-secondary" @click=${() => actions.exporter.print()}>${v.t('summary.print')}</button>
      <button type="button" class="button button-secondary" @click=${() => actions.exporter.download('txt')}>${v.t('summary.downloadText')}</button>
    </div>
    <p class="no-print"><button type="button" class="link-button" @click=${actions.restart}>${v.t('nav.startAgain')}</button></p>
  `;
}
