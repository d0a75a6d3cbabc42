/**
 * Right at every edge of the procedure (issue 10). Each rule has a test named after it, on the
 * statechart and its report (what is asked, what is recorded, what "What to do next" says), and
 * the edge routes are walked in the browser by label, in English and in Welsh, with axe on every
 * step. Sources are cited in machines/route.ts and machines/next-steps.ts beside each rule.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { CONSENT_REASONS, isAsked, optionsFor, type Answers } from '../machines/fields.js';
import { consentRecord } from '../machines/consent-record.js';
import { callPurpose } from '../machines/next-steps.js';
import type { Report } from '../machines/report.schema.js';
import { offersConsentOnly, stepOf, type WizardSnapshot } from '../machines/wizard.machine.js';
import { CONSENT_WALK, REPORTER as REPORTER_ON_SCREEN } from '../fixtures/routes.js';
import { shippedDirectory } from '../src/directory/shipped.js';
import { cy } from '../src/i18n/cy.js';
import { en } from '../src/i18n/en.js';
import { jurisdictionTerms } from '../src/i18n/jurisdiction-terms.js';
import { fill } from '../src/i18n/translate.js';
import { consentRecordRows } from '../src/report/consent-record-content.js';
import { formatDate, formatInstant } from '../src/report/summary-content.js';
import { lookupMessages } from '../src/i18n/lookup-messages.js';
import { optionsOf } from '../src/views/fields.js';
import {
  byLabel,
  choose,
  confirmAndGetReport,
  expectAccessible,
  expectHeading,
  headingText,
  next,
  press,
  root,
  selectOption,
  setWalkLanguage,
  text,
  type,
  walkingIn,
  wizardAt,
  type Wizard,
} from './helpers.js';
import { REPORTER, answerInOrder, startWizard } from './machine-input.js';

const AT = '2026-11-18T12:00:00Z';
const submit = (values: Answers) => ({ type: 'step.submit' as const, values, at: AT });

/** Answers the questions in order; returns the actor. */
function run(...steps: Answers[]) {
  const actor = startWizard();
  answerInOrder(actor, steps, AT);
  return actor;
}
const at = (actor: ReturnType<typeof run>) => stepOf(actor.getSnapshot() as WizardSnapshot);
const reportOf = (actor: ReturnType<typeof run>): Report => actor.getSnapshot().context.report!;
const nextKeys = (r: Report) => r.next.map((n) => n.key);

const STAFF = [{ danger: 'no' }, { role: 'practitioner' }] as Answers[];
const CHILD_SEEN = [{ subject: 'child' }, { crime: 'no' }, { knowledge: 'saw' }, { harm: ['neglect'] }, { statements: [{ text: 'No coat in the snow' }] }, {}, { knownTo: ['no'] }] as Answers[];
const TO_SUMMARY = [{ authority: 'torfaen' }, {}, {}] as Answers[];
const VIEWS = { childCompetent: 'no', childAsked: 'no' } as Answers;

describe('Section 5: a concern about someone who works with children (seed 001; WSP s5-i-7)', () => {
  const noChild = (...more: Answers[]) =>
    run(...STAFF, { subject: 'practitioner' }, { crime: 'no' }, { s5AboutLead: 'no' }, { s5What: 'Sends players messages late at night', s5When: 'Since October', s5Who: 'Coach', s5HowKnown: 'told', s5Context: 'private-life' }, { s5ChildInvolved: 'no' }, ...more);

  it('section5_noChild_reportedToSocialServices: the concern is recorded and goes to the council now, not only to the lead', () => {
    const actor = noChild();
    expect(at(actor), 'straight to who is reporting, then where it happened').to.equal('reporter');
    const report = reportOf(run(...STAFF, { subject: 'practitioner' }, { crime: 'no' }, { s5AboutLead: 'no' }, { s5What: 'Sends players messages late at night', s5HowKnown: 'told', s5Context: 'private-life' }, { s5ChildInvolved: 'no' }, ...TO_SUMMARY));
    expect(report.outcome).to.equal('section5');
    expect(report.contact.kind).to.equal('section5');
    expect(report.section5).to.include({ what: 'Sends players messages late at night', howKnown: 'told', context: 'private-life' });
    expect(nextKeys(report)).to.include.members(['next.s5.tellLead', 'next.s5.report', 'next.s5.dont', 'next.s5.record', 'next.s5.designatedOfficer', 'next.s5.child']);
  });

  it('section5_concernMustBeRecorded: Continue needs what the concern is', () => {
    const actor = run(...STAFF, { subject: 'practitioner' }, { crime: 'no' }, { s5AboutLead: 'no' }, { s5What: '   ' });
    expect(at(actor)).to.equal('s5Concern');
    expect(actor.getSnapshot().context.errors.map((e) => e.field)).to.deep.equal(['s5What']);
  });

  it('section5_withChild_keepsSection5Actions: the child report follows, and the Section 5 steps stay in the summary', () => {
    const report = reportOf(
      run(...STAFF, { subject: 'practitioner' }, { crime: 'no' }, { s5AboutLead: 'no' }, { s5What: 'Hit a child' }, { s5ChildInvolved: 'yes' }, ...CHILD_SEEN.slice(2), { dspHave: 'no' }, { consent: 'seek' }, { consentOutcome: 'given' }, VIEWS, ...TO_SUMMARY),
    );
    expect(report.outcome).to.equal('report');
    expect(nextKeys(report)).to.include.members(['next.s5.tellLead', 'next.s5.dont', 'next.s5.designatedOfficer', 'summary.next.call']);
    expect(nextKeys(report)).to.not.include('next.s5.child');
  });

  // WSP s5-i-7: "report immediately to their safeguarding lead"; the employer must "notify the
  // LADO/DOS within 24 hours (or the next working day)", "always within 24 hours (next working day if
  // out of hours)". The browser walks below check that the steps and the summary show these messages.
  it('section5_timing_leadImmediately_designatedOfficerWithin24HoursOrNextWorkingDay: in both languages, in every message that says it', () => {
    for (const key of ['s5Lead.do1', 'next.s5.tellLead', 'summary.outcome.section5'] as const) {
      expect(en[key], key).to.contain('immediately').and.not.match(/\b(today|now)\b/);
      expect(cy[key], key).to.contain('ar unwaith').and.not.match(/\b(heddiw|nawr)\b/);
    }
    for (const key of ['s5Child.lado', 'summary.outcome.section5', 'summary.outcome.section5.aboutLead', 'next.s5.designatedOfficer'] as const) {
      expect(en[key], key).to.contain('within 24 hours (the next working day if it is out of hours)');
      expect(cy[key], key).to.contain('cyn pen 24 awr (y diwrnod gwaith nesaf os yw y tu allan i oriau)');
    }
    // No other message gives the designated officer's clock without the next working day.
    for (const [key, message] of Object.entries(en)) if (/Designated Officer/.test(message) && /24 hours/.test(message)) expect(message, key).to.contain('next working day');
    for (const [key, message] of Object.entries(cy)) if (/Swyddog Diogelu Penodedig/.test(message) && /24 awr/.test(message)) expect(message, key).to.contain('diwrnod gwaith nesaf');
  });
});

