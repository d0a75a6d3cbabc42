import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import type { WizardEvent, WizardSnapshot } from '../../machines/wizard.machine.js';
import { startWizard } from '../../test/machine-input.js';
import { HistoryController } from './history-controller.js';

const AT = '2026-11-18T12:00:00Z';

class HistoryHost extends LitElement {
  @property({ type: Boolean, attribute: 'use-history' }) useHistory = false;
  actor = startWizard();
  sent: WizardEvent[] = [];
  readonly browserHistory = new HistoryController(this, {
    snapshot: () => this.actor.getSnapshot() as WizardSnapshot,
    send: (e) => this.sent.push(e),
    values: () => ({ danger: 'no' }),
    clock: () => new Date(AT),
  });
}
customElements.define('test-history-host', HistoryHost);

const leaving = () => {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
};

describe('HistoryController', () => {
  it('with use-history, each new step is a history entry; the browser\'s Back sends Back with the form, Forward sends Continue', async () => {
    const el = await fixture<HistoryHost>(html`<test-history-host id="h1" use-history></test-history-host>`);
    const length = history.length;
    el.actor.send({ type: 'step.submit', values: { danger: 'no' }, at: AT });
    el.browserHistory.stepped(el.actor.getSnapshot());
    // One new entry; Chromium keeps at most 50 per tab, so a page that has stepped through many
    // tests before this one is already at that cap and drops its oldest instead.
    expect(history.length).to.equal(Math.min(length + 1, 50));
    expect(history.state).to.deep.equal({ srw: 'safeguarding-report-wizard:draft:h1', index: 1 });
    window.dispatchEvent(new PopStateEvent('popstate', { state: { srw: 'safeguarding-report-wizard:draft:h1', index: 0 } }));
    window.dispatchEvent(new PopStateEvent('popstate', { state: { srw: 'safeguarding-report-wizard:draft:h1', index: 1 } }));
    expect(el.sent).to.deep.equal([
      { type: 'nav.back', values: { danger: 'no' } },
      { type: 'step.submit', values: { danger: 'no' }, at: new Date(AT).toISOString() },
    ]);
  });

  it('without use-history, adds no entries and ignores the browser\'s Back', async () => {
    const el = await fixture<HistoryHost>(html`<test-history-host id="h2"></test-history-host>`);
    const length = history.length;
    el.actor.send({ type: 'step.submit', values: { danger: 'no' }, at: AT });
    el.browserHistory.stepped(el.actor.getSnapshot());
    window.dispatchEvent(new PopStateEvent('popstate', { state: { srw: 'safeguarding-report-wizard:draft:h2', index: 0 } }));
    expect(history.length).to.equal(length);
    expect(el.sent).to.deep.equal([]);
  });

  it('asks before the page is left once something is answered, and not at the start or at the summary', async () => {
    const el = await fixture<HistoryHost>(html`<test-history-host id="h3"></test-history-host>`);
    expect(leaving(), 'nothing answered yet').to.equal(false);
    el.actor.send({ type: 'step.submit', values: { danger: 'no' }, at: AT });
    expect(leaving(), 'an answer given').to.equal(true);
    el.actor.send({ type: 'wizard.exit' });
    expect(leaving(), 'after quick exit').to.equal(false);
    el.remove();
    expect(leaving(), 'the element gone').to.equal(false);
  });
});
