import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { lazyModule } from '../internal/lazy-module.js';
import { LaterController } from './later-controller.js';

/** A file fetched on demand, whose fetches the test settles by hand. */
function fakeFile() {
  const fetches: { resolve: (m: { name: string }) => void; reject: (e: Error) => void }[] = [];
  const module = lazyModule(() => new Promise<{ name: string }>((resolve, reject) => fetches.push({ resolve, reject })));
  return { module, fetches };
}

class LaterHost extends LitElement {
  file = fakeFile();
  updates = 0;
  readonly later = new LaterController(this, this.file.module, 'test: the later file is missing');
  protected override updated(): void {
    this.updates += 1;
  }
}
customElements.define('test-later-host', LaterHost);

describe('LaterController', () => {
  it('one fetch whoever asks: the warm-up, the council step and confirming check answers share it, and the element draws again when it comes', async () => {
    const el = await fixture<LaterHost>(html`<test-later-host></test-later-host>`);
    const drawn = el.updates;
    const asked = [el.later.load(), el.later.load()];
    let afterLoad = 0;
    el.later.afterLoad(() => (afterLoad += 1));
    expect(el.file.fetches, 'one fetch').to.have.length(1);
    expect(afterLoad, 'not before the file is here').to.equal(0);
    el.file.fetches[0]!.resolve({ name: 'later' });
    await Promise.all(asked);
    await el.updateComplete;
    expect(el.later.ready?.name).to.equal('later');
    expect(afterLoad).to.equal(1);
    expect(el.later.loading, 'nothing under way').to.equal(undefined);
    expect(el.updates, 'drawn again with the part').to.be.greaterThan(drawn);
    el.later.afterLoad(() => (afterLoad += 1));
    expect(afterLoad, 'at once when it is here').to.equal(2);
  });

  it('a failed fetch is said once, goes on (never rejects), and Try again fetches anew', async () => {
    const el = await fixture<LaterHost>(html`<test-later-host></test-later-host>`);
    const { error } = console;
    const said: unknown[] = [];
    console.error = (...args: unknown[]) => void said.push(args[0]);
    let afterLoad = 0;
    try {
      el.later.afterLoad(() => (afterLoad += 1));
      el.file.fetches[0]!.reject(new Error('404'));
      await el.later.loading;
      await el.updateComplete;
    } finally {
      console.error = error;
    }
    expect(el.later.failed).to.equal(true);
    expect(said).to.deep.equal(['test: the later file is missing']);
    expect(afterLoad, 'what waited goes on, and finds the file missing').to.equal(1);
    const retry = el.later.load();
    expect(el.file.fetches, 'Try again fetches anew').to.have.length(2);
    el.file.fetches[1]!.resolve({ name: 'later' });
    await retry;
    expect(el.later.failed, 'no longer failed once it has come').to.equal(false);
    expect(el.later.ready?.name).to.equal('later');
  });
});
