import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { LanguageController } from './language-controller.js';

class LanguageHost extends LitElement {
  readonly languages = new LanguageController(this);
  override render() {
    return html`${this.languages.lang}`;
  }
}
customElements.define('test-language-host', LanguageHost);

describe('LanguageController', () => {
  it('follows the nearest lang: its own, else the page\'s, English by default', async () => {
    const el = await fixture<LanguageHost>(html`<test-language-host></test-language-host>`);
    expect(el.languages.lang).to.equal('en');
    el.setAttribute('lang', 'cy-GB');
    // The change is observed as the current task ends, and the host redrawn.
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.equal('cy');
  });

  it('follows the page when its lang changes, until the person chooses', async () => {
    const el = await fixture<LanguageHost>(html`<test-language-host></test-language-host>`);
    const before = document.documentElement.lang;
    try {
      document.documentElement.lang = 'cy';
      await new Promise((resolve) => setTimeout(resolve));
      await el.updateComplete;
      expect(el.shadowRoot!.textContent, 'redrawn in Welsh').to.equal('cy');
      el.languages.switch();
      document.documentElement.lang = 'cy';
      expect(el.languages.lang, 'the person\'s choice wins').to.equal('en');
    } finally {
      document.documentElement.lang = before;
    }
  });
});
