/** The summary as plain text: for "copy", the text file, and reading down the phone. */
import type { Directory } from '../../machines/directory.schema.js';
import type { Report } from '../../machines/report.schema.js';
import type { Lang, Translate } from '../i18n/translate.js';
import { answerRows, nameIn } from './format.js';
import { planTextLines } from '../contact/contact-text.js';
import { decisionText, formatDate, formatTime, nextSteps, outcomeText, reasonText } from './summary-content.js';

/** The summary as plain text, from the report alone, in the language given. */
export function reportText(report: Report, directory: Directory, lang: Lang, t: Translate): string {
  const authorityName = nameIn(directory.authorities.find((a) => a.id === report.contact.authorityId)?.name, lang);
  const rows = answerRows(report.answers, report.steps, t, directory, lang);
  const out: string[] = [];
  const heading = (s: string) => out.push('', s, '='.repeat(Math.min(s.length, 60)));
  out.push(t('text.title'), t('summary.generated', { date: formatDate(report.completedAt, t), time: formatTime(report.completedAt) }));
  out.push('', outcomeText(report, t));

  heading(t('text.section.contact'));
  out.push(authorityName);
  out.push(report.contact.which === 'notKnown' ? t('contactNow.notKnown', { authority: authorityName }) : reasonText(report.contact.reason, t), '');
  // The whole chain, in order, each step with why (src/contact/contact-text.ts).
  out.push(...planTextLines(report.contact.plan, { t, lang }));
  out.push('', `${t('app.emergencyLine')} ${report.contact.emergency.phone ?? ''}.`);

  heading(t('text.section.next'));
  for (const step of nextSteps(report, t)) out.push(`- ${step}`);

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
  for (const row of rows) {
    if (row.lines.length === 0) continue;
    out.push(`${row.label}:`);
    for (const line of row.lines) out.push(`    ${line}`);
  }
  out.push('', t('text.footer'), '');
  return out.join('\n');
}
