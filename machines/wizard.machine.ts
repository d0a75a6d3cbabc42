/**
 * The whole decision path of the duty to report, as an XState v5 statechart. It runs the report:
 * it holds the answers and the directory, works out who to contact now when that step is reached,
 * and builds the report at the summary. The element only draws snapshots and sends events.
 *
 * Two regions run side by side:
 * - `step`: one state per question, with the DSP questions and the consent questions each nested
 *   in a phase of their own. Continue follows the route table (route.ts), whose rules name their
 *   sources.
 * - `mode`: `answering`, or `editing` after "Change" on check answers. When editing, Continue goes
 *   to `resume`, which passes through the questions already answered and stops at the first one
 *   that is new on the route, or depended on the changed answer (DEPENDENTS), or at check answers.
 *
 * Back pops the history kept in context. The time of each decision comes with its event (`at`);
 * what has no event time (an entry after Back, a host's change) uses the clock from `input`.
 */
import { assign, emit, fromPromise, setup, stateIn, type SnapshotFrom } from 'xstate';
import { DEPENDENTS, isAnswers, validateStep, type FieldError } from './answers.js';
import { buildReport, contactFor } from './build-report.js';
import { consentRecord, type ConsentRecord } from './consent-record.js';
import type { ContactNow } from './contact-now.js';
import type { Directory, Holidays } from './directory.schema.js';
import { SECTIONS, STEPS, STEP_FIELDS, STEP_IDS, type Answers, type Section, type StepId } from './fields.js';
import type { Report } from './report.schema.js';
import { FLOW, ROUTE_RULES, isQuestion, nextStep, type Next, type QuestionStep, type RouteRule } from './route.js';

export interface WizardEnv {
  /** The directory in use: the shipped one with a board's own merged over it, limited to a region. */
  directory: Directory;
  holidays?: Holidays;
  /** The clock, for what no event carries a time for. */
  clock: () => Date;
}

export interface WizardContext extends WizardEnv {
  answers: Answers;
  /** The answers a run starts with (the consent walk-through starts as a DSP): "Start again" keeps them. */
  initial: Answers;
  /** Steps before the current one on the route taken, oldest first. */
  history: StepId[];
  /** Steps answered at least once and not made stale by a change (edit mode passes through these). */
  visited: StepId[];
  /** When each step was last answered (ISO 8601 instant): the time of each decision. */
  times: Partial<Record<StepId, string>>;
  errors: FieldError[];
  /** Who to contact now, worked out on reaching the contact step (and again if the directory changes there). */
  contact?: ContactNow;
  /** The report so far, built with the contact: the contact step reads out its answers while the person is on the phone. */
  soFar?: Report;
  /** The completed report, built on reaching the summary. */
  report?: Report;
  /** The consent decision record, made on reaching the end of the consent walk-through (issue 10.10). */
  consentRecord?: ConsentRecord;
  /** Whether the report passed the exported schema: `checking` until the check has run. */
  reportCheck?: 'checking' | 'valid' | 'invalid';
  /** The contact at the summary differs from the one shown on the contact step (the office closed meanwhile). */
  contactChanged?: boolean;
}

export type WizardEvent =
  | { type: 'step.submit'; values: Answers; at: string }
  | { type: 'nav.back'; values?: Answers }
  /** Keeps what is typed on the current step without going on (language switch, removing a statement). */
  | { type: 'draft.update'; values: Answers }
  | { type: 'nav.change'; step: StepId }
  | { type: 'wizard.restart' }
  | { type: 'wizard.exit' }
  /** From the consent decision record, on into the full report (issue 10.10). */
  | { type: 'walk.continue' }
  /** The record of the call, kept from the summary: the report is built and checked again. */
  | { type: 'call.record'; values: Answers }
  /** The host page changed the directory, the bank holidays or the clock. */
  | ({ type: 'env.update' } & Partial<WizardEnv>);

/** What the machine tells its host. */
export type WizardEmitted =
  | { type: 'report.complete'; report: Report }
  | { type: 'report.invalid'; report: Report; issues: unknown[] };

export interface WizardInput extends WizardEnv {
  answers?: Answers;
}

/** The answers as they will be once this event's values are taken in. */
const answersWith = (context: WizardContext, event: WizardEvent): Answers =>
  event.type === 'step.submit' ? { ...context.answers, ...event.values } : context.answers;

