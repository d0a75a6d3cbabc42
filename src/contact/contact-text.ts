/**
 * A contact in words: its source lines, its caller advice and whether it is open, as plain text
 * for the text file and the same sentences for the screen (contact-view.ts), so both say the same.
 * Also the whole fallback chain (machines/contact-now.ts, `contactPlan`) as numbered lines.
 */
import type { ContactPlan, PlanReason, PlanStep, WalesWhen } from '../../machines/contact-now.js';
import type { Contact, Source, SourcedFact } from '../../machines/directory.schema.js';
import type { Lang, Translate } from '../i18n/translate.js';
import { nameIn } from '../report/format.js';

export interface Words {
  t: Translate;
  lang: Lang;
}

/** One source and the facts of a contact read from it ("phone number and opening hours"). */
export interface SourceGroup {
  facts: SourcedFact[];
  source: Source;
  /** The email comes from another document than the phone number. */
  otherDocument: boolean;
}

const FACTS: readonly SourcedFact[] = ['phone', 'email', 'hours'];
const sameSource = (a: Source, b: Source) =>
  a.url === b.url && a.date === b.date && a.confidence === b.confidence && a.compared === b.compared && a.comparedWith === b.comparedWith;

/** A contact's sources, with the facts read from each, in the order phone, email, hours. */
export function sourceGroups(contact: Contact): SourceGroup[] {
  const groups: SourceGroup[] = [];
  for (const fact of FACTS) {
    const source = contact.sources[fact];
    if (!source) continue;
    const group = groups.find((g) => sameSource(g.source, source));
    if (group) group.facts.push(fact);
    else groups.push({ facts: [fact], source, otherDocument: false });
  }
  const phone = contact.sources.phone;
  for (const g of groups) g.otherDocument = Boolean(phone && g.facts.includes('email') && !g.facts.includes('phone') && g.source.url !== phone.url);
  return groups;
}

/** "6 June 2024", "March 2021", "2015": a date as the source shows it, in words. */
export function dateWords(date: string, t: Translate): string {
  const [y, m, d] = date.split('-');
  if (d) return `${Number(d)} ${t(`month.${Number(m)}`)} ${y}`;
  if (m) return `${t(`month.${Number(m)}`)} ${y}`;
  return y ?? date;
}

/** "dated 6 June 2024", "not dated", "not dated, about 2020". */
export function sourceDateWords(date: string | null, t: Translate): string {
  if (date === null) return t('source.undated');
  if (date.startsWith('c. ')) return t('source.about', { date: dateWords(date.slice(3), t) });
  return t('source.dated', { date: dateWords(date, t) });
}

/** What a source is called: its title, or the web site's name, or the document's file name. */
export function sourceTitle(source: Source, lang: Lang): string {
  if (source.title) return nameIn(source.title, lang);
  if (source.url.startsWith('seed:')) return source.url.slice(5);
  try {
    return new URL(source.url).hostname;
  } catch {
    return source.url;
  }
}

