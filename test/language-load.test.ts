/**
 * Welsh is a file of its own, loaded when it is wanted (issue 14). This file runs in a page of its
 * own and deliberately imports neither the Welsh catalogue nor test/helpers.ts (whose driver
 * imports it), so the Welsh words are not loaded until the wizard asks for them.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { SafeguardingReportWizard } from '../src/index.js';
import { en } from '../src/i18n/en.js';
import { hasCatalogue } from '../src/i18n/catalogues.js';

const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const heading = (el: SafeguardingReportWizard) => norm(el.shadowRoot!.querySelector('[data-heading]')?.textContent);

async function choose(el: SafeguardingReportWizard, text: string) {
  const label = Array.from(el.shadowRoot!.querySelectorAll('label')).find((l) => norm(l.textContent) === text);
  if (!label) throw new Error(`No label "${text}"`);
  (el.shadowRoot!.getElementById(label.htmlFor) as HTMLInputElement).click();
  await el.updateComplete;
}
async function press(el: SafeguardingReportWizard, text: string) {
  const button = Array.from(el.shadowRoot!.querySelectorAll('button')).find((b) => norm(b.textContent).startsWith(text));
  if (!button) throw new Error(`No button "${text}" on "${heading(el)}"`);
  button.click();
  await el.updateComplete;
}
function field(el: SafeguardingReportWizard, text: string): HTMLInputElement {
  const label = Array.from(el.shadowRoot!.querySelectorAll('label')).find((l) => norm(l.textContent).startsWith(text));
  if (!label) throw new Error(`No label "${text}"`);
  return el.shadowRoot!.getElementById(label.htmlFor) as HTMLInputElement;
}

describe('The other language loads when it is wanted', () => {
  it('switching to Cymraeg while typing: Welsh is loaded then shown, and every character typed is kept', async () => {
    expect(hasCatalogue('cy'), 'Welsh is not loaded before anyone asks for it').to.equal(false);
    const el = await fixture<SafeguardingReportWizard>(html`<safeguarding-report-wizard></safeguarding-report-wizard>`);
    await choose(el, en['danger.no']);
    await press(el, en['nav.continue']);
    await choose(el, en['role.dsp']);
    await press(el, en['nav.continue']);
    expect(heading(el)).to.equal(en['raisedBy.heading']);

    field(el, en['raisedBy.name']).value = 'Siân';
    const language = Array.from(el.shadowRoot!.querySelectorAll('button')).find((b) => norm(b.textContent).startsWith(en['app.language']))!;
    language.click();
    expect(hasCatalogue('cy'), 'the Welsh file is still on its way').to.equal(false);
    // More is typed while the Welsh file loads.
    field(el, en['raisedBy.name']).value = 'Siân Jones';
    await el.updateComplete;

    const { cy } = await import('../src/i18n/cy.js');
    expect(el.language).to.equal('cy');
    expect(heading(el), 'the Welsh heading').to.equal(cy['raisedBy.heading']);
    expect(field(el, cy['raisedBy.name']).value, 'nothing typed is lost').to.equal('Siân Jones');
  });
});