/** The moment of an event: its own time when it carries one, else the clock's. */
const momentOf = (context: WizardContext, event: WizardEvent): Date =>
  event.type === 'step.submit' ? new Date(event.at) : context.clock();

const freshRun = (env: WizardEnv, answers: Answers = {}): WizardContext => ({
  ...env,
  answers,
  initial: answers,
  history: [],
  visited: [],
  times: {},
  errors: [],
});

const envOf = (c: WizardContext): WizardEnv => ({ directory: c.directory, holidays: c.holidays, clock: c.clock });

/** A step answered before, whose answers are still complete: edit mode passes through it. */
const settled = (context: WizardContext, step: StepId) => context.visited.includes(step) && validateStep(step, context.answers).length === 0;

/**
 * Edit mode, after Continue on `from`: the questions passed through because they are already
 * answered, and the first to ask (a question, or check answers when nothing is left).
 */
export function resumeFrom(context: WizardContext, from: QuestionStep): { passed: StepId[]; ask: StepId } {
  const passed: StepId[] = [];
  let step = nextStep(from, context);
  while (isQuestion(step) && settled(context, step) && passed.length < STEP_IDS.length) {
    passed.push(step);
    step = nextStep(step, { answers: context.answers, history: [...context.history, ...passed] });
  }
  return { passed, ask: step };
}

/** On the contact step: who to contact now, and the report so far, from the steps taken before it. */
function atContact(context: WizardContext, at: Date): Pick<WizardContext, 'contact' | 'soFar'> {
  const soFar = buildReport(
    { answers: context.answers, route: context.history, times: context.times },
    { directory: context.directory, holidays: context.holidays, now: at },
  );
  return { contact: contactFor(context, at), soFar };
}

/** The route rules as XState guards, reading the answers as they will be after this event. */
const routeGuards = Object.fromEntries(
  Object.entries(ROUTE_RULES).map(([name, rule]) => [
    name,
    ({ context, event }: { context: WizardContext; event: WizardEvent }) => rule({ answers: answersWith(context, event), history: context.history }),
  ]),
) as Record<RouteRule, (args: { context: WizardContext; event: WizardEvent }) => boolean>;

/** Only the call's own fields: the summary's form can change nothing else. */
const pickCall = (values: Answers): Answers =>
  Object.fromEntries((STEP_FIELDS.contactNow ?? []).filter((f) => values[f] !== undefined).map((f) => [f, values[f]])) as Answers;

/** Keeps what was typed on Back or a failed Continue, when it has the right shape. */
function draft(answers: Answers, values: Answers | undefined): Answers {
  if (!values) return answers;
  const merged = { ...answers, ...values };
  return isAnswers(merged) ? merged : answers;
}

type CheckOutput = { valid: true; report: Report } | { valid: false; issues: unknown[] };
/** The output of the report check, from its done event. */
const checkOutput = (event: unknown) => (event as { output: CheckOutput }).output;

const lastQuestion = (context: WizardContext) => context.history.at(-1) as QuestionStep;

/**
 * In DSP mode the DSP answering is the one reporting: the name they give on the first step is
 * filled in as the reporter's, so it is not asked twice (issue 10.10: "without asking anything
 * twice"). A name already given as the reporter's is kept.
 */
function withReporterFromDsp(step: StepId, answers: Answers): Answers {
  const own = answers.dspOwnName?.trim();
  return step === 'raisedBy' && own && !answers.reporterName?.trim() ? { ...answers, reporterName: answers.dspOwnName } : answers;
}

