/**
 * Contacts on screen: one contact card (phone, email and web address as links, the caller's
 * advice, and a calm line for each source, with a warning only for an unofficial one). The words
 * come from contact-text.ts, so the screen and the text file say the same.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Contact } from '../../machines/directory.schema.js';
import { nameIn } from '../report/format.js';
import { sourceGroups, sourceLink, sourceSentence, sourceTitle, unofficialWarning, type Words } from './contact-text.js';

export interface CardOptions {
  /** A heading above the card ("NSPCC helpline"). */
  title?: string;
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
      ${contact.name ? html`<p class="contact-name">${nameIn(contact.name, lang)}</p>` : nothing}
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
