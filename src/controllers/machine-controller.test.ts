import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { createMachine, emit } from 'xstate';
import { MachineController } from './machine-controller.js';

const toggle = createMachine({
  types: {} as { events: { type: 'flip' }; emitted: { type: 'flipped'; to: string } },
  initial: 'off',
  states: {
    off: { on: { flip: { target: 'on', actions: emit({ type: 'flipped', to: 'on' }) } } },
    on: { on: { flip: { target: 'off', actions: emit({ type: 'flipped', to: 'off' }) } } },
  },
});

class MachineHost extends LitElement {
  renders = 0;
  emitted: string[] = [];
  readonly machine = new MachineController(this, toggle, { onEmitted: (e) => this.emitted.push(e.to) });
  override render() {
    this.renders += 1;
    return html`${String(this.machine.snapshot.value)}`;
  }
}
customElements.define('test-machine-host', MachineHost);

describe('MachineController', () => {
  it('renders each new snapshot and hands on what the machine emits', async () => {
    const el = await fixture<MachineHost>(html`<test-machine-host></test-machine-host>`);
    expect(el.shadowRoot!.textContent).to.equal('off');
    el.machine.send({ type: 'flip' });
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.equal('on');
    expect(el.emitted).to.deep.equal(['on']);
  });

  it('stops with the element, and starts afresh when it is added again (nothing outlives the element)', async () => {
    const el = await fixture<MachineHost>(html`<test-machine-host></test-machine-host>`);
    el.machine.send({ type: 'flip' });
    const parent = el.parentElement!;
    el.remove();
    parent.append(el);
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.equal('off');
  });
});
