import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { LitElement, css } from 'lit';
import { ClearOfExitBarController } from './clear-of-exit-bar-controller.js';

class BarHost extends LitElement {
  static override styles = css`
    .exit-bar { position: sticky; top: 0; height: 60px; background: white; }
    input, textarea { display: block; scroll-margin-top: 80px; }
    input { height: 40px; }
    textarea { height: 200px; }
    .space { height: 1500px; }
  `;
  constructor() {
    super();
    new ClearOfExitBarController(this);
  }
  override render() {
    return html`<div class="exit-bar"><button>Exit</button></div><input id="a" aria-label="a" /><div class="space"></div>
      <textarea id="b" aria-label="b"></textarea><div class="space"></div>`;
  }
}
customElements.define('test-bar-host', BarHost);

describe('ClearOfExitBarController', () => {
  before(() => executeServerCommand('emulate-focus'));
  it('scrolls a tall focused box that the bar half covers until it is wholly below the bar', async () => {
    const el = await fixture<BarHost>(html`<test-bar-host></test-bar-host>`);
    const box = el.shadowRoot!.getElementById('b') as HTMLTextAreaElement;
    // Its top under the bar, most of it on screen: browsers leave it there when it is focused.
    window.scrollBy(0, box.getBoundingClientRect().top - 20);
    expect(box.getBoundingClientRect().top).to.be.below(60);
    box.focus();
    expect(box.getBoundingClientRect().top, 'below the bar').to.be.at.least(60);
  });

  it('leaves a control that is clear of the bar, and the exit button itself, where they are', async () => {
    const el = await fixture<BarHost>(html`<test-bar-host></test-bar-host>`);
    const box = el.shadowRoot!.getElementById('b') as HTMLTextAreaElement;
    window.scrollBy(0, box.getBoundingClientRect().top - 200);
    const before = scrollY;
    box.focus();
    expect(scrollY).to.equal(before);
    el.shadowRoot!.querySelector('button')!.focus();
    expect(scrollY).to.equal(before);
  });
});