describe('The concern is about the Designated Safeguarding Person (WSP c2-p13)', () => {
  it('aboutDsp_otherManagerFirst_neverBackToTheDsp: another manager is offered, and nothing after sends them to the DSP', () => {
    const actor = run(...STAFF, ...CHILD_SEEN, { dspHave: 'about-dsp' });
    expect(at(actor)).to.equal('otherManager');
    actor.send(submit({ otherManager: 'no' }));
    expect(at(actor), 'no "have you talked to them"').to.equal('consent');
    answerInOrder(actor, [{ consent: 'seek' }, { consentOutcome: 'given' }, VIEWS, ...TO_SUMMARY] as Answers[], AT);
    const report = reportOf(actor);
    expect(report.steps).to.not.include.members(['dspReach', 'dspTalk', 'dspCheck', 'consentWithDsp']);
    expect(nextKeys(report)).to.include('next.aboutDsp').and.include('next.escalate.aboutDsp').and.not.include('summary.next.escalate');
    // A DSP works with children: the Section 5 guidance too (do not tell or warn them, record it, the designated officer).
    expect(nextKeys(report)).to.include.members(['next.s5.dont', 'next.s5.record', 'next.s5.designatedOfficer']);
    // No sentence of "what next" tells them to go to their Designated Safeguarding Person.
    for (const step of report.next) expect(en[step.key as keyof typeof en], step.key).to.not.match(/tell your Designated Safeguarding Person(?!:)/);
  });

  it('aboutLead_section5_sameRule: a Section 5 concern about the lead goes past them too', () => {
    const report = reportOf(run(...STAFF, { subject: 'practitioner' }, { crime: 'no' }, { s5AboutLead: 'yes' }, { s5What: 'Shouts' }, { s5ChildInvolved: 'no' }, { otherManager: 'not-sure' }, ...TO_SUMMARY));
    expect(report.steps).to.include('otherManager');
    expect(nextKeys(report)).to.include('next.s5.otherManager').and.not.include('next.s5.tellLead');
  });
});

describe('The Designated Safeguarding Person says they will report (WSP c2-p13, c2-p18; seeds 000, 003)', () => {
  const dspReports = (agreed: string, when: Answers) =>
    reportOf(run(...STAFF, ...CHILD_SEEN, { dspHave: 'yes' }, { dspReach: 'spoken' }, { dspName: 'Ms Jones', dspAgreed: agreed } as Answers, when, { consent: 'seek' }, { consentOutcome: 'given' }, { consentWithDsp: 'yes' }, VIEWS, ...TO_SUMMARY));

  it('dspReports_checkByTheStatedTime: check by then that it was made, ask for its reference, or report yourself', () => {
    const report = dspReports('dsp-reports', { dspReportWhen: 'later-today', dspReportBy: '3pm' });
    expect(report.outcome).to.equal('dsp-reports');
    expect(report.next.find((n) => n.key === 'next.dspCheckBy')?.values).to.deep.equal({ time: '3pm' });
    expect(dspReports('dsp-reports', { dspReportWhen: 'not-sure' }).next.map((n) => n.key)).to.include('next.dspCheckAgree');
    // "Later today" with no time given: agree one, never "stay with them while they make it".
    expect(dspReports('dsp-reports', { dspReportWhen: 'later-today', dspReportBy: ' ' }).next.map((n) => n.key), 'later today, no time').to.include('next.dspCheckAgree').and.not.include('next.dspCheck');
    expect(dspReports('dsp-reports', { dspReportWhen: 'now', dspReportBy: '' }).next.map((n) => n.key), 'now').to.include('next.dspCheck');
  });

  // WSP c2-p17 (1 working day) and c2-p18 (24 hours): the DSP confirms their report in writing; the
  // person checks it was, by the earlier of the two, and else goes to social services (c2-p13, c2-p18).
  it('dspReports_checkTheWrittenConfirmation_notTheirOwnWritingNoteOrChase: one step, with the deadline', () => {
    for (const when of [{ dspReportWhen: 'later-today', dspReportBy: '3pm' }, { dspReportWhen: 'now' }, { dspReportWhen: 'not-sure' }] as Answers[]) {
      const report = dspReports('dsp-reports', when);
      const keys = nextKeys(report);
      expect(keys, when.dspReportWhen).to.not.include.any.members(['summary.next.writing', 'summary.next.note', 'summary.next.chase']);
      expect(report.next.filter((n) => n.key === 'next.dspWriting'), when.dspReportWhen).to.deep.equal([{ key: 'next.dspWriting', dates: { deadline: report.deadlines.written } }]);
      // Wednesday noon, Torfaen: 24 hours (Thursday 12:00) comes before the next working day ends.
      expect(report.deadlines.written).to.equal('2026-11-19T12:00:00.000Z');
    }
    // The deadline, who confirms, and what to do if they have not: once, and not a second "ask for its reference".
    expect(en['next.dspWriting']).to.contain('{deadline}').and.contain('confirms the report in writing').and.contain('contact social services yourself').and.not.contain('reference');
    expect(cy['next.dspWriting']).to.contain('{deadline}').and.contain("cadarnhau'r hysbysiad yn ysgrifenedig").and.not.match(/[cg]yfeirnod/);
    // Every way of checking that the DSP made it asks for its reference (summary.next.note is not given).
    for (const key of ['next.dspCheck', 'next.dspCheckBy', 'next.dspCheckAgree'] as const) {
      expect(en[key], key).to.contain('reference');
      expect(cy[key], key).to.match(/[cg]yfeirnod/); // "ei gyfeirnod"
    }
    // Making the report together, the person's own written confirmation, note and chase stay.
    const together = dspReports('together', {});
    expect(together.outcome).to.equal('report');
    expect(nextKeys(together)).to.include.members(['summary.next.writing', 'summary.next.note', 'summary.next.chase']).and.not.include('next.dspWriting');
  });

  it('colleagueTold_neverAssumeReported: a colleague may have reported, but the person still makes their own report', () => {
    const report = reportOf(
      run(...STAFF, { subject: 'child' }, { crime: 'no' }, { knowledge: 'someone-told' }, { toldBy: 'practitioner' }, { colleagueReported: 'not-sure' }, ...CHILD_SEEN.slice(3), { dspHave: 'no' }, { consent: 'seek' }, { consentOutcome: 'given' }, VIEWS, ...TO_SUMMARY),
    );
    expect(report.outcome).to.equal('report');
    expect(nextKeys(report)).to.include('next.neverAssume').and.include('summary.next.call');
  });
});

describe('A crime may have been committed (WSP c2-p2, c2-p8, c2-p17)', () => {
  const withCrime = (crime: Answers, police?: Answers) =>
    reportOf(run(...STAFF, { subject: 'child' }, crime, ...(police ? [police] : []), ...CHILD_SEEN.slice(2), { dspHave: 'no' }, { consent: 'seek' }, { consentOutcome: 'given' }, VIEWS, ...TO_SUMMARY));

  it('crime_yes_toldThePoliceAsWell: asked, recorded with any police reference, and in what next', () => {
    const notYet = withCrime({ crime: 'yes' }, { policeTold: 'not-yet' });
    expect(notYet.police).to.include({ crime: 'yes', told: 'not-yet' });
    expect(nextKeys(notYet)).to.include('next.police');
    expect(notYet.decisions.find((d) => d.topic === 'police')).to.include({ decision: 'police.notYet' });
    const told = withCrime({ crime: 'yes' }, { policeTold: 'non-emergency', policeReference: 'Incident 2411' });
    expect(told.police?.reference).to.equal('Incident 2411');
    expect(told.next.find((n) => n.key === 'next.policeTold')?.values).to.deep.equal({ reference: 'Incident 2411' });
  });

  it('crime_notSure_adviceFromThePolice; crime_no_noPoliceQuestion', () => {
    expect(nextKeys(withCrime({ crime: 'not-sure' }, { policeTold: 'not-yet' }))).to.include('next.policeAdvice');
    const none = withCrime({ crime: 'no' });
    expect(none.steps).to.not.include('police');
    expect(nextKeys(none).filter((k) => k.startsWith('next.police'))).to.deep.equal([]);
  });
});

