/**
 * The route: for each question, where Continue goes, and the rule that chooses it. Each guard is a
 * plain test of the answers with the rule's source beside it; the statechart (wizard.machine.ts)
 * turns this table into its transitions, and edit mode walks the same table, so the route is
 * written once.
 */
import type { Answers, StepId } from './fields.js';

/** What a guard can read: the answers (with the event's values taken in) and the steps taken so far. */
export interface RouteFacts {
  answers: Answers;
  history: readonly StepId[];
}

/** The rules that choose the route; each names its source. */
export const ROUTE_RULES = {
  // WSP c2-p7; seed 001: "If you think a child or young person is in immediate danger then contact the Police on 999".
  dangerYes: ({ answers: a }: RouteFacts) => a.danger === 'yes',
  // Seed 001: the DSP "should be consulted"; in DSP mode the DSP records who raised the concern.
  isDsp: ({ answers: a }: RouteFacts) => a.role === 'dsp',
  // Adults at risk are a separate duty (SSWBA s.126, WSP adults a2-p2).
  aboutAdult: ({ answers: a }: RouteFacts) => a.subject === 'adult',
  // Concerns about a practitioner or person in a position of trust: Section 5 (seed 001).
  aboutPractitioner: ({ answers: a }: RouteFacts) => a.subject === 'practitioner',
  // Section 5: if a specific child is involved, the child report is made as well (WSP s5-i-7).
  childInvolved: ({ answers: a }: RouteFacts) => a.s5ChildInvolved === 'yes',
  someoneElseTold: ({ answers: a }: RouteFacts) => a.knowledge === 'someone-told',
  // Seed 001: practitioners must not leave it to the member of the public to contact social services.
  publicTold: ({ answers: a }: RouteFacts) => a.toldBy === 'public',
  // WSP c2-p12: record a disclosure in the child's exact words.
  childTold: ({ answers: a }: RouteFacts) => a.knowledge === 'child-told',
  // In DSP mode, or when the Section 5 concern is about the safeguarding lead, there is no DSP to consult
  // (WSP c2-p13: go straight to social services when the concern relates to the DSP).
  skipDsp: ({ answers: a }: RouteFacts) => a.role === 'dsp' || (a.subject === 'practitioner' && a.s5AboutLead === 'yes'),
  hasDsp: ({ answers: a }: RouteFacts) => a.dspHave === 'yes',
  spokeToDsp: ({ answers: a }: RouteFacts) => a.dspReach === 'spoken',
  // The duty is personal: if the DSP advises not to report, the reporter decides whether they are still concerned (WSP c2-p13).
  dspAdvisedNot: ({ answers: a }: RouteFacts) => a.dspAgreed === 'advised-not',
  stillConcerned: ({ answers: a }: RouteFacts) => a.stillConcerned === 'yes',
  // Seed 001: try to get the parents' consent unless it would increase the risk of harm to the child.
  seekConsent: ({ answers: a }: RouteFacts) => a.consent === 'seek',
  // Seed 001: discuss with the DSP whether to seek consent; record who decided.
  consentDecidedWithDspAsk: ({ answers: a, history }: RouteFacts) => a.role !== 'dsp' && a.dspReach === 'spoken' && history.includes('dspTalk'),
  // Seed 001: a competent child should be consulted; an unborn child has no views to record.
  childViewsApply: ({ answers: a }: RouteFacts) => a.subject !== 'unborn',
};
export type RouteRule = keyof typeof ROUTE_RULES;

export interface Next {
  target: StepId;
  rule?: RouteRule;
}

/** The steps that have a Continue leading to another question (check answers confirms; the summary ends). */
export type QuestionStep = Exclude<StepId, 'checkAnswers' | 'summary'>;

/** For each question, where Continue goes: the first rule that holds wins; the last entry has no rule. */
export const FLOW: Record<QuestionStep, Next[]> = {
  danger: [{ target: 'emergency', rule: 'dangerYes' }, { target: 'role' }],
  emergency: [{ target: 'role' }],
  role: [{ target: 'raisedBy', rule: 'isDsp' }, { target: 'subject' }],
  raisedBy: [{ target: 'subject' }],
  subject: [
    { target: 'adultAdvice', rule: 'aboutAdult' },
    { target: 's5Lead', rule: 'aboutPractitioner' },
    { target: 'knowledge' },
  ],
  adultAdvice: [{ target: 'authority' }],
  s5Lead: [{ target: 's5Child' }],
  s5Child: [{ target: 'knowledge', rule: 'childInvolved' }, { target: 'authority' }],
  knowledge: [{ target: 'toldBy', rule: 'someoneElseTold' }, { target: 'harm' }],
  toldBy: [{ target: 'publicDuty', rule: 'publicTold' }, { target: 'harm' }],
  publicDuty: [{ target: 'harm' }],
  harm: [{ target: 'whatHappened' }],
  whatHappened: [{ target: 'childWords', rule: 'childTold' }, { target: 'childWishes' }],
  childWords: [{ target: 'childWishes' }],
  childWishes: [{ target: 'childDetails' }],
  childDetails: [{ target: 'consent', rule: 'skipDsp' }, { target: 'dspHave' }],
  dspHave: [{ target: 'dspReach', rule: 'hasDsp' }, { target: 'consent' }],
  dspReach: [{ target: 'dspTalk', rule: 'spokeToDsp' }, { target: 'consent' }],
  dspTalk: [{ target: 'dspStillConcerned', rule: 'dspAdvisedNot' }, { target: 'consent' }],
  // Not still concerned: no report now, but the summary still gives the service for advice (DOMAIN.md "Facts").
  dspStillConcerned: [{ target: 'consent', rule: 'stillConcerned' }, { target: 'authority' }],
  consent: [{ target: 'consentOutcome', rule: 'seekConsent' }, { target: 'consentReasons' }],
  // Refused consent never ends the path (seed 001: sharing without consent is allowed to prevent harm to a child).
  consentOutcome: [
    { target: 'consentWithDsp', rule: 'consentDecidedWithDspAsk' },
    { target: 'childViews', rule: 'childViewsApply' },
    { target: 'authority' },
  ],
  consentReasons: [
    { target: 'consentWithDsp', rule: 'consentDecidedWithDspAsk' },
    { target: 'childViews', rule: 'childViewsApply' },
    { target: 'authority' },
  ],
  consentWithDsp: [{ target: 'childViews', rule: 'childViewsApply' }, { target: 'authority' }],
  childViews: [{ target: 'authority' }],
  authority: [{ target: 'contactNow' }],
  contactNow: [{ target: 'checkAnswers' }],
};

export const isQuestion = (step: StepId): step is QuestionStep => step in FLOW;

/** Where Continue goes from `step` with these facts. */
export function nextStep(step: QuestionStep, facts: RouteFacts): StepId {
  const taken = FLOW[step].find((n) => !n.rule || ROUTE_RULES[n.rule](facts));
  return taken?.target ?? 'checkAnswers';
}
