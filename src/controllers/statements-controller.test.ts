import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import type { Answers } from '../../machines/fields.js';
import { StatementsController } from './statements-controller.js';

class StatementsHost extends LitElement {
  kept: Answers[] = [];
  headingFocused = 0;
  form: Answers = { statements: [{ text: 'one' }, { text: 'two' }, { text: 'three' }], when: 'Tuesday' };
  readonly statements = new StatementsController(this, {
    values: () => this.form,
    keep: (v) => this.kept.push(v),
    focusHeading: () => (this.headingFocused += 1),
  });
  override render() {
    return html`${Array.from({ length: this.statements.count }, (_, i) => html`<textarea id="f-statements.${i}.text"></textarea>`)}`;
  }
}
customElements.define('test-statements-host', StatementsHost);

describe('StatementsController', () => {
  it('shows one box per statement kept, and at least one', async () => {
    const el = await fixture<StatementsHost>(html`<test-statements-host></test-statements-host>`);
    el.statements.arrive({});
    expect(el.statements.count).to.equal(1);
    el.statements.arrive(el.form);
    expect(el.statements.count).to.equal(3);
  });

  it('adds a box and focuses it', async () => {
    const el = await fixture<StatementsHost>(html`<test-statements-host></test-statements-host>`);
    el.statements.add();
    await el.updateComplete;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('textarea')).to.have.length(2);
    expect(el.shadowRoot!.activeElement?.id).to.equal('f-statements.1.text');
  });

  it('removes one statement, keeping everything else typed, and redraws the boxes', async () => {
    const el = await fixture<StatementsHost>(html`<test-statements-host></test-statements-host>`);
    el.statements.arrive(el.form);
    const generation = el.statements.generation;
    el.statements.remove(1);
    expect(el.kept).to.deep.equal([{ statements: [{ text: 'one' }, { text: 'three' }], when: 'Tuesday' }]);
    expect(el.statements.count).to.equal(2);
    expect(el.statements.generation).to.equal(generation + 1);
    expect(el.headingFocused).to.equal(1);
  });
});
