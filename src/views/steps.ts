/**
 * What each question step shows. Templates only: which step comes next, and what is valid,
 * is the statechart's business (machines/wizard.machine.ts).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { STATEMENT_BASES, isAsked, type Answers, type StepId } from '../../machines/fields.js';
import type { ContactNow } from '../../machines/contact-now.js';
import type { Report } from '../../machines/report.schema.js';
import { ENGLAND } from '../../machines/build-report.js';
import { callPurpose } from '../../machines/next-steps.js';
import type { Contact, Directory } from '../../machines/directory.schema.js';
import { wordedFor, type Lang } from '../i18n/translate.js';
import { nameIn } from '../report/format.js';
import { authorityGroups } from '../directory/authority-options.js';
import { checkboxes, heading, radios, select, textField, type FieldContext } from './fields.js';
import { REFERRAL_STEP_VIEWS, callRecordFields } from './referral-steps.js';
import { ROUTE_RULES } from '../../machines/route.js';
import { contactCardView, contactNowSection, type ContactShown } from '../contact/contact-view.js';
import { contactStepView } from './call-now.js';

export interface StatementRows {
  count: number;
  /** Changes when a statement is removed, so the rows are drawn again from the stored answers. */
  generation: number;
  add: () => void;
  remove: (index: number) => void;
}

export interface StepView extends FieldContext {
  lang: Lang;
  /** The steps taken before this one. */
  history: readonly StepId[];
  directory: Directory;
  /** On the contact step, the report so far (built by the machine): what to say on the phone is read from it. */
  soFar?: Report;
  /** The rows of "What happened" (src/controllers/statements-controller.ts). */
  statements: StatementRows;
  contact?: ContactNow;
  onAuthorityChosen: (id: string) => void;
  /** Whether the DSP's "Only the consent decision for now" is offered (the statechart's offersConsentOnly). */
  offersConsentOnly: boolean;
  /** Continue with extra answers the form does not hold (the DSP's "only the consent decision" link). */
  onSubmitWith: (extra: Answers) => void;
}

const list = (items: string[]) => html`<ul class="list">${items.map((i) => html`<li>${i}</li>`)}</ul>`;

export const call999 = (v: StepView) =>
  html`<a class="button button-warning button-large" href="tel:${v.directory.national.emergency.phone ?? ''}" part="call-emergency"
    >${v.t('emergency.callButton')}</a
  >`;

/** A contact card (src/contact/contact-view.ts). */
export function contactCard(v: StepView, contact: Contact, title?: string): TemplateResult {
  return contactCardView(v, contact, { title });
}

export type { ContactShown };

/**
 * Who to contact now, and why, with the whole fallback chain: shared by the contact step (the
 * machine's `ContactNow`) and the summary (the report's `contact`) (src/contact/contact-view.ts).
 */
export function contactNowView(v: StepView, now: ContactShown | undefined, authorityName: string, website: string | undefined): TemplateResult {
  // Worded for who the concern is about: the police line names an unborn baby as itself.
  return contactNowSection({ t: wordedFor(v.t, v.answers.subject), lang: v.lang }, now, authorityName, website, v.directory.national.nspcc);
}

type StepRenderer = (v: StepView) => TemplateResult;

/**
 * A message worded for who the concern is about: `key.unborn`, `key.adult` or `key.practitioner`
 * where the catalogue has one (issue 10.7: an unborn baby and an adult at risk are worded as
 * themselves), else `key` (src/i18n/translate.ts, wordedFor).
 */
export function say(v: Pick<StepView, 't' | 'answers'>, key: string, values?: Record<string, string | number>): string {
  return wordedFor(v.t, v.answers.subject)(key, values);
}

/** "I am not sure" comes after an "or", as in the GOV.UK Design System. */
const orBefore = (value: string) => value === 'not-sure';

/** The concern is about the Designated Safeguarding Person (or the safeguarding lead). */
export const aboutDsp = (a: StepView['answers']) => a.dspHave === 'about-dsp' || (a.subject === 'practitioner' && a.s5AboutLead === 'yes');