/** Where a source can be opened: web pages only (a seed document is not on the web). */
export const sourceLink = (source: Source): string | undefined => (/^https?:\/\//.test(source.url) ? source.url : undefined);

function factsWords(group: SourceGroup, t: Translate): string {
  const facts = t(`source.facts.${group.facts.join('.')}`);
  return group.otherDocument ? t('source.otherDocument', { facts }) : facts;
}

/**
 * The calm source line: what was compared, with what, and when. `title` is given already made
 * (a link on screen, "title (address)" in text).
 */
export function sourceSentence(group: SourceGroup, title: string, w: Words): string {
  const values = {
    facts: factsWords(group, w.t),
    title,
    date: sourceDateWords(group.source.date, w.t),
    compared: dateWords(group.source.compared, w.t),
  };
  return w.t(group.source.comparedWith === 'live-page' ? 'source.livePage' : 'source.storedCopy', values);
}

/** The one warning a source gets: when it is unofficial. */
export function unofficialWarning(group: SourceGroup, title: string, w: Words): string | undefined {
  return group.source.confidence === 'unofficial' ? w.t('source.unofficial', { title }) : undefined;
}

/** A source's title with its address, for plain text. */
const textTitle = (source: Source, lang: Lang) => {
  const link = sourceLink(source);
  const title = sourceTitle(source, lang);
  return link ? `${title} (${link})` : title;
};

/** A contact as lines of plain text: name, phone, email, web, caller advice, then its sources. */
export function contactTextLines(contact: Contact, w: Words, extra: { status?: string } = {}): string[] {
  const lines = [
    nameIn(contact.name, w.lang),
    extra.status ?? '',
    contact.phone ? `${w.t('contactNow.phone')}: ${contact.phone}` : '',
    contact.email ? `${w.t('contactNow.email')}: ${contact.email}` : '',
    contact.web ? `${w.t('contactNow.web')}: ${contact.web}` : '',
    contact.callerAdvice ? nameIn(contact.callerAdvice, w.lang) : '',
  ];
  return [...lines, ...sourceLines(contact, w)].filter(Boolean);
}

/** A contact's source lines as plain text: for each source, a warning if it is unofficial, then what was compared. */
export function sourceLines(contact: Contact, w: Words): string[] {
  return sourceGroups(contact).flatMap((group) => {
    const title = textTitle(group.source, w.lang);
    const warning = unofficialWarning(group, title, w);
    return [...(warning ? [warning] : []), sourceSentence(group, title, w)];
  });
}

// ---------------------------------------------------------------------------------------------
// The fallback chain

/** A time as said in a sentence: "17:00", or "midnight" for 24:00. */
const timeWords = (time: string, t: Translate) => (time === '24:00' ? t('status.midnight') : time);

/** "Open now, until 17:00", "Closed now. Opens on Monday at 08:30", "Opening hours not known". */
export function statusText(step: Pick<PlanStep, 'status' | 'until' | 'opens'>, t: Translate): string {
  const at = (when: WalesWhen, today: string, other: string) =>
    when.day ? t(other, { day: t(`day.inSentence.${when.day}`), time: timeWords(when.time, t) }) : t(today, { time: timeWords(when.time, t) });
  if (step.status === 'open') return step.until ? at(step.until, 'status.openUntil', 'status.openUntilDay') : t('status.open');
  if (step.status === 'closed') return step.opens ? at(step.opens, 'status.closedOpens', 'status.closedOpensDay') : t('status.closed');
  return t('status.unknown');
}

/** One of a step's reasons, with the council's and the board's names in the language shown. */
export function whyText(reason: PlanReason, plan: Pick<ContactPlan, 'authorityName' | 'regionName'>, w: Words): string {
  const values: Record<string, string> = {};
  for (const [k, v] of Object.entries(reason.values)) values[k] = /^\d{2}:\d{2}$/.test(v) ? timeWords(v, w.t) : v;
  return w.t(reason.key, { ...values, authority: nameIn(plan.authorityName, w.lang), region: nameIn(plan.regionName, w.lang) });
}

/** A step's heading: the board's name for the board's website; otherwise the contact's own name is enough. */
export function stepHeading(step: PlanStep, plan: ContactPlan, w: Words): string | undefined {
  return step.role === 'board' ? w.t('plan.board', { region: nameIn(plan.regionName, w.lang) }) : undefined;
}

/** Whether a step's open or closed state means anything: not for the board's website, nor for an email or page with no hours. */
export const showsStatus = (step: PlanStep): boolean => step.role !== 'board' && (Boolean(step.contact.phone) || step.status !== 'unknown');

function stepLines(step: PlanStep, plan: ContactPlan, w: Words): string[] {
  const name = stepHeading(step, plan, w) ?? nameIn(step.contact.name, w.lang);
  const status = showsStatus(step) ? statusText(step, w.t) : '';
  // Name, whether it is open, why it is here, then how to reach it and its sources.
  return [name, status, ...step.why.map((r) => whyText(r, plan, w)), ...contactTextLines({ ...step.contact, name: undefined }, w)].filter(Boolean);
}

/** The chain as plain text: numbered steps, then the council's lines that are closed now. */
export function planTextLines(plan: ContactPlan, w: Words): string[] {
  const out: string[] = [];
  const indent = (lines: string[], first: string) => lines.map((line, i) => (i === 0 ? `${first}${line}` : `${' '.repeat(first.length)}${line}`));
  plan.steps.forEach((step, i) => out.push(...indent(stepLines(step, plan, w), `${i + 1}. `)));
  if (plan.closed.length) {
    out.push('', `${w.t('contactNow.other')}:`);
    for (const step of plan.closed) out.push(...indent(stepLines(step, plan, w), '- '));
  }
  if (plan.website) out.push('', `${w.t('contactNow.councilSite', { authority: nameIn(plan.authorityName, w.lang) })}: ${plan.website}`);
  return out;
}
