/**
 * The contact, split for the phone (issue 12.5): the number to call now, large, at the top; then,
 * on the contact step, "call now and come back" with what to say on the phone; every other way
 * to get in touch (the whole fallback chain of issue 11, with the council's website) further
 * down, under "More contact details". The summary uses the same parts.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Contact } from '../../machines/directory.schema.js';
import { sourceGroups, sourceTitle, unofficialWarning } from '../contact/contact-text.js';
import { contactPlanView } from '../contact/contact-view.js';
import { nameIn } from '../report/format.js';
import { reasonText } from '../report/summary-content.js';
import { wordedFor } from '../i18n/translate.js';
import { onThePhone } from './read-out.js';
import { contactCard, contactNowView, type ContactShown, type StepView } from './steps.js';

/**
 * The warning for a number read from an unofficial copy (issue 11: a bold warning only there), in
 * the same words as its source line under "More contact details".
 */
function phoneWarning(v: StepView, c: Contact): TemplateResult | typeof nothing {
  const group = sourceGroups(c).find((g) => g.facts.includes('phone'));
  const warning = group && unofficialWarning(group, sourceTitle(group.source, v.lang), v);
  return warning ? html`<p class="warning-text">${warning}</p>` : nothing;
}

/** Whether there is one number to call now (else the whole contact view, with its advice, goes at the top). */
const hasNumber = (now: ContactShown) => now.which !== 'notKnown' && Boolean(now.contact?.phone);

/** Why this service, and its number, large. */
export function callNow(v: StepView, now: ContactShown, authorityName: string, website: string | undefined): TemplateResult {
  const c = now.contact;
  if (!c?.phone || !hasNumber(now)) return contactNowView(v, now, authorityName, website);
  return html`
    <p class="lead reason" part="reason">${reasonText(now.reason, v.t)}</p>
    <div class="call-now">
      <p class="contact-name">${nameIn(c.name, v.lang)}</p>
      <p class="call-now-number">
        ${v.t('contactNow.phone')}: <a class="contact-phone call-now-phone" href="tel:${c.phone.replace(/\s+/g, '')}">${c.phone}</a>
      </p>
      ${phoneWarning(v, c)}
    </div>
  `;
}

/**
 * Everything else about the contact: the whole fallback chain (issue 11: who to try, in order, each
 * saying why and whether it is open now; the council's lines that are closed, with when they open;
 * the board, the police and, for a child, the NSPCC), with each contact's email, caller advice and
 * sources. Without a chain (a report made before it was kept): the contact, the other service and
 * the police.
 */
export function moreContactDetails(v: StepView, now: ContactShown, authorityName: string, website: string | undefined): TemplateResult | typeof nothing {
  if (!now.contact?.phone || !hasNumber(now)) return nothing;
  return html`
    <section class="lower" aria-labelledby="more-contact-heading">
      <h3 id="more-contact-heading">${v.t('summary.contactDetails')}</h3>
      ${now.plan
        ? contactPlanView(v, now.plan)
        : html`${contactCard(v, now.contact)}
            ${website ? html`<p><a href=${website}>${v.t('contactNow.councilSite', { authority: authorityName })}</a></p>` : nothing}
            ${now.other ? contactCard(v, now.other, v.t('contactNow.other')) : nothing}
            <p class="inset">${wordedFor(v.t, v.answers.subject)(now.kind === 'adults' ? 'contactNow.police.adult' : 'contactNow.police')}</p>`}
    </section>
  `;
}

/** The contact step: the number now, what to say on the phone, then the other details. */
export function contactStepView(v: StepView, now: ContactShown | undefined, authorityName: string, website: string | undefined): TemplateResult {
  return html`
    ${now ? callNow(v, now, authorityName, website) : contactNowView(v, now, authorityName, website)} ${onThePhone(v)}
    ${now ? moreContactDetails(v, now, authorityName, website) : nothing}
  `;
}
