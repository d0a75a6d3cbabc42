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
  crime: 'concern',
  police: 'concern',
  adultAdvice: 'concern',
  s5Lead: 'concern',
  s5Concern: 'concern',
  s5Child: 'concern',
  knowledge: 'concern',
  toldBy: 'concern',
  publicDuty: 'concern',
  colleagueReported: 'concern',
  harm: 'concern',
  whatHappened: 'concern',
  childWords: 'concern',
  childDetails: 'concern',
  knownChild: 'concern',
  dspHave: 'dsp',
  otherManager: 'dsp',
  dspReach: 'dsp',
  dspTalk: 'dsp',
  dspCheck: 'dsp',
  dspStillConcerned: 'dsp',
  consentPointers: 'consent',
  consent: 'consent',
  consentOutcome: 'consent',
  consentReasons: 'consent',
  consentWithDsp: 'consent',
  childViews: 'consent',
  consentRecord: 'consent',
  councilNeeds: 'contact',
  reporter: 'contact',
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
const YES_NO_NOT_SURE = ['yes', 'no', 'not-sure'] as const;

/** How a child may already be known to social services (seed 001; WSP c2-p9, c4-p12). */
export const KNOWN_TO = ['register', 'looked-after', 'social-worker', 'known-other', 'no', 'not-sure'] as const;
/** The fears WSP c2p-p5 names as the most common: care, trouble at home, threats carried out. */
export const CHILD_FEARS = ['care', 'trouble', 'threats', 'other', 'not-said'] as const;

/**
 * What kind of answer a field takes:
 * - `choice`: one of `options` (radios); `choices`: any of them (checkboxes);
 * - `text`: one line; `longText`: several lines; `statements`: what happened, statement by statement;
 * - `authority`: a council's id from the directory; `dateTime`: a date and time (YYYY-MM-DDTHH:MM).
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
  kind: 'text' | 'longText' | 'statements' | 'authority' | 'dateTime';
}
/** Set by the wizard itself (from an attribute or a link), never asked on a form. */
interface HiddenField {
  step: StepId;
  kind: 'hidden';
  options: readonly string[];
}
export type FieldDef = ChoiceField | TextField | HiddenField;

const choice = <const O extends readonly string[]>(step: StepId, options: O, label: string = step, hints: readonly string[] = []) =>
  ({ step, kind: 'choice', options, label, hints }) as const;
const choices = <const O extends readonly string[]>(step: StepId, options: O, label: string, hints: readonly string[] = []) =>
  ({ step, kind: 'choices', options, label, hints }) as const;
const text = (step: StepId) => ({ step, kind: 'text' }) as const;
const longText = (step: StepId) => ({ step, kind: 'longText' }) as const;

