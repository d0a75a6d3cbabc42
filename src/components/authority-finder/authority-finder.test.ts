/**
 * <srw-authority-finder> in the browser, used as a person does: type in the box, press Enter or
 * Find, read the status, choose "Use <council>".
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { render } from 'lit';
import './authority-finder.js';
import type { AuthorityFinder } from './authority-finder.js';
import { lookupMessages } from '../../i18n/lookup-messages.js';
import { fill, type Translate } from '../../i18n/translate.js';
import { shippedDirectory } from '../../directory/shipped.js';

const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const tFor =
  (lang: 'en' | 'cy'): Translate =>
  (key, values) =>
    fill((lookupMessages[lang] as Record<string, string>)[key] ?? key, values);

async function finder(lang: 'en' | 'cy' = 'en', authorities = shippedDirectory.authorities): Promise<AuthorityFinder> {
  const el = await fixture<AuthorityFinder>(
    html`<srw-authority-finder .t=${tFor(lang)} .lang=${lang} .authorities=${authorities}></srw-authority-finder>`,
  );
  await el.updateComplete;
  return el;
}

const shadow = (el: AuthorityFinder) => el.shadowRoot as ShadowRoot;

function input(el: AuthorityFinder, label = 'Town, village or postcode'): HTMLInputElement {
  const l = Array.from(shadow(el).querySelectorAll('label')).find((x) => norm(x.textContent) === label);
  if (!l) throw new Error(`No label "${label}"`);
  return shadow(el).getElementById(l.htmlFor) as HTMLInputElement;
}

function status(el: AuthorityFinder): string {
  return norm(shadow(el).querySelector('[role="status"]')?.textContent);
}

function buttons(el: AuthorityFinder): HTMLButtonElement[] {
  return Array.from(shadow(el).querySelectorAll<HTMLButtonElement>('button'));
}

function button(el: AuthorityFinder, text: string): HTMLButtonElement {
  const b = buttons(el).find((x) => norm(x.textContent) === text);
  if (!b) throw new Error(`No button "${text}". Buttons: ${buttons(el).map((x) => `"${norm(x.textContent)}"`).join(', ')}`);
  return b;
}

/** Types into the box and presses Enter with the real keyboard; waits for the answer. */
async function typeAndEnter(el: AuthorityFinder, text: string, label?: string): Promise<void> {
  const box = input(el, label);
  box.focus();
  box.value = '';
  await sendKeys({ type: text });
  await sendKeys({ press: 'Enter' });
  // updateComplete waits for the search, and for the data to load the first time.
  await el.updateComplete;
  expect(status(el), 'an answer in the status').to.match(/^(?!Looking)./);
}

