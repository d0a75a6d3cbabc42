/**
 * Cymraeg and access for everyone (issue 4): both catalogues complete, every route in Welsh with
 * no English on screen and axe on every step, errors, focus and announcements, the keyboard alone,
 * reflow at 320 px, text spacing, forced colours, and quick exit.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import { loadCatalogues } from '../src/i18n/catalogues.js';

// Every word shown: the wizard's catalogue with the town and postcode finder's messages.
const { en, cy } = await loadCatalogues();
import {
  byLabel,
  choose,
  expectAccessible,
  expectHeading,
  headingText,
  next,
  press,
  root,
  setWalkLanguage,
  text,
  wizardAt,
  TIMES,
  type Wizard,
} from './helpers.js';
import { ROUTES } from '../fixtures/routes.js';

/** English messages that must never show on a Welsh step (those that differ from their Welsh text). */
const ENGLISH_ONLY = Object.entries(en)
  .filter(([key, value]) => value.length > 12 && value !== (cy as Record<string, string>)[key] && !value.includes('{'))
  .map(([, value]) => value);

/** Day and month names are short, so they are looked for as whole words. */
const ENGLISH_DATE_WORDS = /\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|June|July|August|September|October|November|December)\b/;

/** The wizard's own words on screen, without what the person typed (which may well be English). */
function wizardWords(el: Wizard): string {
  const copy = document.createElement('div');
  copy.append(...Array.from(root(el).childNodes, (n) => n.cloneNode(true)));
  copy.querySelectorAll('.answer-text, .decision + ul + .answer-text').forEach((n) => n.remove());
  return (copy.textContent ?? '').replace(/\s+/g, ' ');
}

function englishOnScreen(el: Wizard): string[] {
  const shown = wizardWords(el);
  const date = ENGLISH_DATE_WORDS.exec(shown);
  return [...ENGLISH_ONLY.filter((message) => shown.includes(message)), ...(date ? [date[0]] : [])];
}

describe('Both languages are complete', () => {
  it('every message key is in English and Welsh, and none is empty', () => {
    const enKeys = Object.keys(en).sort();
    const cyKeys = Object.keys(cy).sort();
    expect(cyKeys).to.deep.equal(enKeys);
    for (const [key, value] of Object.entries(cy)) expect(value.trim(), key).to.not.equal('');
  });

  it('every {value} slot in an English message is in its Welsh message too', () => {
    for (const [key, value] of Object.entries(en)) {
      const slots = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(slots((cy as Record<string, string>)[key]!), key).to.deep.equal(slots(value));
    }
  });
});

describe('Every route in Welsh: no English on screen, axe on every step, focus on each question', () => {
  afterEach(() => setWalkLanguage('en'));
  for (const route of ROUTES) {
    it(route.name, async () => {
      const el = await wizardAt(route.at, 'cy');
      setWalkLanguage('cy');
      for (const [i, step] of route.steps.entries()) {
        await expectHeading(el, step.heading);
        expect(englishOnScreen(el), `English on the Welsh step "${headingText(el)}"`).to.deep.equal([]);
        await expectAccessible(el);
        if (i > 0) expect(root(el).activeElement?.closest('[data-heading]') ?? root(el).activeElement, 'focus on the heading').to.equal(root(el).querySelector('[data-heading]'));
        await step.act?.(el);
        await next(el);
      }
      await expectHeading(el, 'Check your answers');
      expect(englishOnScreen(el)).to.deep.equal([]);
      await expectAccessible(el);
      await press(el, 'Confirm and see your report summary');
      await expectHeading(el, 'Your report summary');
      expect(englishOnScreen(el), 'English on the Welsh summary').to.deep.equal([]);
      expect(englishOnScreen(el)).to.deep.equal([]);
      await expectAccessible(el);
      expect(el.reportText()).to.contain(cy['text.title']);
    });
  }
});

describe('Errors follow the GOV.UK pattern, in both languages', () => {
  for (const lang of ['en', 'cy'] as const) {
    it(`${lang}: each required question shows the error summary, focused and passing axe`, async () => {
      const el = await wizardAt(TIMES.weekdayNoon, lang);
      setWalkLanguage(lang);
      try {
        const route = ROUTES.find((r) => r.name.startsWith('the parent is the alleged abuser'))!;
        let errorsSeen = 0;
        for (const step of route.steps) {
          const optional = step.heading.includes('(optional)') || ['About the child', 'Is the child already known to social services?', "The child's wishes and views", 'What the council will ask', 'Who to contact now'].includes(step.heading);
          if (!optional) {
            await next(el);
            const summary = root(el).querySelector('[data-error-summary]');
            expect(summary, `an error summary on "${step.heading}"`).to.exist;
            expect(root(el).activeElement).to.equal(summary);
            await expectAccessible(el);
            errorsSeen += 1;
          }
          await step.act?.(el);
          await next(el);
        }
        expect(errorsSeen).to.be.at.least(10);
      } finally {
        setWalkLanguage('en');
      }
    });
  }
});

