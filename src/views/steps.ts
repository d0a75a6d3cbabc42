/**
 * What each question step shows. Templates only: which step comes next, and what is valid,
 * is the statechart's business (machines/wizard.machine.ts).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { STATEMENT_BASES, type StepId } from '../../machines/fields.js';
import type { ContactNow } from '../../machines/contact-now.js';
import type { Report } from '../../machines/report.schema.js';
import type { Contact, Directory } from '../../machines/directory.schema.js';
import type { Lang } from '../i18n/translate.js';
import { nameIn } from '../report/format.js';
import { authorityGroups } from '../directory/authority-options.js';
import { reasonText, sourceText } from '../report/summary-content.js';
import { checkboxes, heading, radios, select, textField, type FieldContext } from './fields.js';
import { contactStepView } from './call-now.js';

export interface StepView extends FieldContext {
  lang: Lang;
  directory: Directory;
  /** On the contact step, the report so far (built by the machine): what to say on the phone is read from it. */
  soFar?: Report;
  statementCount: number;
  /** Changes when a statement is removed, so the rows are drawn again from the stored answers. */
  statementGeneration: number;
  contact?: ContactNow;
  onAddStatement: () => void;
  onRemoveStatement: (index: number) => void;
  onAuthorityChosen: (id: string) => void;
}

const list = (items: string[]) => html`<ul class="list">${items.map((i) => html`<li>${i}</li>`)}</ul>`;

export const call999 = (v: StepView) =>
  html`<a class="button button-warning button-large" href="tel:${v.directory.national.emergency.phone ?? ''}" part="call-emergency"
    >${v.t('emergency.callButton')}</a
  >`;

/** A phone number, email and web address as links; emails carry no report content (seed 004 Standard 8). */
export function contactCard(v: StepView, contact: Contact, title?: string): TemplateResult {
  return html`
    <div class="contact-card" part="contact">
      ${title ? html`<h3 class="contact-title">${title}</h3>` : nothing}
      <p class="contact-name">${nameIn(contact.name, v.lang)}</p>
      ${contact.phone
        ? html`<p class="contact-line">${v.t('contactNow.phone')}: <a class="contact-phone" href="tel:${contact.phone.replace(/\s+/g, '')}">${contact.phone}</a></p>`
        : nothing}
      ${contact.email
        ? html`<p class="contact-line">${v.t('contactNow.email')}: <a href="mailto:${contact.email}">${contact.email}</a></p>
            <p class="hint">${v.t('contactNow.emailNote')}</p>`
        : nothing}
      ${contact.web ? html`<p class="contact-line">${v.t('contactNow.web')}: <a href=${contact.web}>${contact.web}</a></p>` : nothing}
      ${contact.status === 'unchecked' ? html`<p class="warning-text">${v.t('contactNow.unchecked')}</p>` : nothing}
      <p class="source">${sourceText(contact, v.t)}</p>
    </div>
  `;
}

/** Who to contact now, and why: shared by the contact step and the summary. */
/** What the contact views need: the contact step's `ContactNow`, or the report's `contact`. */
export type ContactShown = Pick<ContactNow, 'which' | 'kind' | 'contact' | 'other'> & { reason: Report['contact']['reason'] };

export function contactNowView(v: StepView, now: ContactShown | undefined, authorityName: string, website: string | undefined): TemplateResult {
  const nspcc = v.directory.national.nspcc;
  return html`
    ${now && now.which !== 'notKnown'
      ? html`<p class="lead reason" part="reason">${reasonText(now.reason, v.t)}</p>
          ${now.contact ? contactCard(v, now.contact) : nothing}`
      : html`<div class="notice" part="not-known">
          <p class="lead">${v.t('contactNow.notKnown', { authority: authorityName })}</p>
          <p>${v.t(now?.kind === 'adults' ? 'contactNow.notKnownAdvice.adults' : 'contactNow.notKnownAdvice')}</p>
        </div>`}
    ${website ? html`<p><a href=${website}>${v.t('contactNow.councilSite', { authority: authorityName })}</a></p>` : nothing}
    ${
      // The NSPCC helpline is for concerns about children, not adults.
      now?.which === 'notKnown' && now.kind !== 'adults' && nspcc ? contactCard(v, nspcc, v.t('contactNow.nspcc')) : nothing
    }
    ${now?.other ? contactCard(v, now.other, v.t('contactNow.other')) : nothing}
    <p class="inset">${v.t('contactNow.police')}</p>
  `;
}

type StepRenderer = (v: StepView) => TemplateResult;

