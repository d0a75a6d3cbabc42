/**
 * "What to say on the phone" (issue 12.5): the facts a duty social worker asks for first, in the
 * order they ask: who you are, the child, what happened (in the child's words), the risk now, and
 * consent. One model, drawn on the contact step (from the answers so far), on the summary and in
 * the text file, so the three never differ.
 */
import type { AnswerField, Answers, StepId } from '../../machines/fields.js';
import type { Directory } from '../../machines/directory.schema.js';
import type { Report } from '../../machines/report.schema.js';
import type { Lang, Translate } from '../i18n/translate.js';
import { fieldLabel, formatAnswer } from './format.js';
import { FIELDS, STEP_FIELDS } from '../../machines/fields.js';

export const READ_OUT_GROUPS = ['you', 'child', 'happened', 'risk', 'consent'] as const;
export type ReadOutGroupId = (typeof READ_OUT_GROUPS)[number];

export interface ReadOutRow {
  label: string;
  lines: string[];
  /** The lines are what the person typed, shown exactly. */
  typed: boolean;
}

export interface ReadOutGroup {
  id: ReadOutGroupId;
  title: string;
  /** What to say that the wizard has no answer for (who you are, when your name was not given). */
  prompt?: string;
  rows: ReadOutRow[];
}

/** The answers each group reads out, in order. */
const GROUP_FIELDS: Record<ReadOutGroupId, AnswerField[]> = {
  you: ['reporterName', 'reporterRole', 'reporterOrganisation', 'reporterPhone', 'reporterEmail', 'role', 'raisedByName', 'raisedByRole', 'dspName'],
  // Issue 10.6 (seed 001's same-day triggers): how social services already know the child is said on the call.
  child: ['subject', 'childName', 'childAge', 'childAddress', 'childSetting', 'knownTo', 'socialWorker'],
  happened: ['harm', 'knowledge', 'statements', 'when', 'childWords', 'disclosureContext', 'childWishes'],
  // Issue 10.4 (WSP c2-p8): whether the police were told, and their reference, are said on the call too.
  risk: ['danger', 'called999', 'policeTold', 'policeReference', 'visitRisk'],
  consent: ['consent', 'consentOutcome', 'consentOutcomeDetail', 'consentReasons', 'consentOtherReason', 'childObjects'],
};

export interface ReadOutSource {
  answers: Answers;
  /** The steps taken: only their answers are read out. */
  route: readonly StepId[];
}

const isTyped = (field: AnswerField) => ['text', 'longText', 'statements'].includes(FIELDS[field].kind);

/** A group's title: "The child" is "The adult" or "The unborn baby" when the concern is about one (issue 10.7). */
const groupTitle = (id: ReadOutGroupId, a: Answers): string =>
  id === 'child' && (a.subject === 'adult' || a.subject === 'unborn') ? `readOut.group.child.${a.subject}` : `readOut.group.${id}`;

/** The read-out, from the answers on the route taken (and the reporter's details once asked). */
export function readOut(source: ReadOutSource, t: Translate, directory: Directory, lang: Lang): ReadOutGroup[] {
  const asked = new Set(source.route.flatMap((step) => STEP_FIELDS[step] ?? []));
  return READ_OUT_GROUPS.map((id) => {
    const rows: ReadOutRow[] = [];
    for (const field of GROUP_FIELDS[id]) {
      // Who the concern is about is read out only when it is not simply a child (an unborn baby, for instance).
      if (!asked.has(field) || (field === 'subject' && source.answers.subject === 'child')) continue;
      const lines = formatAnswer(field, source.answers, t, directory, lang);
      if (lines.length) rows.push({ label: fieldLabel(field, source.answers, t), lines, typed: isTyped(field) });
    }
    // Who is reporting is read from their own answers (the reporter step); until then, or when being
    // named would put them at risk, the person is reminded what the duty team will ask first.
    const prompt = id === 'you' && !source.answers.reporterName?.trim() ? t('readOut.sayWho') : undefined;
    return { id, title: t(groupTitle(id, source.answers)), prompt, rows };
  });
}

/** The read-out for a completed report. */
export const reportReadOut = (report: Report, t: Translate, directory: Directory, lang: Lang) =>
  readOut({ answers: report.answers, route: report.steps }, t, directory, lang);

/** The read-out as lines of plain text (the text file and "copy"). */
export function readOutLines(groups: ReadOutGroup[], t: Translate): string[] {
  const out: string[] = [t('readOut.hint')];
  for (const g of groups) {
    out.push('', `${g.title}`);
    if (g.prompt) out.push(`- ${g.prompt}`);
    if (!g.prompt && g.rows.length === 0) out.push(`- ${t('readOut.nothing')}`);
    for (const row of g.rows) out.push(`${row.label}:`, ...row.lines.map((l) => `    ${l}`));
  }
  return out;
}
