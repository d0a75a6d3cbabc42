/**
 * Every list the wizard uses, defined once: the steps in route order with the part of the report
 * each belongs to, and every answer field with its step, its kind and its options. The answer
 * schema, the report schema, each step's form, check answers, the summary's rows and the text
 * file are all derived from these (issue 13: "one source for each list").
 */

/** The parts of the report, in order: progress says "Part 3 of 6: the concern". */
export const SECTIONS = ['safety', 'you', 'concern', 'dsp', 'consent', 'contact'] as const;
export type Section = (typeof SECTIONS)[number];

/** Every step, in the order a full child route meets them, with the part it belongs to. */
export const STEPS = {
  danger: 'safety',
  emergency: 'safety',
  role: 'you',
  raisedBy: 'you',
  subject: 'concern',
  adultAdvice: 'concern',
  s5Lead: 'concern',
  s5Child: 'concern',
  knowledge: 'concern',
  toldBy: 'concern',
  publicDuty: 'concern',
  harm: 'concern',
  whatHappened: 'concern',
  childWords: 'concern',
  childWishes: 'concern',
  childDetails: 'concern',
  dspHave: 'dsp',
  dspReach: 'dsp',
  dspTalk: 'dsp',
  dspStillConcerned: 'dsp',
  consent: 'consent',
  consentOutcome: 'consent',
  consentReasons: 'consent',
  consentWithDsp: 'consent',
  childViews: 'consent',
  authority: 'contact',
  contactNow: 'contact',
  checkAnswers: 'contact',
  summary: 'contact',
} as const satisfies Record<string, Section>;
export type StepId = keyof typeof STEPS;
export const STEP_IDS = Object.keys(STEPS) as StepId[];

/** Types of harm named in the Wales Safeguarding Procedures, as listed in seed 001 ("Types of Abuse"). */
export const HARM_TYPES = [
  'physical',
  'sexual',
  'emotional',
  'neglect',
  'financial',
  'emotional-neglect',
  'identity-neglect',
  // Female genital mutilation carries its own mandatory duty to tell the police
  // (FGM Act 2003; research/wales-duty-to-report.md 1.2).
  'fgm',
  'not-sure',
] as const;
export type HarmType = (typeof HARM_TYPES)[number];

/** The six reasons for not seeking parental consent, seed 001 ("Possible reasons for not seeking parental consent"). */
export const CONSENT_REASONS = [
  'further-risk',
  'coerced-silence',
  'evidence-lost',
  'parent-alleged-abuser',
  'competent-child-objects',
  'public-interest',
] as const;
export type ConsentReason = (typeof CONSENT_REASONS)[number];

/** How a statement is known: WSP Pointers for Practice c2p-p6 and seed 004 Standard 2 keep fact apart from opinion. */
export const STATEMENT_BASES = ['seen', 'told', 'opinion'] as const;
export type StatementBasis = (typeof STATEMENT_BASES)[number];

/** The longest text any box keeps (200,000 characters: far beyond anything typed, short of a paste that hangs the page). */
export const MAX_TEXT = 200_000;

const YES_NO = ['yes', 'no'] as const;

/**
 * What kind of answer a field takes:
 * - `choice`: one of `options` (radios); `choices`: any of them (checkboxes);
 * - `text`: one line; `longText`: several lines; `statements`: what happened, statement by statement;
 * - `authority`: a council's id from the directory.
 * `label` is the catalogue prefix of the options' words (`${label}.${value}`, and `.hint` for the
 * values in `hints`).
 */
interface ChoiceField {
  step: StepId;
  kind: 'choice' | 'choices';
  options: readonly string[];
  label: string;
  hints?: readonly string[];
}
interface TextField {
  step: StepId;
  kind: 'text' | 'longText' | 'statements' | 'authority';
}
export type FieldDef = ChoiceField | TextField;

const choice = <const O extends readonly string[]>(step: StepId, options: O, label: string = step, hints: readonly string[] = []) =>
  ({ step, kind: 'choice', options, label, hints }) as const;
const choices = <const O extends readonly string[]>(step: StepId, options: O, label: string, hints: readonly string[] = []) =>
  ({ step, kind: 'choices', options, label, hints }) as const;
const text = (step: StepId) => ({ step, kind: 'text' }) as const;
const longText = (step: StepId) => ({ step, kind: 'longText' }) as const;

