/**
 * The answers a person gives, and what each step requires before Continue.
 *
 * Only the essentials are required (WSP c2-p17: "lack of detail must not prevent reporting");
 * everything else is optional so that missing detail never blocks the way to the contact.
 */
import {
  FIELDS,
  FIELD_NAMES,
  MAX_TEXT,
  STATEMENT_BASES,
  STEP_FIELDS,
  isAsked,
  optionsFor,
  type AnswerField,
  type Answers,
  type FieldDef,
  type StepId,
} from './fields.js';

export { CONSENT_REASONS, HARM_TYPES, STATEMENT_BASES, STEP_FIELDS, STEP_IDS } from './fields.js';
export type { AnswerField, Answers, ConsentReason, HarmType, Statement, StepId } from './fields.js';

/*
 * The shape of the answers is checked here without zod, so the first question does not load it
 * (issue 14): the same rules as `answersSchema` (machines/answers.schema.ts, the zod schema the
 * report schema and a board's tools use), both derived from each field's kind in FIELDS.
 * test/answers-shape.test.ts checks that the two agree, value by value.
 */
/** What a date and time box gives: nothing, or YYYY-MM-DDTHH:MM (seconds if the browser adds them). */
export const DATE_TIME = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?$/;
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown, max = MAX_TEXT): v is string => typeof v === 'string' && v.length <= max;
const isOption = (options: readonly string[], v: unknown): v is string => typeof v === 'string' && options.includes(v);

/** Whether one answer has the shape its kind in FIELDS gives it. */
function fits(def: FieldDef, v: unknown): boolean {
  switch (def.kind) {
    case 'choice':
    case 'hidden':
      return isOption(def.options, v);
    case 'choices':
      return Array.isArray(v) && v.every((o) => isOption(def.options, o));
    case 'statements':
      return Array.isArray(v) && v.every((st) => isObject(st) && isText(st.text) && (st.basis === undefined || isOption(STATEMENT_BASES, st.basis)));
    case 'authority':
      return isText(v, 80);
    case 'dateTime':
      return typeof v === 'string' && DATE_TIME.test(v);
    default:
      return isText(v);
  }
}

/**
 * The first field, in FIELDS order, whose answer has the wrong shape ('danger' when the answers
 * are not an object at all, as zod names no field then); undefined when every answer fits.
 * Fields not in FIELDS are let through, as zod lets them through.
 */
export function misfit(value: unknown): AnswerField | undefined {
  if (!isObject(value)) return 'danger';
  return FIELD_NAMES.find((name) => value[name] !== undefined && !fits(FIELDS[name], value[name]));
}

/** Whether `value` has the shape of answers (every field optional). */
export const isAnswers = (value: unknown): value is Answers => misfit(value) === undefined;

/** The answers in `value` that FIELDS knows, with statements keeping only their text and basis (what zod's parse returns). */
export function knownAnswers(value: Answers): Answers {
  const out: Record<string, unknown> = {};
  for (const name of FIELD_NAMES) {
    const v = value[name];
    if (v === undefined) continue;
    out[name] = name === 'statements' ? (v as Answers['statements'])!.map(({ text, basis }) => (basis === undefined ? { text } : { text, basis })) : v;
  }
  return out as Answers;
}

/** A problem with one field, named by a message-catalogue key so the UI can say it in any language. */
export interface FieldError {
  field: AnswerField;
  message: string;
}

type Rule = (a: Answers) => FieldError[];

