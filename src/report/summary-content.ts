/**
 * The summary's sentences, built once from the report so the screen, the printout and the text
 * file say the same thing in the chosen language.
 */
import { DAY_NAMES, type ContactReason } from '../../machines/contact-now.js';
import { walesTime } from '../../machines/wales-time.js';
import type { Contact } from '../../machines/directory.schema.js';
import type { Decision, Report } from '../../machines/report.schema.js';
import { wordedFor, type Lang, type Translate } from '../i18n/translate.js';
import { contactTextLines, sourceLines } from '../contact/contact-text.js';

/**
 * Dates and times are written from Wales's local date and the catalogue's day and month names,
 * not by Intl's locale data: browsers do not all carry Welsh, and would fall back to American English.
 */
function partsOf(isoOrDate: string) {
  // A bare date (YYYY-MM-DD) is taken at midday, so it is the same day in Wales.
  return walesTime(new Date(/^\d{4}-\d{2}-\d{2}$/.test(isoOrDate) ? `${isoOrDate}T12:00:00Z` : isoOrDate));
}

/** "Friday 27 November 2026" / "Dydd Gwener 27 Tachwedd 2026". */
export function formatDate(isoOrDate: string, t: Translate): string {
  const p = partsOf(isoOrDate);
  return `${t(`day.${DAY_NAMES[p.weekday]}`)} ${p.day} ${t(`month.${p.month}`)} ${p.year}`;
}

/** HH:MM in Wales. */
export function formatTime(iso: string): string {
  return partsOf(iso).time;
}

/** A moment as Wales's local time, such as "Friday 20 November 2026, at 20:00". */
export function formatInstant(iso: string, t: Translate): string {
  return `${formatDate(iso, t)}, ${t('summary.at', { time: formatTime(iso) })}`;
}

/** "It is Saturday, so call the out-of-hours Emergency Duty Team." */
export function reasonText(reason: ContactReason | Report['contact']['reason'], t: Translate): string {
  const values: Record<string, string> = {};
  for (const [k, v] of Object.entries(reason.values)) {
    // The day inside a sentence: "dydd Llun" in Welsh, not "Dydd Llun" (Welsh review 2026-12).
    values[k] = k === 'day' && v ? t(`day.inSentence.${v}`) : k === 'holiday' && v.startsWith('holiday.') ? t(v) : v;
  }
  return t(reason.key, values);
}

/** Where a contact's facts come from, as one text (src/contact/contact-text.ts). */
export function sourceText(contact: Contact, t: Translate, lang: Lang = 'en'): string {
  return sourceLines(contact, { t, lang }).join(' ');
}

/** A contact as lines of plain text (src/contact/contact-text.ts). */
export function contactLines(contact: Contact | undefined, lang: Lang, t: Translate): string[] {
  return contact ? contactTextLines(contact, { t, lang }) : [];
}

/** The one deadline for the written confirmation, stated once with why (c2-p17, c2-p18; deadlines.ts). */
export function writingStep(report: Report, t: Translate): string {
  return t('summary.next.writing', { deadline: formatInstant(report.deadlines.written, t) });
}

/**
 * What to do next, in words: the steps the statechart chose for the route taken (report.next,
 * machines/next-steps.ts). Typed values are shown as typed; listed keys are written in words and
 * joined; dates are written out in the language shown. Each step is worded for who the concern is
 * about (an unborn baby's consent is the expectant mother's, not the parents' or carers').
 */
export function nextSteps(report: Report, plain: Translate): string[] {
  const t = wordedFor(plain, report.subject);
  return report.next.map((step) => {
    const values: Record<string, string> = { ...step.values };
    for (const [name, keys] of Object.entries(step.keys ?? {})) values[name] = keys.map((k) => t(k)).join('; ');
    for (const [name, date] of Object.entries(step.dates ?? {})) values[name] = /^\d{4}-\d{2}-\d{2}$/.test(date) ? formatDate(date, t) : formatInstant(date, t);
    return t(step.key, values);
  });
}

export interface DecisionText {
  topic: string;
  decision: string;
  reasons: string[];
  note?: string;
  by?: string;
  at: string;
}

export function decisionText(decision: Decision, report: Report, plain: Translate): DecisionText {
  // Each decision and reason worded for who the concern is about (an unborn baby is not "the child").
  const t = wordedFor(plain, report.subject);
  return {
    topic: t(`topic.${decision.topic}`),
    decision: t(`decision.${decision.decision}`),
    reasons: decision.reasons.map((r) => (r.startsWith('reason.') ? reasonText({ key: r as ContactReason['key'], values: report.contact.reason.values }, t) : t(r))),
    note: decision.note,
    by: decision.by ? t(`by.${decision.by}`) : undefined,
    at: formatInstant(decision.at, t),
  };
}

/** The summary's first line: what to do. A Section 5 concern about the lead itself goes past them (WSP c2-p13). */
export function outcomeText(report: Report, t: Translate): string {
  if (report.outcome === 'section5' && report.section5?.aboutLead === 'yes') return t('summary.outcome.section5.aboutLead');
  return t(`summary.outcome.${report.outcome}`);
}