/** Every answer, in the order its step shows it. */
export const FIELDS = {
  danger: choice('danger', YES_NO),
  called999: choice('emergency', YES_NO, 'emergency'),
  role: choice('role', ['practitioner', 'dsp'], 'role', ['practitioner', 'dsp']),
  raisedByName: text('raisedBy'),
  raisedByRole: text('raisedBy'),
  subject: choice('subject', ['child', 'unborn', 'adult', 'practitioner'], 'subject', ['child', 'practitioner']),
  s5AboutLead: choice('s5Lead', YES_NO),
  s5ChildInvolved: choice('s5Child', YES_NO),
  knowledge: choice('knowledge', ['saw', 'child-told', 'someone-told']),
  toldBy: choice('toldBy', ['public', 'practitioner'], 'toldBy', ['public']),
  harm: choices('harm', HARM_TYPES, 'harm', ['emotional', 'neglect', 'financial', 'emotional-neglect', 'identity-neglect', 'fgm']),
  statements: { step: 'whatHappened', kind: 'statements' },
  when: text('whatHappened'),
  childWords: longText('childWords'),
  disclosureContext: longText('childWords'),
  childWishes: longText('childWishes'),
  childName: text('childDetails'),
  childAge: text('childDetails'),
  childAddress: longText('childDetails'),
  childSetting: text('childDetails'),
  carers: longText('childDetails'),
  household: longText('childDetails'),
  communication: text('childDetails'),
  visitRisk: longText('childDetails'),
  dspHave: choice('dspHave', ['yes', 'no', 'about-dsp'], 'dspHave', ['about-dsp']),
  dspReach: choice('dspReach', ['spoken', 'unreachable-risky', 'not-yet'], 'dspReach', ['unreachable-risky', 'not-yet']),
  dspName: text('dspTalk'),
  dspTime: text('dspTalk'),
  dspAgreed: choice('dspTalk', ['dsp-reports', 'together', 'reporter-reports', 'advised-not'], 'dspTalk'),
  dspReason: longText('dspStillConcerned'),
  stillConcerned: choice('dspStillConcerned', YES_NO),
  consent: choice('consent', ['seek', 'not-seek']),
  consentOutcome: choice('consentOutcome', ['given', 'refused', 'could-not-ask'], 'consentOutcome', ['refused']),
  consentOutcomeDetail: longText('consentOutcome'),
  consentReasons: choices('consentReasons', CONSENT_REASONS, 'consentReason'),
  consentOtherReason: longText('consentReasons'),
  consentWithDsp: choice('consentWithDsp', YES_NO),
  childCompetent: choice('childViews', ['yes', 'no', 'not-sure'], 'childViews.competent'),
  childAsked: choice('childViews', YES_NO, 'childViews.asked'),
  childView: longText('childViews'),
  authority: { step: 'authority', kind: 'authority' },
} as const satisfies Record<string, FieldDef>;

export type AnswerField = keyof typeof FIELDS;
export const FIELD_NAMES = Object.keys(FIELDS) as AnswerField[];

export interface Statement {
  text: string;
  basis?: StatementBasis;
}

type ValueOf<F> = F extends { kind: 'choice'; options: readonly (infer O)[] }
  ? O
  : F extends { kind: 'choices'; options: readonly (infer O)[] }
    ? O[]
    : F extends { kind: 'statements' }
      ? Statement[]
      : string;

/** All answers. Every field is optional: which are required depends on the route (answers.ts, STEP_RULES). */
export type Answers = { [K in AnswerField]?: ValueOf<(typeof FIELDS)[K]> };

/** The options of a choice field, typed. */
export type OptionOf<K extends AnswerField> = (typeof FIELDS)[K] extends { options: readonly (infer O)[] } ? O : never;

/** Which answers each step asks for, in the order it shows them. */
export const STEP_FIELDS: Partial<Record<StepId, AnswerField[]>> = {};
for (const name of FIELD_NAMES) (STEP_FIELDS[FIELDS[name].step] ??= []).push(name);

/** The part of the report a step belongs to. */
export const sectionOf = (step: StepId): Section => STEPS[step];

/** The catalogue key that words an option (what was on the form the person chose from). */
export function optionKey(field: AnswerField, value: string): string {
  const def: FieldDef = FIELDS[field];
  return 'label' in def ? `${def.label}.${value}` : value;
}