const machineSetup = setup({
  types: {
    context: {} as WizardContext,
    events: {} as WizardEvent,
    input: {} as WizardInput,
    emitted: {} as WizardEmitted,
  },
  actors: {
    /** Checks the report against the exported schema; zod is loaded only for this, near the end. */
    checkReport: fromPromise(async ({ input }: { input: Report }) => {
      const { reportSchema } = await import('./report.schema.js');
      const checked = reportSchema.safeParse(input);
      return checked.success ? { valid: true as const, report: checked.data } : { valid: false as const, issues: checked.error.issues as unknown[] };
    }),
  },
  guards: {
    ...routeGuards,
    editing: stateIn('#editing'),
    continuing: stateIn('#continuing'),
    invalid: ({ context, event }, params: { step: StepId }) => validateStep(params.step, answersWith(context, event)).length > 0,
    previousIs: ({ context }, params: { step: StepId }) => context.history.at(-1) === params.step,
    // Only an answer on the route taken can be changed.
    changeIs: ({ context, event }, params: { step: StepId }) =>
      event.type === 'nav.change' && event.step === params.step && context.history.includes(params.step),
    resumeAt: ({ context }, params: { step: StepId }) => resumeFrom(context, lastQuestion(context)).ask === params.step,
  },
  actions: {
    setErrors: assign(({ context, event }, params: { step: StepId }) => ({
      errors: validateStep(params.step, answersWith(context, event)),
      answers: draft(context.answers, event.type === 'step.submit' ? event.values : undefined),
    })),
    save: assign(({ context, event }, params: { step: StepId; editing?: boolean; continuing?: boolean }) => {
      if (event.type !== 'step.submit') return {};
      // The walk-through starts only while first answering (offersConsentOnly): a "consent only"
      // sent while changing an answer, or going on from the record, is not taken.
      const values = params.editing || params.continuing ? (Object.fromEntries(Object.entries(event.values).filter(([k]) => k !== 'purpose')) as Answers) : event.values;
      const changed = Object.entries(values).some(
        ([k, v]) => JSON.stringify(context.answers[k as keyof Answers]) !== JSON.stringify(v),
      );
      // A changed answer makes the questions that depended on it stale: they are asked again.
      const stale = params.editing && changed ? (DEPENDENTS[params.step] ?? []) : [];
      return {
        answers: withReporterFromDsp(params.step, { ...context.answers, ...values }),
        times: { ...context.times, [params.step]: event.at },
        visited: [...context.visited.filter((s) => s !== params.step && !stale.includes(s)), params.step],
        errors: [],
      };
    }),
    pushHistory: assign(({ context }, params: { step: StepId }) => ({ history: [...context.history, params.step] })),
    passThrough: assign(({ context }) => ({ history: [...context.history, ...resumeFrom(context, lastQuestion(context)).passed] })),
    goBack: assign(({ context, event }) => ({
      history: context.history.slice(0, -1),
      answers: draft(context.answers, event.type === 'nav.back' ? event.values : undefined),
      errors: [],
    })),
    startEdit: assign(({ context }, params: { step: StepId }) => {
      const at = context.history.indexOf(params.step);
      return { history: at >= 0 ? context.history.slice(0, at) : context.history, errors: [] };
    }),
    recordCall: assign(({ context, event }) => ({
      answers: draft(context.answers, event.type === 'call.record' ? pickCall(event.values) : undefined),
    })),
    keepDraft: assign(({ context, event }) => ({
      answers: draft(context.answers, event.type === 'draft.update' ? event.values : undefined),
    })),
    confirmed: assign(({ context, event }) => ({
      times: { ...context.times, checkAnswers: event.type === 'step.submit' ? event.at : context.times.checkAnswers },
      visited: [...context.visited.filter((s) => s !== 'checkAnswers'), 'checkAnswers' as const],
    })),
    updateEnv: assign(({ context, event }) => {
      if (event.type !== 'env.update') return {};
      const { directory = context.directory, holidays = context.holidays, clock = context.clock } = event;
      return { directory, holidays, clock };
    }),
    // WSP c2-p6: the IAA service in its hours, the Emergency Duty Team outside them.
    computeContact: assign(({ context, event }) => atContact(context, momentOf(context, event))),
    // DOMAIN.md 8: every decision with its reason and time, the contact now and what next.
    completeReport: assign(({ context, event }) => {
      const now = momentOf(context, event);
      const report = buildReport(
        { answers: context.answers, route: context.history, times: context.times },
        { directory: context.directory, holidays: context.holidays, now },
      );
      const before = context.contact;
      const contactChanged =
        before !== undefined && (before.which !== report.contact.which || before.contact?.phone !== report.contact.contact?.phone);
      return { report, contactChanged, reportCheck: 'checking' as const };
    }),
    reportChecked: assign(({ event }) => ({ reportCheck: checkOutput(event).valid ? ('valid' as const) : ('invalid' as const) })),
    // The host receives only a report that passes the exported schema; the person still gets their summary.
    tellHost: emit(({ context, event }): WizardEmitted => {
      const output = checkOutput(event);
      return output.valid ? { type: 'report.complete', report: output.report } : { type: 'report.invalid', report: context.report!, issues: output.issues };
    }),
    reportFailed: emit(({ context, event }) => ({
      type: 'report.invalid' as const,
      report: context.report!,
      issues: [(event as unknown as { error: unknown }).error],
    })),
    // Everything made from the answers goes with them (quick exit wipes memory; Start again begins anew).
    reset: assign(({ context }) => ({
      ...freshRun(envOf(context), context.initial),
      contact: undefined,
      soFar: undefined,
      report: undefined,
      reportCheck: undefined,
      contactChanged: undefined,
      consentRecord: undefined,
    })),
    recordConsent: assign(({ context }) => ({ consentRecord: consentRecord(context.answers, context.times, context.history) })),
    // The walk-through's first steps are the report's too; the rest is passed through when it is reached.
    continueReport: assign(({ context }) => ({
      answers: { ...context.answers, purpose: 'report' as const, role: 'dsp' as const },
      history: [...context.history.filter((s) => s === 'danger' || s === 'emergency'), 'role' as const, 'raisedBy' as const],
      visited: [...new Set([...context.visited, 'role' as const])],
    })),
  },
});

