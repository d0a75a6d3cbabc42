/**
 * The answers a person gives, and what each step requires before Continue.
 *
 * Only the essentials are required (WSP c2-p17: "lack of detail must not prevent reporting");
 * everything else is optional so that missing detail never blocks the way to the contact.
 */
import * as z from 'zod/mini';
import { once } from './once.js';

/** Every question in the wizard, in the order a full child route meets them. */
export const STEP_IDS = [
  'danger',
  'emergency',
  'role',
  'raisedBy',
  'subject',
  'adultAdvice',
  's5Lead',
  's5Child',
  'knowledge',
  'toldBy',
  'publicDuty',
  'harm',
  'whatHappened',
  'childWords',
  'childWishes',
  'childDetails',
  'dspHave',
  'dspReach',
  'dspTalk',
  'dspStillConcerned',
  'consent',
  'consentOutcome',
  'consentReasons',
  'consentWithDsp',
  'childViews',
  'authority',
  'contactNow',
  'checkAnswers',
  'summary',
] as const;
export type StepId = (typeof STEP_IDS)[number];

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

/**
 * Builds the schemas on first use rather than when the bundle loads (building zod schemas costs
 * milliseconds before the first question; issue 5). The element warms them when the page is idle.
 */
function build() {
  const text = z.optional(z.string().check(z.maxLength(200_000)));
  const yesNo = z.enum(['yes', 'no']);

  const statementSchema = z.object({
    text: z.string().check(z.maxLength(200_000)),
    basis: z.optional(z.enum(STATEMENT_BASES)),
  });

  /** All answers. Every field is optional here: which are required depends on the route (see STEP_RULES). */
  const answersSchema = z.object({
    danger: z.optional(yesNo),
    called999: z.optional(yesNo),
    role: z.optional(z.enum(['practitioner', 'dsp'])),
    raisedByName: text,
    raisedByRole: text,
    subject: z.optional(z.enum(['child', 'unborn', 'adult', 'practitioner'])),
    s5AboutLead: z.optional(yesNo),
    s5ChildInvolved: z.optional(yesNo),
    knowledge: z.optional(z.enum(['saw', 'child-told', 'someone-told'])),
    toldBy: z.optional(z.enum(['public', 'practitioner'])),
    harm: z.optional(z.array(z.enum(HARM_TYPES))),
    statements: z.optional(z.array(statementSchema)),
    when: text,
    childWords: text,
    disclosureContext: text,
    childWishes: text,
    childName: text,
    childAge: text,
    childAddress: text,
    childSetting: text,
    carers: text,
    household: text,
    communication: text,
    visitRisk: text,
    dspHave: z.optional(z.enum(['yes', 'no', 'about-dsp'])),
    dspReach: z.optional(z.enum(['spoken', 'unreachable-risky', 'not-yet'])),
    dspName: text,
    dspTime: text,
    dspAgreed: z.optional(z.enum(['dsp-reports', 'together', 'reporter-reports', 'advised-not'])),
    dspReason: text,
    stillConcerned: z.optional(yesNo),
    consent: z.optional(z.enum(['seek', 'not-seek'])),
    consentOutcome: z.optional(z.enum(['given', 'refused', 'could-not-ask'])),
    consentOutcomeDetail: text,
    consentReasons: z.optional(z.array(z.enum(CONSENT_REASONS))),
    consentOtherReason: text,
    consentWithDsp: z.optional(yesNo),
    childCompetent: z.optional(z.enum(['yes', 'no', 'not-sure'])),
    childAsked: z.optional(yesNo),
    childView: text,
    authority: z.optional(z.string().check(z.maxLength(80))),
  });
  return { statementSchema, answersSchema };
}

type Schemas = ReturnType<typeof build>;
const schemas = once(build);

/** One statement: what was seen, said or thought, and which of those it is. */
export const statementSchema = z.lazy(() => schemas().statementSchema);
/** All answers. Every field is optional here: which are required depends on the route (see STEP_RULES). */
export const answersSchema = z.lazy(() => schemas().answersSchema);
export type Statement = z.infer<Schemas['statementSchema']>;
export type Answers = z.infer<Schemas['answersSchema']>;
export type AnswerField = keyof Answers;

/** A problem with one field, named by a message-catalogue key so the UI can say it in any language. */
export interface FieldError {
  field: AnswerField;
  message: string;
}

type Rule = (a: Answers) => FieldError[];

const need =
  (field: AnswerField, message: string): Rule =>
  (a) => {
    const v = a[field];
    const empty = v === undefined || (typeof v === 'string' && v.trim() === '') || (Array.isArray(v) && v.length === 0);
    return empty ? [{ field, message }] : [];
  };

/**
 * What each step requires before Continue. A step not listed requires nothing.
 * Keys of messages are in the catalogue under `error.*`.
 */