/** Every answer, in the order its step shows it. */
export const FIELDS = {
  // Why the wizard was opened: the whole report, or (for a Designated Safeguarding Person) only the
  // consent decision, which can go on into the report (issue 10.10). Set by `start="consent"` or the
  // link on the DSP's first step; never shown as a question.
  purpose: { step: 'raisedBy', kind: 'hidden', options: ['report', 'consent'] },
  danger: choice('danger', YES_NO),
  // Issue 12.9: "I need the number now" on the first step: where it happened, who to contact now,
  // then the report, with nothing lost. Set by that button; never shown as a question.
  numberFirst: { step: 'danger', kind: 'hidden', options: ['yes', 'no'] },
  called999: choice('emergency', YES_NO, 'emergency'),
  role: choice('role', ['practitioner', 'dsp'], 'role', ['practitioner', 'dsp']),
  raisedByName: text('raisedBy'),
  raisedByRole: text('raisedBy'),
  // The DSP's own name (issue 10.10): the consent decision record names who decided (DOMAIN.md 6,
  // from seed 001: "recorded with who decided, when, and why"); it is then the reporter's name.
  dspOwnName: text('raisedBy'),
  subject: choice('subject', ['child', 'unborn', 'adult', 'practitioner'], 'subject', ['child', 'practitioner']),
  // WSP c2-p2: "Do the police need to be informed a possible crime has been committed?"
  crime: choice('crime', YES_NO_NOT_SURE),
  policeTold: choice('police', ['emergency', 'non-emergency', 'not-yet'], 'police'),
  policeReference: text('police'),
  s5AboutLead: choice('s5Lead', YES_NO),
  // Section 5: record the concern itself (WSP s5-i-7; a5-p3: "Make a written record of the information").
  s5What: longText('s5Concern'),
  s5When: text('s5Concern'),
  s5Who: text('s5Concern'),
  s5HowKnown: choice('s5Concern', ['saw', 'told', 'child-told'], 's5Concern.how'),
  s5Context: choice('s5Concern', ['work', 'private-life', 'not-sure'], 's5Concern.context'),
  s5ChildInvolved: choice('s5Child', YES_NO),
  knowledge: choice('knowledge', ['saw', 'child-told', 'someone-told']),
  toldBy: choice('toldBy', ['public', 'practitioner'], 'toldBy', ['public']),
  colleagueReported: choice('colleagueReported', YES_NO_NOT_SURE),
  colleagueReference: text('colleagueReported'),
  harm: choices('harm', HARM_TYPES, 'harm', ['emotional', 'neglect', 'financial', 'emotional-neglect', 'identity-neglect', 'fgm']),
  statements: { step: 'whatHappened', kind: 'statements' },
  when: text('whatHappened'),
  childWords: longText('childWords'),
  disclosureContext: longText('childWords'),
  childName: text('childDetails'),
  childAge: text('childDetails'),
  childAddress: longText('childDetails'),
  childSetting: text('childDetails'),
  carers: longText('childDetails'),
  household: longText('childDetails'),
  communication: text('childDetails'),
  visitRisk: longText('childDetails'),
  // Seed 001's same-day triggers include a child "already subject to a Child Protection Care and Support Plan".
  knownTo: choices('knownChild', KNOWN_TO, 'knownChild'),
  socialWorker: text('knownChild'),
  dspHave: choice('dspHave', ['yes', 'no', 'about-dsp'], 'dspHave', ['about-dsp']),
  // WSP c2-p13: straight to social services where the concern relates to the DSP "and there is no other appropriate alternative manager".
  otherManager: choice('otherManager', YES_NO_NOT_SURE),
  dspReach: choice('dspReach', ['spoken', 'unreachable-risky', 'not-yet'], 'dspReach', ['unreachable-risky', 'not-yet']),
  dspName: text('dspTalk'),
  dspTime: text('dspTalk'),
  dspAgreed: choice('dspTalk', ['dsp-reports', 'together', 'reporter-reports', 'advised-not'], 'dspTalk'),
  // WSP c2-p13 and c2-p18: the duty stays with the person; check the report was made.
  dspReportWhen: choice('dspCheck', ['now', 'later-today', 'not-sure'], 'dspCheck'),
  dspReportBy: text('dspCheck'),
  dspReason: longText('dspStillConcerned'),
  stillConcerned: choice('dspStillConcerned', YES_NO_NOT_SURE),
  // WSP c2p-p5 (Pointers for Practice on consent): what the child fears, whether reporting puts them at risk, what protects them.
  childFears: choices('consentPointers', CHILD_FEARS, 'consentPointers.fear'),
  reportRisk: choice('consentPointers', YES_NO_NOT_SURE, 'consentPointers.risk'),
  protectNow: longText('consentPointers'),
  // WSP c2-p16: "If unsure, please contact your local social services team for advice."
  consent: choice('consent', ['seek', 'not-seek', 'not-sure'], 'consent', ['not-sure']),
  consentOutcome: choice('consentOutcome', ['given', 'refused', 'could-not-ask'], 'consentOutcome', ['refused']),
  consentOutcomeDetail: longText('consentOutcome'),
  consentReasons: choices('consentReasons', CONSENT_REASONS, 'consentReason'),
  consentOtherReason: longText('consentReasons'),
  consentWithDsp: choice('consentWithDsp', YES_NO),
  childCompetent: choice('childViews', YES_NO_NOT_SURE, 'childViews.competent'),
  childAsked: choice('childViews', YES_NO, 'childViews.asked'),
  // The child's wishes and views, asked once (issue 12.7), in their words.
  childWishes: longText('childViews'),
  // WSP c2p-p5: a competent child who objects is told, kindly, that the report must still be made.
  childObjects: choice('childViews', YES_NO_NOT_SURE, 'childViews.objects'),
  // What the council's duty worker will ask (WSP c2-p17; the regional referral forms): each optional.
  otherAgencies: longText('councilNeeds'),
  actionsTaken: longText('councilNeeds'),
  familyKnows: choice('councilNeeds', YES_NO_NOT_SURE, 'councilNeeds.familyKnows'),
  // WSP c2-p15: practitioners cannot report anonymously; the council will call back.
  reporterName: text('reporter'),
  reporterRole: text('reporter'),
  reporterOrganisation: text('reporter'),
  reporterPhone: text('reporter'),
  reporterEmail: text('reporter'),
  // WSP c2-p15: "unless being named would put them at risk": they discuss that risk with social services.
  reporterAnonymity: choices('reporter', ['named-at-risk'], 'reporter.anonymity'),
  authority: { step: 'authority', kind: 'authority' },
  // The record of the call (WSP c2-p18: a phone report is confirmed in writing): who took it, their
  // team, the council's reference, what happens next, and when. Kept on the contact step or the summary.
  callSpokeTo: text('contactNow'),
  callTeam: text('contactNow'),
  callReference: text('contactNow'),
  callWhatNext: longText('contactNow'),
  // A date and time box: what it keeps is the browser's YYYY-MM-DDTHH:MM, or nothing.
  callAt: { step: 'contactNow', kind: 'dateTime' },
} as const satisfies Record<string, FieldDef>;

