/**
 * From the call to the written referral (issue 12): the number first for anyone who asks, who is
 * reporting, what the council will ask, and the record of the call. Each rule has a test named
 * after it, on the statechart, and the person's way through is walked in the browser by label.
 * Sources are cited beside each rule in machines/route.ts, machines/answers.ts and
 * machines/build-report.ts.
 */
import { expect, oneEvent } from '@open-wc/testing';
import { validateStep } from '../machines/answers.js';
import type { Answers } from '../machines/fields.js';
import type { Report } from '../machines/report.schema.js';
import { stepOf, type WizardEmitted } from '../machines/wizard.machine.js';
import { shippedDirectory } from '../src/directory/shipped.js';
import { choose, expectAccessible, expectHeading, next, press, root, selectOption, text, TIMES, type, wizardAt, type Wizard } from './helpers.js';
import { REPORTER as REPORTER_STEP } from '../fixtures/routes.js';
import { REPORTER, answerInOrder, startWizard } from './machine-input.js';
import { loadCatalogues, wizardTranslator } from '../src/i18n/catalogues.js';
import { readOutLines, reportReadOut } from '../src/report/read-out.js';

const AT = TIMES.weekdayNoon;
const submit = (values: Answers) => ({ type: 'step.submit' as const, values, at: AT });
const CHILD_TO_CONSENT = [
  { role: 'practitioner' },
  { subject: 'child' },
  { crime: 'no' },
  { knowledge: 'saw' },
  { harm: ['neglect'] },
  { statements: [{ text: 'No coat in the snow' }] },
  {},
  { knownTo: ['no'] },
  { dspHave: 'no' },
  { consent: 'seek' },
  { consentOutcome: 'given' },
  { childCompetent: 'no', childAsked: 'no' },
] as Answers[];
const torfaen = shippedDirectory.authorities.find((a) => a.id === 'torfaen')!;

describe('The number first (issue 12.9)', () => {
  it('numberFirst_threeScreens: "I need the number now" asks only where it happened, then shows who to contact now', () => {
    const actor = startWizard();
    actor.send(submit({ danger: 'no', numberFirst: 'yes' }));
    expect(stepOf(actor.getSnapshot())).to.equal('authority');
    actor.send(submit({ authority: 'torfaen' }));
    expect(stepOf(actor.getSnapshot())).to.equal('contactNow');
    expect(actor.getSnapshot().context.contact?.contact?.phone, 'the daytime number, open now').to.equal(torfaen.children!.phone);
  });

  it('numberFirst_999First: "yes" to danger still goes to "Call 999 now" before the number', () => {
    const actor = startWizard();
    actor.send(submit({ danger: 'yes', numberFirst: 'yes' }));
    expect(stepOf(actor.getSnapshot())).to.equal('emergency');
    actor.send(submit({ called999: 'yes' }));
    expect(stepOf(actor.getSnapshot())).to.equal('authority');
  });

  it('numberFirst_nothingLost: the report goes on from the first question about the person, and where it happened is not asked twice', () => {
    const actor = startWizard();
    answerInOrder(actor, [{ danger: 'no', numberFirst: 'yes' }, { authority: 'torfaen' }, { callReference: 'REF-1' }], AT);
    expect(stepOf(actor.getSnapshot()), 'on with the report').to.equal('role');
    answerInOrder(actor, [...CHILD_TO_CONSENT, {}, REPORTER], AT);
    expect(stepOf(actor.getSnapshot()), 'after who is reporting: the contact again, not where it happened').to.equal('contactNow');
    actor.send(submit({}));
    actor.send(submit({}));
    const { context } = actor.getSnapshot();
    expect(stepOf(actor.getSnapshot())).to.equal('summary');
    expect(context.history.filter((s) => s === 'authority'), 'where it happened, asked once').to.have.length(1);
    expect(context.report?.contact.authorityId).to.equal('torfaen');
    expect(context.report?.call?.reference, 'the call noted on the first contact step is kept').to.equal('REF-1');
  });

  it('numberFirst_onlyOnce: Continue on the first question, without the button, takes the whole route', () => {
    const actor = startWizard();
    actor.send(submit({ danger: 'no', numberFirst: 'no' }));
    expect(stepOf(actor.getSnapshot())).to.equal('role');
  });
});

