/**
 * "What to do next", decided here for the route actually taken, so the summary never gives a
 * step that contradicts the route (issue 10). Each step is a message key with the values it needs;
 * dates are kept as ISO strings for the view to write out in the person's language. Every rule
 * names its source.
 */
import type { Answers, StepId } from './fields.js';

export interface NextStep {
  /** The catalogue key of the sentence. */
  key: string;
  /** Values for the sentence's slots, as the person typed them (shown exactly, never looked up). */
  values?: Record<string, string>;
  /** Slots filled with catalogue messages: a list of keys, written in words and joined. */
  keys?: Record<string, string[]>;
  /** Dates and instants for the sentence's slots (YYYY-MM-DD or ISO 8601), written out by the view. */
  dates?: Record<string, string>;
}

import type { Outcome } from './report-lists.js';
export type { Outcome };

export interface NextStepFacts {
  /** The answers on the route taken. */
  answers: Answers;
  route: readonly StepId[];
  outcome: Outcome;
  deadlines: { written: string; chaseAfter: string };
  /** The contact is an English council's children's services (the concern arose in England). */
  england: boolean;
}

/**
 * What the call to the council is for, which the contact step says: to make the report, to ask for
 * advice (not sure after the DSP advised against reporting, WSP c2-p13; not sure whether to ask the
 * parents, WSP c2-p16), about an adult, or about someone who works with children.
 */
export function callPurpose(a: Answers, route: readonly StepId[]): 'report' | 'advice' | 'adult' | 'section5' | 'england' {
  const on = (s: StepId) => route.includes(s);
  if (a.authority?.startsWith('england:')) return 'england';
  if (a.subject === 'adult') return 'adult';
  if (a.subject === 'practitioner' && a.s5ChildInvolved !== 'yes') return 'section5';
  if ((on('dspStillConcerned') && a.stillConcerned === 'not-sure') || (on('consent') && a.consent === 'not-sure')) return 'advice';
  return 'report';
}