export type AnswerField = keyof typeof FIELDS;
export const FIELD_NAMES = Object.keys(FIELDS) as AnswerField[];

export interface Statement {
  text: string;
  basis?: StatementBasis;
}

type ValueOf<F> = F extends { kind: 'choice' | 'hidden'; options: readonly (infer O)[] }
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

/** The fields a form shows and check answers lists: not the hidden ones, nor those not asked for these answers (isAsked). */
export const shownOn = (step: StepId, answers: Answers = {}): AnswerField[] =>
  (STEP_FIELDS[step] ?? []).filter((f) => FIELDS[f].kind !== 'hidden' && isAsked(f, answers));

/**
 * Options that do not apply when the concern is about an unborn baby: they are not offered on its
 * route, an answer left from another route does not count towards going on (answers.ts), and it
 * is not reported (answersOnRoute).
 */
const NOT_FOR_UNBORN: { [K in AnswerField]?: readonly OptionOf<K>[] } = {
  // An unborn baby cannot tell anyone anything (issue 10.7).
  knowledge: ['child-told'],
  // Seed 001 gives these two reasons about the child: "the child could be threatened / coerced into
  // silence" and "the child in question is 'competent' and does not want the parent to be involved
  // at that stage". A competent child "should be consulted" (seed 001); "Children, if competent,
  // should also be consulted and their consent sought" (WSP c2-p16, research 1.5). An unborn baby
  // cannot be competent, give its views or be coerced; any other reason can still be written in.
  consentReasons: ['coerced-silence', 'competent-child-objects'],
};

/**
 * Answers not asked at all when the concern is about an unborn baby. WSP c2p-p5 (Pointers for
 * Practice on consent, research 1.5): a child who objects is listened to about their worries; the
 * fears it names (CHILD_FEARS) are a child's own, and an unborn baby has none to record.
 */
const NOT_ASKED_FOR_UNBORN: readonly AnswerField[] = ['childFears'];

/** Whether a field is asked for these answers. */
export const isAsked = (field: AnswerField, answers: Answers): boolean => !(answers.subject === 'unborn' && NOT_ASKED_FOR_UNBORN.includes(field));

/** The options a choice field offers for these answers: its options in FIELDS, less any that do not apply. */
export function optionsFor<K extends AnswerField>(field: K, answers: Answers): readonly OptionOf<K>[] {
  const def: FieldDef = FIELDS[field];
  if (!('options' in def)) return [];
  const not = answers.subject === 'unborn' ? ((NOT_FOR_UNBORN[field] as readonly string[] | undefined) ?? []) : [];
  return def.options.filter((o) => !not.includes(o)) as OptionOf<K>[];
}
