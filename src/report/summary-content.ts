/**
 * The summary's sentences, built once from the report so the screen, the printout and the text
 * file say the same thing in the chosen language.
 */
import type { ContactReason } from '../../machines/contact-now.js';
import type { Contact } from '../../machines/directory.schema.js';
import type { Decision, Report } from '../../machines/report.schema.js';
import type { Lang, Translate } from '../i18n/translate.js';
import { nameIn } from './format.js';

const locale = (lang: Lang) => (lang === 'cy' ? 'cy-GB' : 'en-GB');

/** A moment as Wales's local time, such as "20:00 on Friday 20 November 2026". */
export function formatInstant(iso: string, lang: Lang, t: Translate): string {
  return `${formatDate(iso, lang)}, ${t('summary.at', { time: formatTime(iso, lang) })}`;
}

/** HH:MM in Wales. */
export function formatTime(iso: string, lang: Lang): string {
  return new Intl.DateTimeFormat(locale(lang), { timeZone: 'Europe/London', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(iso));
}

export function formatDate(isoOrDate: string, lang: Lang): string {
  const d = /^\d{4}-\d{2}-\d{2}$/.test(isoOrDate) ? new Date(`${isoOrDate}T12:00:00Z`) : new Date(isoOrDate);
  return new Intl.DateTimeFormat(locale(lang), { timeZone: 'Europe/London', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(d);
}

/** "It is Saturday, so call the out-of-hours Emergency Duty Team." */
export function reasonText(reason: ContactReason | Report['contact']['reason'], t: Translate): string {
  const values: Record<string, string> = {};
  for (const [k, v] of Object.entries(reason.values)) {
    values[k] = k === 'day' && v ? t(`day.${v}`) : k === 'holiday' && v.startsWith('holiday.') ? t(v) : v;
  }
  return t(reason.key, values);
}

export function sourceText(contact: Contact, lang: Lang, t: Translate): string {
  const source = contact.source.startsWith('seed:') ? contact.source.slice(5) : contact.source;
  const checked = formatDate(contact.checked, lang);
  return contact.sourceDate
    ? t('contactNow.source', { source, date: contact.sourceDate, checked })
    : t('contactNow.sourceUndated', { source, checked });
}

export function contactLines(contact: Contact | undefined, lang: Lang, t: Translate): string[] {
  if (!contact) return [];
  return [
    nameIn(contact.name, lang),
    contact.phone ? `${t('contactNow.phone')}: ${contact.phone}` : '',
    contact.email ? `${t('contactNow.email')}: ${contact.email}` : '',
    contact.web ? `${t('contactNow.web')}: ${contact.web}` : '',
    contact.status === 'unchecked' ? t('contactNow.unchecked') : '',
    sourceText(contact, lang, t),
  ].filter(Boolean);
}

/** What to do next (WSP c2-p17, c2-p18), for the route taken. */
export function nextSteps(report: Report, lang: Lang, t: Translate): string[] {
  const steps: string[] = [];
  const d = report.deadlines;
  if (report.outcome === 'adult-signpost') return [t('summary.next.call'), t('summary.next.adult'), t('summary.next.note')];
  if (report.outcome === 'not-reporting') return [t('summary.outcome.not-reporting.more')];
  steps.push(t('summary.next.call'));
  steps.push(
    t('summary.next.writing', {
      deadline: formatInstant(d.writtenWithin24Hours, lang, t),
      workingDay: formatDate(d.writtenWithinOneWorkingDay, lang),
    }),
  );
  steps.push(t('summary.next.note'));
  steps.push(t('summary.next.chase', { chase: formatDate(d.chaseAfter, lang) }));
  if (report.concern?.harm.includes('fgm')) steps.push(t('summary.next.fgm'));
  steps.push(t('summary.next.escalate'));
  return steps;
}

export interface DecisionText {
  topic: string;
  decision: string;
  reasons: string[];
  note?: string;
  by?: string;
  at: string;
}

export function decisionText(decision: Decision, report: Report, lang: Lang, t: Translate): DecisionText {
  return {
    topic: t(`topic.${decision.topic}`),
    decision: t(`decision.${decision.decision}`),
    reasons: decision.reasons.map((r) => (r.startsWith('reason.') ? reasonText({ key: r as ContactReason['key'], values: report.contact.reason.values }, t) : t(r))),
    note: decision.note,
    by: decision.by ? t(`by.${decision.by}`) : undefined,
    at: formatInstant(decision.at, lang, t),
  };
}