describe('"Not sure" never ends without a report or a call for advice (WSP c2-p13, c2-p16)', () => {
  it('notSure_consent_askSocialServices: the report goes ahead, and the call asks for advice on consent', () => {
    const actor = run(...STAFF, ...CHILD_SEEN, { dspHave: 'no' }, { consent: 'not-sure' });
    expect(at(actor), 'no outcome or reasons to record yet').to.equal('childViews');
    answerInOrder(actor, [VIEWS, { authority: 'torfaen' }] as Answers[], AT);
    expect(callPurpose(actor.getSnapshot().context.answers, actor.getSnapshot().context.history)).to.equal('advice');
    actor.send(submit({}));
    actor.send(submit({}));
    const report = reportOf(actor);
    expect(report.outcome).to.equal('report');
    expect(report.decisions.find((d) => d.topic === 'consent')).to.include({ decision: 'consent.notSure' });
    expect(nextKeys(report)).to.include('next.consentAdvice');
  });

  it('notSure_stillConcerned_seekAdvice: not sure after the DSP advised against reporting leads to the council for advice', () => {
    const report = reportOf(run(...STAFF, ...CHILD_SEEN, { dspHave: 'yes' }, { dspReach: 'spoken' }, { dspName: 'Ms Jones', dspAgreed: 'advised-not' }, { dspReason: 'A one-off', stillConcerned: 'not-sure' }, ...TO_SUMMARY));
    expect(report.outcome).to.equal('seek-advice');
    expect(report.contact.contact?.phone, 'a number to call').to.be.a('string');
    expect(nextKeys(report)).to.include('next.seekAdvice');
  });

  it('notSure_harm_stillReports: not sure of the kind of harm is still a report', () => {
    const report = reportOf(run(...STAFF, { subject: 'child' }, { crime: 'no' }, { knowledge: 'saw' }, { harm: ['not-sure'] }, ...CHILD_SEEN.slice(4), { dspHave: 'no' }, { consent: 'seek' }, { consentOutcome: 'given' }, VIEWS, ...TO_SUMMARY));
    expect(report.outcome).to.equal('report');
    expect(nextKeys(report)).to.include('summary.next.call');
  });
});

describe('A child already known to social services (seed 001; WSP c2-p9)', () => {
  it('knownChild_sayItOnThePhone_andSameDayWhenOnTheRegister', () => {
    const known = (knownTo: Answers['knownTo'], harm: Answers['harm']) =>
      reportOf(run(...STAFF, { subject: 'child' }, { crime: 'no' }, { knowledge: 'saw' }, { harm }, { statements: [{ text: 'Bruises' }] }, {}, { knownTo, socialWorker: 'Jo Smith, Team 2' }, { dspHave: 'no' }, { consent: 'seek' }, { consentOutcome: 'given' }, VIEWS, ...TO_SUMMARY));
    const register = known(['register', 'social-worker'], ['physical']);
    expect(register.child).to.include({ socialWorker: 'Jo Smith, Team 2' });
    expect(register.next.find((n) => n.key === 'next.known')?.keys).to.deep.equal({ known: ['knownChild.register', 'knownChild.social-worker'] });
    expect(nextKeys(register)).to.include('next.knownSameDay');
    // Seed 001: being on a plan is a same-day trigger of its own, whatever the kind of harm.
    expect(nextKeys(known(['register'], ['neglect'])), 'on the register, with neglect').to.include('next.knownSameDay');
    expect(nextKeys(known(['looked-after'], ['neglect']))).to.include('next.known').and.not.include('next.knownSameDay');
    expect(nextKeys(known(['no'], ['physical']))).to.not.include('next.known');
  });

  it('knownChild_noOrNotSure_standAlone', () => {
    const actor = run(...STAFF, ...CHILD_SEEN.slice(0, 6), { knownTo: ['no', 'register'] });
    expect(at(actor)).to.equal('knownChild');
    expect(actor.getSnapshot().context.errors[0]).to.include({ field: 'knownTo', message: 'error.knownTo' });
  });
});

describe('Unborn babies and adults at risk, as themselves (issue 10.7)', () => {
  it('unborn_noChildToldAndNoViews: an unborn baby cannot tell anyone, has no views, and is not on a plan', () => {
    const actor = run(...STAFF, { subject: 'unborn' }, { crime: 'no' }, { knowledge: 'child-told' });
    expect(at(actor), '"the child told me" is refused').to.equal('knowledge');
    answerInOrder(actor, [{ knowledge: 'saw' }, { harm: ['neglect'] }, { statements: [{ text: 'Drinking heavily in pregnancy' }] }, {}, { dspHave: 'no' }, { consent: 'seek' }, { consentOutcome: 'given' }, ...TO_SUMMARY] as Answers[], AT);
    const report = reportOf(actor);
    expect(report.steps).to.not.include.members(['childWords', 'knownChild', 'childViews']);
    expect(nextKeys(report)).to.include('next.unborn');
  });

  it('unborn_noCompetentOrCoercedChildReasons: no reason about a competent or coerced child is offered, counted or recorded', () => {
    // Seed 001's reasons about the child; WSP c2-p16: a competent child is consulted (machines/fields.ts).
    const aboutTheChild = ['coerced-silence', 'competent-child-objects'];
    expect(optionsFor('consentReasons', { subject: 'child' })).to.deep.equal(CONSENT_REASONS);
    expect(optionsFor('consentReasons', { subject: 'unborn' })).to.deep.equal(CONSENT_REASONS.filter((r) => !aboutTheChild.includes(r)));
    // The form draws what the machine's module offers.
    const drawn = (subject: Answers['subject']) => optionsOf({ t: (k) => k, answers: { subject }, errors: [] }, 'consentReasons').map((o) => o.value);
    expect(drawn('unborn')).to.deep.equal(optionsFor('consentReasons', { subject: 'unborn' }));
    expect(drawn('child')).to.include.members(aboutTheChild);

    // Chosen for a child, then Back to "Who are you worried about?" and an unborn baby instead: the
    // reason kept from the child's route does not count, and another is needed.
    const actor = run(...STAFF, ...CHILD_SEEN, { dspHave: 'no' }, { consent: 'not-seek' }, { consentReasons: ['competent-child-objects'] });
    expect(at(actor), 'a reason for a child is accepted for a child').to.equal('childViews');
    while (at(actor) !== 'subject') actor.send({ type: 'nav.back' });
    answerInOrder(actor, [{ subject: 'unborn' }, { crime: 'no' }, { knowledge: 'saw' }, { harm: ['neglect'] }, { statements: [{ text: 'Drinking heavily in pregnancy' }] }, {}, { dspHave: 'no' }, { consent: 'not-seek' }, {}] as Answers[], AT);
    expect(at(actor), 'the competent child\'s reason, still held, is not a reason here').to.equal('consentReasons');
    expect(actor.getSnapshot().context.errors).to.deep.equal([{ field: 'consentReasons', message: 'error.consentReasons' }]);
    actor.send(submit({ consentReasons: ['coerced-silence'] }));
    expect(at(actor), 'nor is a coerced child').to.equal('consentReasons');

    // Sent alongside a reason that applies (as a host or a restored draft could): only that one is recorded.
    answerInOrder(actor, [{ consentReasons: ['competent-child-objects', 'parent-alleged-abuser', 'coerced-silence'] }, ...TO_SUMMARY] as Answers[], AT);
    const report = reportOf(actor);
    expect(report.consent?.reasons).to.deep.equal(['parent-alleged-abuser']);
    expect(report.answers.consentReasons).to.deep.equal(['parent-alleged-abuser']);
    expect(report.decisions.find((d) => d.topic === 'consent')?.reasons).to.deep.equal(['consentReason.parent-alleged-abuser']);
    const { answers, times, history } = actor.getSnapshot().context;
    expect(consentRecord(answers, times, history).reasons, 'the consent record too').to.deep.equal(['parent-alleged-abuser']);

    // The DSP's consent walk-through comes before who the concern is about: a competent child's
    // reason given there is asked again when the report goes on for an unborn baby.
    const walk = run({ danger: 'no' }, { role: 'dsp' }, { raisedByName: 'Sam Teacher', dspOwnName: 'Ms Rhian Jones', purpose: 'consent' }, { reportRisk: 'no' }, VIEWS, { consent: 'not-seek' }, { consentReasons: ['competent-child-objects'] });
    expect(at(walk)).to.equal('consentRecord');
    walk.send({ type: 'walk.continue' });
    answerInOrder(walk, [{ subject: 'unborn' }, { crime: 'no' }, { knowledge: 'saw' }, { harm: ['neglect'] }, { statements: [{ text: 'Drinking heavily in pregnancy' }] }, {}] as Answers[], AT);
    expect(at(walk), 'not passed through as already answered').to.equal('consentReasons');
  });

  it('unborn_noFearsOfItsOwn: the pointers on consent ask a child\'s fears, never an unborn baby\'s, and none is recorded', () => {
    // WSP c2p-p5: the fears are a child's own (machines/fields.ts).
    expect(isAsked('childFears', { subject: 'child' })).to.equal(true);
    expect(isAsked('childFears', { subject: 'unborn' })).to.equal(false);
    const actor = run({ danger: 'no' }, { role: 'dsp' }, { raisedByName: 'Sam Teacher', dspOwnName: 'Ms Rhian Jones' }, { subject: 'unborn' }, { crime: 'no' }, { knowledge: 'saw' }, { harm: ['neglect'] }, { statements: [{ text: 'Drinking heavily in pregnancy' }] }, {});
    expect(at(actor)).to.equal('consentPointers');
    // Fears sent anyway (a host, or a draft kept from the child's route) are not reported.
    answerInOrder(actor, [{ childFears: ['care'], reportRisk: 'no' }, { consent: 'seek' }, { consentOutcome: 'given' }, ...TO_SUMMARY] as Answers[], AT);
    const report = reportOf(actor);
    expect(report.steps).to.include('consentPointers');
    expect(report.answers.childFears).to.equal(undefined);
    expect(report.childViews).to.deep.include({ fears: undefined, reportRisk: 'no' });
  });

  it('adult_citesTheDutyAndTheDefinition: section 128 is the duty, section 126 says who is an adult at risk', () => {
    const report = reportOf(run(...STAFF, { subject: 'adult' }, { crime: 'no' }, {}, { authority: 'carmarthenshire' }, {}, {}));
    expect(report.outcome).to.equal('adult-signpost');
    const why = report.decisions.find((d) => d.topic === 'route')!.reasons[0]!;
    expect(en[why as keyof typeof en]).to.contain('section 128').and.contain('section 126 says who is an adult at risk');
    // The Welsh cites the same sections: section 128 (adran 128) is the duty, section 126 the definition.
    expect(cy[why as keyof typeof cy]).to.contain('adran 128').and.contain("mae adran 126 yn dweud pwy yw oedolyn sy'n wynebu risg");
    expect(nextKeys(report)).to.deep.equal(['next.adult.call', 'next.adult.writing', 'summary.next.note']);
    // Adult services' own number; never the council's page about reporting a child.
    expect(report.contact.contact?.phone).to.equal(shippedDirectory.authorities.find((c) => c.id === 'carmarthenshire')!.adults!.phone);
    expect([report.contact.website, report.contact.plan.website], 'the council page about children').to.deep.equal([undefined, undefined]);
  });
});

