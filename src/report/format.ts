/**
 * Turns answers into the words a person reads: one definition for check answers, the summary
 * and the text file, so all three say the same thing.
 */
import { FIELDS, optionKey, sectionOf, shownOn, type AnswerField, type Answers, type Section, type StepId } from '../../machines/fields.js';
import { answersOnRoute } from '../../machines/answers.js';
import type { Bilingual, Directory } from '../../machines/directory.schema.js';
import { wordedFor, type Lang, type Translate } from '../i18n/translate.js';

export interface AnswerRow {
  step: StepId;
  /** The part of the report the row belongs to. */
  section: Section;
  field: AnswerField;
  label: string;
  /** One line per item (a statement, a reason). */
  lines: string[];
}

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
  // The option's words as the form showed them, worded for who the concern is about.
  const worded = wordedFor(t, answers.subject);
  const words = (v: string) => ('options' in FIELDS[field] ? worded(optionKey(field, v)) : v);
  if (Array.isArray(value)) return value.map((v) => words(String(v)));
  if (typeof value === 'string' && value.trim() === '') return [];
  return [words(String(value))];
}

/** The label of an answer, worded for who the concern is about; the unborn route names the child's details as its form did. */
export function fieldLabel(field: AnswerField, answers: Answers, t: Translate): string {
  if (answers.subject === 'unborn' && (field === 'childName' || field === 'childAge' || field === 'childSetting')) return t(`childDetails.${field}.unborn`);
  return wordedFor(t, answers.subject)(`field.${field}`);
}

/**
 * Every answer on the route taken, in order, with "Not provided" left to the caller: what the
 * report would record (answersOnRoute), so check answers never lists an option the route does not offer.
 */
export function answerRows(all: Answers, route: readonly StepId[], t: Translate, directory: Directory, lang: Lang): AnswerRow[] {
  const answers = answersOnRoute(all, route);
  return route.flatMap((step) =>
    shownOn(step, answers).map((field) => ({
      step,
      section: sectionOf(step),
      field,
      label: fieldLabel(field, answers, t),
      lines: formatAnswer(field, answers, t, directory, lang),
    })),
  );
}