export const STEP_VIEWS: Partial<Record<StepId, StepRenderer>> = {
  danger: (v) =>
    radios(v, { field: 'danger', legend: v.t('danger.heading'), asHeading: true, hint: v.t('danger.hint') }),

  emergency: (v) => html`
    <div class="emergency-panel" part="emergency-banner">
      ${heading(v.t('emergency.heading'))}
      ${list([v.t('emergency.police'), v.t('emergency.ambulance'), v.t('emergency.others')])} ${call999(v)}
    </div>
    <p>${v.t('emergency.continue')}</p>
    ${radios(v, { field: 'called999', legend: v.t('emergency.question') })}
  `,

  role: (v) =>
    radios(v, {
      field: 'role',
      legend: v.t('role.heading'),
      asHeading: true,
    }),

  raisedBy: (v) => html`
    ${heading(v.t('raisedBy.heading'))}
    ${textField(v, { field: 'raisedByName', label: v.t('raisedBy.name'), autocomplete: 'off' })}
    ${textField(v, { field: 'raisedByRole', label: v.t('raisedBy.role'), optional: true })}
  `,

  subject: (v) =>
    radios(v, {
      field: 'subject',
      legend: v.t('subject.heading'),
      asHeading: true,
    }),

  adultAdvice: (v) => html`
    ${heading(v.t('adultAdvice.heading'))}
    <p>${v.t('adultAdvice.intro')}</p>
    <ol class="list list-number">
      <li>${v.t('adultAdvice.test1')}</li>
      <li>${v.t('adultAdvice.test2')}</li>
      <li>${v.t('adultAdvice.test3')}</li>
    </ol>
    <h3>${v.t('adultAdvice.consentTitle')}</h3>
    <p>${v.t('adultAdvice.consent')}</p>
    <h3>${v.t('adultAdvice.timeTitle')}</h3>
    <p>${v.t('adultAdvice.time')}</p>
    <p>${v.t('adultAdvice.next')}</p>
  `,

  s5Lead: (v) => html`
    <div class="panel">
      <h3>${v.t('s5Lead.todoTitle')}</h3>
      ${list([v.t('s5Lead.do1'), v.t('s5Lead.do2')])}
      <h3>${v.t('s5Lead.dontTitle')}</h3>
      ${list([v.t('s5Lead.dont1'), v.t('s5Lead.dont2'), v.t('s5Lead.dont3')])}
    </div>
    ${radios(v, { field: 's5AboutLead', legend: v.t('s5Lead.heading'), asHeading: true, hint: v.t('s5Lead.hint') })}
  `,

  s5Child: (v) => html`
    <p class="inset">${v.t('s5Child.lado')}</p>
    ${radios(v, { field: 's5ChildInvolved', legend: v.t('s5Child.heading'), asHeading: true, hint: v.t('s5Child.hint') })}
  `,

  knowledge: (v) =>
    radios(v, { field: 'knowledge', legend: v.t('knowledge.heading'), asHeading: true }),

  toldBy: (v) =>
    radios(v, { field: 'toldBy', legend: v.t('toldBy.heading'), asHeading: true }),

  publicDuty: (v) => html`
    ${heading(v.t('publicDuty.heading'))}
    <p class="lead">${v.t('publicDuty.body1')}</p>
    <p>${v.t('publicDuty.body2')}</p>
    <p>${v.t('publicDuty.body3')}</p>
  `,

  harm: (v) =>
    checkboxes(v, {
      field: 'harm',
      legend: v.t('harm.heading'),
      asHeading: true,
      hint: v.t('harm.hint'),
    }),

  whatHappened: (v) => {
    const statements = v.answers.statements ?? [];
    const error = v.errors.find((e) => e.field === 'statements');
    return html`
      ${heading(v.t('whatHappened.heading'))}
      <div class="hint" id="f-statements-hint">${v.t('whatHappened.hint')}</div>
      ${error
        ? html`<p class="error-message" id="f-statements-error"><span class="visually-hidden">${v.t('error.prefix')}</span> ${v.t(error.message)}</p>`
        : nothing}
      ${keyed(v.statementGeneration, Array.from({ length: v.statementCount }, (_, i) => {
        const s = statements[i];
        const n = i + 1;
        return html`
          <div class="statement" role="group" aria-label=${v.t('whatHappened.statement', { n })}>
            ${textField(v, {
              field: 'statements',
              name: `statements.${i}.text`,
              id: i === 0 ? 'f-statements' : undefined,
              label: v.t('whatHappened.statement', { n }),
              multiline: true,
              value: s?.text ?? '',
            })}
            ${radios(
              { ...v, answers: { ...v.answers, [`statements.${i}.basis`]: s?.basis } as never, errors: [] },
              { field: `statements.${i}.basis` as never, legend: v.t('whatHappened.basis'), options: STATEMENT_BASES.map((value) => ({ value, label: v.t(`whatHappened.${value}`) })) },
            )}
            ${v.statementCount > 1
              ? html`<button type="button" class="button button-secondary" @click=${() => v.onRemoveStatement(i)}>
                  ${v.t('whatHappened.remove', { n })}
                </button>`
              : nothing}
          </div>
        `;
      }))}
      <button type="button" class="button button-secondary" @click=${v.onAddStatement}>${v.t('whatHappened.add')}</button>
      ${textField(v, { field: 'when', label: v.t('whatHappened.when'), hint: v.t('whatHappened.when.hint'), optional: true })}
    `;
  },

  childWords: (v) => html`
    ${textField(v, { field: 'childWords', label: v.t('childWords.heading'), asHeading: true, hint: v.t('childWords.hint'), multiline: true, optional: true })}
    ${textField(v, { field: 'disclosureContext', label: v.t('childWords.context'), multiline: true, optional: true })}
  `,

  childWishes: (v) =>
    textField(v, { field: 'childWishes', label: v.t('childWishes.heading'), asHeading: true, hint: v.t('childWishes.hint'), multiline: true, optional: true }),

  childDetails: (v) => {
    const unborn = v.answers.subject === 'unborn';
    const label = (f: string) => (unborn && (f === 'childName' || f === 'childAge') ? v.t(`childDetails.unborn.${f}`) : v.t(`childDetails.${f}`));
    const multi = ['childAddress', 'carers', 'household', 'visitRisk'];
    return html`
      ${heading(stepTitle('childDetails', v))}
      <p class="hint">${v.t('childDetails.hint')}</p>
      ${(['childName', 'childAge', 'childAddress', 'childSetting', 'carers', 'household', 'communication', 'visitRisk'] as const).map((f) =>
        textField(v, { field: f, label: label(f), optional: true, multiline: multi.includes(f) }),
      )}
    `;
  },

  dspHave: (v) =>
    radios(v, {
      field: 'dspHave',
      legend: v.t('dspHave.heading'),
      asHeading: true,
      hint: v.t('dspHave.hint'),
    }),

  dspReach: (v) =>
    radios(v, {
      field: 'dspReach',
      legend: v.t('dspReach.heading'),
      asHeading: true,
    }),

  dspTalk: (v) => html`
    ${heading(v.t('dspTalk.heading'))}
    ${textField(v, { field: 'dspName', label: v.t('dspTalk.dspName') })}
    ${textField(v, { field: 'dspTime', label: v.t('dspTalk.dspTime'), hint: v.t('dspTalk.dspTime.hint'), optional: true })}
    ${radios(v, { field: 'dspAgreed', legend: v.t('dspTalk.agreed') })}
  `,

  dspStillConcerned: (v) => html`
    ${heading(v.t('dspStillConcerned.heading'))}
    <p class="inset lead">${v.t('dspStillConcerned.duty')}</p>
    ${textField(v, { field: 'dspReason', label: v.t('dspStillConcerned.dspReason'), multiline: true })}
    ${radios(v, { field: 'stillConcerned', legend: v.t('dspStillConcerned.question') })}
  `,

  consent: (v) =>
    radios(v, { field: 'consent', legend: v.t('consent.heading'), asHeading: true, hint: v.t('consent.hint') }),

  consentOutcome: (v) => html`
    ${radios(v, {
      field: 'consentOutcome',
      legend: v.t('consentOutcome.heading'),
      asHeading: true,
    })}
    ${textField(v, { field: 'consentOutcomeDetail', label: v.t('consentOutcome.detail'), multiline: true, optional: true })}
  `,

  consentReasons: (v) =>
    checkboxes(v, {
      field: 'consentReasons',
      legend: v.t('consentReasons.heading'),
      asHeading: true,
      hint: v.t('consentReasons.hint'),
      after: textField({ ...v, errors: [] }, { field: 'consentOtherReason', label: v.t('consentReasons.other'), multiline: true, optional: true }),
    }),

  consentWithDsp: (v) =>
    radios(v, { field: 'consentWithDsp', legend: v.t('consentWithDsp.heading'), asHeading: true }),

  childViews: (v) => html`
    ${heading(v.t('childViews.heading'))}
    ${radios(v, {
      field: 'childCompetent',
      legend: v.t('childViews.competent'),
      hint: v.t('childViews.competent.hint'),
    })}
    ${radios(v, { field: 'childAsked', legend: v.t('childViews.asked') })}
    ${textField(v, { field: 'childView', label: v.t('childViews.view'), multiline: true, optional: true })}
  `,

  authority: (v) => html`
    ${heading(stepTitle('authority', v))}
    ${v.directory.jurisdiction === 'wales'
      ? html`<srw-authority-finder
          .t=${v.t}
          .lang=${v.lang}
          .authorities=${v.directory.authorities}
          @authority-chosen=${(e: CustomEvent<{ id: string }>) => v.onAuthorityChosen(e.detail.id)}
        ></srw-authority-finder>`
      : nothing}
    ${select(v, {
      field: 'authority',
      label: v.t('authority.label'),
      hint: v.t('authority.hint'),
      placeholder: v.t('authority.choose'),
      groups: authorityGroups(v.directory, v.lang),
    })}
  `,

  contactNow: (v) => {
    const authority = v.directory.authorities.find((a) => a.id === v.answers.authority);
    return html`${heading(v.t('contactNow.heading'))} ${contactStepView(v, v.contact, nameIn(authority?.name, v.lang), authority?.website)}`;
  },
};

/** The step's title, for the heading and for the host page's title. */
export function stepTitle(step: StepId, v: Pick<StepView, 't' | 'answers'>): string {
  if (step === 'checkAnswers') return v.t('check.heading');
  if (step === 'summary') return v.t('summary.heading');
  if (step === 'authority' && v.answers.subject === 'adult') return v.t('authority.heading.adult');
  if (step === 'childDetails' && v.answers.subject === 'unborn') return v.t('childDetails.unborn.heading');
  return v.t(`${step}.heading`);
}
