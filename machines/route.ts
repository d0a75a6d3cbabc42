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
  // Issue 10.10: a Designated Safeguarding Person walking a colleague through the consent decision only
  // (seed 001: the DSP and the person who raised the concern decide about consent together). Only
  // while the person answering is the DSP: one who chose it, went Back and answered as a member of
  // staff is making their own report, and is asked everything (a path test found this).
  consentWalk: ({ answers: a }: RouteFacts) => a.purpose === 'consent' && a.role === 'dsp',
  // Seed 001: the DSP "should be consulted"; in DSP mode the DSP records who raised the concern.
  isDsp: ({ answers: a }: RouteFacts) => a.role === 'dsp',
  // WSP c2-p8: "If in doubt as to whether an offence has occurred, seek advice from the police."
  crimeMaybe: ({ answers: a }: RouteFacts) => a.crime === 'yes' || a.crime === 'not-sure',
  // Adults at risk are a separate duty (SSWBA s.128; s.126 defines an adult at risk; WSP adults a2-p2).
  aboutAdult: ({ answers: a }: RouteFacts) => a.subject === 'adult',
  // Concerns about a practitioner or person in a position of trust: Section 5 (seed 001).
  aboutPractitioner: ({ answers: a }: RouteFacts) => a.subject === 'practitioner',
  // Section 5: if a specific child is involved, the child report is made as well (WSP s5-i-7).
  childInvolved: ({ answers: a }: RouteFacts) => a.s5ChildInvolved === 'yes',
  // WSP c2-p13: when the concern relates to the DSP, another appropriate manager, else social services directly.
  aboutLead: ({ answers: a }: RouteFacts) => a.subject === 'practitioner' && a.s5AboutLead === 'yes',
  // A Section 5 concern with no particular child named goes to the council now (seed 001: "must be reported to social services or the police").
  section5Only: ({ answers: a }: RouteFacts) => a.subject === 'practitioner' && a.s5ChildInvolved !== 'yes',
  someoneElseTold: ({ answers: a }: RouteFacts) => a.knowledge === 'someone-told',
  // Seed 001: practitioners must not leave it to the member of the public to contact social services.
  publicTold: ({ answers: a }: RouteFacts) => a.toldBy === 'public',
  // Seeds 000 and 003: never assume someone else has already reported.
  colleagueTold: ({ answers: a }: RouteFacts) => a.toldBy === 'practitioner',
  // WSP c2-p12: record a disclosure in the child's exact words.
  childTold: ({ answers: a }: RouteFacts) => a.knowledge === 'child-told',
  // An unborn baby cannot be on a plan, looked after or have a social worker of its own, and has no views to record.
  notUnborn: ({ answers: a }: RouteFacts) => a.subject !== 'unborn',
  hasDsp: ({ answers: a }: RouteFacts) => a.dspHave === 'yes',
  aboutDsp: ({ answers: a }: RouteFacts) => a.dspHave === 'about-dsp',
  spokeToDsp: ({ answers: a }: RouteFacts) => a.dspReach === 'spoken',
  // WSP c2-p13: check the DSP has acted; if not, report yourself.
  dspWillReport: ({ answers: a }: RouteFacts) => a.dspAgreed === 'dsp-reports',
  // The duty is personal: if the DSP advises not to report, the reporter decides whether they are still concerned (WSP c2-p13).
  dspAdvisedNot: ({ answers: a }: RouteFacts) => a.dspAgreed === 'advised-not',
  stillConcerned: ({ answers: a }: RouteFacts) => a.stillConcerned === 'yes',
  // Seed 001: try to get the parents' consent unless it would increase the risk of harm to the child.
  seekConsent: ({ answers: a }: RouteFacts) => a.consent === 'seek',
  notSeekConsent: ({ answers: a }: RouteFacts) => a.consent === 'not-seek',
  // Seed 001: discuss with the DSP whether to seek consent; record who decided.
  consentDecidedWithDspAsk: ({ answers: a, history }: RouteFacts) => a.role !== 'dsp' && a.dspReach === 'spoken' && history.includes('dspTalk'),
  // Issue 12.9: the number first for anyone who asks; the 999 route stays first.
  numberFirst: ({ answers: a, history }: RouteFacts) => a.numberFirst === 'yes' && !history.includes('role') && !history.includes('raisedBy'),
  // After the number first, where it happened is already answered: on to the contact again, with
  // the report's record of the call (the council can still be changed from check answers).
  councilKnown: ({ history }: RouteFacts) => history.includes('authority'),
  // A child (or unborn baby) is reported: the council will ask what the referral forms ask.
  childReport: ({ answers: a }: RouteFacts) => a.subject !== 'adult' && !(a.subject === 'practitioner' && a.s5ChildInvolved !== 'yes'),
  // Seed 001: a competent child should be consulted; an unborn child has no views to record.
  childViewsApply: ({ answers: a }: RouteFacts) => a.subject !== 'unborn',
};
export type RouteRule = keyof typeof ROUTE_RULES;

export interface Next {
  target: StepId;
  rule?: RouteRule;
}

/** The steps that have a Continue leading to another question (check answers confirms; the summary and the consent record end). */
export type QuestionStep = Exclude<StepId, 'checkAnswers' | 'summary' | 'consentRecord'>;

