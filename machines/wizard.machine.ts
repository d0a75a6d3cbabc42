/**
 * The whole decision path of the duty to report, as an XState v5 statechart.
 *
 * One state per question. Forward transitions carry named guards that read the answers; the
 * comment on each guard names the rule's source. The machine knows nothing of the DOM: the UI
 * sends `step.submit` with the step's values and the time, and reads the snapshot.
 *
 * Back pops a history kept in context. "Change" (from check answers) enters edit mode, in which
 * steps already answered are passed through by eventless transitions, so only the questions that
 * are new on the route, or that depended on the changed answer, are asked again.
 */
import { and, assign, setup } from 'xstate';
import {
  DEPENDENTS,
  STEP_IDS,
  answersSchema,
  validateStep,
  type Answers,
  type FieldError,
  type StepId,
} from './answers.js';

export interface WizardContext {
  answers: Answers;
  /** Steps before the current one on the route taken, oldest first. */
  history: StepId[];
  /** Steps answered at least once (edit mode passes through these). */
  visited: StepId[];
  /** When each step was last answered (ISO 8601 instant): the time of each decision. */
  times: Partial<Record<StepId, string>>;
  errors: FieldError[];
  /** The step being changed from check answers, or null. */
  editing: StepId | null;
}

export type WizardEvent =
  | { type: 'step.submit'; values: Answers; at: string }
  | { type: 'nav.back'; values?: Answers }
  /** Keeps what is typed on the current step without going on (language switch, removing a statement). */
  | { type: 'draft.update'; values: Answers }
  | { type: 'nav.change'; step: StepId }
  | { type: 'wizard.restart' }
  | { type: 'wizard.exit' };

export interface WizardInput {
  answers?: Answers;
}

/** The answers as they will be once this event's values are taken in. */
const answersWith = (context: WizardContext, event: WizardEvent): Answers =>
  event.type === 'step.submit' ? { ...context.answers, ...event.values } : context.answers;

type GuardArgs = { context: WizardContext; event: WizardEvent };
const when =
  (test: (a: Answers, context: WizardContext) => boolean) =>
  ({ context, event }: GuardArgs) =>
    test(answersWith(context, event), context);

const emptyContext = (answers: Answers = {}): WizardContext => ({
  answers,
  history: [],
  visited: [],
  times: {},
  errors: [],
  editing: null,
});

/** The guards that choose the route; each names the rule's source. */
const routeGuards = {
    // WSP c2-p7; seed 001: "If you think a child or young person is in immediate danger then contact the Police on 999".
    dangerYes: when((a) => a.danger === 'yes'),
    // Seed 001: the DSP "should be consulted"; in DSP mode the DSP records who raised the concern.
    isDsp: when((a) => a.role === 'dsp'),
    // Adults at risk are a separate duty (SSWBA s.126, WSP adults a2-p2).
    aboutAdult: when((a) => a.subject === 'adult'),
    // Concerns about a practitioner or person in a position of trust: Section 5 (seed 001).
    aboutPractitioner: when((a) => a.subject === 'practitioner'),
    // Section 5: if a specific child is involved, the child report is made as well (WSP s5-i-7).
    childInvolved: when((a) => a.s5ChildInvolved === 'yes'),
    someoneElseTold: when((a) => a.knowledge === 'someone-told'),
    // Seed 001: practitioners must not leave it to the member of the public to contact social services.
    publicTold: when((a) => a.toldBy === 'public'),
    // WSP c2-p12: record a disclosure in the child's exact words.
    childTold: when((a) => a.knowledge === 'child-told'),
    // In DSP mode, or when the Section 5 concern is about the safeguarding lead, there is no DSP to consult
    // (WSP c2-p13: go straight to social services when the concern relates to the DSP).
    skipDsp: when((a) => a.role === 'dsp' || (a.subject === 'practitioner' && a.s5AboutLead === 'yes')),
    hasDsp: when((a) => a.dspHave === 'yes'),
    spokeToDsp: when((a) => a.dspReach === 'spoken'),
    // The duty is personal: if the DSP advises not to report, the reporter decides whether they are still concerned (WSP c2-p13).
    dspAdvisedNot: when((a) => a.dspAgreed === 'advised-not'),
    stillConcerned: when((a) => a.stillConcerned === 'yes'),
    // Seed 001: try to get the parents' consent unless it would increase the risk of harm to the child.
    seekConsent: when((a) => a.consent === 'seek'),
    // Seed 001: discuss with the DSP whether to seek consent; record who decided.
    consentDecidedWithDspAsk: when(
      (a, c) => a.role !== 'dsp' && a.dspReach === 'spoken' && c.history.includes('dspTalk'),
    ),
    // Seed 001: a competent child should be consulted; an unborn child has no views to record.
    childViewsApply: when((a) => a.subject !== 'unborn'),
};
type RouteGuard = keyof typeof routeGuards;