describe('Who is reporting, and what the council will ask (issue 12.1, 12.2)', () => {
  it('reporter_notAnonymous: a name and a way to call back are needed (WSP c2-p15)', () => {
    expect(validateStep('reporter', {}).map((e) => e.message)).to.deep.equal(['error.reporterName', 'error.reporterPhone']);
    expect(validateStep('reporter', { reporterName: 'Jo', reporterEmail: 'jo@example.org' })).to.deep.equal([]);
    expect(validateStep('reporter', { reporterName: 'Jo', reporterPhone: ' ' }).map((e) => e.field)).to.deep.equal(['reporterPhone']);
  });

  it('reporter_namedAtRisk: where being named would put them at risk, nothing is required, and they are told to discuss it (WSP c2-p15)', () => {
    expect(validateStep('reporter', { reporterAnonymity: ['named-at-risk'] })).to.deep.equal([]);
    const actor = startWizard();
    answerInOrder(actor, [{ danger: 'no', numberFirst: 'no' }, ...CHILD_TO_CONSENT, {}, { reporterAnonymity: ['named-at-risk'] }, { authority: 'torfaen' }, {}, {}], AT);
    const report = actor.getSnapshot().context.report!;
    expect(report.reporterContact?.namedAtRisk).to.equal(true);
    expect(report.next.map((n) => n.key)).to.include('next.namedAtRisk');
  });

  it('reporter_inReport: who is reporting goes into the report, for the written referral', () => {
    const actor = startWizard();
    const who = { reporterName: 'Jo Example', reporterRole: 'Teaching assistant', reporterOrganisation: 'Ysgol Example', reporterPhone: '01632 960123', reporterEmail: 'jo@example.org' };
    answerInOrder(actor, [{ danger: 'no', numberFirst: 'no' }, ...CHILD_TO_CONSENT, {}, who, { authority: 'torfaen' }, {}, {}], AT);
    expect(actor.getSnapshot().context.report!.reporterContact).to.include({ name: 'Jo Example', jobRole: 'Teaching assistant', organisation: 'Ysgol Example', phone: '01632 960123', email: 'jo@example.org' });
  });

  it('readOut_namesReporterOnce: "What to say on the phone" says who is reporting once, under the questions\' own labels', async () => {
    await loadCatalogues();
    const actor = startWizard();
    const who = { reporterName: 'Jo Example', reporterRole: 'Teaching assistant', reporterOrganisation: 'Ysgol Example', reporterPhone: '01632 960123', reporterEmail: 'jo@example.org' };
    answerInOrder(actor, [{ danger: 'no', numberFirst: 'no' }, ...CHILD_TO_CONSENT, {}, who, { authority: 'torfaen' }, {}, {}], AT);
    for (const lang of ['en', 'cy'] as const) {
      const t = wizardTranslator(lang, {}, shippedDirectory);
      const lines = readOutLines(reportReadOut(actor.getSnapshot().context.report!, t, shippedDirectory, lang), t);
      const said = lines.join('\n');
      for (const value of Object.values(who)) expect(said.split(value).length - 1, `${lang}: ${value} said once`).to.equal(1);
      expect(said, `${lang}: no message key read out`).not.to.match(/\b(referral|field|readOut)\.[a-zA-Z]/);
      expect(said, `${lang}: not asked to say who they are, having said it`).not.to.contain(t('readOut.sayWho'));
      expect(said, `${lang}: the question's own label`).to.contain(`${t('field.reporterName')}:`);
    }
  });

  it('childReport_councilNeeds: a child report asks what the council will ask; an adult or a Section 5 concern with no child does not', () => {
    const child = startWizard();
    answerInOrder(child, [{ danger: 'no', numberFirst: 'no' }, ...CHILD_TO_CONSENT], AT);
    expect(stepOf(child.getSnapshot())).to.equal('councilNeeds');
    child.send(submit({ otherAgencies: 'Health visitor', actionsTaken: 'First aid', familyKnows: 'no' }));
    answerInOrder(child, [REPORTER, { authority: 'torfaen' }, {}, {}], AT);
    expect(child.getSnapshot().context.report!.councilNeeds).to.include({ otherAgencies: 'Health visitor', actionsTaken: 'First aid', familyKnows: 'no' });

    const adult = startWizard();
    answerInOrder(adult, [{ danger: 'no', numberFirst: 'no' }, { role: 'practitioner' }, { subject: 'adult' }, { crime: 'no' }, {}], AT);
    expect(stepOf(adult.getSnapshot())).to.equal('reporter');
  });
});

describe('The record of the call (issue 12.3)', () => {
  it('call_chaseFromCall: the date to chase counts 7 working days from the day of the call (WSP c2-p18)', () => {
    const actor = startWizard();
    answerInOrder(actor, [{ danger: 'no', numberFirst: 'no' }, ...CHILD_TO_CONSENT, {}, REPORTER, { authority: 'torfaen' }], AT);
    const before = (() => {
      const probe = startWizard();
      answerInOrder(probe, [{ danger: 'no', numberFirst: 'no' }, ...CHILD_TO_CONSENT, {}, REPORTER, { authority: 'torfaen' }, {}, {}], AT);
      return probe.getSnapshot().context.report!.deadlines.chaseAfter;
    })();
    actor.send(submit({ callSpokeTo: 'Sam', callTeam: 'Duty team', callReference: 'CR-9', callWhatNext: 'A visit today', callAt: '2026-11-20T10:05' }));
    actor.send(submit({}));
    const report = actor.getSnapshot().context.report!;
    expect(report.call).to.deep.equal({ spokeTo: 'Sam', team: 'Duty team', reference: 'CR-9', whatNext: 'A visit today', at: '2026-11-20T10:05' });
    // Friday 20 November and 7 working days: 23, 24, 25, 26, 27, 30 November, 1 December.
    expect(report.deadlines.chaseAfter).to.equal('2026-12-01');
    expect(before, 'without a call, from the day of the report (Wednesday 18 November)').to.equal('2026-11-27');
  });

  it('call_recordFromSummary: kept from the summary, the report is built and checked again, and the host told', async () => {
    const actor = startWizard();
    const emitted: Report[] = [];
    actor.on('report.complete', (e: Extract<WizardEmitted, { type: 'report.complete' }>) => emitted.push(e.report));
    answerInOrder(actor, [{ danger: 'no', numberFirst: 'no' }, ...CHILD_TO_CONSENT, {}, REPORTER, { authority: 'torfaen' }, {}, {}], AT);
    await new Promise<void>((resolve) => actor.subscribe(() => emitted.length && resolve()));
    actor.send({ type: 'call.record', values: { callReference: 'CR-10', reporterName: 'changed' } });
    await new Promise<void>((resolve) => {
      if (emitted.length > 1) resolve();
      actor.on('report.complete', () => resolve());
    });
    const last = emitted.at(-1)!;
    expect(last.call?.reference).to.equal('CR-10');
    expect(last.reporterContact?.name, 'the summary form can change only the call').to.equal(REPORTER.reporterName);
  });
});

