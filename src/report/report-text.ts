/**
 * The summary as plain text: for "copy", the text file, and reading down the phone. In the same
 * order as the summary on screen: who to contact now, what to say on the phone, what to do next,
 * the decisions and their reasons, and every answer by part of the report.
 */
import type { Directory } from '../../machines/directory.schema.js';
import type { Report } from '../../machines/report.schema.js';
import { wordedFor, type Lang, type Translate } from '../i18n/translate.js';
import { answerRows, nameIn } from './format.js';
import { planTextLines } from '../contact/contact-text.js';
import { readOutLines, reportReadOut } from './read-out.js';
import { bySection } from './sections.js';
import { decisionText, formatDate, formatTime, nextSteps, outcomeText, reasonText } from './summary-content.js';
import { hasWrittenReferral, writtenReferral } from './written-referral.js';

/** The summary as plain text, from the report alone, in the language given. */
export function reportText(report: Report, directory: Directory, lang: Lang, t: Translate): string {
  const authorityName = nameIn(directory.authorities.find((a) => a.id === report.contact.authorityId)?.name, lang);
  const rows = answerRows(report.answers, report.steps, t, directory, lang);
  const out: string[] = [];
  const heading = (s: string, rule = '=') => out.push('', s, rule.repeat(Math.min(s.length, 60)));
  // Its title and keep-safe note worded for who the concern is about (an unborn baby is not "a child").
  const worded = wordedFor(t, report.subject);
  out.push(worded('text.title'), t('summary.generated', { date: formatDate(report.completedAt, t), time: formatTime(report.completedAt) }));
  out.push('', outcomeText(report, t));
  if (report.emergency.immediateDanger && report.emergency.called999 !== 'yes') out.push('', t('why.call999Now'));

  heading(t('text.section.contact'));
  out.push(authorityName);
  out.push(report.contact.which === 'notKnown' ? t('contactNow.notKnown', { authority: authorityName }) : reasonText(report.contact.reason, t), '');
  // The whole chain, in order, each step with why (src/contact/contact-text.ts).
  out.push(...planTextLines(report.contact.plan, { t, lang }));
  out.push('', `${t('app.emergencyLine')} ${report.contact.emergency.phone ?? ''}.`);

  if (report.outcome !== 'not-reporting') {
    heading(t('readOut.title'));
    out.push(...readOutLines(reportReadOut(report, t, directory, lang), t));
  }

  heading(t('text.section.next'));
  for (const step of nextSteps(report, t)) out.push(`- ${step}`);

  if (hasWrittenReferral(report)) {
    const form = writtenReferral(report, directory, lang, t).ownForm;
    heading(t('referral.summaryTitle'));
    out.push(t('referral.summaryIntro'));
    if (form) out.push(`${form.label}: ${form.name}`, `    ${form.web}`);
  }

  heading(t('text.section.decisions'));
  for (const d of report.decisions) {
    const x = decisionText(d, report, t);
    out.push(`- ${x.topic}: ${x.decision}.`);
    for (const r of x.reasons) out.push(`    ${r}`);
    if (x.note) out.push(`    "${x.note}"`);
    if (x.by) out.push(`    ${t('summary.by', { who: x.by })}`);
    out.push(`    ${x.at}`);
  }

  heading(t('text.section.answers'));
  for (const group of bySection(rows.filter((row) => row.lines.length > 0))) {
    heading(t(`section.${group.section}`), '-');
    for (const row of group.rows) {
      out.push(`${row.label}:`);
      for (const line of row.lines) out.push(`    ${line}`);
    }
  }
  out.push('', worded('record.keepSafe'), '', t('text.footer'), '');
  return out.join('\n');
}
