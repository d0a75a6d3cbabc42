/**
 * The answers a person gives, and what each step requires before Continue.
 *
 * Only the essentials are required (WSP c2-p17: "lack of detail must not prevent reporting");
 * everything else is optional so that missing detail never blocks the way to the contact.
 */
import * as z from 'zod/mini';
import { once } from './once.js';

import {
  FIELDS,
  FIELD_NAMES,
  MAX_TEXT,
  STATEMENT_BASES,
  STEP_FIELDS,
  type AnswerField,
  type Answers,
  type FieldDef,
  type StepId,
} from './fields.js';

export { CONSENT_REASONS, HARM_TYPES, STATEMENT_BASES, STEP_FIELDS, STEP_IDS } from './fields.js';
export type { AnswerField, Answers, ConsentReason, HarmType, Statement, StepId } from './fields.js';

/** The zod schema of one field, from its kind in FIELDS. */
function fieldSchema(def: FieldDef) {
  const text = z.string().check(z.maxLength(MAX_TEXT));
  switch (def.kind) {
    case 'choice':
      return z.enum(def.options as [string, ...string[]]);
    case 'choices':
      return z.array(z.enum(def.options as [string, ...string[]]));
    case 'statements':
      return z.array(z.object({ text, basis: z.optional(z.enum(STATEMENT_BASES)) }));
    case 'authority':
      return z.string().check(z.maxLength(80));
    default:
      return text;
  }
}

/**
 * Builds the schema on first use rather than when the bundle loads (building zod schemas costs
 * milliseconds before the first question; issue 5). The element warms it when the page is idle.
 */
const schema = once(() =>
  z.object(Object.fromEntries(FIELD_NAMES.map((name) => [name, z.optional(fieldSchema(FIELDS[name]))]))),
);

/** All answers, derived from FIELDS. Every field is optional here: which are required depends on the route (see STEP_RULES). */
export const answersSchema = z.lazy(() => schema()) as unknown as z.ZodMiniType<Answers>;

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

/** Only the answers that belong to steps on the route taken: answers left off the route are kept, not reported. */
export function answersOnRoute(answers: Answers, route: readonly StepId[]): Answers {
  const out: Record<string, unknown> = {};
  for (const step of route) for (const f of STEP_FIELDS[step] ?? []) if (answers[f] !== undefined) out[f] = answers[f];
  return out as Answers;
}