/** The number the contact step shows large, to call now (the lines closed now are further down). */
const callNowNumber = (el: Wizard) => root(el).querySelector('a.call-now-phone')?.textContent?.trim();

describe('The number within three screens, in the browser (issue 12.9)', () => {
  for (const [when, iso, number] of [
    ['a weekday daytime', TIMES.weekdayNoon, torfaen.children!.phone],
    ['a Sunday night', TIMES.sundayNight, torfaen.outOfHours!.phone],
  ] as const) {
    it(`${when}: danger answered, "I need the number now", the council: the number open now, then the report goes on with nothing lost`, async () => {
      const el = await wizardAt(iso);
      const screens: string[] = [];
      const heading = () => root(el).querySelector('[data-heading]')?.textContent?.trim() ?? '';
      screens.push(heading());
      await choose(el, 'No');
      await press(el, 'I need the number now');
      screens.push(heading());
      await expectHeading(el, 'Where did this happen?');
      await expectAccessible(el);
      await selectOption(el, 'Council (local authority)', 'Torfaen');
      await next(el);
      screens.push(heading());
      await expectHeading(el, 'Who to contact now');
      expect(screens, 'three screens').to.have.length(3);
      expect(callNowNumber(el), 'the number open now, shown large to call').to.equal(number);
      expect(text(el)).to.contain('Call now. When you have called, come back here');
      await expectAccessible(el);
      await press(el, 'Go on with the report');
      await expectHeading(el, 'Who are you?');
    });
  }

  it('the record of the call, kept from the summary, is in the report the host receives and in the text', async () => {
    const el = await wizardAt(AT);
    await choose(el, 'No');
    await press(el, 'I need the number now');
    await selectOption(el, 'Council (local authority)', 'Torfaen');
    await next(el);
    await press(el, 'Go on with the report');
    for (const [heading, act] of [
      ['Who are you?', () => choose(el, 'A member of staff or a volunteer')],
      ['Who are you worried about?', () => choose(el, 'A child or young person under 18')],
      ['Could a crime have been committed against the child?', () => choose(el, 'No')],
      ['How do you know about this concern?', () => choose(el, 'I saw or heard something myself')],
      ['What kind of harm are you worried about?', () => choose(el, 'Neglect')],
      ['What happened?', () => type(el, 'Statement 1', 'No coat in the snow')],
      ['About the child', undefined],
      ['Is the child already known to social services?', undefined],
      ['Does your organisation have a Designated Safeguarding Person?', () => choose(el, 'No, or I do not know who it is')],
      ['Will you ask the parents or carers for their consent to make the report?', () => choose(el, 'Yes, we will ask them, or have asked them')],
      ['What happened when you asked for consent?', () => choose(el, 'They agreed to the report')],
      ["The child's wishes and views", undefined],
      ['What the council will ask', () => type(el, 'Actions already taken', 'First aid')],
      [REPORTER_STEP.heading, () => REPORTER_STEP.act!(el)],
      ['Who to contact now', undefined],
    ] as [string, (() => Promise<void>) | undefined][]) {
      await expectHeading(el, heading);
      await expectAccessible(el);
      await act?.();
      await next(el);
    }
    await expectHeading(el, 'Check your answers');
    await press(el, 'Confirm and see your report summary');
    await expectHeading(el, 'Your report summary');
    await type(el, 'Who you spoke to', 'Sam at the duty desk');
    await type(el, "The council's reference", 'CR-77');
    const completed = oneEvent(el, 'report-complete');
    await press(el, 'Keep the record of the call');
    const { detail } = (await completed) as CustomEvent<Report>;
    expect(detail.call).to.include({ spokeTo: 'Sam at the duty desk', reference: 'CR-77' });
    await el.updateComplete;
    expect(text(el)).to.contain('The record of the call is in your report.');
    expect(el.reportText()).to.contain('CR-77').and.contain('Sam at the duty desk');
    await expectAccessible(el);
  });
});
