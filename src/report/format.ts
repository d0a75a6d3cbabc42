/**
 * Turns answers into the words a person reads: one definition for check answers, the summary
 * and the text file, so all three say the same thing.
 */
import { STEP_FIELDS, type AnswerField, type Answers, type StepId } from '../../machines/answers.js';
import type { Bilingual, Directory } from '../../machines/directory.schema.js';
import type { Lang, Translate } from '../i18n/translate.js';

export interface AnswerRow {
  step: StepId;
  field: AnswerField;
  label: string;
  /** One line per item (a statement, a reason). */
  lines: string[];
}

/** Option labels: which catalogue key names each stored value (the words on the option the person chose). */
export const OPTION_KEY: Partial<Record<AnswerField, (v: string) => string>> = {
  danger: (v) => `danger.${v}`,
  called999: (v) => `emergency.${v}`,
  role: (v) => `role.${v}`,
  subject: (v) => `subject.${v}`,
  s5AboutLead: (v) => `s5Lead.${v}`,
  s5ChildInvolved: (v) => `s5Child.${v}`,
  knowledge: (v) => `knowledge.${v}`,
  toldBy: (v) => `toldBy.${v}`,
  harm: (v) => `harm.${v}`,
  dspHave: (v) => `dspHave.${v}`,
  dspReach: (v) => `dspReach.${v}`,
  dspAgreed: (v) => `dspTalk.${v}`,
  stillConcerned: (v) => `dspStillConcerned.${v}`,
  consent: (v) => `consent.${v}`,
  consentOutcome: (v) => `consentOutcome.${v}`,
  consentReasons: (v) => `consentReason.${v}`,
  consentWithDsp: (v) => `consentWithDsp.${v}`,
  childCompetent: (v) => (v === 'not-sure' ? 'childViews.not-sure' : `childViews.competent.${v}`),
  childAsked: (v) => `childViews.asked.${v}`,
};

export const nameIn = (name: Bilingual | undefined, lang: Lang) => (name ? (lang === 'cy' && name.cy) || name.en : '');

export function formatAnswer(field: AnswerField, answers: Answers, t: Translate, directory: Directory, lang: Lang): string[] {
  const value = answers[field];
  if (value === undefined) return [];
  if (field === 'statements') {
    return (answers.statements ?? [])
      .filter((s) => s.text.trim() !== '')
      .map((s) => (s.basis ? `${s.text} (${t(`basis.${s.basis}`)})` : s.text));
  }
  if (field === 'authority') {
    return [nameIn(directory.authorities.find((a) => a.id === value)?.name, lang) || String(value)];
  }
  const key = OPTION_KEY[field];
  if (Array.isArray(value)) return value.map((v) => (key ? t(key(String(v))) : String(v)));
  if (typeof value === 'string' && value.trim() === '') return [];
  return [key ? t(key(String(value))) : String(value)];
}

/** The label of an answer; the unborn route names the child's details differently. */
export function fieldLabel(field: AnswerField, answers: Answers, t: Translate): string {
  if (answers.subject === 'unborn' && (field === 'childName' || field === 'childAge')) return t(`childDetails.unborn.${field}`);
  return t(`field.${field}`);
}

/** Every answer on the route taken, in order, with "Not provided" left to the caller. */
export function answerRows(answers: Answers, route: readonly StepId[], t: Translate, directory: Directory, lang: Lang): AnswerRow[] {
  return route.flatMap((step) =>
    (STEP_FIELDS[step] ?? []).map((field) => ({
      step,
      field,
      label: fieldLabel(field, answers, t),
      lines: formatAnswer(field, answers, t, directory, lang),
    })),
  );
}