describe('Where to report: where the concern arose (WSP c2-p6)', () => {
  it('england_councilNamed_noWelshCouncilNeeded', () => {
    const report = reportOf(run(...STAFF, ...CHILD_SEEN, { dspHave: 'no' }, { consent: 'seek' }, { consentOutcome: 'given' }, VIEWS, { authority: 'england:Gloucestershire' }, {}, {}));
    expect(report.contact).to.include({ authorityName: 'Gloucestershire', which: 'notKnown' });
    expect(nextKeys(report)).to.include('next.england').and.not.include('summary.next.call');
  });
});

describe('Words (issue 10.9)', () => {
  /** Each short form the wizard may use, with the words that must come before it in the same message. */
  const SHORT_FORMS: [short: string, words: string][] = [
    ['IAA', 'Information, Advice and Assistance'],
    ['DSP', 'Designated Safeguarding Person'],
    ['LADO', 'Local Authority Designated Officer'],
    ['DOS', 'Designated Officer for Safeguarding'],
    ['MARF', 'Multi-Agency Referral Form'],
    ['EDT', 'Emergency Duty Team'],
    ['Section 5', 'works with children'],
  ];
  it('words_officialNames_andShortFormsAfterTheirWords: the official service name, and every short form in words first', () => {
    const toEngland = jurisdictionTerms('england', 'en')!;
    for (const [key, message] of Object.entries(en).flatMap(([k, m]) => [[k, m], [`${k} (England)`, toEngland(m)]])) {
      expect(message, key).to.not.match(/information and advice service/i);
      for (const [short, words] of SHORT_FORMS) {
        const at = message.search(new RegExp(`\\b${short}\\b`));
        if (at >= 0) expect(message.slice(0, at), `${key}: "${short}" after its words`).to.contain(words);
      }
    }
  });
});

describe('The DSP walks a colleague through the consent decision (issue 10.10; WSP c2-p16, c2p-p5)', () => {
  it('dspConsent_walkThrough_thenOnIntoTheReport_withoutAskingTwice', () => {
    const actor = run({ danger: 'no' }, { role: 'dsp' }, { raisedByName: 'Sam Teacher', dspOwnName: 'Ms Rhian Jones', purpose: 'consent' });
    expect(at(actor), 'the pointers first').to.equal('consentPointers');
    for (const values of [{ childFears: ['trouble'], reportRisk: 'yes' }, { childCompetent: 'yes', childAsked: 'yes', childWishes: 'Does not want Dad told' }, { consent: 'not-seek' }, { consentReasons: ['parent-alleged-abuser'] }] as Answers[]) actor.send(submit(values));
    expect(at(actor)).to.equal('consentRecord');
    expect(actor.getSnapshot().context.consentRecord, 'the record is made by the statechart on reaching it').to.deep.include({
      decision: 'not-seek',
      reasons: ['parent-alleged-abuser'],
      decidedBy: 'dsp-with-raiser',
      // DOMAIN.md 6: recorded with who decided, by name.
      dspName: 'Ms Rhian Jones',
      raisedBy: { name: 'Sam Teacher', role: undefined },
    });
    actor.send({ type: 'walk.continue' });
    expect(at(actor), 'on into the report at who the concern is about').to.equal('subject');
    const asked: string[] = [];
    for (const values of [{ subject: 'child' }, { crime: 'no' }, { knowledge: 'saw' }, { harm: ['physical'] }, { statements: [{ text: 'Bruise' }] }, {}, { knownTo: ['no'] }] as Answers[]) {
      asked.push(at(actor));
      actor.send(submit(values));
    }
    expect(asked).to.deep.equal(['subject', 'crime', 'knowledge', 'harm', 'whatHappened', 'childDetails', 'knownChild']);
    expect(at(actor), 'the consent questions already answered are passed through, to what the council will ask').to.equal('councilNeeds');
    actor.send(submit({}));
    expect(at(actor)).to.equal('reporter');
    expect(actor.getSnapshot().context.answers.reporterName, "the DSP's name is the reporter's, not asked again").to.equal('Ms Rhian Jones');
    actor.send(submit(REPORTER));
    actor.send(submit({ authority: 'torfaen' }));
    actor.send(submit({}));
    actor.send(submit({}));
    const report = reportOf(actor);
    expect(report.consent).to.include({ decision: 'not-seek', decidedBy: 'dsp-with-raiser' });
    expect(report.childViews).to.include({ competent: 'yes', reportRisk: 'yes' });
    expect(report.childViews?.fears).to.deep.equal(['trouble']);
    expect(report.steps.slice(0, 4)).to.deep.equal(['danger', 'role', 'raisedBy', 'subject']);
  });
});

describe('The consent walk-through is only for the DSP (issue 10.10; seed 001)', () => {
  it('consentWalk_onlyWhileTheDspLeadsIt: chosen, then Back to answer as a member of staff, it is the whole report', () => {
    const actor = run({ danger: 'no' }, { role: 'dsp' }, { raisedByName: 'Sam Teacher', dspOwnName: 'Ms Rhian Jones', purpose: 'consent' });
    expect(at(actor)).to.equal('consentPointers');
    actor.send({ type: 'nav.back' });
    actor.send({ type: 'nav.back' });
    expect(at(actor)).to.equal('role');
    answerInOrder(actor, [{ role: 'practitioner' }, ...CHILD_SEEN, { dspHave: 'no' }, { consent: 'seek' }, { consentOutcome: 'given' }] as Answers[], AT);
    expect(at(actor), "the child's views, then the report: not the consent record").to.equal('childViews');
    answerInOrder(actor, [VIEWS, ...TO_SUMMARY], AT);
    expect(at(actor)).to.equal('summary');
    expect(reportOf(actor).consent).to.include({ decision: 'seek', decidedBy: 'reporter' });
  });
});

