import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { QuickExitController } from './quick-exit-controller.js';

class ExitHost extends LitElement {
  @property({ attribute: 'exit-url' }) exitUrl = 'https://www.bbc.co.uk/weather';
  wiped = 0;
  readonly quickExit = new QuickExitController(this, { wipe: () => (this.wiped += 1), say: (key) => key });
}
customElements.define('test-exit-host', ExitHost);

describe('QuickExitController', () => {
  it('exit wipes the answers and fires a cancelable wizard-exit; a host that cancels it stays on the page', async () => {
    const el = await fixture<ExitHost>(html`<test-exit-host></test-exit-host>`);
    let fired: Event | undefined;
    el.addEventListener('wizard-exit', (e) => {
      fired = e;
      e.preventDefault();
    });
    el.quickExit.exit();
    expect(el.wiped).to.equal(1);
    expect(fired?.cancelable && fired.bubbles && fired.composed).to.equal(true);
    expect(document.documentElement.hasAttribute('data-srw-exiting'), 'the page is not hidden when the host leaves itself').to.equal(false);
  });

  it('Shift pressed three times on the real keyboard exits, and each press is announced', async () => {
    const el = await fixture<ExitHost>(html`<test-exit-host></test-exit-host>`);
    el.addEventListener('wizard-exit', (e) => e.preventDefault());
    await sendKeys({ press: 'Shift' });
    expect(el.quickExit.status).to.equal('exit.press2');
    await sendKeys({ press: 'Shift' });
    expect(el.quickExit.status).to.equal('exit.press1');
    await sendKeys({ press: 'Shift' });
    expect(el.wiped).to.equal(1);
  });

  it('another key between presses starts the count again; a removed element no longer listens', async () => {
    const el = await fixture<ExitHost>(html`<test-exit-host></test-exit-host>`);
    el.addEventListener('wizard-exit', (e) => e.preventDefault());
    await sendKeys({ press: 'Shift' });
    await sendKeys({ press: 'Shift' });
    await sendKeys({ press: 'a' });
    await sendKeys({ press: 'Shift' });
    expect(el.wiped).to.equal(0);
    el.remove();
    for (let i = 0; i < 3; i++) await sendKeys({ press: 'Shift' });
    expect(el.wiped).to.equal(0);
  });
});