const machineSetup = setup({
  types: {
    context: {} as WizardContext,
    events: {} as WizardEvent,
    input: {} as WizardInput,
  },
  guards: {
    ...routeGuards,
    invalid: ({ context, event }, params: { step: StepId }) =>
      validateStep(params.step, answersWith(context, event)).length > 0,
    // Edit mode passes only through steps answered before whose answers are still complete: an
    // answer emptied on the way Back is asked again, never skipped.
    skipping: ({ context }, params: { step: StepId }) =>
      context.editing !== null &&
      context.editing !== params.step &&
      context.visited.includes(params.step) &&
      validateStep(params.step, context.answers).length === 0,
    previousIs: ({ context }, params: { step: StepId }) => context.history.at(-1) === params.step,
    // Only an answer on the route taken can be changed.
    changeIs: ({ context, event }, params: { step: StepId }) =>
      event.type === 'nav.change' && event.step === params.step && context.history.includes(params.step),
  },
  actions: {
    setErrors: assign(({ context, event }, params: { step: StepId }) => ({
      errors: validateStep(params.step, answersWith(context, event)),
      answers: draft(context.answers, event.type === 'step.submit' ? event.values : undefined),
    })),
    save: assign(({ context, event }, params: { step: StepId }) => {
      if (event.type !== 'step.submit') return {};
      const changed = Object.entries(event.values).some(
        ([k, v]) => JSON.stringify(context.answers[k as keyof Answers]) !== JSON.stringify(v),
      );
      const stale = context.editing && changed ? (DEPENDENTS[params.step] ?? []) : [];
      return {
        answers: { ...context.answers, ...event.values },
        times: { ...context.times, [params.step]: event.at },
        visited: [...context.visited.filter((s) => s !== params.step && !stale.includes(s)), params.step],
        errors: [],
      };
    }),
    pushHistory: assign(({ context }, params: { step: StepId }) => ({ history: [...context.history, params.step] })),
    goBack: assign(({ context, event }) => ({
      history: context.history.slice(0, -1),
      answers: draft(context.answers, event.type === 'nav.back' ? event.values : undefined),
      errors: [],
      editing: null,
    })),
    startEdit: assign(({ context }, params: { step: StepId }) => {
      const at = context.history.indexOf(params.step);
      return { editing: params.step, history: at >= 0 ? context.history.slice(0, at) : context.history, errors: [] };
    }),
    keepDraft: assign(({ context, event }) => ({
      answers: draft(context.answers, event.type === 'draft.update' ? event.values : undefined),
    })),
    stopEdit: assign({ editing: null }),
    confirmed: assign(({ context, event }) => ({
      times: { ...context.times, checkAnswers: event.type === 'step.submit' ? event.at : context.times.checkAnswers },
      visited: [...context.visited.filter((s) => s !== 'checkAnswers'), 'checkAnswers' as const],
    })),
    reset: assign(() => emptyContext()),
  },
});

/** Keeps what was typed on Back or a failed Continue, when it has the right shape. */
function draft(answers: Answers, values: Answers | undefined): Answers {
  if (!values) return answers;
  const merged = { ...answers, ...values };
  return answersSchema.safeParse(merged).success ? merged : answers;
}

interface Next {
  target: StepId;
  guard?: RouteGuard;
}

