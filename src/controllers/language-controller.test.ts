import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import type { Lang } from '../i18n/translate.js';
import { LanguageController, type LanguageOptions } from './language-controller.js';

/** A Welsh file that arrives only when the test lets it (or fails to). */
function heldWelsh() {
  const loaded = new Set<Lang>(['en']);
  let release!: () => void;
  let fail!: () => void;
  let loads = 0;
  const options: LanguageOptions = {
    has: (lang) => loaded.has(lang),
    load: (lang) => {
      loads++;
      return new Promise<void>((resolve, reject) => {
        release = () => {
          loaded.add(lang);
          resolve();
        };
        fail = () => reject(new Error('offline'));
      });
    },
  };
  return { options, release: () => release(), fail: () => fail(), loads: () => loads };
}

let welsh = heldWelsh();
/** What the host was showing each time it was told another language was about to be shown. */
let changes: string[] = [];

class LanguageHost extends LitElement {
  readonly languages = new LanguageController(this, { ...welsh.options, beforeChange: () => changes.push(this.shadowRoot!.textContent!) });
  override render() {
    return this.languages.ready ? html`${this.languages.lang}` : html`<slot></slot>`;
  }
}
customElements.define('test-language-host', LanguageHost);

const settle = async (el: LanguageHost) => {
  // A lang change is observed as the current task ends, and the host redrawn.
  await new Promise((resolve) => setTimeout(resolve));
  await el.updateComplete;
};

describe('LanguageController', () => {
  beforeEach(() => {
    welsh = heldWelsh();
    changes = [];
  });

  it("follows the nearest lang: its own, else the page's, English by default", async () => {
    const el = await fixture<LanguageHost>(html`<test-language-host></test-language-host>`);
    expect(el.languages.lang).to.equal('en');
    el.setAttribute('lang', 'cy-GB');
    await settle(el);
    welsh.release();
    await el.languages.pending;
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.equal('cy');
  });

  it('follows the page when its lang changes, until the person chooses', async () => {
    const el = await fixture<LanguageHost>(html`<test-language-host></test-language-host>`);
    const before = document.documentElement.lang;
    try {
      document.documentElement.lang = 'cy';
      await settle(el);
      welsh.release();
      await el.languages.pending;
      await el.updateComplete;
      expect(el.shadowRoot!.textContent, 'redrawn in Welsh').to.equal('cy');
      el.languages.switch();
      document.documentElement.lang = 'cy';
      expect(el.languages.lang, "the person's choice wins").to.equal('en');
    } finally {
      document.documentElement.lang = before;
    }
  });

  it('a switch keeps the language before on screen while the other loads, and tells the host just before it is shown', async () => {
    const el = await fixture<LanguageHost>(html`<test-language-host></test-language-host>`);
    el.languages.switch();
    await el.updateComplete;
    expect(welsh.loads()).to.equal(1);
    expect(el.languages.ready).to.equal(true);
    expect(el.shadowRoot!.textContent, 'still English while Welsh loads').to.equal('en');
    expect(changes, 'nothing to keep yet').to.deep.equal([]);
    welsh.release();
    await el.languages.pending;
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.equal('cy');
    expect(changes, 'told once, while the English was still on screen').to.deep.equal(['en']);
  });

  it('a page in Welsh from the start is not ready until Welsh arrives (the host shows its fallback)', async () => {
    const el = await fixture<LanguageHost>(html`<test-language-host lang="cy"></test-language-host>`);
    expect(el.languages.ready).to.equal(false);
    expect(el.shadowRoot!.querySelector('slot')).to.exist;
    welsh.release();
    await el.languages.pending;
    await el.updateComplete;
    expect(el.languages.ready).to.equal(true);
    expect(el.shadowRoot!.textContent).to.equal('cy');
    expect(changes, 'nothing was on screen to keep').to.deep.equal([]);
  });

  it('a Welsh file that cannot load: English is shown, and the next switch tries again', async () => {
    const el = await fixture<LanguageHost>(html`<test-language-host lang="cy"></test-language-host>`);
    const logged: unknown[] = [];
    const error = console.error;
    console.error = (...args: unknown[]) => logged.push(args[0]);
    try {
      welsh.fail();
      await el.languages.pending;
      await el.updateComplete;
    } finally {
      console.error = error;
    }
    expect(logged).to.have.length(1);
    expect(el.languages.ready).to.equal(true);
    expect(el.shadowRoot!.textContent).to.equal('en');
    el.languages.switch();
    await el.updateComplete;
    expect(welsh.loads(), 'tried again').to.equal(2);
  });
});