export const STEP_VIEWS: Partial<Record<StepId, StepRenderer>> = {
  // Issue 12.9: once danger is answered, anyone who already knows they must report can have the
  // number first. The 999 route stays first: "Yes" still goes to "Call 999 now".
  danger: (v) => html`
    ${radios(v, { field: 'danger', legend: v.t('danger.heading'), asHeading: true, hint: v.t('danger.hint') })}
    <input type="hidden" name="numberFirst" value="no" />
    <div class="inset">
      <p>${v.t('numberFirst.intro')}</p>
      <button type="button" class="button button-secondary" @click=${() => v.onSubmitWith({ numberFirst: 'yes' })}>${v.t('numberFirst.button')}</button>
    </div>
  `,

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
    ${textField(v, { field: 'dspOwnName', label: v.t('raisedBy.dspOwnName'), hint: v.t('raisedBy.dspOwnName.hint'), autocomplete: 'name' })}
    ${!v.offersConsentOnly
      ? nothing
      : html`<div class="inset">
          <p>${v.t('raisedBy.consentOnly.intro')}</p>
          <button type="button" class="button button-secondary" @click=${() => v.onSubmitWith({ purpose: 'consent' })}>
            ${v.t('raisedBy.consentOnly')}
          </button>
        </div>`}
  `,

  subject: (v) =>
    radios(v, {
      field: 'subject',
      legend: v.t('subject.heading'),
      asHeading: true,
    }),

  crime: (v) =>
    radios(v, { field: 'crime', legend: say(v, 'crime.heading'), asHeading: true, hint: say(v, 'crime.hint'), divider: orBefore }),

  police: (v) => html`
    ${radios(v, { field: 'policeTold', legend: v.t('police.heading'), asHeading: true, hint: v.t('police.hint') })}
    ${textField(v, { field: 'policeReference', label: v.t('police.reference'), hint: v.t('police.reference.hint'), optional: true })}
  `,

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

  s5Concern: (v) => html`
    ${heading(v.t('s5Concern.heading'))}
    <p class="hint">${v.t('s5Concern.intro')}</p>
    ${textField(v, { field: 's5What', label: v.t('s5Concern.what'), hint: v.t('s5Concern.what.hint'), multiline: true })}
    ${textField(v, { field: 's5When', label: v.t('s5Concern.when'), optional: true })}
    ${textField(v, { field: 's5Who', label: v.t('s5Concern.who'), hint: v.t('s5Concern.who.hint'), optional: true })}
    ${radios(v, { field: 's5HowKnown', legend: v.t('s5Concern.how') })}
    ${radios(v, { field: 's5Context', legend: v.t('s5Concern.context'), divider: orBefore })}
  `,

  s5Child: (v) => html`
    <p class="inset">${v.t('s5Child.lado')}</p>
    ${radios(v, { field: 's5ChildInvolved', legend: v.t('s5Child.heading'), asHeading: true, hint: v.t('s5Child.hint') })}
  `,

  knowledge: (v) =>
    radios(v, {
      field: 'knowledge',
      legend: say(v, 'knowledge.heading'),
      asHeading: true,
    }),

  toldBy: (v) =>
    radios(v, { field: 'toldBy', legend: v.t('toldBy.heading'), asHeading: true }),

  publicDuty: (v) => html`
    ${heading(v.t('publicDuty.heading'))}
    <p class="lead">${v.t('publicDuty.body1')}</p>
    <p>${v.t('publicDuty.body2')}</p>
    <p>${v.t('publicDuty.body3')}</p>
  `,

  colleagueReported: (v) => html`
    <p class="inset">${v.t('colleagueReported.neverAssume')}</p>
    ${radios(v, { field: 'colleagueReported', legend: v.t('colleagueReported.heading'), asHeading: true, divider: orBefore })}
    ${textField(v, { field: 'colleagueReference', label: v.t('colleagueReported.reference'), optional: true })}
  `,

  harm: (v) =>
    checkboxes(v, {
      divider: orBefore,
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
        ? html`<p class="error-message" id="f-statements-error"><span class="visually-hidden">${v.t('error.prefix')}</span> ${say(v, error.message)}</p>`
        : nothing}
      ${keyed(v.statements.generation, Array.from({ length: v.statements.count }, (_, i) => {
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
            ${v.statements.count > 1
              ? html`<button type="button" class="button button-secondary" @click=${() => v.statements.remove(i)}>
                  ${v.t('whatHappened.remove', { n })}
                </button>`
              : nothing}
          </div>
        `;
      }))}
      <button type="button" class="button button-secondary" @click=${v.statements.add}>${v.t('whatHappened.add')}</button>
      ${textField(v, { field: 'when', label: v.t('whatHappened.when'), hint: v.t('whatHappened.when.hint'), optional: true })}
    `;
  },

  childWords: (v) => html`
    ${textField(v, { field: 'childWords', label: v.t('childWords.heading'), asHeading: true, hint: v.t('childWords.hint'), multiline: true, optional: true })}
    ${textField(v, { field: 'disclosureContext', label: v.t('childWords.context'), multiline: true, optional: true })}
  `,

  childDetails: (v) => {
    const label = (f: string) => say(v, `childDetails.${f}`);
    const multi = ['childAddress', 'carers', 'household', 'visitRisk'];
    return html`
      ${heading(stepTitle('childDetails', v))}
      <p class="hint">${v.t('childDetails.hint')}</p>
      ${(['childName', 'childAge', 'childAddress', 'childSetting', 'carers', 'household', 'communication', 'visitRisk'] as const).map((f) =>
        textField(v, { field: f, label: label(f), optional: true, multiline: multi.includes(f) }),
      )}
    `;
  },

  knownChild: (v) => html`
    ${checkboxes(v, { field: 'knownTo', legend: v.t('knownChild.heading'), asHeading: true, hint: v.t('knownChild.hint'), divider: (value) => value === 'no' })}
    ${textField(v, { field: 'socialWorker', label: v.t('knownChild.socialWorker'), optional: true })}
  `,

  otherManager: (v) => html`
    <p class="inset lead">${v.t('otherManager.dontTell')}</p>
    ${radios(v, { field: 'otherManager', legend: v.t('otherManager.heading'), asHeading: true, hint: v.t('otherManager.hint'), divider: orBefore })}
  `,

  dspCheck: (v) => html`
    <p class="inset lead">${v.t('dspCheck.duty')}</p>
    ${radios(v, { field: 'dspReportWhen', legend: v.t('dspCheck.heading'), asHeading: true, divider: orBefore })}
    ${textField(v, { field: 'dspReportBy', label: v.t('dspCheck.by'), hint: v.t('dspCheck.by.hint'), optional: true })}
  `,

  consentPointers: (v) => html`
    ${heading(v.t('consentPointers.heading'))}
    <p class="hint">${v.t('consentPointers.intro')}</p>
    ${isAsked('childFears', v.answers) ? checkboxes(v, { field: 'childFears', legend: v.t('consentPointers.fears'), hint: v.t('consentPointers.fears.hint') }) : nothing}
    ${radios(v, { field: 'reportRisk', legend: say(v, 'consentPointers.risk'), divider: orBefore })}
    ${textField(v, { field: 'protectNow', label: say(v, 'consentPointers.protect'), multiline: true, optional: true })}
  `,

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
    ${heading(stepTitle('dspStillConcerned', v))}
    <p class="inset lead">${say(v, 'dspStillConcerned.duty')}</p>
    ${textField(v, { field: 'dspReason', label: v.t('dspStillConcerned.dspReason'), multiline: true })}
    ${radios(v, { field: 'stillConcerned', legend: say(v, 'dspStillConcerned.question'), divider: orBefore })}
  `,

  consent: (v) =>
    radios(v, {
      field: 'consent',
      legend: say(v, 'consent.heading'),
      asHeading: true,
      // Never back to the Designated Safeguarding Person when the concern is about them (WSP c2-p13).
      hint: say(v, aboutDsp(v.answers) ? 'consent.hint.aboutDsp' : 'consent.hint'),
      divider: orBefore,
    }),

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
    ${radios(v, { field: 'childCompetent', legend: v.t('childViews.competent'), hint: v.t('childViews.competent.hint'), divider: orBefore })}
    ${radios(v, { field: 'childAsked', legend: v.t('childViews.asked') })}
    ${textField(v, { field: 'childWishes', label: v.t('childViews.wishes'), hint: v.t('childViews.wishes.hint'), multiline: true, optional: true })}
    ${radios(v, { field: 'childObjects', legend: v.t('childViews.objects'), hint: v.t('childViews.objects.hint'), divider: orBefore })}
  `,

  authority: (v) => {
    // WSP c2-p6: the council where the concern is thought to have occurred; an English council's
    // children's services when that is in England (the finder names it), with no Welsh council needed.
    const england = v.answers.authority?.startsWith(ENGLAND) ? v.answers.authority : undefined;
    const groups = authorityGroups(v.directory, v.lang);
    return html`
      ${heading(stepTitle('authority', v))}
      <p class="hint" id="authority-where">${say(v, 'authority.where')}</p>
      ${v.directory.jurisdiction === 'wales'
        ? html`<srw-authority-finder
            .t=${v.t}
            .lang=${v.lang}
            .authorities=${v.directory.authorities}
            england
            @authority-chosen=${(e: CustomEvent<{ id: string }>) => v.onAuthorityChosen(e.detail.id)}
          ></srw-authority-finder>`
        : nothing}
      ${select(v, {
        field: 'authority',
        label: v.t('authority.label'),
        hint: v.t('authority.hint'),
        placeholder: v.t('authority.choose'),
        groups: england
          ? [...groups, { label: v.t('authority.england'), options: [{ value: england, label: v.t('authority.englandCouncil', { council: england.slice(ENGLAND.length) }) }] }]
          : groups,
      })}
    `;
  },

  ...REFERRAL_STEP_VIEWS,

  contactNow: (v) => {
    const authority = v.directory.authorities.find((a) => a.id === v.answers.authority);
    const purpose = callPurpose(v.answers, v.history);
    const england = v.answers.authority?.startsWith(ENGLAND) ? v.answers.authority.slice(ENGLAND.length) : undefined;
    return html`${heading(v.t('contactNow.heading'))}
      ${purpose === 'advice' ? html`<p class="inset lead">${v.t('contactNow.askAdvice')}</p>` : nothing}
      ${england
        ? html`<div class="notice" part="not-known">
            <p class="lead">${v.t('contactNow.england', { council: england })}</p>
            <p>${v.t('contactNow.englandAdvice')}</p>
          </div>
          ${v.directory.national.nspcc ? contactCard(v, v.directory.national.nspcc, v.t('contactNow.nspcc')) : nothing}
          <p class="inset">${say(v, 'contactNow.police')}</p>`
        : contactStepView(v, v.contact, nameIn(authority?.name, v.lang), purpose === 'adult' ? undefined : authority?.website)}
      ${numberFirstNow(v) ? html`<p class="inset lead">${v.t('numberFirst.comeBack')}</p>` : nothing} ${callRecordFields(v)}`;
  },
};

/** The contact step reached by "I need the number now": the report goes on after it (the statechart's own rule). */
export const numberFirstNow = (v: Pick<StepView, 'answers' | 'history'>): boolean => ROUTE_RULES.numberFirst({ answers: v.answers, history: v.history });

/** The step's title, for the heading and for the host page's title, worded for who the concern is about. */
export function stepTitle(step: StepId, v: Pick<StepView, 't' | 'answers'>): string {
  if (step === 'checkAnswers') return v.t('check.heading');
  if (step === 'summary') return v.t('summary.heading');
  if (step === 'consentRecord') return v.t('record.heading');
  if (step === 'police') return v.t('police.heading');
  if (step === 'colleagueReported') return v.t('colleagueReported.heading');
  if (step === 'childViews') return v.t('childViews.heading');
  return say(v, `${step}.heading`);
}
