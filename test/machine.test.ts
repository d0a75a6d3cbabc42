/**
 * The statechart and the report, without the UI. One test per rule in DOMAIN.md "Facts the wizard
 * must never get wrong", then the DSP branches, the consent branches, Back and Change.
 */
import { expect } from '@open-wc/testing';
import type { Answers, StepId } from '../machines/answers.js';
import { buildReport } from '../machines/build-report.js';
import { contactNow } from '../machines/contact-now.js';
import { reportSchema, type Report } from '../machines/report.schema.js';
import { stepOf } from '../machines/wizard.machine.js';
import { createActor } from 'xstate';
import { wizardMachine } from '../machines/wizard.machine.js';
import type { Directory } from '../machines/directory.schema.js';
import { MACHINE_INPUT, answerInOrder, startWizard } from './machine-input.js';
import { shippedDirectory, shippedHolidays } from '../src/directory/shipped.js';
import { TIMES } from './helpers.js';

const AT = TIMES.weekdayNoon;

function start() {
  return startWizard();
}
type Actor = ReturnType<typeof start>;

function answer(actor: Actor, ...steps: Answers[]) {
  answerInOrder(actor, steps, AT);
  return actor;
}
const state = (actor: Actor) => stepOf(actor.getSnapshot()) as StepId;

function reportOf(actor: Actor, now = AT): Report {
  const { context } = actor.getSnapshot();
  return buildReport(
    { answers: context.answers, route: context.history.at(-1) === 'checkAnswers' ? context.history : [...context.history, 'checkAnswers'], times: context.times },
    { directory: shippedDirectory, holidays: shippedHolidays, now: new Date(now) },
  );
}

/** Answers up to the DSP question for a child concern a practitioner saw. */
const TO_DSP: Answers[] = [
  { danger: 'no' },
  { role: 'practitioner' },
  { subject: 'child' },
  { crime: 'no' },
  { knowledge: 'saw' },
  { harm: ['neglect'] },
  { statements: [{ text: 'No coat in the snow, hungry every morning', basis: 'seen' }] },
  {},
  { knownTo: ['no'] },
];
const TO_END = (...more: Answers[]): Answers[] => [...more, { childCompetent: 'no', childAsked: 'no' }, { authority: 'torfaen' }, {}, {}];