describe('Step changes are announced and the host is told the title', () => {
  it('each step change moves focus to the new heading and fires step-change with its title', async () => {
    const el = await wizardAt(TIMES.weekdayNoon);
    const route = ROUTES[2]!;
    for (const step of route.steps.slice(0, 8)) {
      await step.act?.(el);
      const event = oneEvent(el, 'step-change');
      await next(el);
      const { detail } = (await event) as CustomEvent<{ title: string }>;
      // The title is the question without the "(optional)" note.
      expect(detail.title).to.equal(headingText(el).replace(/ \(optional\)$/, ''));
      expect(root(el).activeElement).to.equal(root(el).querySelector('[data-heading]'));
    }
  });

  it('shows progress by part of the report, "Part n of 6: …", which never grows as the person goes on', async () => {
    // The parts come from the statechart (each question is tagged with its part), so the count is
    // fixed at six; a route that skips a part (no Designated Safeguarding Person) skips its number.
    const route = ROUTES.find((r) => r.name.startsWith('immediate danger'))!;
    const expected = [
      'Part 1 of 6: Safety', // immediate danger
      'Part 1 of 6: Safety', // call 999
      'Part 2 of 6: About you',
      ...Array(7).fill('Part 3 of 6: The concern'), // who, crime, how known, harm, what happened, details, known to social services
      'Part 4 of 6: Your Designated Safeguarding Person',
      'Part 5 of 6: Consent',
      'Part 5 of 6: Consent',
      'Part 5 of 6: Consent',
      ...Array(4).fill('Part 6 of 6: Making the report'), // what the council will ask, your details, where, who to contact
    ];
    expect(expected).to.have.length(route.steps.length);
    const el = await wizardAt(route.at);
    const progress = () => root(el).querySelector('.progress')?.textContent?.trim();
    for (const [i, step] of route.steps.entries()) {
      expect(progress(), step.heading).to.equal(expected[i]);
      await step.act?.(el);
      await next(el);
    }
    await expectHeading(el, 'Check your answers');
    expect(progress(), 'no count on check answers').to.equal(undefined);
  });
});

describe('Language', () => {
  it('follows the page\'s lang, and can be switched in the wizard without losing answers', async () => {
    // The wizard is the fixture, inside a Welsh container (a plain <div> fixture waits for an
    // animation frame, which a background test page may never get).
    const container = document.createElement('div');
    container.lang = 'cy';
    document.body.append(container);
    const el = await fixture<Wizard>(html`<safeguarding-report-wizard></safeguarding-report-wizard>`, { parentNode: container });
    expect(headingText(el)).to.equal(cy['danger.heading']);
    (root(el).querySelector('input[value="no"]') as HTMLInputElement).click();
    await press(el, 'English');
    expect(headingText(el)).to.equal(en['danger.heading']);
    expect((byLabel(el, 'No') as HTMLInputElement).checked, 'the answer is kept').to.equal(true);
    await next(el);
    await expectHeading(el, 'Who are you?');
  });

  it('follows a change of the page\'s lang attribute', async () => {
    const el = await wizardAt(TIMES.weekdayNoon);
    const before = document.documentElement.lang;
    try {
      document.documentElement.lang = 'cy';
      await new Promise((r) => setTimeout(r, 0));
      await el.updateComplete;
      expect(headingText(el)).to.equal(cy['danger.heading']);
    } finally {
      document.documentElement.lang = before;
    }
  });
});