describe('The consent walk-through is offered only while first answering (issue 10.10)', () => {
  it('consentWalk_notWhileChanging: Change to the DSP from check answers, and "consent only" is neither offered nor taken', () => {
    const actor = run(...STAFF, ...CHILD_SEEN, { dspHave: 'no' }, { consent: 'seek' }, { consentOutcome: 'given' }, VIEWS, { authority: 'torfaen' }, {});
    expect(at(actor)).to.equal('checkAnswers');
    actor.send({ type: 'nav.change', step: 'role' });
    actor.send(submit({ role: 'dsp' }));
    expect(at(actor)).to.equal('raisedBy');
    expect(offersConsentOnly(actor.getSnapshot()), 'not offered while changing an answer').to.equal(false);
    actor.send(submit({ raisedByName: 'Sam Teacher', dspOwnName: 'Ms Rhian Jones', purpose: 'consent' }));
    expect(actor.getSnapshot().context.answers.purpose, 'not taken').to.equal(undefined);
    answerInOrder(actor, [{ reportRisk: 'no' }] as Answers[], AT);
    expect(at(actor), 'back to check answers with the report whole, not to a consent record').to.equal('checkAnswers');
    expect(actor.getSnapshot().context.history).to.include.members(['subject', 'harm', 'consent']);
  });

  it('offersConsentOnly: to a DSP first answering, not to staff, and not once chosen', () => {
    const dsp = run({ danger: 'no' }, { role: 'dsp' });
    expect(offersConsentOnly(dsp.getSnapshot())).to.equal(true);
    expect(offersConsentOnly(run(...STAFF).getSnapshot())).to.equal(false);
    dsp.send(submit({ raisedByName: 'Sam Teacher', dspOwnName: 'Ms Rhian Jones', purpose: 'consent' }));
    expect(offersConsentOnly(dsp.getSnapshot())).to.equal(false);
  });
});

describe('The consent walk-through ends at "not sure" (issue 10.5; WSP c2-p16)', () => {
  it('dspConsent_notSure_recordSaysAskSocialServices: the record alone still says to ask social services for advice', () => {
    const actor = run({ danger: 'no' }, { role: 'dsp' }, { raisedByName: 'Sam Teacher', dspOwnName: 'Ms Rhian Jones', purpose: 'consent' }, { reportRisk: 'no' }, VIEWS, { consent: 'not-sure' });
    expect(at(actor)).to.equal('consentRecord');
    const { answers, times, history } = actor.getSnapshot().context;
    const record = consentRecord(answers, times, history);
    expect(record.next).to.deep.equal(['consent.not-sure.hint']);
    for (const words of [en, cy] as Record<string, string>[]) {
      const rows = consentRecordRows(record, (key, values) => fill(words[key] ?? key, values));
      expect(rows.flatMap((r) => r.lines)).to.include(words['consent.not-sure.hint']);
    }
    expect(consentRecord({ ...answers, consent: 'not-seek', consentReasons: ['further-risk'] }, times, history).next, 'a decision made').to.deep.equal([]);
  });
});

// ---------------------------------------------------------------------------------------------
// The edge routes in the browser, by label, in English and Welsh, with axe on every step
// ---------------------------------------------------------------------------------------------

const catalogue = { en, cy } as const;
/** A catalogue sentence as shown, in the walk's language. */
const said = (lang: 'en' | 'cy', key: string, values: Record<string, string> = {}) =>
  ((catalogue[lang] as Record<string, string>)[key] ?? key).replace(/\{(\w+)\}/g, (whole, name: string) => (name === 'emergency' ? '999' : name === 'police' ? '101' : (values[name] ?? whole))).replace(/\s+/g, ' ');

interface EdgeStep {
  heading: string;
  act?: (el: Wizard) => Promise<void>;
  /** Words of the catalogue that must be on this step (in the walk's language). */
  shows?: string[];
  /** Words that must not be. */
  hides?: string[];
  /** A button other than Continue. */
  press?: string;
}
interface EdgeRoute {
  name: string;
  steps: EdgeStep[];
  /** What the summary's "What to do next" must say. */
  next: [key: string, values?: Record<string, string>][];
  /** Other words that must be on the summary. */
  onSummary?: string[];
  /** Words that must not be on the summary. */
  notOnSummary?: string[];
  /** The concern is about an unborn baby: after who the concern is about, no step and not the summary calls it "the child". */
  notTheChild?: true;
}

/**
 * "Child" as the word for one child; not "children", "children's services", or "child protection"
 * (a council's own words in the directory: an unborn baby is reported into child protection too).
 * In Welsh, plentyn and its mutations.
 */
const ONE_CHILD = { en: /\bchild\b(?! protection)/i, cy: /\b(p|b|mh|ph)lentyn\b/i } as const;
/**
 * Sentences on the unborn route that say "child" and do not mean the baby: the kinds of harm as
 * the procedures define them, the NSPCC's remit ("for advice about a child"), and what the law
 * allows when consent is refused (seed 001: sharing without consent to prevent harm "to a child").
 */
const NOT_ABOUT_THE_BABY = ['harm.emotional.hint', 'harm.neglect.hint', 'harm.emotional-neglect.hint', 'harm.identity-neglect.hint', 'plan.why.nspcc', 'consentOutcome.refused.hint'];

/** Headings, hints, options, what to say on the phone: nothing shown calls the unborn baby "the child" (addresses of sources aside). */
function expectNotTheChild(shown: string, lang: 'en' | 'cy', where: string): void {
  const rest = NOT_ABOUT_THE_BABY.reduce((words, key) => words.split(said(lang, key)).join(' '), shown.replace(/https?:\/\/\S+/g, ' '));
  const found = ONE_CHILD[lang].exec(rest);
  expect(found && rest.slice(Math.max(0, found.index - 80), found.index + 60), `${where}: "the child" for an unborn baby`).to.equal(null);
}

const e = (heading: string, act?: EdgeStep['act'], more: Omit<EdgeStep, 'heading' | 'act'> = {}): EdgeStep => ({ heading, act, ...more });
const DANGER_NO = e('Is anyone in immediate danger, or in need of urgent medical help?', (el) => choose(el, 'No'));
const STAFF_STEP = e('Who are you?', (el) => choose(el, 'A member of staff or a volunteer'));
const CHILD = e('Who are you worried about?', (el) => choose(el, 'A child or young person under 18'));
const HARM = e('What kind of harm are you worried about?', (el) => choose(el, 'Physical abuse'));
const WHAT = e('What happened?', (el) => type(el, 'Statement 1', 'Bruises on both arms'));
const DETAILS = e('About the child');
/** The DSP advised against reporting (WSP c2-p13: the duty stays with the person). */
const DSP_ADVISED_NOT = e('Your conversation with the Designated Safeguarding Person', async (el) => {
  await type(el, 'Their name', 'Ms Jones');
  await choose(el, 'They advised me not to report');
});
const COUNCIL = e('Where did this happen?', (el) => selectOption(el, 'Council (local authority)', 'Torfaen'), { shows: ['authority.where'] });
const UNBORN_COUNCIL = e('Where did this happen?', (el) => selectOption(el, 'Council (local authority)', 'Torfaen'), { shows: ['authority.where.unborn'] });
const CONTACT = e('Who to contact now');
const COUNCIL_NEEDS = e('What the council will ask');
// Who is reporting: the same answers as the shared routes give.
const REPORTER_STEP = e(REPORTER_ON_SCREEN.heading, REPORTER_ON_SCREEN.act);

/**
 * The crime step's hint, for an unborn baby or an adult at risk, gives no child as an example
 * (issue 10.7): read from the hint itself, in the walk's language. Then answers No.
 */
async function crimeHintWithoutAChild(el: Wizard): Promise<void> {
  const hint = root(el).querySelector('#f-crime-hint')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  expect(hint, 'the crime hint').to.contain(walkingIn() === 'cy' ? 'gall yr heddlu roi cyngor' : 'the police can advise');
  expect(hint, 'the crime hint').to.not.match(walkingIn() === 'cy' ? /lentyn|lant\b/i : /child/i);
  await choose(el, 'No');
}