describe('<srw-authority-finder>', () => {
  it('finds a town on Enter, says its council, and "Use" fires authority-chosen with the id', async () => {
    const el = await finder();
    await typeAndEnter(el, 'Cwmbran');
    expect(status(el)).to.equal('Cwmbrân is in Torfaen.');
    expect(shadow(el).querySelector('[role="status"]')?.getAttribute('aria-live')).to.equal('polite');
    const chosen = oneEvent(el, 'authority-chosen');
    button(el, 'Use Torfaen').click();
    const event = (await chosen) as CustomEvent<{ id: string }>;
    expect(event.detail).to.deep.equal({ id: 'torfaen' });
    expect(event.bubbles && event.composed).to.equal(true);
    await el.updateComplete;
    expect(status(el)).to.contain('You chose Torfaen.');
  });

  it('the Find button finds too, and a postcode gives its council', async () => {
    const el = await finder();
    input(el).value = 'NP4 6AB';
    button(el, 'Find').click();
    await el.updateComplete;
    expect(status(el)).to.equal('Postcodes starting NP4 6 are in Torfaen.');
    expect(button(el, 'Use Torfaen')).to.exist;
  });

  it('an ambiguous place offers a choice, each council with its place, and fires the one chosen', async () => {
    const el = await finder();
    await typeAndEnter(el, 'Newport');
    expect(status(el)).to.equal('There is more than one place called Newport. Choose the one you mean, or type the postcode instead.');
    const options = Array.from(shadow(el).querySelectorAll('.options li')).map((li) => norm(li.textContent));
    expect(options).to.deep.equal(['Use Newport Newport (city)', 'Use Pembrokeshire Newport (town)']);
    const pembs = button(el, 'Use Pembrokeshire');
    expect(shadow(el).getElementById(pembs.getAttribute('aria-describedby') ?? '')?.textContent).to.equal('Newport (town)');
    expect(pembs.getAttribute('aria-pressed')).to.equal('false');
    const chosen = oneEvent(el, 'authority-chosen');
    pembs.click();
    expect(((await chosen) as CustomEvent<{ id: string }>).detail.id).to.equal('pembrokeshire');
    await el.updateComplete;
    expect(button(el, 'Use Pembrokeshire').getAttribute('aria-pressed')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('a border sector partly in England offers the Welsh council and names the English one, with shares', async () => {
    const el = await finder();
    await typeAndEnter(el, 'NP25 4AA');
    expect(status(el)).to.equal('Postcodes starting NP25 4 are in more than one council. Choose the council for the address.');
    const options = Array.from(shadow(el).querySelectorAll('.options li')).map((li) => norm(li.textContent));
    expect(options).to.deep.equal([
      'Use Monmouthshire About 91% of postcodes starting NP25 4',
      "Forest of Dean, in England: if the address is here, report to Gloucestershire County Council's children's services instead. (About 9% of postcodes starting NP25 4)",
    ]);
    expect(buttons(el).map((b) => norm(b.textContent))).to.deep.equal(['Find', 'Use Monmouthshire']);
  });

  it('a sector wholly in England says to report to that council instead, with nothing to choose', async () => {
    const el = await finder();
    await typeAndEnter(el, 'CH1 1AB');
    expect(status(el)).to.equal("This is in Cheshire West and Chester, in England. Report to that council's children's services instead.");
    expect(buttons(el).map((b) => norm(b.textContent))).to.deep.equal(['Find']);
  });

  it('an unknown name says so', async () => {
    const el = await finder();
    await typeAndEnter(el, 'Xyzzyville');
    expect(status(el)).to.equal('We could not find that. Check the spelling, or choose from the list.');
  });

  it('Enter finds without submitting the form around it', async () => {
    let submitted = 0;
    let enterPrevented: boolean | undefined;
    // The form is made by hand: open-wc's fixture() waits for an animation frame for anything that is
    // not a Lit element, and a test page running in the background may never get one.
    const form = document.createElement('form');
    document.body.append(form);
    render(
      html`<srw-authority-finder .t=${tFor('en')} .authorities=${shippedDirectory.authorities}></srw-authority-finder>
        <input name="other" aria-label="Other" />
        <button type="submit">Continue</button>`,
      form,
    );
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      submitted += 1;
    });
    form.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') enterPrevented = e.defaultPrevented;
    });
    const el = form.querySelector('srw-authority-finder') as AuthorityFinder;
    await el.updateComplete;
    await typeAndEnter(el, 'Wrecsam');
    expect(status(el)).to.equal('Wrecsam is in Wrexham.');
    expect(enterPrevented).to.equal(true);
    expect(submitted).to.equal(0);
    form.remove();
  });

  it('shows the OS and OGL attribution, with a link to the licence, before anything is typed', async () => {
    const el = await finder();
    const attribution = shadow(el).querySelector('.attribution') as HTMLElement;
    expect(norm(attribution.textContent)).to.equal(
      'Contains OS data © Crown copyright and database right 2017, 2021, 2025. ' +
        'Contains Royal Mail data © Royal Mail copyright and database right 2025. ' +
        'Contains National Statistics data © Crown copyright and database right 2025. ' +
        'Used under the Open Government Licence v3.0.',
    );
    const rect = attribution.getBoundingClientRect();
    expect(rect.height).to.be.greaterThan(0);
    expect(getComputedStyle(attribution).visibility).to.equal('visible');
    const link = attribution.querySelector('a');
    expect(link?.getAttribute('href')).to.equal('https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/');
    expect(norm(link?.textContent)).to.equal('Open Government Licence v3.0');
    await expect(el).to.be.accessible();
  });

  it('speaks Welsh, and names councils in Welsh', async () => {
    const el = await finder('cy');
    await typeAndEnter(el, 'Y Fenni', 'Tref, pentref neu god post');
    expect(status(el)).to.equal('Mae Y Fenni yn ardal Cyngor Sir Fynwy.');
    expect(button(el, 'Dewis Sir Fynwy')).to.exist;
    expect(el.getAttribute('lang')).to.equal('cy');
    await expect(el).to.be.accessible();
  });

  it('a council that is not in the list gets no "Use" button', async () => {
    const gwent = shippedDirectory.authorities.filter((a) => a.region === 'gwent');
    const el = await finder('en', gwent);
    await typeAndEnter(el, 'Aberystwyth');
    expect(status(el)).to.equal("Aberystwyth is in Ceredigion. Ceredigion is not in the list here. Contact Ceredigion's children's services directly.");
    expect(buttons(el).map((b) => norm(b.textContent))).to.deep.equal(['Find']);
  });

  it('an empty box asks for a place, without loading anything', async () => {
    const el = await finder();
    button(el, 'Find').click();
    await el.updateComplete;
    expect(status(el)).to.equal('Type a town, village or postcode, then choose Find.');
  });

  it('works with no translator given, in its own words', async () => {
    const el = await fixture<AuthorityFinder>(html`<srw-authority-finder></srw-authority-finder>`);
    expect(input(el)).to.exist;
    await typeAndEnter(el, 'Llandudno');
    expect(status(el)).to.equal('Llandudno is in Conwy.');
  });
});