describe('Facts the wizard must never get wrong (DOMAIN.md)', () => {
  it('999 for immediate danger, shown before anything else is asked', () => {
    const actor = start();
    expect(state(actor), 'the first question').to.equal('danger');
    answer(actor, { danger: 'yes' });
    expect(state(actor), 'the step straight after "yes"').to.equal('emergency');
    answer(actor, { called999: 'yes' });
    expect(state(actor)).to.equal('role');
  });

  it('the duty to report is the practitioner\'s own: no answer ends in "nothing to report" without advice', () => {
    const actor = answer(
      start(),
      ...TO_DSP,
      { dspHave: 'yes' },
      { dspReach: 'spoken' },
      { dspName: 'Ms Jones', dspAgreed: 'advised-not' },
      { dspReason: 'Family already has support', stillConcerned: 'no' },
      { authority: 'torfaen' },
      {},
      {},
    );
    expect(state(actor)).to.equal('summary');
    const report = reportOf(actor);
    expect(report.outcome).to.equal('not-reporting');
    // The service to ask for advice is still given.
    expect(report.contact.which).to.equal('daytime');
    expect(report.contact.contact?.phone).to.be.a('string').and.not.empty;
    expect(report.decisions.find((d) => d.topic === 'dsp')?.note).to.equal('Family already has support');
  });

  it('a decision not to seek consent always carries a recorded reason', () => {
    const actor = answer(start(), ...TO_DSP, { dspHave: 'no' }, { consent: 'not-seek' }, { consentReasons: [], consentOtherReason: '  ' });
    expect(state(actor), 'no reason: stays on the question').to.equal('consentReasons');
    expect(actor.getSnapshot().context.errors.map((e) => e.message)).to.deep.equal(['error.consentReasons']);
    answer(actor, { consentReasons: [], consentOtherReason: 'Mother has threatened staff' });
    expect(state(actor), 'a reason in their own words is enough').to.equal('childViews');
    // And the report schema itself refuses a "not seek" with no reason.
    const report = reportOf(answer(actor, ...TO_END().slice(0)));
    const broken = { ...report, consent: { ...report.consent!, reasons: [], otherReason: undefined } };
    expect(reportSchema.safeParse(broken).success).to.equal(false);
    expect(reportSchema.safeParse(report).success).to.equal(true);
  });

  it('out of hours always resolves to an out-of-hours number', () => {
    for (const authority of shippedDirectory.authorities) {
      for (const at of [TIMES.fridayEvening, TIMES.saturday, TIMES.easterMonday]) {
        const now = contactNow(authority, 'children', new Date(at), {
          holidays: shippedHolidays,
          defaultOfficeHours: shippedDirectory.defaultOfficeHours?.hours,
        });
        if (authority.outOfHours?.phone) {
          expect(now.which, `${authority.id} at ${at}`).to.equal('outOfHours');
          expect(now.contact?.phone, `${authority.id} at ${at}`).to.equal(authority.outOfHours.phone);
        } else {
          // Never the closed daytime line shown as if it were open.
          expect(now.which, `${authority.id} at ${at}`).to.equal('notKnown');
        }
      }
    }
  });

  it('every phone number and email shown comes from the directory, each with its own source and the day it was compared', () => {
    const report = reportOf(answer(start(), ...TO_DSP, { dspHave: 'no' }, { consent: 'seek' }, { consentOutcome: 'given' }, ...TO_END()));
    const contact = report.contact.contact!;
    const fromData = shippedDirectory.authorities.find((a) => a.id === 'torfaen')!.children!;
    expect(contact).to.deep.equal(fromData);
    expect(contact.sources.phone?.url).to.match(/^https:\/\//);
    expect(contact.sources.phone?.compared).to.match(/^\d{4}-\d{2}-\d{2}$/);
    expect(contact.sources.email?.compared).to.match(/^\d{4}-\d{2}-\d{2}$/);
    expect(report.contact.emergency.phone).to.equal(shippedDirectory.national.emergency.phone);
  });

  it('the summary records that 999 was called', () => {
    const actor = answer(start(), { danger: 'yes' }, { called999: 'yes' }, ...TO_DSP.slice(1), { dspHave: 'no' }, { consent: 'seek' }, { consentOutcome: 'given' }, ...TO_END());
    const report = reportOf(actor);
    expect(report.emergency).to.deep.equal({ immediateDanger: true, called999: 'yes' });
    expect(report.decisions[0]).to.include({ topic: 'emergency', decision: 'emergency.yes' });
    expect(report.decisions[0]!.reasons).to.deep.equal(['why.called999']);
  });
});

describe('The Designated Safeguarding Person (DOMAIN.md step 5)', () => {
  it('no DSP: goes straight to consent, and the report says so', () => {
    const actor = answer(start(), ...TO_DSP, { dspHave: 'no' });
    expect(state(actor)).to.equal('consent');
    answer(actor, { consent: 'seek' }, { consentOutcome: 'given' }, ...TO_END());
    expect(reportOf(actor).dsp?.status).to.equal('none');
  });

  it('they are the DSP: no DSP questions, and consent is decided with the person who raised it', () => {
    const actor = answer(
      start(),
      { danger: 'no' },
      { role: 'dsp' },
      { raisedByName: 'Sam Teacher', raisedByRole: 'Year 5 teacher', dspOwnName: 'Ms Rhian Jones' },
      ...TO_DSP.slice(2),
    );
    expect(state(actor), 'after the child details: the pointers on consent').to.equal('consentPointers');
    answer(actor, { reportRisk: 'no' });
    expect(state(actor)).to.equal('consent');
    answer(actor, { consent: 'not-seek' }, { consentReasons: ['further-risk'] }, ...TO_END());
    const report = reportOf(actor);
    expect(report.reporter.raisedBy).to.deep.equal({ name: 'Sam Teacher', role: 'Year 5 teacher' });
    expect(report.dsp?.status).to.equal('reporter-is-dsp');
    expect(report.consent?.decidedBy).to.equal('dsp-with-raiser');
  });

  it('DSP reachable and will report: the outcome says the DSP reports, and who decided consent', () => {
    const actor = answer(start(), ...TO_DSP, { dspHave: 'yes' }, { dspReach: 'spoken' }, { dspName: 'Ms Jones', dspTime: '2pm', dspAgreed: 'dsp-reports' });
    expect(state(actor), 'when will they report it').to.equal('dspCheck');
    answer(actor, { dspReportWhen: 'now' });
    expect(state(actor)).to.equal('consent');
    answer(actor, { consent: 'seek' }, { consentOutcome: 'given' });
    expect(state(actor), 'asked whether the decision was made with the DSP').to.equal('consentWithDsp');
    answer(actor, { consentWithDsp: 'yes' }, ...TO_END());
    const report = reportOf(actor);
    expect(report.outcome).to.equal('dsp-reports');
    expect(report.dsp).to.include({ status: 'spoken', name: 'Ms Jones', time: '2pm', agreed: 'dsp-reports' });
    expect(report.consent?.decidedBy).to.equal('reporter-with-dsp');
  });

  it('DSP advises not to report but the reporter is still worried: the report goes ahead', () => {
    const actor = answer(start(), ...TO_DSP, { dspHave: 'yes' }, { dspReach: 'spoken' }, { dspName: 'Ms Jones', dspAgreed: 'advised-not' });
    expect(state(actor)).to.equal('dspStillConcerned');
    answer(actor, { stillConcerned: 'yes' });
    expect(state(actor), 'a reason for the advice is required').to.equal('dspStillConcerned');
    answer(actor, { stillConcerned: 'yes', dspReason: 'Thinks it is a one-off' }, { consent: 'seek' }, { consentOutcome: 'given' }, { consentWithDsp: 'no' }, ...TO_END());
    const report = reportOf(actor);
    expect(report.outcome).to.equal('report');
    expect(report.dsp?.stillConcerned).to.equal('yes');
  });

  it('DSP not reachable and waiting is risky: report now, recorded with its reason', () => {
    const actor = answer(start(), ...TO_DSP, { dspHave: 'yes' }, { dspReach: 'unreachable-risky' });
    expect(state(actor)).to.equal('consent');
    answer(actor, { consent: 'seek' }, { consentOutcome: 'could-not-ask' }, ...TO_END());
    const report = reportOf(actor);
    expect(report.outcome).to.equal('report');
    expect(report.decisions.find((d) => d.topic === 'dsp')).to.include({ decision: 'dsp.unreachable-risky' });
    expect(report.decisions.find((d) => d.topic === 'dsp')!.reasons).to.deep.equal(['why.dsp.unreachable-risky']);
  });

  it('the concern is about the DSP: bypass them', () => {
    const actor = answer(start(), ...TO_DSP, { dspHave: 'about-dsp' });
    expect(state(actor), 'no "have you talked to them" question: another manager instead').to.equal('otherManager');
    answer(actor, { otherManager: 'no' });
    expect(state(actor)).to.equal('consent');
    answer(actor, { consent: 'seek' }, { consentOutcome: 'given' }, ...TO_END());
    expect(reportOf(actor).dsp?.status).to.equal('about-dsp');
  });

  it('Section 5 about the safeguarding lead, with a child involved: the DSP questions are skipped', () => {
    const actor = answer(start(), { danger: 'no' }, { role: 'practitioner' }, { subject: 'practitioner' }, { crime: 'no' }, { s5AboutLead: 'yes' }, { s5What: 'Shouts at the children' }, { s5ChildInvolved: 'yes' });
    expect(state(actor)).to.equal('knowledge');
    answer(actor, ...TO_DSP.slice(4));
    expect(state(actor), 'another manager, not the DSP questions').to.equal('otherManager');
    answer(actor, { otherManager: 'yes' });
    expect(state(actor)).to.equal('consent');
  });
});

describe('The consent decision (DOMAIN.md step 6, seed 001)', () => {
  it('consent given', () => {
    const report = reportOf(answer(start(), ...TO_DSP, { dspHave: 'no' }, { consent: 'seek' }, { consentOutcome: 'given' }, ...TO_END()));
    expect(report.consent).to.include({ decision: 'seek', outcome: 'given', decidedBy: 'reporter' });
  });

  it('consent refused never ends the path: the report goes ahead and says why', () => {
    const actor = answer(start(), ...TO_DSP, { dspHave: 'no' }, { consent: 'seek' }, { consentOutcome: 'refused', consentOutcomeDetail: 'Father said no' });
    expect(state(actor)).to.equal('childViews');
    const report = reportOf(answer(actor, ...TO_END()));
    expect(report.outcome).to.equal('report');
    const consent = report.decisions.find((d) => d.topic === 'consent')!;
    expect(consent.decision).to.equal('consent.refused');
    expect(consent.reasons).to.deep.equal(['why.consentRefusedStillReport']);
    expect(consent.note).to.equal('Father said no');
  });

  it('consent could not be asked', () => {
    const report = reportOf(answer(start(), ...TO_DSP, { dspHave: 'no' }, { consent: 'seek' }, { consentOutcome: 'could-not-ask' }, ...TO_END()));
    expect(report.consent?.outcome).to.equal('could-not-ask');
  });

  it('not seeking consent because the parent is the alleged abuser: the reason is in the report', () => {
    const report = reportOf(
      answer(start(), ...TO_DSP, { dspHave: 'no' }, { consent: 'not-seek' }, { consentReasons: ['parent-alleged-abuser', 'evidence-lost'] }, ...TO_END()),
    );
    expect(report.consent?.reasons).to.deep.equal(['parent-alleged-abuser', 'evidence-lost']);
    const consent = report.decisions.find((d) => d.topic === 'consent')!;
    expect(consent.reasons).to.deep.equal(['consentReason.parent-alleged-abuser', 'consentReason.evidence-lost']);
    expect(consent.at).to.equal(AT);
  });

  it("the child's competence and views are recorded; an unborn baby skips them", () => {
    const withChild = reportOf(
      answer(start(), ...TO_DSP, { dspHave: 'no' }, { consent: 'seek' }, { consentOutcome: 'given' }, { childCompetent: 'yes', childAsked: 'yes', childWishes: 'Wants mum told', childObjects: 'no' }, { authority: 'torfaen' }, {}, {}),
    );
    expect(withChild.childViews).to.include({ competent: 'yes', asked: 'yes', objects: 'no' });
    expect(withChild.concern?.childWishes).to.equal('Wants mum told');
    const unborn = answer(start(), { danger: 'no' }, { role: 'practitioner' }, { subject: 'unborn' }, ...TO_DSP.slice(3, 8), { dspHave: 'no' }, { consent: 'seek' }, { consentOutcome: 'given' });
    expect(state(unborn), 'no views for an unborn baby: on to what the council will ask').to.equal('councilNeeds');
  });
});

describe('Back and Change', () => {
  it('Back keeps what was typed, even before Continue', () => {
    const actor = answer(start(), { danger: 'no' }, { role: 'practitioner' }, { subject: 'child' }, { crime: 'no' }, { knowledge: 'saw' }, { harm: ['physical'] });
    actor.send({ type: 'nav.back', values: { statements: [{ text: 'Bruise on arm' }] } });
    expect(state(actor)).to.equal('harm');
    expect(actor.getSnapshot().context.answers.statements?.[0]?.text).to.equal('Bruise on arm');
    answer(actor, { harm: ['physical'] });
    expect(state(actor)).to.equal('whatHappened');
  });

  it('Change re-asks only the later questions that depended on the answer', () => {
    const actor = answer(start(), ...TO_DSP, { dspHave: 'no' }, { consent: 'seek' }, { consentOutcome: 'given' }, ...TO_END());
    expect(state(actor)).to.equal('summary');
    actor.send({ type: 'nav.back' });
    expect(state(actor)).to.equal('checkAnswers');
    actor.send({ type: 'nav.change', step: 'knowledge' });
    expect(state(actor)).to.equal('knowledge');
    answer(actor, { knowledge: 'child-told' });
    expect(state(actor), 'the new question about the child\'s words').to.equal('childWords');
    answer(actor, { childWords: 'Dad hits me with the belt' });
    expect(state(actor), 'nothing else is asked again').to.equal('checkAnswers');
    // Changing consent to "not seek" asks for the reason, then returns.
    actor.send({ type: 'nav.change', step: 'consent' });
    answer(actor, { consent: 'not-seek' });
    expect(state(actor)).to.equal('consentReasons');
    answer(actor, { consentReasons: ['further-risk'] });
    expect(state(actor)).to.equal('checkAnswers');
    // The answers left off the route are kept, but not reported.
    const report = reportOf(answer(actor, {}));
    expect(report.consent?.outcome).to.equal(undefined);
    expect(actor.getSnapshot().context.answers.consentOutcome).to.equal('given');
  });

  it('quick exit wipes every answer from memory, and all that was made from them', () => {
    const actor = answer(start(), { danger: 'no', numberFirst: 'yes' }, { authority: 'torfaen' });
    expect(actor.getSnapshot().context.soFar?.answers, 'the report so far holds answers').to.include({ authority: 'torfaen' });
    actor.send({ type: 'wizard.exit' });
    const { status, context } = actor.getSnapshot();
    expect(status).to.equal('done');
    expect(context.answers).to.deep.equal({});
    expect([context.contact, context.soFar, context.report, context.consentRecord], 'the contact, the report so far, the report, the consent record').to.deep.equal([undefined, undefined, undefined, undefined]);
  });
});

describe('Who to contact now is worked out by the statechart, at the moment of the Continue (issue 13)', () => {
  const toContact = (at: string) => {
    const actor = answer(start(), { danger: 'no', numberFirst: 'yes' });
    answerInOrder(actor, [{ authority: 'torfaen' }], at);
    expect(state(actor)).to.equal('contactNow');
    return actor.getSnapshot().context.contact!;
  };
  const torfaen = shippedDirectory.authorities.find((a) => a.id === 'torfaen')!;

  it('computeContact_atTheContinue: at noon on a weekday, the daytime service; on a Friday at 20:00, the out-of-hours team', () => {
    const noon = toContact(TIMES.weekdayNoon);
    expect([noon.which, noon.contact?.phone]).to.deep.equal(['daytime', torfaen.children!.phone]);
    const evening = toContact(TIMES.fridayEvening);
    expect([evening.which, evening.contact?.phone]).to.deep.equal(['outOfHours', torfaen.outOfHours!.phone]);
  });
});

describe('A crime may have been committed (WSP c2-p8)', () => {
  it('crimeMaybe: "not sure" whether a crime was committed asks about the police too (WSP c2-p8)', () => {
    for (const crime of ['yes', 'not-sure'] as const) {
      const actor = answer(start(), { danger: 'no' }, { role: 'practitioner' }, { subject: 'child' }, { crime });
      expect(state(actor), crime).to.equal('police');
    }
    expect(state(answer(start(), { danger: 'no' }, { role: 'practitioner' }, { subject: 'child' }, { crime: 'no' }))).to.equal('knowledge');
  });
});

describe('The fallback chain comes from the directory the statechart holds (issue 11)', () => {
  /** The shipped directory with Gwent's board page moved, so the chain can be traced to this directory. */
  const withBoardPage = (web: string): Directory => ({
    ...shippedDirectory,
    regions: shippedDirectory.regions.map((r) => (r.id === 'gwent' ? { ...r, website: web } : r)),
  });
  const boardStep = (plan: { steps: { role: string; contact: { web?: string } }[] } | undefined) => plan?.steps.find((s) => s.role === 'board');

  it('computeContact gives the chain on the contact step, again on env.update, and the report carries it at the summary', () => {
    const actor = createActor(wizardMachine, { input: { ...MACHINE_INPUT, directory: withBoardPage('https://board.example/first') } }).start();
    answer(actor, ...TO_DSP, { dspHave: 'no' }, { consent: 'seek' }, { consentOutcome: 'given' }, { childCompetent: 'no', childAsked: 'no' }, { authority: 'torfaen' });
    expect(state(actor)).to.equal('contactNow');
    expect(boardStep(actor.getSnapshot().context.contact?.plan)?.contact.web).to.equal('https://board.example/first');

    actor.send({ type: 'env.update', directory: withBoardPage('https://board.example/second') });
    expect(boardStep(actor.getSnapshot().context.contact?.plan)?.contact.web).to.equal('https://board.example/second');

    answer(actor, {}, {});
    expect(state(actor)).to.equal('summary');
    const report = actor.getSnapshot().context.report!;
    expect(boardStep(report.contact.plan)?.contact.web).to.equal('https://board.example/second');
    expect(report.contact.plan.steps.at(-1)?.role, 'for a child, the NSPCC comes last').to.equal('nspcc');
    expect(reportSchema.safeParse(report).success, 'version 2 holds steps, answers and the plan').to.equal(true);
  });
});