/** In the town and postcode finder: a postcode in England, then "Use <council> (England)" (issue 10.8). */
async function useEnglishCouncil(el: Wizard, postcode: string, council: string): Promise<void> {
  await customElements.whenDefined('srw-authority-finder');
  const finder = root(el).querySelector('srw-authority-finder') as HTMLElement & { updateComplete: Promise<boolean>; find(): Promise<void> };
  await finder.updateComplete;
  finder.shadowRoot!.querySelector('input')!.value = postcode;
  await finder.find();
  await finder.updateComplete;
  const words = fill(lookupMessages[walkingIn()]['lookup.useEngland'], { council });
  const use = Array.from(finder.shadowRoot!.querySelectorAll('button')).find((b) => b.textContent?.replace(/\s+/g, ' ').trim() === words);
  if (!use) throw new Error(`No button "${words}"`);
  use.click();
  await el.updateComplete;
}

const EDGE_ROUTES: EdgeRoute[] = [
  {
    name: 'a crime told to the police; the child told; on the register; the DSP will report by 3pm; consent not sure; the child objects',
    steps: [
      DANGER_NO,
      STAFF_STEP,
      CHILD,
      e('Could a crime have been committed against the child?', (el) => choose(el, 'Yes')),
      e('Have you told the police?', async (el) => {
        await choose(el, 'Yes, I called 101');
        await type(el, 'Police reference or incident number', 'Incident 2411');
      }),
      e('How do you know about this concern?', (el) => choose(el, 'The child told me')),
      HARM,
      WHAT,
      e('What did the child say? (optional)', (el) => type(el, 'What did the child say?', 'Dad hit me')),
      DETAILS,
      e('Is the child already known to social services?', (el) => choose(el, 'On the child protection register (has a care and support protection plan)')),
      e('Does your organisation have a Designated Safeguarding Person?', (el) => choose(el, 'Yes')),
      e('Have you been able to talk to your Designated Safeguarding Person about this?', (el) => choose(el, 'Yes, I have talked to them')),
      e('Your conversation with the Designated Safeguarding Person', async (el) => {
        await type(el, 'Their name', 'Ms Jones');
        await choose(el, 'They will make the report');
      }),
      e('When will they make the report?', async (el) => {
        await choose(el, 'Later today');
        await type(el, 'By what time will they have made it?', '3pm');
      }),
      e('Will you ask the parents or carers for their consent to make the report?', (el) => choose(el, 'We are not sure yet'), { shows: ['or'] }),
      e('Did you make this decision with your Designated Safeguarding Person?', (el) => choose(el, 'Yes, we decided together')),
      e("The child's wishes and views", async (el) => {
        await choose(el, 'Not sure');
        const objects = Array.from(root(el).querySelectorAll<HTMLInputElement>('input[name="childObjects"]')).find((i) => i.value === 'yes')!;
        objects.click();
        await el.updateComplete;
      }, { shows: ['childViews.competent.hint'] }),
      COUNCIL_NEEDS,
      REPORTER_STEP,
      COUNCIL,
      // What to say on the phone, while they call: the child is on the register, and the police reference.
      e('Who to contact now', async (el) => {
        expect(text(el)).to.contain('Incident 2411');
      }, { shows: ['contactNow.askAdvice', 'knownChild.register', 'field.policeReference'] }),
    ],
    next: [
      ['next.dspCheckBy', { time: '3pm' }],
      ['next.policeTold', { reference: 'Incident 2411' }],
      ['next.knownSameDay'],
      ['next.recordDisclosure'],
      ['next.consentAdvice'],
      ['next.childObjects'],
      // The DSP confirms their report in writing: the person checks it was, by the deadline (WSP c2-p17, c2-p18).
      ['next.dspWriting'],
      ['summary.next.escalate'],
    ],
    notOnSummary: ['summary.next.writing', 'summary.next.note', 'summary.next.chase'],
  },
  {
    name: 'Section 5 about the safeguarding lead, no child named: another manager, then the council',
    steps: [
      DANGER_NO,
      STAFF_STEP,
      e('Who are you worried about?', (el) => choose(el, 'Someone who works or volunteers with children')),
      // The hint's examples are crimes a person working with children may commit, not a child's situation.
      e('Could the person the concern is about have committed a crime?', (el) => choose(el, 'Not sure'), { shows: ['crime.hint.practitioner'], hides: ['crime.hint'] }),
      e('Have you told the police?', (el) => choose(el, 'Not yet')),
      // WSP s5-i-7: tell the lead immediately (the catalogue's words are checked above).
      e('Is the concern about your safeguarding lead?', (el) => choose(el, 'Yes'), { shows: ['s5Lead.do1'] }),
      e('What is the concern?', async (el) => {
        await type(el, 'What did they do or say?', 'Sends pupils messages at night');
        await choose(el, 'I saw or heard it myself');
        await choose(el, 'In their private life');
      }),
      e('Is a particular child involved or at risk?', (el) => choose(el, 'No')),
      e('Is there another senior manager you can tell safely, today?', (el) => choose(el, 'No'), { shows: ['otherManager.dontTell'] }),
      REPORTER_STEP,
      COUNCIL,
      CONTACT,
    ],
    next: [['next.s5.otherManager'], ['next.s5.report'], ['next.policeAdvice'], ['next.s5.dont'], ['next.s5.designatedOfficer']],
    onSummary: ['summary.outcome.section5.aboutLead'],
    notOnSummary: ['next.s5.tellLead', 'summary.next.escalate'],
  },
  {
    // Issue 10.1: where a child is also involved, the child report follows and the Section 5 actions stay in the summary.
    name: 'Section 5 with a particular child involved: the child report follows, with the Section 5 steps in what next',
    steps: [
      DANGER_NO,
      STAFF_STEP,
      e('Who are you worried about?', (el) => choose(el, 'Someone who works or volunteers with children')),
      e('Could the person the concern is about have committed a crime?', (el) => choose(el, 'No')),
      e('Is the concern about your safeguarding lead?', (el) => choose(el, 'No'), { shows: ['s5Lead.do1'] }),
      e('What is the concern?', async (el) => {
        await type(el, 'What did they do or say?', 'Grabbed a pupil by the arm in the changing room');
        await choose(el, 'I saw or heard it myself');
        await choose(el, 'At work or while volunteering');
      }),
      e('Is a particular child involved or at risk?', (el) => choose(el, 'Yes'), { shows: ['s5Child.lado'] }),
      e('How do you know about this concern?', (el) => choose(el, 'I saw or heard something myself')),
      HARM,
      WHAT,
      DETAILS,
      e('Is the child already known to social services?', (el) => choose(el, 'No')),
      e('Does your organisation have a Designated Safeguarding Person?', (el) => choose(el, 'No, or I do not know who it is')),
      e('Will you ask the parents or carers for their consent to make the report?', (el) => choose(el, 'Yes, we will ask them, or have asked them')),
      e('What happened when you asked for consent?', (el) => choose(el, 'They agreed to the report')),
      e("The child's wishes and views"),
      COUNCIL_NEEDS,
      REPORTER_STEP,
      COUNCIL,
      CONTACT,
    ],
    next: [['next.s5.tellLead'], ['next.s5.dont'], ['next.s5.record'], ['next.s5.designatedOfficer'], ['summary.next.call']],
    notOnSummary: ['next.s5.report', 'next.s5.child'],
  },
  {
    name: 'the concern is about the DSP: never back to them',
    steps: [
      DANGER_NO,
      STAFF_STEP,
      CHILD,
      e('Could a crime have been committed against the child?', (el) => choose(el, 'No')),
      e('How do you know about this concern?', (el) => choose(el, 'I saw or heard something myself')),
      HARM,
      WHAT,
      DETAILS,
      e('Is the child already known to social services?', (el) => choose(el, 'No')),
      e('Does your organisation have a Designated Safeguarding Person?', (el) => choose(el, 'Yes, but my concern is about them')),
      e('Is there another senior manager you can tell safely, today?', (el) => choose(el, 'Yes')),
      e('Will you ask the parents or carers for their consent to make the report?', (el) => choose(el, 'Yes, we will ask them, or have asked them'), {
        shows: ['consent.hint.aboutDsp'],
        hides: ['consent.hint'],
      }),
      e('What happened when you asked for consent?', (el) => choose(el, 'They agreed to the report')),
      e("The child's wishes and views"),
      COUNCIL_NEEDS,
      REPORTER_STEP,
      COUNCIL,
      CONTACT,
    ],
    next: [['next.aboutDsp'], ['next.s5.dont'], ['next.s5.designatedOfficer'], ['next.escalate.aboutDsp']],
    notOnSummary: ['summary.next.escalate'],
  },
  {
    name: 'a colleague told them; the DSP advised against; not sure: call for advice',
    steps: [
      DANGER_NO,
      STAFF_STEP,
      CHILD,
      e('Could a crime have been committed against the child?', (el) => choose(el, 'No')),
      e('How do you know about this concern?', (el) => choose(el, 'Someone else told me')),
      e('Who told you?', (el) => choose(el, 'A colleague, or someone from another organisation')),
      e('Do you know for certain that they have already reported it to social services?', (el) => choose(el, 'Not sure'), { shows: ['colleagueReported.neverAssume'] }),
      // Not sure of the kind of harm is an answer, and still a report (issue 10.5).
      e('What kind of harm are you worried about?', (el) => choose(el, 'I am not sure')),
      WHAT,
      DETAILS,
      e('Is the child already known to social services?', (el) => choose(el, 'Not sure')),
      e('Does your organisation have a Designated Safeguarding Person?', (el) => choose(el, 'Yes')),
      e('Have you been able to talk to your Designated Safeguarding Person about this?', (el) => choose(el, 'Yes, I have talked to them')),
      DSP_ADVISED_NOT,
      e('Do you still think the child is at risk?', async (el) => {
        await type(el, 'What reason did they give?', 'A one-off');
        await choose(el, 'I am not sure');
      }),
      COUNCIL,
      e('Who to contact now', undefined, { shows: ['contactNow.askAdvice'] }),
    ],
    next: [['next.seekAdvice'], ['next.neverAssume']],
  },
  {
    // Issue 10.8; WSP c2-p6: where the concern arose decides the council, even in England, with no Welsh council to choose.
    name: "it happened in England: that council's children's services, with no Welsh council needed",
    steps: [
      DANGER_NO,
      STAFF_STEP,
      CHILD,
      e('Could a crime have been committed against the child?', (el) => choose(el, 'No')),
      e('How do you know about this concern?', (el) => choose(el, 'I saw or heard something myself')),
      HARM,
      WHAT,
      DETAILS,
      e('Is the child already known to social services?', (el) => choose(el, 'No')),
      e('Does your organisation have a Designated Safeguarding Person?', (el) => choose(el, 'No, or I do not know who it is')),
      e('Will you ask the parents or carers for their consent to make the report?', (el) => choose(el, 'Yes, we will ask them, or have asked them')),
      e('What happened when you asked for consent?', (el) => choose(el, 'They agreed to the report')),
      e("The child's wishes and views"),
      COUNCIL_NEEDS,
      REPORTER_STEP,
      e('Where did this happen?', (el) => useEnglishCouncil(el, 'CH1 1AB', 'Cheshire West and Chester'), { shows: ['authority.where'] }),
      e('Who to contact now', async (el) => {
        expect(text(el)).to.contain(said(walkingIn(), 'contactNow.england', { council: 'Cheshire West and Chester' }));
      }),
    ],
    next: [['next.england']],
    notOnSummary: ['summary.next.call'],
  },
  {
    name: 'an unborn baby, worded as itself',
    steps: [
      DANGER_NO,
      STAFF_STEP,
      e('Who are you worried about?', (el) => choose(el, 'An unborn baby')),
      e('Could a crime have been committed against the expectant mother or the unborn baby?', crimeHintWithoutAChild, { shows: ['crime.hint.unborn'], hides: ['crime.hint'] }),
      e('How do you know about this concern?', (el) => choose(el, 'I saw or heard something myself'), { hides: ['knowledge.child-told'] }),
      HARM,
      WHAT,
      e('About the pregnancy', (el) => type(el, "Expectant mother's name", 'Jo Example'), { hides: ['childDetails.childName'] }),
      e('Does your organisation have a Designated Safeguarding Person?', (el) => choose(el, 'No, or I do not know who it is')),
      e('Will you ask the expectant mother (and her partner) for their consent to make the report?', (el) => choose(el, 'Yes, we will ask them, or have asked them'), {
        shows: ['consent.hint.unborn'],
      }),
      e('What happened when you asked for consent?', (el) => choose(el, 'They agreed to the report')),
      COUNCIL_NEEDS,
      REPORTER_STEP,
      UNBORN_COUNCIL,
      e('Who to contact now', undefined, { shows: ['readOut.group.child.unborn'], hides: ['readOut.group.child'] }),
    ],
    next: [['next.unborn']],
    onSummary: ['readOut.group.child.unborn', 'record.keepSafe.unborn'],
    notOnSummary: ['readOut.group.child'],
    notTheChild: true,
  },
  {
    // Issue 10 G3: every step of the unborn route words the baby as itself, and no reason about a
    // competent or coerced child is offered (machines/fields.ts; seed 001, WSP c2-p16).
    name: 'an unborn baby on the longer route: told by the public, the DSP advised against, still concerned, consent not sought',
    steps: [
      DANGER_NO,
      STAFF_STEP,
      e('Who are you worried about?', (el) => choose(el, 'An unborn baby')),
      e('Could a crime have been committed against the expectant mother or the unborn baby?', (el) => choose(el, 'Yes'), { shows: ['crime.hint.unborn'] }),
      e('Have you told the police?', (el) => choose(el, 'Not yet')),
      e('How do you know about this concern?', (el) => choose(el, 'Someone else told me')),
      e('Who told you?', (el) => choose(el, 'A member of the public')),
      e('You must report this yourself'),
      HARM,
      WHAT,
      e('About the pregnancy'),
      e('Does your organisation have a Designated Safeguarding Person?', (el) => choose(el, 'Yes')),
      e('Have you been able to talk to your Designated Safeguarding Person about this?', (el) => choose(el, 'Yes, I have talked to them'), {
        shows: ['dspReach.unreachable-risky.unborn'],
      }),
      DSP_ADVISED_NOT,
      e('Do you still think the unborn baby is at risk?', async (el) => {
        await type(el, 'What reason did they give?', 'Nothing has happened yet');
        await choose(el, 'Yes, I will report it myself');
      }, { shows: ['dspStillConcerned.duty.unborn'] }),
      e('Will you ask the expectant mother (and her partner) for their consent to make the report?', (el) => choose(el, 'No, we will not ask them'), {
        shows: ['consent.hint.unborn'],
      }),
      e('Why will you not ask for consent?', (el) => choose(el, 'It would place the unborn baby at further risk'), {
        hides: ['consentReason.coerced-silence', 'consentReason.competent-child-objects'],
      }),
      e('Did you make this decision with your Designated Safeguarding Person?', (el) => choose(el, 'No, I decided on my own')),
      COUNCIL_NEEDS,
      REPORTER_STEP,
      UNBORN_COUNCIL,
      e('Who to contact now', undefined, { shows: ['readOut.group.child.unborn', 'consentReason.further-risk.unborn'] }),
    ],
    next: [['next.police'], ['next.consentNotSought.unborn'], ['next.unborn']],
    // The expectant mother (and her partner) are asked for consent, not "the parents or carers".
    notOnSummary: ['next.consentNotSought', 'decision.consent.notSeek', 'field.consent'],
    onSummary: ['decision.consent.notSeek.unborn', 'field.consent.unborn', 'field.stillConcerned.unborn', 'why.outcome.report.unborn', 'consentReason.further-risk.unborn', 'record.keepSafe.unborn'],
    notTheChild: true,
  },
  {
    // The Designated Safeguarding Person's own route: the pointers on consent ask no fears of an
    // unborn baby (machines/fields.ts; WSP c2p-p5) and word it as itself.
    name: "an unborn baby reported by the DSP: the pointers on consent ask no child's fears",
    steps: [
      DANGER_NO,
      e('Who are you?', (el) => choose(el, 'The Designated Safeguarding Person for my organisation')),
      e('Who raised the concern with you?', async (el) => {
        await type(el, 'Their name', 'Sam Teacher');
        await type(el, 'Your name', 'Ms Rhian Jones');
      }),
      e('Who are you worried about?', (el) => choose(el, 'An unborn baby')),
      e('Could a crime have been committed against the expectant mother or the unborn baby?', (el) => choose(el, 'No')),
      e('How do you know about this concern?', (el) => choose(el, 'I saw or heard something myself')),
      HARM,
      WHAT,
      e('About the pregnancy'),
      e('Before deciding about consent', (el) => choose(el, 'No'), {
        shows: ['consentPointers.risk.unborn', 'consentPointers.protect.unborn'],
        hides: ['consentPointers.fears', 'consentPointers.fear.care'],
      }),
      e('Will you ask the expectant mother (and her partner) for their consent to make the report?', (el) => choose(el, 'Yes, we will ask them, or have asked them')),
      e('What happened when you asked for consent?', (el) => choose(el, 'They agreed to the report')),
      COUNCIL_NEEDS,
      REPORTER_STEP,
      UNBORN_COUNCIL,
      CONTACT,
    ],
    next: [['next.unborn']],
    onSummary: ['field.reportRisk.unborn'],
    notOnSummary: ['field.childFears'],
    notTheChild: true,
  },
  {
    name: 'an adult at risk: adult services, never a children\'s page',
    steps: [
      DANGER_NO,
      STAFF_STEP,
      e('Who are you worried about?', (el) => choose(el, 'An adult (18 or over) who may be at risk')),
      // The hint's examples are crimes against an adult, never "a young child left alone at home".
      e('Could a crime have been committed against the adult?', crimeHintWithoutAChild, { shows: ['crime.hint.adult'], hides: ['crime.hint'] }),
      e('Reporting an adult at risk'),
      REPORTER_STEP,
      e('Where did this happen?', (el) => selectOption(el, 'Council (local authority)', 'Carmarthenshire'), { shows: ['authority.where.adult'] }),
      // What to say on the phone names the adult, never "The child".
      e('Who to contact now', undefined, { shows: ['readOut.group.child.adult'], hides: ['contactNow.police', 'contactNow.nspcc', 'readOut.group.child'] }),
    ],
    next: [['next.adult.call'], ['next.adult.writing']],
    onSummary: ['readOut.group.child.adult'],
    notOnSummary: ['contactNow.police', 'readOut.group.child'],
  },
];