describe('The keyboard alone', () => {
  /** Tabs forwards until the focused control matches, as a person does (at most 60 presses). */
  async function tabTo(el: Wizard, match: (e: Element) => boolean, what: string) {
    for (let i = 0; i < 60; i += 1) {
      const active = root(el).activeElement;
      if (active && match(active)) return;
      await sendKeys({ press: 'Tab' });
    }
    throw new Error(`Could not tab to ${what}`);
  }
  const labelled = (el: Wizard, text: string) => (e: Element) => e === byLabel(el, text);
  const isButton = (text: string) => (e: Element) => e.tagName === 'BUTTON' && (e.textContent ?? '').trim() === text;

  async function radio(el: Wizard, label: string) {
    const target = byLabel(el, label) as HTMLInputElement;
    await tabTo(el, (e) => e instanceof HTMLInputElement && e.type === 'radio' && e.name === target.name, `the ${target.name} options`);
    for (let i = 0; i < 8 && !target.checked; i += 1) await sendKeys({ press: root(el).activeElement === target ? 'Space' : 'ArrowDown' });
    expect(target.checked, label).to.equal(true);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
  }
  async function typeInto(el: Wizard, label: string, value: string) {
    await tabTo(el, labelled(el, label), label);
    await sendKeys({ type: value });
  }
  async function yourDetails(el: Wizard) {
    await expectHeading(el, 'Your details');
    await typeInto(el, 'Your full name', 'Jo Example');
    await typeInto(el, 'A phone number the council can call you back on', '01632 960123');
    await continueWithKeys(el);
  }
  async function continueWithKeys(el: Wizard) {
    await tabTo(el, isButton('Continue'), 'Continue');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
  }
  async function checkbox(el: Wizard, label: string) {
    await tabTo(el, labelled(el, label), label);
    await sendKeys({ press: 'Space' });
  }

  it('a child route from the first question to the summary: Tab, arrows, Space and Enter', async () => {
    const el = await wizardAt(TIMES.weekdayNoon);
    root(el).querySelector<HTMLElement>('[data-heading]')!.focus();
    await radio(el, 'No');
    await radio(el, 'A member of staff or a volunteer');
    await radio(el, 'A child or young person under 18');
    await expectHeading(el, 'Could a crime have been committed against the child?');
    await radio(el, 'No');
    await radio(el, 'I saw or heard something myself');
    await checkbox(el, 'Neglect');
    await continueWithKeys(el);
    await typeInto(el, 'Statement 1', 'No coat in the snow');
    await continueWithKeys(el);
    await continueWithKeys(el); // details: optional
    await continueWithKeys(el); // known to social services: optional
    await radio(el, 'No, or I do not know who it is');
    await radio(el, 'No, we will not ask them');
    await checkbox(el, 'It would place the child at further risk');
    await continueWithKeys(el);
    await continueWithKeys(el); // child's views: optional
    await continueWithKeys(el); // what the council will ask: optional
    await yourDetails(el);
    await tabTo(el, labelled(el, 'Council (local authority)'), 'the council list');
    await sendKeys({ type: 'Torfaen' });
    await continueWithKeys(el);
    await expectHeading(el, 'Who to contact now');
    await continueWithKeys(el);
    await expectHeading(el, 'Check your answers');
    await tabTo(el, isButton('Confirm and see your report summary'), 'Confirm');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await expectHeading(el, 'Your report summary');
    expect(el.report?.consent?.reasons).to.deep.equal(['further-risk']);
  });

  it('the adult route, and back with the Back button, by keyboard', async () => {
    const el = await wizardAt(TIMES.weekdayNoon);
    root(el).querySelector<HTMLElement>('[data-heading]')!.focus();
    await radio(el, 'No');
    await radio(el, 'A member of staff or a volunteer');
    await radio(el, 'An adult (18 or over) who may be at risk');
    await radio(el, 'No');
    await expectHeading(el, 'Reporting an adult at risk');
    // Shift+Tab back to the Back button.
    await sendKeys({ down: 'Shift' });
    for (let i = 0; i < 10 && !isButton('Back')(root(el).activeElement ?? el); i += 1) await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await expectHeading(el, 'Could a crime have been committed against the adult?');
    await radio(el, 'No');
    await continueWithKeys(el);
    await yourDetails(el);
    await tabTo(el, labelled(el, 'Council (local authority)'), 'the council list');
    await sendKeys({ type: 'Powys' });
    await continueWithKeys(el);
    await expectHeading(el, 'Who to contact now');
    await continueWithKeys(el);
    await tabTo(el, isButton('Confirm and see your report summary'), 'Confirm');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await expectHeading(el, 'Your report summary');
    expect(el.report?.route).to.equal('adult');
  });

  it('the Section 5 route, with a child involved, by keyboard', async () => {
    const el = await wizardAt(TIMES.weekdayNoon);
    root(el).querySelector<HTMLElement>('[data-heading]')!.focus();
    await radio(el, 'No');
    await radio(el, 'A member of staff or a volunteer');
    await radio(el, 'Someone who works or volunteers with children');
    await expectHeading(el, 'Could the person the concern is about have committed a crime?');
    await radio(el, 'No');
    await radio(el, 'Yes'); // the concern is about the safeguarding lead
    await expectHeading(el, 'What is the concern?');
    await typeInto(el, 'What did they do or say?', 'Coach messages her at night');
    await continueWithKeys(el);
    await radio(el, 'Yes'); // a particular child is involved
    await expectHeading(el, 'How do you know about this concern?');
    await radio(el, 'The child told me');
    await expectHeading(el, 'What kind of harm are you worried about?');
    await checkbox(el, 'Sexual abuse');
    await continueWithKeys(el);
    await typeInto(el, 'Statement 1', 'Coach messages her at night');
    await continueWithKeys(el);
    await expectHeading(el, 'What did the child say? (optional)');
    await typeInto(el, 'What did the child say?', 'He says it is our secret');
    await continueWithKeys(el);
    await continueWithKeys(el); // details: optional
    await continueWithKeys(el); // known to social services: optional
    // The concern is about the lead, so no questions about talking to them, but another manager (WSP c2-p13).
    await expectHeading(el, 'Is there another senior manager you can tell safely, today?');
    await radio(el, 'Yes');
    await expectHeading(el, 'Will you ask the parents or carers for their consent to make the report?');
    await radio(el, 'Yes, we will ask them, or have asked them');
    await radio(el, 'They agreed to the report');
    await continueWithKeys(el); // child's views: optional
    await continueWithKeys(el); // what the council will ask: optional
    await yourDetails(el);
    await tabTo(el, labelled(el, 'Council (local authority)'), 'the council list');
    await sendKeys({ type: 'Newport' });
    await continueWithKeys(el);
    await continueWithKeys(el); // who to contact
    await tabTo(el, isButton('Confirm and see your report summary'), 'Confirm');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await expectHeading(el, 'Your report summary');
    expect(el.report?.section5).to.include({ aboutLead: 'yes', childInvolved: 'yes', what: 'Coach messages her at night', otherManager: 'yes' });
    expect(el.report?.concern?.childWords).to.equal('He says it is our secret');
  });
});

