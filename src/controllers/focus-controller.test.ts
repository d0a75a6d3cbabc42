import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import type { StepChangeDetail } from '../components/safeguarding-report-wizard/events.js';
import { FocusController } from './focus-controller.js';

class FocusHost extends LitElement {
  @property() step = 'danger';
  @property({ type: Boolean }) error = false;
  readonly announcer = new FocusController(this, () => ({ step: this.step as StepChangeDetail['step'], title: `Title of ${this.step}`, lang: 'en' }));
  override render() {
    return html`${this.error ? html`<div tabindex="-1" data-error-summary>Problem</div>` : ''}<h2 tabindex="-1" data-heading>${this.step}</h2>`;
  }
}
customElements.define('test-focus-host', FocusHost);

describe('FocusController', () => {
  it('tells the host of each new step once, with its title', async () => {
    const seen: StepChangeDetail[] = [];
    document.addEventListener('step-change', (e) => seen.push(e.detail));
    const el = await fixture<FocusHost>(html`<test-focus-host></test-focus-host>`);
    el.step = 'role';
    await el.updateComplete;
    el.requestUpdate();
    await el.updateComplete;
    expect(seen.map((d) => d.title)).to.deep.equal(['Title of danger', 'Title of role']);
  });

  it('never takes focus on the first step; then moves it to each new heading, or to the error summary', async () => {
    const outside = document.createElement('button');
    document.body.append(outside);
    outside.focus();
    const el = await fixture<FocusHost>(html`<test-focus-host></test-focus-host>`);
    el.announcer.next('heading');
    el.requestUpdate();
    await el.updateComplete;
    expect(document.activeElement, 'the page keeps its focus').to.equal(outside);
    el.announcer.next('heading');
    el.step = 'role';
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.textContent).to.equal('role');
    el.announcer.next('errors');
    el.error = true;
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.hasAttribute('data-error-summary')).to.equal(true);
    outside.remove();
  });
});