/** After the subject (and any police question): each kind of concern takes its own route. */
const BY_SUBJECT: Next[] = [
  { target: 'adultAdvice', rule: 'aboutAdult' },
  { target: 's5Lead', rule: 'aboutPractitioner' },
  { target: 'knowledge' },
];
/** After the child's details: another manager when the concern is about the lead; none to consult in DSP mode; else the DSP questions. */
const TO_DSP: Next[] = [
  { target: 'otherManager', rule: 'aboutLead' },
  { target: 'consentPointers', rule: 'isDsp' },
  { target: 'dspHave' },
];
/** After consent is decided: the DSP question, the child's views, or where to report. */
/** Before the council: what it will ask (for a child), then who is reporting (WSP c2-p15, c2-p17). */
const TO_REPORT: Next[] = [{ target: 'councilNeeds', rule: 'childReport' }, { target: 'reporter' }];

const AFTER_CONSENT: Next[] = [
  { target: 'consentRecord', rule: 'consentWalk' },
  { target: 'consentWithDsp', rule: 'consentDecidedWithDspAsk' },
  { target: 'childViews', rule: 'childViewsApply' },
  ...TO_REPORT,
];

/** For each question, where Continue goes: the first rule that holds wins; the last entry has no rule. */
export const FLOW: Record<QuestionStep, Next[]> = {
  danger: [{ target: 'emergency', rule: 'dangerYes' }, { target: 'raisedBy', rule: 'consentWalk' }, { target: 'authority', rule: 'numberFirst' }, { target: 'role' }],
  emergency: [{ target: 'raisedBy', rule: 'consentWalk' }, { target: 'authority', rule: 'numberFirst' }, { target: 'role' }],
  role: [{ target: 'raisedBy', rule: 'isDsp' }, { target: 'subject' }],
  raisedBy: [{ target: 'consentPointers', rule: 'consentWalk' }, { target: 'subject' }],
  subject: [{ target: 'crime' }],
  crime: [{ target: 'police', rule: 'crimeMaybe' }, ...BY_SUBJECT],
  police: BY_SUBJECT,
  adultAdvice: [{ target: 'reporter' }],
  s5Lead: [{ target: 's5Concern' }],
  s5Concern: [{ target: 's5Child' }],
  s5Child: [{ target: 'knowledge', rule: 'childInvolved' }, { target: 'otherManager', rule: 'aboutLead' }, { target: 'reporter' }],
  knowledge: [{ target: 'toldBy', rule: 'someoneElseTold' }, { target: 'harm' }],
  toldBy: [{ target: 'publicDuty', rule: 'publicTold' }, { target: 'colleagueReported', rule: 'colleagueTold' }, { target: 'harm' }],
  publicDuty: [{ target: 'harm' }],
  colleagueReported: [{ target: 'harm' }],
  harm: [{ target: 'whatHappened' }],
  whatHappened: [{ target: 'childWords', rule: 'childTold' }, { target: 'childDetails' }],
  childWords: [{ target: 'childDetails' }],
  childDetails: [{ target: 'knownChild', rule: 'notUnborn' }, ...TO_DSP],
  knownChild: TO_DSP,
  dspHave: [{ target: 'dspReach', rule: 'hasDsp' }, { target: 'otherManager', rule: 'aboutDsp' }, { target: 'consent' }],
  // A Section 5 concern with no child named goes to the council now; otherwise on to consent.
  otherManager: [{ target: 'reporter', rule: 'section5Only' }, { target: 'consent' }],
  dspReach: [{ target: 'dspTalk', rule: 'spokeToDsp' }, { target: 'consent' }],
  dspTalk: [{ target: 'dspCheck', rule: 'dspWillReport' }, { target: 'dspStillConcerned', rule: 'dspAdvisedNot' }, { target: 'consent' }],
  dspCheck: [{ target: 'consent' }],
  // Not still concerned, or not sure: no report now, but the contact for advice (DOMAIN.md "Facts"; WSP c2-p13).
  dspStillConcerned: [{ target: 'consent', rule: 'stillConcerned' }, { target: 'authority' }],
  // WSP c2p-p5: the pointers come before the decision; in the walk-through the child's views do too.
  consentPointers: [{ target: 'childViews', rule: 'consentWalk' }, { target: 'consent' }],
  // Refused or not sure never ends the path (seed 001: sharing without consent is allowed to prevent harm to a child).
  consent: [{ target: 'consentOutcome', rule: 'seekConsent' }, { target: 'consentReasons', rule: 'notSeekConsent' }, ...AFTER_CONSENT],
  consentOutcome: AFTER_CONSENT,
  consentReasons: AFTER_CONSENT,
  consentWithDsp: [{ target: 'childViews', rule: 'childViewsApply' }, ...TO_REPORT],
  childViews: [{ target: 'consent', rule: 'consentWalk' }, ...TO_REPORT],
  councilNeeds: [{ target: 'reporter' }],
  reporter: [{ target: 'contactNow', rule: 'councilKnown' }, { target: 'authority' }],
  authority: [{ target: 'contactNow' }],
  // After the number first: on with the report, from the first question about the person.
  contactNow: [{ target: 'role', rule: 'numberFirst' }, { target: 'checkAnswers' }],
};

export const isQuestion = (step: StepId): step is QuestionStep => step in FLOW;

/** Where Continue goes from `step` with these facts. */
export function nextStep(step: QuestionStep, facts: RouteFacts): StepId {
  const taken = FLOW[step].find((n) => !n.rule || ROUTE_RULES[n.rule](facts));
  return taken?.target ?? 'checkAnswers';
}