describe('Reflow, spacing and colours', () => {
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
    await emulateMedia({ forcedColors: 'none', reducedMotion: 'no-preference' });
  });

  it('reflows at 320 CSS px wide (400% zoom) on every step of a route, with no sideways scrolling', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await wizardAt(TIMES.weekdayNoon);
    const route = ROUTES.find((r) => r.name.startsWith('the parent is the alleged abuser'))!;
    const check = () => {
      expect(document.documentElement.scrollWidth, `page width on "${headingText(el)}"`).to.be.at.most(320);
      for (const node of root(el).querySelectorAll('*')) {
        const box = node.getBoundingClientRect();
        if (box.width > 0) expect(box.right, `${node.tagName}.${node.className} on "${headingText(el)}"`).to.be.at.most(321);
      }
    };
    for (const step of route.steps) {
      check();
      await step.act?.(el);
      await next(el);
    }
    check();
    await press(el, 'Confirm and see your report summary');
    check();
  });

  it('survives text spacing overrides (WCAG 1.4.12) at 320 px', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await wizardAt(TIMES.weekdayNoon);
    const spacing = new CSSStyleSheet();
    spacing.replaceSync('* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }');
    root(el).adoptedStyleSheets = [...root(el).adoptedStyleSheets, spacing];
    await choose(el, 'No');
    await next(el);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
    for (const label of root(el).querySelectorAll('label')) expect(label.scrollWidth, label.textContent!).to.be.at.most(label.clientWidth + 1);
  });

  it('targets are at least 24 by 24 CSS px (WCAG 2.5.8)', async () => {
    const el = await wizardAt(TIMES.weekdayNoon);
    for (const target of root(el).querySelectorAll('input:not([type="hidden"]), button, select')) {
      const box = target.getBoundingClientRect();
      expect(box.width, target.outerHTML.slice(0, 60)).to.be.at.least(24);
      expect(box.height, target.outerHTML.slice(0, 60)).to.be.at.least(24);
    }
  });

  it('no focused control is hidden behind the sticky quick exit button (WCAG 2.4.11)', async () => {
    await setViewport({ width: 320, height: 480 });
    const el = await wizardAt(TIMES.weekdayNoon);
    const route = ROUTES.find((r) => r.name.startsWith('the parent is the alleged abuser'))!;
    for (const step of route.steps.slice(0, 8)) {
      for (const control of root(el).querySelectorAll<HTMLElement>('input, textarea, select, button:not(.exit-button), a')) {
        // The control is scrolled off the top of the screen, then focused (as Tab does): the
        // browser scrolls it into view, and the sticky exit button must not cover it.
        window.scrollBy(0, control.getBoundingClientRect().bottom + 50);
        control.focus();
        const exit = root(el).querySelector('.exit-button')!.getBoundingClientRect();
        const box = control.getBoundingClientRect();
        const covered = box.left >= exit.left && box.right <= exit.right && box.top >= exit.top && box.bottom <= exit.bottom;
        expect(covered, `${control.outerHTML.slice(0, 60)} on "${headingText(el)}" is hidden behind the exit button`).to.equal(false);
      }
      await step.act?.(el);
      await next(el);
    }
  });

  it('buttons and panels keep a visible border in Windows high contrast (forced colours)', async () => {
    const el = await wizardAt(TIMES.weekdayNoon);
    await emulateMedia({ forcedColors: 'active' });
    const style = getComputedStyle(root(el).querySelector('.exit-button')!);
    expect(style.borderTopStyle).to.equal('solid');
    expect(parseFloat(style.borderTopWidth)).to.be.at.least(1);
  });
});

