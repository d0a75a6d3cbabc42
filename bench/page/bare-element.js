/* global customElements */
// The floor (issue 14): a bare Lit element with one heading and two radios in its shadow root,
// and a Continue button that replaces them with a new pair. The bench builds it with esbuild
// (minified, lit bundled, like dist/) and measures it exactly as it measures the wizard, with the
// same pages and driver (bench/page/first.js, route.js, driver.js): the same [data-heading],
// labels tied to inputs by id, and a button named Continue.
import { LitElement, html, css } from 'lit';
import { keyed } from 'lit/directives/keyed.js';

export class BenchBareElement extends LitElement {
  static properties = { step: { state: true } };

  static styles = css`
    :host { display: block; font: 19px/1.3 system-ui, sans-serif; }
    .choice { display: block; margin: 0.5em 0; }
  `;

  constructor() {
    super();
    this.step = 0;
  }

  render() {
    const n = this.step;
    // keyed: each step is new DOM (a new heading and a new pair of radios), as the wizard's steps are.
    return html`${keyed(
        n,
        html`<h2 data-heading tabindex="-1">Question ${n + 1}: is this the floor?</h2>
          <div role="radiogroup">
            <div class="choice"><input type="radio" id="q${n}-yes" name="q${n}" value="yes" /><label for="q${n}-yes">Yes</label></div>
            <div class="choice"><input type="radio" id="q${n}-no" name="q${n}" value="no" /><label for="q${n}-no">No</label></div>
          </div>`,
      )}
      <button type="button" @click=${() => (this.step += 1)}>Continue</button>`;
  }
}

customElements.define('bench-bare-element', BenchBareElement);
