/**
 * What Copy and each saved file hold, in the language shown, from what the statechart holds: at the
 * end of a consent walk-through its record; after the summary the report (as text, and as JSON
 * with that text) and the written report that confirms the call.
 */
import type { WizardContext } from '../../machines/wizard.machine.js';
import type { SavedFile } from '../controllers/export-controller.js';
import type { Lang, Translate } from '../i18n/translate.js';
import { consentRecordText } from './consent-record-content.js';
import { reportText } from './report-text.js';
import { writtenReferralFile } from './written-referral-files.js';

export interface SavedFrom {
  context: Pick<WizardContext, 'report' | 'consentRecord' | 'directory'>;
  /** The person is at the end of the consent walk-through: the record is what they copy or save. */
  atRecord: boolean;
  lang: Lang;
  t: Translate;
}

function summaryText({ context, atRecord, lang, t }: SavedFrom): string {
  if (atRecord) return context.consentRecord ? consentRecordText(context.consentRecord, t) : '';
  return context.report ? reportText(context.report, context.directory, lang, t) : '';
}

export function savedFile(kind: SavedFile, from: SavedFrom): string {
  const { context, lang, t } = from;
  switch (kind) {
    case 'txt':
      return summaryText(from);
    case 'json':
      return JSON.stringify({ report: context.report, lang, text: summaryText(from) }, null, 2);
    case 'referral-txt':
    case 'referral-html':
      return writtenReferralFile(kind === 'referral-html' ? 'html' : 'text', context.report, context.directory, lang, t);
  }
}