/** The route: for each step, where Continue goes, first matching guard wins. */
export const FLOW: Record<Exclude<StepId, 'checkAnswers' | 'summary'>, Next[]> = {
  danger: [{ target: 'emergency', guard: 'dangerYes' }, { target: 'role' }],
  emergency: [{ target: 'role' }],
  role: [{ target: 'raisedBy', guard: 'isDsp' }, { target: 'subject' }],
  raisedBy: [{ target: 'subject' }],
  subject: [
    { target: 'adultAdvice', guard: 'aboutAdult' },
    { target: 's5Lead', guard: 'aboutPractitioner' },
    { target: 'knowledge' },
  ],
  adultAdvice: [{ target: 'authority' }],
  s5Lead: [{ target: 's5Child' }],
  s5Child: [{ target: 'knowledge', guard: 'childInvolved' }, { target: 'authority' }],
  knowledge: [{ target: 'toldBy', guard: 'someoneElseTold' }, { target: 'harm' }],
  toldBy: [{ target: 'publicDuty', guard: 'publicTold' }, { target: 'harm' }],
  publicDuty: [{ target: 'harm' }],
  harm: [{ target: 'whatHappened' }],
  whatHappened: [{ target: 'childWords', guard: 'childTold' }, { target: 'childWishes' }],
  childWords: [{ target: 'childWishes' }],
  childWishes: [{ target: 'childDetails' }],
  childDetails: [{ target: 'consent', guard: 'skipDsp' }, { target: 'dspHave' }],
  dspHave: [{ target: 'dspReach', guard: 'hasDsp' }, { target: 'consent' }],
  dspReach: [{ target: 'dspTalk', guard: 'spokeToDsp' }, { target: 'consent' }],
  dspTalk: [{ target: 'dspStillConcerned', guard: 'dspAdvisedNot' }, { target: 'consent' }],
  // Not still concerned: no report now, but the summary still gives the service for advice (DOMAIN.md "Facts").
  dspStillConcerned: [{ target: 'consent', guard: 'stillConcerned' }, { target: 'authority' }],
  consent: [{ target: 'consentOutcome', guard: 'seekConsent' }, { target: 'consentReasons' }],
  // Refused consent never ends the path (seed 001: sharing without consent is allowed to prevent harm to a child).
  consentOutcome: [
    { target: 'consentWithDsp', guard: 'consentDecidedWithDspAsk' },
    { target: 'childViews', guard: 'childViewsApply' },
    { target: 'authority' },
  ],
  consentReasons: [
    { target: 'consentWithDsp', guard: 'consentDecidedWithDspAsk' },
    { target: 'childViews', guard: 'childViewsApply' },
    { target: 'authority' },
  ],
  consentWithDsp: [{ target: 'childViews', guard: 'childViewsApply' }, { target: 'authority' }],
  childViews: [{ target: 'authority' }],
  authority: [{ target: 'contactNow' }],
  contactNow: [{ target: 'checkAnswers' }],
};

function stepState(step: StepId, next: Next[]) {
  const skip = { type: 'skipping', params: { step } } as const;
  return {
    always: next.map((n) => ({
      guard: n.guard ? and([skip, n.guard]) : skip,
      target: n.target,
      actions: [{ type: 'pushHistory', params: { step } } as const],
    })),
    on: {
      'step.submit': [
        { guard: { type: 'invalid', params: { step } } as const, actions: { type: 'setErrors', params: { step } } as const },
        ...next.map((n) => ({
          guard: n.guard,
          target: n.target,
          actions: [{ type: 'save', params: { step } } as const, { type: 'pushHistory', params: { step } } as const],
        })),
      ],
    },
  };
}

const questionStates = Object.fromEntries(
  Object.entries(FLOW).map(([step, next]) => [step, stepState(step as StepId, next)]),
) as Record<keyof typeof FLOW, ReturnType<typeof stepState>>;

/** Steps that can be changed from check answers: every question except the last two. */
export const CHANGEABLE_STEPS = STEP_IDS.filter((s) => s !== 'checkAnswers' && s !== 'summary' && s !== 'contactNow');

export const wizardMachine = machineSetup.createMachine({
  id: 'wizard',
  initial: 'danger',
  context: ({ input }) => emptyContext(input?.answers),
  on: {
    'nav.back': STEP_IDS.map((step) => ({
      guard: { type: 'previousIs' as const, params: { step } },
      target: `.${step}`,
      actions: 'goBack' as const,
    })),
    'draft.update': { actions: 'keepDraft' },
    'wizard.restart': { target: '.danger', actions: 'reset' },
    // Quick exit wipes every answer from memory before the page is replaced.
    'wizard.exit': { target: '.exited', actions: 'reset' },
  },
  states: {
    ...questionStates,
    checkAnswers: {
      entry: 'stopEdit',
      on: {
        'nav.change': CHANGEABLE_STEPS.map((step) => ({
          guard: { type: 'changeIs' as const, params: { step } },
          target: step,
          actions: { type: 'startEdit' as const, params: { step } },
        })),
        // Confirm takes no answers: only its time is kept.
        'step.submit': {
          target: 'summary',
          actions: ['confirmed', { type: 'pushHistory', params: { step: 'checkAnswers' } }],
        },
      },
    },
    summary: {},
    exited: { type: 'final' },
  },
});

export type WizardMachine = typeof wizardMachine;

/**
 * The questions still ahead on the route, following the answers given so far (an unanswered
 * question takes its last, default branch). For "Question 4 of about 12".
 */
export function routeAhead(context: WizardContext, from: StepId): StepId[] {
  const ahead: StepId[] = [];
  const event = { type: 'nav.change', step: from } as const;
  let step: StepId = from;
  for (let guardLimit = 0; guardLimit < STEP_IDS.length; guardLimit += 1) {
    const next = FLOW[step as keyof typeof FLOW];
    if (!next) break;
    const taken = next.find((n) => !n.guard || routeGuards[n.guard]({ context, event }));
    if (!taken) break;
    step = taken.target;
    ahead.push(step);
  }
  return ahead;
}