describe('The edge routes in the browser, in English and Welsh, with axe on every step', () => {
  afterEach(() => setWalkLanguage('en'));
  for (const lang of ['en', 'cy'] as const) {
    for (const route of EDGE_ROUTES) {
      it(`${lang}: ${route.name}`, async () => {
        setWalkLanguage(lang);
        const el = await wizardAt(AT, lang);
        const subjectAt = route.steps.findIndex((s) => s.heading === 'Who are you worried about?');
        for (const [i, step] of route.steps.entries()) {
          await expectHeading(el, step.heading);
          for (const key of step.shows ?? []) expect(text(el), `${step.heading}: shows ${key}`).to.contain(said(lang, key));
          for (const key of step.hides ?? []) expect(text(el), `${step.heading}: never ${key}`).to.not.contain(said(lang, key));
          if (route.notTheChild && i > subjectAt) expectNotTheChild(text(el), lang, step.heading);
          await expectAccessible(el);
          await step.act?.(el);
          await (step.press ? press(el, step.press) : next(el));
        }
        await expectHeading(el, 'Check your answers');
        const report = await confirmAndGetReport(el);
        await expectAccessible(el);
        const summary = text(el);
        // The report's own dates, written out as the summary writes them, so a dated sentence is matched whole.
        const t = (key: string, values?: Record<string, string | number>) => fill((catalogue[lang] as Record<string, string>)[key] ?? key, values);
        const dated = { deadline: formatInstant(report.deadlines.written, t), chase: formatDate(report.deadlines.chaseAfter, t) };
        for (const [key, values] of route.next) expect(summary, `what next: ${key}`).to.contain(said(lang, key, { ...dated, ...values }));
        for (const key of route.onSummary ?? []) expect(summary, `shows: ${key}`).to.contain(said(lang, key, dated));
        for (const key of route.notOnSummary ?? []) expect(summary, `never: ${key}`).to.not.contain(said(lang, key, dated));
        if (route.notTheChild) {
          expectNotTheChild(summary, lang, 'the summary');
          expectNotTheChild(el.reportText(), lang, 'the text file');
          await press(el, 'View the written report');
          await expectAccessible(el);
          expectNotTheChild(text(el), lang, 'the written report');
        }
      });
    }
  }
});

