import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import type { Answers } from '../../machines/fields.js';
import { stepOf } from '../../machines/wizard.machine.js';
import { MACHINE_INPUT, startWizard } from '../../test/machine-input.js';
import { DraftController } from './draft-controller.js';

class DraftHost extends LitElement {
  @property({ type: Boolean, attribute: 'save-draft' }) saveDraft = false;
  readonly draft = new DraftController(this);
}
customElements.define('test-draft-host', DraftHost);

const KEY = 'safeguarding-report-wizard:draft:d1';
const AT = '2026-11-18T12:00:00Z';

/** A run three questions in, with the snapshot before and after the last Continue. */
function threeIn() {
  const actor = startWizard();
  actor.send({ type: 'step.submit', values: { danger: 'no' }, at: AT });
  actor.send({ type: 'step.submit', values: { role: 'practitioner' }, at: AT });
  const before = actor.getSnapshot();
  actor.send({ type: 'step.submit', values: { subject: 'child' }, at: AT });
  return { actor, before, after: actor.getSnapshot() };
}

describe('DraftController', () => {
  beforeEach(() => sessionStorage.clear());

  it('without save-draft, writes nothing and restores nothing', async () => {
    const el = await fixture<DraftHost>(html`<test-draft-host id="d1"></test-draft-host>`);
    const { before, after } = threeIn();
    el.draft.keep(after, before);
    expect(sessionStorage.length).to.equal(0);
    sessionStorage.setItem(KEY, 'anything');
    expect(el.draft.restore(MACHINE_INPUT)).to.equal(undefined);
  });

  it('with save-draft, keeps each step and restores the run at the same step, with its answers', async () => {
    const el = await fixture<DraftHost>(html`<test-draft-host id="d1" save-draft></test-draft-host>`);
    const { before, after } = threeIn();
    el.draft.keep(after, before);
    expect(sessionStorage.getItem(KEY)).to.contain('"subject":"child"');
    const restored = el.draft.restore(MACHINE_INPUT)!;
    expect(stepOf(restored)).to.equal('crime');
    expect(restored.context.answers).to.deep.equal({ danger: 'no', role: 'practitioner', subject: 'child' });
    expect(el.draft.restored, 'the wizard can say the answers were restored').to.equal(true);
  });

  it('a draft restored at the consent decision record shows the record (made by the statechart as on arriving)', async () => {
    const el = await fixture<DraftHost>(html`<test-draft-host id="d1" save-draft></test-draft-host>`);
    const actor = startWizard();
    const walk = [{ danger: 'no' }, { role: 'dsp' }, { raisedByName: 'Sam Teacher', dspOwnName: 'Ms Rhian Jones', purpose: 'consent' }, { childFears: ['trouble'], reportRisk: 'no' }, { childCompetent: 'no', childAsked: 'no' }, { consent: 'seek' }] as Answers[];
    for (const values of walk) actor.send({ type: 'step.submit', values, at: AT });
    const before = actor.getSnapshot();
    actor.send({ type: 'step.submit', values: { consentOutcome: 'given' }, at: AT });
    expect(stepOf(actor.getSnapshot())).to.equal('consentRecord');
    el.draft.keep(actor.getSnapshot(), before);
    const restored = el.draft.restore(MACHINE_INPUT)!;
    expect(stepOf(restored)).to.equal('consentRecord');
    expect(restored.context.consentRecord).to.deep.equal(actor.getSnapshot().context.consentRecord);
  });

  it('clears the draft at the summary, on "start again" and on quick exit; a broken draft is dropped', async () => {
    const el = await fixture<DraftHost>(html`<test-draft-host id="d1" save-draft></test-draft-host>`);
    const { actor, before, after } = threeIn();
    el.draft.keep(after, before);
    actor.send({ type: 'wizard.restart' });
    el.draft.keep(actor.getSnapshot(), after);
    expect(sessionStorage.length, 'start again').to.equal(0);
    el.draft.keep(after, before);
    el.draft.clear();
    expect(sessionStorage.length, 'quick exit').to.equal(0);
    sessionStorage.setItem(KEY, '{"version":1,"step":"nowhere"}');
    expect(el.draft.restore(MACHINE_INPUT)).to.equal(undefined);
    expect(sessionStorage.length).to.equal(0);
  });
});