/** WSP c2-p15: the reporter has said that being named would put them at risk. */
export const namedAtRisk = (a: Answers): boolean => (a.reporterAnonymity ?? []).includes('named-at-risk');

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
  // DOMAIN.md 6 (seed 001): every consent decision is recorded with who decided; in DSP mode, the DSP with the person who raised it.
  raisedBy: [need('raisedByName', 'error.raisedByName'), need('dspOwnName', 'error.dspOwnName')],
  subject: [need('subject', 'error.subject')],
  crime: [need('crime', 'error.crime')],
  police: [need('policeTold', 'error.policeTold')],
  s5Lead: [need('s5AboutLead', 'error.s5AboutLead')],
  // Section 5: the concern itself must be recorded (WSP s5-i-7: "record the details factually").
  s5Concern: [need('s5What', 'error.s5What')],
  s5Child: [need('s5ChildInvolved', 'error.s5ChildInvolved')],
  knowledge: [
    need('knowledge', 'error.knowledge'),
    // Only a way of knowing that is offered: an unborn baby cannot tell anyone anything (issue 10.7; fields.ts).
    (a) => (a.knowledge !== undefined && !optionsFor('knowledge', a).includes(a.knowledge) ? [{ field: 'knowledge', message: 'error.knowledge' }] : []),
  ],
  toldBy: [need('toldBy', 'error.toldBy')],
  colleagueReported: [need('colleagueReported', 'error.colleagueReported')],
  harm: [need('harm', 'error.harm')],
  whatHappened: [
    (a) => {
      const first = a.statements?.[0]?.text ?? '';
      return first.trim() === '' ? [{ field: 'statements', message: 'error.statements' }] : [];
    },
  ],
  knownChild: [
    // "No" and "Not sure" are answers on their own, not alongside the ways a child is known.
    (a) => {
      const known = a.knownTo ?? [];
      const alone = known.includes('no') || known.includes('not-sure');
      return alone && known.length > 1 ? [{ field: 'knownTo', message: 'error.knownTo' }] : [];
    },
  ],
  dspHave: [need('dspHave', 'error.dspHave')],
  otherManager: [need('otherManager', 'error.otherManager')],
  dspReach: [need('dspReach', 'error.dspReach')],
  dspTalk: [need('dspName', 'error.dspName'), need('dspAgreed', 'error.dspAgreed')],
  dspCheck: [need('dspReportWhen', 'error.dspReportWhen')],
  dspStillConcerned: [need('stillConcerned', 'error.stillConcerned'), need('dspReason', 'error.dspReason')],
  consentPointers: [need('reportRisk', 'error.reportRisk')],
  consent: [need('consent', 'error.consent')],
  consentOutcome: [need('consentOutcome', 'error.consentOutcome')],
  // seed 001: "If you decide not to seek parental consent, you must record your reason." Only a
  // reason offered counts: one about a competent or coerced child, left from the child's route, does
  // not apply to an unborn baby (fields.ts), so another is needed.
  consentReasons: [
    (a) => {
      const other = (a.consentOtherReason ?? '').trim();
      const offered = optionsFor('consentReasons', a);
      return !(a.consentReasons ?? []).some((r) => offered.includes(r)) && other === ''
        ? [{ field: 'consentReasons', message: 'error.consentReasons' }]
        : [];
    },
  ],
  consentWithDsp: [need('consentWithDsp', 'error.consentWithDsp')],
  // WSP c2-p15: practitioners cannot remain anonymous "unless being named would put them at risk";
  // the council needs to call back. Where being named is a risk, nothing here is required.
  reporter: [
    (a) => (namedAtRisk(a) ? [] : need('reporterName', 'error.reporterName')(a)),
    (a) =>
      namedAtRisk(a) || (a.reporterPhone ?? '').trim() || (a.reporterEmail ?? '').trim() ? [] : [{ field: 'reporterPhone', message: 'error.reporterPhone' }],
  ],
  authority: [need('authority', 'error.authority')],
};

/** The problems that stop a step going on, checked on Continue (GOV.UK: validate on submit). */
export function validateStep(step: StepId, answers: Answers): FieldError[] {
  const field = misfit(answers);
  if (field) return [{ field, message: 'error.invalid' }];
  return (STEP_RULES[step] ?? []).flatMap((rule) => rule(answers));
}

/**
 * Steps to ask again when an answer on this step changes, because their meaning depends on it
 * (the hmpo-form-wizard "invalidates" idea). New steps that the change brings onto the route
 * are asked anyway, because they have never been answered.
 */
export const DEPENDENTS: Partial<Record<StepId, StepId[]>> = {
  subject: ['crime', 'knowledge', 'childDetails', 'knownChild', 'childViews'],
  crime: ['police'],
  knowledge: ['childWords'],
  dspTalk: ['dspCheck', 'dspStillConcerned', 'consentWithDsp'],
  consent: ['consentWithDsp'],
  authority: ['contactNow'],
};

/**
 * Only the answers that belong to steps on the route taken and are asked for these answers
 * (isAsked), and of a choice only the options it offers (optionsFor): answers left off the route,
 * or left from another route (a competent child's reason, or fears, before the concern became an
 * unborn baby), are kept, not reported.
 */
export function answersOnRoute(answers: Answers, route: readonly StepId[]): Answers {
  const out: Record<string, unknown> = {};
  for (const step of route)
    for (const f of STEP_FIELDS[step] ?? []) {
      const v = answers[f];
      if (v === undefined || !isAsked(f, answers)) continue;
      const def: FieldDef = FIELDS[f];
      // An option the field has but does not offer here is dropped; anything else is kept as it is
      // (a value that is no option at all is left for the report's schema to refuse).
      const offered: readonly string[] = optionsFor(f, answers);
      const notOffered = (o: unknown) => def.kind !== 'hidden' && 'options' in def && def.options.includes(o as string) && !offered.includes(o as string);
      if (Array.isArray(v)) out[f] = (v as unknown[]).filter((o) => !notOffered(o));
      else if (!notOffered(v)) out[f] = v;
    }
  return out as Answers;
}
