/**
 * Contacts on screen: one contact card (phone, email and web address as links, whether it is
 * open now, the caller's advice, and a calm line for each source, with a warning only for an
 * unofficial one), and the whole fallback chain, each step with why it is there. The words come
 * from contact-text.ts, so the screen and the text file say the same.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { ContactNow, ContactPlan, PlanStep } from '../../machines/contact-now.js';
import type { Contact } from '../../machines/directory.schema.js';
import type { Report } from '../../machines/report.schema.js';
import { nameIn } from '../report/format.js';
import { reasonText } from '../report/summary-content.js';
import {
  showsStatus,
  sourceGroups,
  sourceLink,
  sourceSentence,
  sourceTitle,
  statusText,
  stepHeading,
  unofficialWarning,
  whyText,
  type Words,
} from './contact-text.js';

export interface CardOptions {
  /** A heading above the card ("NSPCC helpline"). */
  title?: string;
  /** The name to show instead of the contact's own (the board's website is named after the board). */
  name?: string;
  /** "Open now, until 17:00", shown under the name. */
  status?: string;
  /** Why this contact is here, one sentence each. */
  why?: string[];
}

/** The source lines of a contact: which facts, compared with what and when; a warning only for an unofficial source. */
export function sourceView(contact: Contact, w: Words): TemplateResult {
  return html`${sourceGroups(contact).map((group) => {
    const title = sourceTitle(group.source, w.lang);
    const link = sourceLink(group.source);
    const warning = unofficialWarning(group, title, w);
    // The sentence is made with a marker where the title goes, so the title can be a link.
    const [before, after] = sourceSentence(group, '\u0000', w).split('\u0000');
    return html`${warning ? html`<p class="warning-text">${warning}</p>` : nothing}
      <p class="source">${before}${link ? html`<a href=${link}>${title}</a>` : title}${after}</p>`;
  })}`;
}

/** A phone number, email and web address as links; emails carry no report content (seed 004 Standard 8). */
export function contactCardView(w: Words, contact: Contact, options: CardOptions = {}): TemplateResult {
  const { t, lang } = w;
  return html`
    <div class="contact-card" part="contact">
      ${options.title ? html`<h3 class="contact-title">${options.title}</h3>` : nothing}
      ${options.name || contact.name ? html`<p class="contact-name">${options.name ?? nameIn(contact.name, lang)}</p>` : nothing}
      ${options.status ? html`<p class="contact-status"><strong>${options.status}</strong></p>` : nothing}
      ${(options.why ?? []).map((s) => html`<p class="contact-why">${s}</p>`)}
      ${contact.phone
        ? html`<p class="contact-line">${t('contactNow.phone')}: <a class="contact-phone" href="tel:${contact.phone.replace(/\s+/g, '')}">${contact.phone}</a></p>`
        : nothing}
      ${contact.email
        ? html`<p class="contact-line">${t('contactNow.email')}: <a href="mailto:${contact.email}">${contact.email}</a></p>
            <p class="hint">${t('contactNow.emailNote')}</p>`
        : nothing}
      ${contact.web ? html`<p class="contact-line">${t('contactNow.web')}: <a href=${contact.web}>${contact.web}</a></p>` : nothing}
      ${contact.callerAdvice ? html`<p class="contact-advice inset">${nameIn(contact.callerAdvice, lang)}</p>` : nothing}
      ${sourceView(contact, w)}
    </div>
  `;
}

function stepCard(w: Words, step: PlanStep, plan: ContactPlan): TemplateResult {
  return contactCardView(w, step.contact, {
    name: stepHeading(step, plan, w),
    status: showsStatus(step) ? statusText(step, w.t) : undefined,
    why: step.why.map((r) => whyText(r, plan, w)),
  });
}

/** The fallback chain: what to try now, in order, each with why; then the council's lines that are closed now. */
export function contactPlanView(w: Words, plan: ContactPlan): TemplateResult {
  return html`
    <ol class="list list-number contact-plan">
      ${plan.steps.map((step) => html`<li data-role=${step.role}>${stepCard(w, step, plan)}</li>`)}
    </ol>
    ${plan.closed.length
      ? html`<h3>${w.t('contactNow.other')}</h3>
          ${plan.closed.map((step) => stepCard(w, step, plan))}`
      : nothing}
    ${plan.website ? html`<p><a href=${plan.website}>${w.t('contactNow.councilSite', { authority: nameIn(plan.authorityName, w.lang) })}</a></p>` : nothing}
  `;
}

/** What the contact views need: the contact step's `ContactNow` (from the machine), or the report's `contact`. */
export type ContactShown = Pick<ContactNow, 'which' | 'kind' | 'contact' | 'other'> & {
  reason: Report['contact']['reason'];
  plan?: ContactPlan;
};

/**
 * Who to contact now, and why: the sentence for this moment, then the chain. Shared by the
 * contact step and the summary (src/views/steps.ts, `contactNowView`).
 */
export function contactNowSection(w: Words, now: ContactShown | undefined, authorityName: string, website: string | undefined, nspcc?: Contact): TemplateResult {
  const headline =
    now && now.which !== 'notKnown'
      ? html`<p class="lead reason" part="reason">${reasonText(now.reason, w.t)}</p>`
      : html`<div class="notice" part="not-known"><p class="lead">${w.t('contactNow.notKnown', { authority: authorityName })}</p></div>`;
  if (now?.plan) return html`${headline}${contactPlanView(w, now.plan)}`;
  // Without the directory there is no chain: the one contact, the other, and the police.
  return html`
    ${headline} ${now?.contact ? contactCardView(w, now.contact) : nothing}
    ${website ? html`<p><a href=${website}>${w.t('contactNow.councilSite', { authority: authorityName })}</a></p>` : nothing}
    ${now?.which === 'notKnown' && now.kind === 'children' && nspcc ? contactCardView(w, nspcc, { title: w.t('contactNow.nspcc') }) : nothing}
    ${now?.other ? contactCardView(w, now.other, { title: w.t('contactNow.other') }) : nothing}
    <p class="inset">${w.t(now?.kind === 'adults' ? 'contactNow.police.adult' : 'contactNow.police')}</p>
  `;
}