export function nextSteps({ answers: a, route, outcome, deadlines, england }: NextStepFacts): NextStep[] {
  const on = (s: StepId) => route.includes(s);
  const steps: NextStep[] = [];
  const add = (key: string, more: Omit<NextStep, 'key'> = {}) => steps.push({ key, ...more });
  const aboutLead = a.subject === 'practitioner' && a.s5AboutLead === 'yes';
  const aboutDsp = aboutLead || (on('dspHave') && a.dspHave === 'about-dsp');

  // DOMAIN.md "Facts": no route ends in "nothing to report" without how to get advice.
  if (outcome === 'not-reporting') {
    add('summary.outcome.not-reporting.more');
    return steps;
  }

  // WSP c2-p8 and c2-p17: a possible crime goes to the police as well as social services;
  // "If in doubt as to whether an offence has occurred, seek advice from the police."
  const police = (): void => {
    if (!on('crime') || (a.crime !== 'yes' && a.crime !== 'not-sure')) return;
    const reference = a.policeReference?.trim() ? a.policeReference : undefined;
    if (on('police') && (a.policeTold === 'emergency' || a.policeTold === 'non-emergency')) add(reference ? 'next.policeTold' : 'next.policeToldNoReference', reference ? { values: { reference } } : {});
    else add(a.crime === 'yes' ? 'next.police' : 'next.policeAdvice');
  };

  if (outcome === 'adult-signpost') {
    // WSP a2-p14: report as soon as possible and within 24 hours; confirm a phone report in writing within 24 hours.
    add('next.adult.call');
    police();
    add('next.adult.writing');
    add('summary.next.note');
    return steps;
  }

  // Section 5 (seed 001; WSP s5-i-7; a5-p3), on every route about someone who works with children,
  // with or without a child report, so the actions stay in the summary.
  if (a.subject === 'practitioner') {
    // WSP c2-p13: when the concern is about the lead, another appropriate manager or straight to social services.
    add(aboutLead ? 'next.s5.otherManager' : 'next.s5.tellLead');
    // Seed 001 and Cardiff and Vale RSB: it "must be reported to social services or the police".
    if (outcome === 'section5') add('next.s5.report');
    police();
    add('next.s5.dont');
    add('next.s5.record');
    add('next.s5.designatedOfficer');
  }

  if (outcome === 'section5') {
    add('summary.next.note');
    add('next.s5.child');
    return steps;
  }

  // The report itself, and who makes it.
  if (england) add('next.england');
  else if (outcome === 'seek-advice') add('next.seekAdvice'); // WSP c2-p13: discuss it with social services, who will advise.
  else if (outcome === 'dsp-reports') {
    // WSP c2-p13 and c2-p18: check it was made; if not, report yourself. Seeds 000 and 003: never assume.
    // "Now" only: stay with them while it is made. "Later today" with no time given, or not sure:
    // agree a time, as there is none to check by.
    const by = a.dspReportWhen === 'later-today' && a.dspReportBy?.trim() ? a.dspReportBy : '';
    add(by ? 'next.dspCheckBy' : a.dspReportWhen === 'now' ? 'next.dspCheck' : 'next.dspCheckAgree', { values: { time: by } });
  } else add('summary.next.call');
  if (a.subject !== 'practitioner') police();

  if (aboutDsp) add('next.aboutDsp'); // WSP c2-p13
  // A DSP works with children, so a concern about them is a Section 5 concern too (WSP s5-i-7; issue
  // 10.2: "Give the Section 5 guidance above"): given above already when it was reported as one.
  if (aboutDsp && a.subject !== 'practitioner') for (const key of ['next.s5.dont', 'next.s5.record', 'next.s5.designatedOfficer']) add(key);
  // WSP c2-p15: a practitioner may stay unnamed only where being named would put them at risk, and
  // "should discuss that risk with social services".
  if (on('reporter') && (a.reporterAnonymity ?? []).includes('named-at-risk')) add('next.namedAtRisk');

  // Seeds 000 and 003; Carmarthenshire, Pembrokeshire: "Never assume someone else will report".
  if (on('colleagueReported')) {
    const reference = a.colleagueReference?.trim() ? a.colleagueReference : undefined;
    if (a.colleagueReported === 'yes' && reference) add('next.colleagueReference', { values: { reference } });
    else add('next.neverAssume');
  }

  // Seed 001's same-day triggers; WSP c2-p9: being known does not mean someone else will act.
  const known = (on('knownChild') ? (a.knownTo ?? []) : []).filter((k) => k !== 'no' && k !== 'not-sure');
  if (known.length) {
    add('next.known', { keys: { known: known.map((k) => `knownChild.${k}`) } });
    // Seed 001: "THE CHILD MUST BE SEEN THE SAME DAY IF: ... Is already subject to a Child Protection
    // Care and Support Plan": a trigger on its own, whatever the kind of harm.
    if (known.includes('register')) add('next.knownSameDay');
  }

  // WSP c2-p12: record a disclosure as soon as you can and no later than 24 hours after it.
  if (on('childWords')) add('next.recordDisclosure');

  // WSP c2-p16: tell social services consent was refused or not sought, and why; if unsure, ask them.
  if (on('consent')) {
    if (a.consent === 'not-sure') add('next.consentAdvice');
    else if (a.consent === 'not-seek') add('next.consentNotSought');
    else if (on('consentOutcome') && a.consentOutcome === 'refused') add('next.consentRefused');
  }
  // WSP c2p-p5: a child who objects is told, kindly, that the report must still be made.
  if (on('childViews') && a.childObjects === 'yes') add('next.childObjects');

  if (outcome === 'dsp-reports') {
    // The DSP makes the report, so its written confirmation is theirs: WSP c2-p17 "within 1 working
    // day", c2-p18 "within 24 hours" (the earlier is the deadline, deadlines.ts). The person checks it
    // was confirmed by then, and if not goes to social services themselves: c2-p13 (the DSP "has not
    // taken action"), c2-p18 (the practitioner makes sure the concern is "followed through"). Their
    // own writing, note and chase are for a report they made; the reference is asked in next.dspCheck*.
    add('next.dspWriting', { dates: { deadline: deadlines.written } });
  } else {
    // WSP c2-p18 says 24 hours, c2-p17 one working day: the earlier is the one deadline (deadlines.ts), with why.
    add('summary.next.writing', { dates: { deadline: deadlines.written } });
    add('summary.next.note');
    // WSP c2-p18: no acknowledgement of a written report within 7 working days: contact social services again.
    add('summary.next.chase', { dates: { chase: deadlines.chaseAfter } });
  }
  // FGM Act 2003 (research 1.2): teachers and regulated professionals must also report to the police.
  if (on('harm') && a.harm?.includes('fgm')) add('summary.next.fgm');
  // WSP c2-p10: follow the Regional Safeguarding Board's protocol for unborn children.
  if (a.subject === 'unborn') add('next.unborn');
  // WSP c2-p18: line manager and DSP; the senior manager for safeguarding, or in their absence the team manager.
  add(aboutDsp ? 'next.escalate.aboutDsp' : 'summary.next.escalate');
  return steps;
}
