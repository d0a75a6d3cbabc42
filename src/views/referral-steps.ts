/**
 * The steps that turn the report into a referral the council can act on (issue 12): who is
 * reporting, what the council will ask, and the record of the call. Templates only: what is
 * required is the statechart's business (machines/answers.ts).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { StepId } from '../../machines/fields.js';
import { checkboxes, heading, radios, textField, type FieldContext } from './fields.js';

type Renderer = (v: FieldContext) => TemplateResult;

export const REFERRAL_STEP_VIEWS: Partial<Record<StepId, Renderer>> = {
  // WSP c2-p15: practitioners cannot report anonymously, unless being named would put them at risk.
  reporter: (v) => html`
    ${heading(v.t('reporter.heading'))}
    <p>${v.t('reporter.intro')}</p>
    ${textField(v, { field: 'reporterName', label: v.t('reporter.name'), autocomplete: 'name' })}
    ${textField(v, { field: 'reporterRole', label: v.t('reporter.role'), autocomplete: 'organization-title', optional: true })}
    ${textField(v, { field: 'reporterOrganisation', label: v.t('reporter.organisation'), autocomplete: 'organization', optional: true })}
    ${textField(v, { field: 'reporterPhone', label: v.t('reporter.phone'), hint: v.t('reporter.phone.hint'), type: 'tel', autocomplete: 'tel' })}
    ${textField(v, { field: 'reporterEmail', label: v.t('reporter.email'), inputmode: 'email', autocomplete: 'email', optional: true })}
    ${checkboxes(v, { field: 'reporterAnonymity', legend: v.t('reporter.anonymity.legend'), hint: v.t('reporter.anonymity.hint') })}
  `,

  // WSP c2-p17 and the regional referral forms: what the duty worker will ask, each optional.
  councilNeeds: (v) => html`
    ${heading(v.t('councilNeeds.heading'))}
    <p>${v.t('councilNeeds.intro')}</p>
    ${textField(v, { field: 'otherAgencies', label: v.t('councilNeeds.otherAgencies'), hint: v.t('councilNeeds.otherAgencies.hint'), multiline: true, optional: true })}
    ${textField(v, { field: 'actionsTaken', label: v.t('councilNeeds.actionsTaken'), hint: v.t('councilNeeds.actionsTaken.hint'), multiline: true, optional: true })}
    ${radios(v, { field: 'familyKnows', legend: v.t('councilNeeds.familyKnows') })}
  `,
};

/**
 * The record of the call (WSP c2-p18): on the contact step, inside its form, and on the summary,
 * in a form of its own whose button keeps it. The chase date counts from its day.
 */
export function callRecordFields(v: FieldContext): TemplateResult {
  return html`<div class="call-record" part="call-record">
    <h3>${v.t('call.heading')}</h3>
    <p class="hint">${v.t('call.intro')}</p>
    ${textField(v, { field: 'callSpokeTo', label: v.t('call.spokeTo'), optional: true })}
    ${textField(v, { field: 'callTeam', label: v.t('call.team'), optional: true })}
    ${textField(v, { field: 'callReference', label: v.t('call.reference'), optional: true })}
    ${textField(v, { field: 'callWhatNext', label: v.t('call.whatNext'), multiline: true, optional: true })}
    ${textField(v, { field: 'callAt', label: v.t('call.at'), hint: v.t('call.at.hint'), type: 'datetime-local', optional: true })}
  </div>`;
}

/** On the summary: the same fields, kept with their own button (the report is built again). */
export function callRecordForm(v: FieldContext, onRecord: (form: HTMLFormElement) => void): TemplateResult {
  return html`<form
    class="call-record-form no-print"
    novalidate
    @submit=${(e: SubmitEvent) => {
      e.preventDefault();
      onRecord(e.target as HTMLFormElement);
    }}
  >
    ${callRecordFields(v)}
    <button class="button button-secondary" type="submit">${v.t('call.save')}</button>
    ${v.answers.callSpokeTo || v.answers.callReference ? html`<p class="hint" role="status">${v.t('call.saved')}</p>` : nothing}
  </form>`;
}