/** One question's state: Continue checks the step, then follows the route (or resumes, when editing). */
function questionState(step: QuestionStep, next: Next[]) {
  const save = { type: 'save', params: { step } } as const;
  const push = { type: 'pushHistory', params: { step } } as const;
  return {
    id: step,
    tags: [STEPS[step]],
    on: {
      'step.submit': [
        { guard: { type: 'invalid', params: { step } } as const, actions: { type: 'setErrors', params: { step } } as const },
        { guard: 'editing' as const, target: '#resume', actions: [{ type: 'save', params: { step, editing: true } } as const, push] },
        // On from the consent record into the full report: what the walk-through answered is not asked again.
        { guard: 'continuing' as const, target: '#resume', actions: [{ type: 'save', params: { step, continuing: true } } as const, push] },
        ...next.map((n) => ({ guard: n.rule, target: `#${n.target}`, actions: [save, push] })),
      ],
    },
  };
}

const question = (step: QuestionStep) => questionState(step, FLOW[step]);
const questions = (steps: QuestionStep[]) => Object.fromEntries(steps.map((s) => [s, question(s)]));

/** Steps that can be changed from check answers: every question except the contact step. */
export const CHANGEABLE_STEPS = STEP_IDS.filter((s) => isQuestion(s) && s !== 'contactNow');

const DSP_PHASE: QuestionStep[] = ['dspHave', 'otherManager', 'dspReach', 'dspTalk', 'dspCheck', 'dspStillConcerned'];
const CONSENT_PHASE: QuestionStep[] = ['consentPointers', 'consent', 'consentOutcome', 'consentReasons', 'consentWithDsp', 'childViews'];
const OTHER_QUESTIONS = (Object.keys(FLOW) as QuestionStep[]).filter((s) => !DSP_PHASE.includes(s) && !CONSENT_PHASE.includes(s) && s !== 'contactNow');

