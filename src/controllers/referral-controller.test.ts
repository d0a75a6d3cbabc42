import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { ReferralController } from './referral-controller.js';

class ReferralHost extends LitElement {
  focused = 0;
  printed: boolean[] = [];
  saved: string[] = [];
  readonly referral = new ReferralController(
    this,
    {
      // What was on screen when it printed: the written report, or the summary.
      print: () => void this.printed.push(Boolean(this.renderRoot.querySelector('[data-referral]'))),
      download: (kind) => void this.saved.push(kind),
    },
    () => void (this.focused += 1),
  );
  override render() {
    return this.referral.open ? html`<h2 data-referral>Written report</h2>` : html`<h2>Summary</h2>`;
  }
}
customElements.define('test-referral-host', ReferralHost);

describe('ReferralController', () => {
  it('shows the written report in place of the summary and back, moving focus to the heading each time', async () => {
    const el = await fixture<ReferralHost>(html`<test-referral-host></test-referral-host>`);
    el.referral.show();
    await el.updateComplete;
    expect(el.renderRoot.querySelector('[data-referral]')).to.exist;
    el.referral.hide();
    await el.updateComplete;
    expect(el.renderRoot.querySelector('[data-referral]')).to.equal(null);
    expect(el.focused).to.equal(2);
  });

  it('prints the written report, opening it first, so what prints is the written report alone', async () => {
    const el = await fixture<ReferralHost>(html`<test-referral-host></test-referral-host>`);
    await el.referral.print();
    expect(el.printed).to.deep.equal([true]);
  });

  it("hands the summary's buttons their actions: open or not, and each save as its own file", async () => {
    const el = await fixture<ReferralHost>(html`<test-referral-host></test-referral-host>`);
    expect(el.referral.actions.open).to.equal(false);
    el.referral.actions.show();
    expect(el.referral.actions.open).to.equal(true);
    el.referral.actions.saveHtml();
    el.referral.actions.saveText();
    expect(el.saved).to.deep.equal(['referral-html', 'referral-txt']);
  });

  it('closes when the step changes', async () => {
    const el = await fixture<ReferralHost>(html`<test-referral-host></test-referral-host>`);
    el.referral.show();
    el.referral.reset();
    await el.updateComplete;
    expect(el.referral.open).to.equal(false);
  });
});
