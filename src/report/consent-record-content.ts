/**
 * The consent decision record in words (issue 10.10): one list of rows for the screen, the
 * printout and the text file, in the chosen language.
 */
import type { ConsentRecord } from '../../machines/consent-record.js';
import { optionKey } from '../../machines/fields.js';
import type { Translate } from '../i18n/translate.js';
import { formatInstant } from './summary-content.js';

export interface RecordRow {
  label: string;
  lines: string[];
}

export function consentRecordRows(r: ConsentRecord, t: Translate): RecordRow[] {
  const words = (field: Parameters<typeof optionKey>[0], value: string | undefined) => (value ? [t(optionKey(field, value))] : []);
  const rows: RecordRow[] = [
    { label: t('record.raisedBy'), lines: [r.raisedBy.name, r.raisedBy.role].filter((x): x is string => Boolean(x)) },
    { label: t('field.childFears'), lines: r.pointers.fears.map((f) => t(optionKey('childFears', f))) },
    { label: t('field.reportRisk'), lines: words('reportRisk', r.pointers.reportRisk) },
    { label: t('field.protectNow'), lines: r.pointers.protectNow ? [r.pointers.protectNow] : [] },
    { label: t('field.childCompetent'), lines: words('childCompetent', r.child.competent) },
    { label: t('field.childAsked'), lines: words('childAsked', r.child.asked) },
    { label: t('field.childWishes'), lines: r.child.wishes ? [r.child.wishes] : [] },
    { label: t('field.childObjects'), lines: words('childObjects', r.child.objects) },
    { label: t('field.consent'), lines: words('consent', r.decision) },
  ];
  if (r.outcome) rows.push({ label: t('field.consentOutcome'), lines: [...words('consentOutcome', r.outcome), ...(r.outcomeDetail ? [r.outcomeDetail] : [])] });
  if (r.decision === 'not-seek') {
    rows.push({ label: t('field.consentReasons'), lines: [...r.reasons.map((x) => t(optionKey('consentReasons', x))), ...(r.otherReason ? [r.otherReason] : [])] });
  }
  rows.push({ label: t('record.decidedBy'), lines: [...(r.dspName ? [r.dspName] : []), t(`by.${r.decidedBy}`), ...(r.decidedAt ? [formatInstant(r.decidedAt, t)] : [])] });
  if (r.next.length) rows.push({ label: t('summary.nextTitle'), lines: r.next.map((key) => t(key)) });
  return rows;
}

/** The record as plain text, to save or copy. */
export function consentRecordText(r: ConsentRecord, t: Translate): string {
  const out = [t('record.heading'), ''];
  for (const row of consentRecordRows(r, t)) {
    out.push(`${row.label}:`);
    for (const line of row.lines.length ? row.lines : [t('notProvided')]) out.push(`    ${line}`);
  }
  out.push('', t('record.keepSafe'), '');
  return out.join('\n');
}