export const STEP_RULES: Partial<Record<StepId, Rule[]>> = {
  danger: [need('danger', 'error.danger')],
  emergency: [need('called999', 'error.called999')],
  role: [need('role', 'error.role')],
  // In DSP mode the summary must name who raised the concern (issue: "the summary names both").
  raisedBy: [need('raisedByName', 'error.raisedByName')],
  subject: [need('subject', 'error.subject')],
  s5Lead: [need('s5AboutLead', 'error.s5AboutLead')],
  s5Child: [need('s5ChildInvolved', 'error.s5ChildInvolved')],
  knowledge: [need('knowledge', 'error.knowledge')],
  toldBy: [need('toldBy', 'error.toldBy')],
  harm: [need('harm', 'error.harm')],
  whatHappened: [
    (a) => {
      const first = a.statements?.[0]?.text ?? '';
      return first.trim() === '' ? [{ field: 'statements', message: 'error.statements' }] : [];
    },
  ],
  dspHave: [need('dspHave', 'error.dspHave')],
  dspReach: [need('dspReach', 'error.dspReach')],
  dspTalk: [need('dspName', 'error.dspName'), need('dspAgreed', 'error.dspAgreed')],
  dspStillConcerned: [need('stillConcerned', 'error.stillConcerned'), need('dspReason', 'error.dspReason')],
  consent: [need('consent', 'error.consent')],
  consentOutcome: [need('consentOutcome', 'error.consentOutcome')],
  // seed 001: "If you decide not to seek parental consent, you must record your reason."
  consentReasons: [
    (a) => {
      const other = (a.consentOtherReason ?? '').trim();
      return (a.consentReasons?.length ?? 0) === 0 && other === ''
        ? [{ field: 'consentReasons', message: 'error.consentReasons' }]
        : [];
    },
  ],
  consentWithDsp: [need('consentWithDsp', 'error.consentWithDsp')],
  authority: [need('authority', 'error.authority')],
};

/** The problems that stop a step going on, checked on Continue (GOV.UK: validate on submit). */
export function validateStep(step: StepId, answers: Answers): FieldError[] {
  const parsed = answersSchema.safeParse(answers);
  if (!parsed.success) {
    const field = String(parsed.error.issues[0]?.path[0] ?? 'danger') as AnswerField;
    return [{ field, message: 'error.invalid' }];
  }
  return (STEP_RULES[step] ?? []).flatMap((rule) => rule(parsed.data));
}

/**
 * Steps to ask again when an answer on this step changes, because their meaning depends on it
 * (the hmpo-form-wizard "invalidates" idea). New steps that the change brings onto the route
 * are asked anyway, because they have never been answered.
 */
export const DEPENDENTS: Partial<Record<StepId, StepId[]>> = {
  subject: ['childDetails', 'childViews', 'childWishes'],
  knowledge: ['childWords'],
  dspTalk: ['dspStillConcerned', 'consentWithDsp'],
  consent: ['consentWithDsp'],
  authority: ['contactNow'],
};

/** Which answers each step asks for: one definition for the forms, check answers and the report. */
export const STEP_FIELDS: Partial<Record<StepId, AnswerField[]>> = {
  danger: ['danger'],
  emergency: ['called999'],
  role: ['role'],
  raisedBy: ['raisedByName', 'raisedByRole'],
  subject: ['subject'],
  s5Lead: ['s5AboutLead'],
  s5Child: ['s5ChildInvolved'],
  knowledge: ['knowledge'],
  toldBy: ['toldBy'],
  harm: ['harm'],
  whatHappened: ['statements', 'when'],
  childWords: ['childWords', 'disclosureContext'],
  childWishes: ['childWishes'],
  childDetails: ['childName', 'childAge', 'childAddress', 'childSetting', 'carers', 'household', 'communication', 'visitRisk'],
  dspHave: ['dspHave'],
  dspReach: ['dspReach'],
  dspTalk: ['dspName', 'dspTime', 'dspAgreed'],
  dspStillConcerned: ['dspReason', 'stillConcerned'],
  consent: ['consent'],
  consentOutcome: ['consentOutcome', 'consentOutcomeDetail'],
  consentReasons: ['consentReasons', 'consentOtherReason'],
  consentWithDsp: ['consentWithDsp'],
  childViews: ['childCompetent', 'childAsked', 'childView'],
  authority: ['authority'],
};

/** Only the answers that belong to steps on the route taken: answers left off the route are kept, not reported. */
export function answersOnRoute(answers: Answers, route: readonly StepId[]): Answers {
  const out: Record<string, unknown> = {};
  for (const step of route) for (const f of STEP_FIELDS[step] ?? []) if (answers[f] !== undefined) out[f] = answers[f];
  return out as Answers;
}