export const wizardMachine = machineSetup.createMachine({
  id: 'wizard',
  type: 'parallel',
  context: ({ input }) => freshRun(input, input.answers),
  on: {
    'nav.back': STEP_IDS.map((step) => ({
      guard: { type: 'previousIs' as const, params: { step } },
      target: [`#${step}`, '#answering'],
      actions: 'goBack' as const,
    })),
    'draft.update': { actions: 'keepDraft' },
    'env.update': { actions: 'updateEnv' },
    'wizard.restart': { target: ['#danger', '#answering'], actions: 'reset' },
    // Quick exit wipes every answer from memory before the page is replaced.
    'wizard.exit': { target: ['#exited', '#left'], actions: 'reset' },
  },
  states: {
    mode: {
      initial: 'answering',
      states: {
        answering: { id: 'answering' },
        editing: { id: 'editing' },
        continuing: { id: 'continuing' },
        // Quick exit ends the run: both regions final, so the actor is done.
        left: { id: 'left', type: 'final' },
      },
    },
    step: {
      initial: 'danger',
      states: {
        ...questions(OTHER_QUESTIONS),
        // WSP c2-p13: talk to the Designated Safeguarding Person, unless that is not possible or not right.
        dspPhase: { initial: 'dspHave', states: questions(DSP_PHASE) },
        // Seed 001, WSP c2-p16: the consent decision, its reasons, and the child's views.
        consentPhase: { initial: 'consent', states: questions(CONSENT_PHASE) },
        contactNow: {
          ...question('contactNow'),
          entry: 'computeContact',
          // A host that changes the directory while the contact is shown gets it worked out again.
          on: { ...question('contactNow').on, 'env.update': { actions: ['updateEnv', 'computeContact'] } },
        },
        // Edit mode: pass through what is already answered, to the first question to ask.
        resume: {
          id: 'resume',
          always: [
            ...[...CHANGEABLE_STEPS, 'contactNow' as const].map((step) => ({
              guard: { type: 'resumeAt' as const, params: { step } },
              target: `#${step}`,
              actions: 'passThrough' as const,
            })),
            { target: ['#checkAnswers', '#answering'], actions: 'passThrough' as const },
          ],
        },
        // The end of the consent walk-through: the decision record, to print or save, or go on with.
        consentRecord: {
          id: 'consentRecord',
          entry: 'recordConsent',
          on: { 'walk.continue': { target: ['#subject', '#continuing'], actions: 'continueReport' } },
        },
        checkAnswers: {
          id: 'checkAnswers',
          on: {
            'nav.change': CHANGEABLE_STEPS.map((step) => ({
              guard: { type: 'changeIs' as const, params: { step } },
              target: [`#${step}`, '#editing'],
              actions: { type: 'startEdit' as const, params: { step } },
            })),
            // Confirm takes no answers: only its time is kept.
            'step.submit': {
              target: '#summary',
              actions: ['confirmed', { type: 'pushHistory', params: { step: 'checkAnswers' } }],
            },
          },
        },
        summary: {
          id: 'summary',
          entry: 'completeReport',
          // Re-entered so the report is built and checked again, and the host told of the new version.
          on: { 'call.record': { target: '#summary', reenter: true, actions: 'recordCall' } },
          invoke: {
            src: 'checkReport',
            input: ({ context }) => context.report!,
            onDone: { actions: ['reportChecked', 'tellHost'] },
            onError: { actions: 'reportFailed' },
          },
        },
        exited: { id: 'exited', type: 'final' },
      },
    },
  },
});

export type WizardMachine = typeof wizardMachine;
export type WizardSnapshot = SnapshotFrom<WizardMachine>;

/**
 * Issue 10.10: a DSP is offered "Only the consent decision for now" on who raised the concern while
 * first answering; not while changing an answer from check answers, nor going on from the record.
 */
export const offersConsentOnly = (s: WizardSnapshot): boolean =>
  s.context.answers.role === 'dsp' && s.context.answers.purpose !== 'consent' && s.matches({ mode: 'answering' });

/** The step shown: the innermost state of the `step` region. */
export function stepOf(snapshot: Pick<WizardSnapshot, 'value'>): StepId | 'exited' {
  let value: unknown = (snapshot.value as { step: unknown }).step;
  while (value && typeof value === 'object') value = Object.values(value)[0];
  return value as StepId | 'exited';
}

export interface Progress {
  /** 1 for the first part. */
  part: number;
  of: number;
  section: Section;
}

/**
 * "Part 3 of 6: the concern". Each question carries its part as a tag, so the count comes from the
 * state the machine is in, and never grows as the person goes on. Check answers and the summary
 * have none.
 */
export function progressOf(snapshot: Pick<WizardSnapshot, 'hasTag'>): Progress | undefined {
  const index = SECTIONS.findIndex((s) => snapshot.hasTag(s));
  return index < 0 ? undefined : { part: index + 1, of: SECTIONS.length, section: SECTIONS[index]! };
}

/** A snapshot at `step` with this run's answers (a restored draft): the state value is found from the step's id. */
export function snapshotAt(step: StepId, context: WizardContext): WizardSnapshot {
  // Resolving a state runs no entry action: the contact step's and the consent record's are run here.
  if (step === 'contactNow') context = { ...context, ...atContact(context, context.clock()) };
  if (step === 'consentRecord') context = { ...context, consentRecord: consentRecord(context.answers, context.times, context.history) };
  const path = wizardMachine.getStateNodeById(step).path; // ['step', 'dspPhase', 'dspTalk']
  const stepValue = path.slice(1).reduceRight<unknown>((inner, key) => (inner === undefined ? key : { [key]: inner }), undefined);
  return wizardMachine.resolveState({ value: { mode: 'answering', step: stepValue } as never, context });
}
