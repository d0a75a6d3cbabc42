import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { WarmUpController } from './warm-up-controller.js';

class WarmUpHost extends LitElement {
  ran: string[] = [];
  made = 0;
  readonly warmUp = new WarmUpController(this, () => {
    this.made += 1;
    return [() => this.ran.push(`first, after ${this.renderRoot.querySelector('p')?.textContent}`), () => this.ran.push('second')];
  });
  protected override render() {
    return html`<p>drawn</p>`;
  }
}
customElements.define('test-warm-up-host', WarmUpHost);

describe('WarmUpController', () => {
  it('starts once, after the first draw, and runs every task', async () => {
    const el = await fixture<WarmUpHost>(html`<test-warm-up-host></test-warm-up-host>`);
    el.requestUpdate();
    await el.updateComplete;
    await el.warmUp.done;
    expect(el.made, 'the tasks are made once, however often the element draws').to.equal(1);
    expect(el.ran).to.deep.equal(['first, after drawn', 'second']);
  });

  it('removing the element, or cancelling (quick exit), stops what has not run; a cancelled warm-up never starts', async () => {
    const el = await fixture<WarmUpHost>(html`<test-warm-up-host></test-warm-up-host>`);
    el.remove();
    await el.warmUp.done;
    expect(el.ran, 'nothing runs once the element is gone').to.deep.equal([]);

    const host = document.createElement('test-warm-up-host') as WarmUpHost;
    host.warmUp.cancel();
    document.body.append(host);
    await host.updateComplete;
    await host.warmUp.done;
    expect([host.made, host.ran.length], 'never started').to.deep.equal([0, 0]);
    host.remove();
  });
});