describe('Quick exit', () => {
  async function wizardWithAnswers(): Promise<Wizard> {
    const el = await fixture<Wizard>(html`<safeguarding-report-wizard id="exit-test" save-draft></safeguarding-report-wizard>`);
    await choose(el, 'No');
    await next(el);
    await choose(el, 'A member of staff or a volunteer');
    await next(el);
    expect(sessionStorage.length, 'a draft was kept (save-draft)').to.be.greaterThan(0);
    return el;
  }

  it('the "Exit this page" button wipes every answer from memory and storage', async () => {
    const el = await wizardWithAnswers();
    el.addEventListener('wizard-exit', (e) => e.preventDefault(), { once: true });
    const button = Array.from(root(el).querySelectorAll('button')).find((b) => b.textContent?.includes('Exit this page'))!;
    expect(button.textContent?.replace(/\s+/g, ' ').trim()).to.equal('Emergency Exit this page');
    button.click();
    await el.updateComplete;
    expect(root(el).textContent?.trim()).to.equal('');
    expect(el.report).to.equal(undefined);
    expect(sessionStorage.length).to.equal(0);
    expect(localStorage.length).to.equal(0);
  });

  it('Shift pressed three times exits, and the count is announced', async () => {
    const el = await wizardWithAnswers();
    const exited = oneEvent(el, 'wizard-exit');
    el.addEventListener('wizard-exit', (e) => e.preventDefault(), { once: true });
    await sendKeys({ press: 'Shift' });
    await el.updateComplete;
    expect(text(el)).to.contain('Shift, press 2 more times to exit.');
    await sendKeys({ press: 'Shift' });
    await el.updateComplete;
    expect(text(el)).to.contain('Shift, press 1 more time to exit.');
    await sendKeys({ press: 'Shift' });
    await exited;
    expect(sessionStorage.length).to.equal(0);
  });

  it('another key resets the count; Shift with a letter and on-screen keyboards\' Shift do not count', async () => {
    const el = await wizardAt(TIMES.weekdayNoon);
    let exits = 0;
    el.addEventListener('wizard-exit', (e) => {
      exits += 1;
      e.preventDefault();
    });
    await sendKeys({ press: 'Shift' });
    await sendKeys({ press: 'Shift' });
    await sendKeys({ press: 'a' });
    await sendKeys({ press: 'Shift' });
    // Shift used as a modifier (Shift+A) is typing, not a press of Shift alone.
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'KeyA' });
    await sendKeys({ up: 'Shift' });
    expect(exits, 'a letter in between resets').to.equal(0);
    // An on-screen keyboard's Shift (location 0, "standard") never counts (govuk-frontend #4095).
    for (let i = 0; i < 3; i += 1) {
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Shift', location: 0 }));
      document.dispatchEvent(new KeyboardEvent('keyup', { key: 'Shift', location: 0 }));
    }
    expect(exits).to.equal(0);
    // Left and right Shift mixed still count (govuk-frontend #5393).
    for (const location of [1, 2, 1]) {
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Shift', location }));
      document.dispatchEvent(new KeyboardEvent('keyup', { key: 'Shift', location }));
    }
    expect(exits).to.equal(1);
  });
});