describe('The consent walk-through in the browser (issue 10.10)', () => {
  afterEach(() => setWalkLanguage('en'));
  for (const lang of ['en', 'cy'] as const) {
    it(`${lang}: start="consent" and the DSP's link both give the decision record, which can be saved, and goes on into the report without asking twice`, async () => {
      setWalkLanguage(lang);
      const el = await wizardAt(AT, lang);
      for (const step of CONSENT_WALK.steps) {
        await expectHeading(el, step.heading);
        await expectAccessible(el);
        await step.act?.(el);
        await press(el, step.next ?? 'Continue');
      }
      await expectHeading(el, 'Consent decision record');
      await expectAccessible(el);
      const record = text(el);
      // The record names who decided: the DSP by name (DOMAIN.md 6), with the person who raised it.
      expect(record).to.contain('Ms Rhian Jones').and.contain(said(lang, 'by.dsp-with-raiser'));
      expect(record).to.contain('Sam Teacher').and.contain('Does not want Dad to know.').and.contain(said(lang, 'consentReason.parent-alleged-abuser'));
      expect(el.reportText()).to.contain(said(lang, 'record.heading')).and.contain('Speak to the child at school, not at home.');
      await press(el, 'Go on to the full report');
      await expectHeading(el, 'Who are you worried about?');
      for (const [heading, act] of [
        ['Who are you worried about?', () => choose(el, 'A child or young person under 18')],
        ['Could a crime have been committed against the child?', () => choose(el, 'No')],
        ['How do you know about this concern?', () => choose(el, 'I saw or heard something myself')],
        ['What kind of harm are you worried about?', () => choose(el, 'Emotional abuse')],
        ['What happened?', () => type(el, 'Statement 1', 'Frightened of going home')],
        ['About the child', undefined],
        ['Is the child already known to social services?', undefined],
        // Consent is passed through (answered in the walk-through); the referral's own steps are asked.
        ['What the council will ask', undefined],
        [
          'Your details',
          async () => {
            expect((byLabel(el, 'Your full name') as HTMLInputElement).value, "the DSP's name, not asked twice").to.equal('Ms Rhian Jones');
            await REPORTER_STEP.act!(el);
          },
        ],
      ] as [string, (() => Promise<void>) | undefined][]) {
        await expectHeading(el, heading);
        await act?.();
        await next(el);
      }
      await expectHeading(el, 'Where did this happen?');
    });
  }

  it('start="consent" begins the walk-through, and "Start again" keeps it', async () => {
    const el = await fixture<Wizard>(html`<safeguarding-report-wizard start="consent" .clock=${() => new Date(AT)}></safeguarding-report-wizard>`);
    await choose(el, 'No');
    await next(el);
    await expectHeading(el, 'Who raised the concern with you?');
    expect(headingText(el)).to.equal('Who raised the concern with you?');
    expect(() => byLabel(el, 'Only the consent decision for now')).to.throw();
    expect(root(el).textContent).to.not.contain('Only the consent decision for now');
    // On to the record with Continue alone (no link to press), then "Start again": the walk-through again.
    for (const step of CONSENT_WALK.steps.slice(CONSENT_WALK.steps.findIndex((s) => s.heading === 'Who raised the concern with you?'))) {
      await expectHeading(el, step.heading);
      await step.act?.(el);
      await next(el);
    }
    await expectHeading(el, 'Consent decision record');
    await press(el, 'Start again');
    await expectHeading(el, 'Is anyone in immediate danger, or in need of urgent medical help?');
    await choose(el, 'No');
    await next(el);
    await expectHeading(el, 'Who raised the concern with you?');
  });
});
