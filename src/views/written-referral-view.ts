/**
 * The written report on screen (issue 12.4): a section of the summary that says what it is for and
 * leads to it, and the report itself, shown in place of the summary, to read, print on A4 or save.
 * Drawn from the document model (src/report/written-referral.ts), like the files.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Translate } from '../i18n/translate.js';
import type { OwnForm, ReferralField, WrittenReferral } from '../report/written-referral.js';
import { heading } from './fields.js';

export interface ReferralActions {
  show: () => void;
  hide: () => void;
  print: () => void;
  saveHtml: () => void;
  saveText: () => void;
}

function ownFormLine(form: OwnForm | undefined) {
  return form
    ? html`<p class="own-form">${form.label}: <a href=${form.web}>${form.name}</a></p>
        <p class="source">${form.source}</p>`
    : nothing;
}

function saveButtons(t: Translate, actions: ReferralActions) {
  return html`
    <button type="button" class="button button-secondary" @click=${actions.saveHtml}>${t('referral.saveHtml')}</button>
    <button type="button" class="button button-secondary" @click=${actions.saveText}>${t('referral.saveText')}</button>
  `;
}

/** The summary's section: why write, the council's own form, and the way to the written report. */
export function writtenReferralSection(t: Translate, doc: WrittenReferral, actions: ReferralActions): TemplateResult {
  return html`
    <section class="written-referral" aria-labelledby="written-referral-heading">
      <h3 id="written-referral-heading">${t('referral.summaryTitle')}</h3>
      <p>${t('referral.summaryIntro')}</p>
      ${ownFormLine(doc.ownForm)}
      <div class="actions no-print" role="group" aria-label=${t('referral.actions')}>
        <button type="button" class="button" @click=${actions.show}>${t('referral.view')}</button>
        <button type="button" class="button button-secondary" @click=${actions.print}>${t('referral.print')}</button>
        ${saveButtons(t, actions)}
      </div>
    </section>
  `;
}

function fieldValue(f: ReferralField, doc: WrittenReferral) {
  if (f.state !== 'given') return html`<dd class="summary-value to-fill">${f.state === 'notAsked' ? doc.notAsked : doc.blank}</dd>`;
  return html`<dd class="summary-value">
    ${f.values.map(
      (v) => html`<p class=${v.typed ? 'answer-text' : 'referral-words'}>${v.text}</p>${v.note ? html`<p class="hint">(${v.note})</p>` : nothing}`,
    )}
  </dd>`;
}

function referralActions(t: Translate, actions: ReferralActions, place: 'top' | 'bottom') {
  return html`<div class="actions no-print" role="group" aria-label=${t('referral.actions')} data-place=${place}>
    <button type="button" class="button" @click=${actions.print}>${t('referral.print')}</button>
    ${saveButtons(t, actions)}
    <button type="button" class="button button-secondary" @click=${actions.hide}>${t('referral.back')}</button>
  </div>`;
}

/** The written report itself, shown in place of the summary. */
export function writtenReferralView(t: Translate, doc: WrittenReferral, actions: ReferralActions): TemplateResult {
  return html`
    <div class="referral" data-referral lang=${doc.lang}>
      ${heading(doc.title)}
      ${doc.intro.map((line) => html`<p>${line}</p>`)} ${ownFormLine(doc.ownForm)}
      ${referralActions(t, actions, 'top')}
      ${doc.sections.map(
        (s) => html`
          <section class="referral-section" aria-labelledby="referral-${s.id}">
            <h3 id="referral-${s.id}">${s.number}. ${s.title}</h3>
            <dl class="summary-list referral-list">
              ${s.fields.map((f) => html`<div class="summary-row"><dt class="summary-key">${f.label}</dt>${fieldValue(f, doc)}</div>`)}
            </dl>
          </section>
        `,
      )}
      <p class="keep-safe">${doc.keepSafe}</p>
      <p class="hint">${doc.footer}</p>
      ${referralActions(t, actions, 'bottom')}
    </div>
  `;
}
