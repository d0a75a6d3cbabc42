/**
 * The summary and the steps on a phone (issue 12.5 and 12.7), in English and Welsh: what to say on
 * the phone starts on the screen after the number to call; the exit button never covers content at
 * 320, 375 and 1280 px wide, while staying one press away; radios and checkboxes are 40 px;
 * "Statement 1" is shown once; answers are grouped by part of the report; and the summary says
 * where to keep what is printed or saved.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import { ROUTES, type Route } from '../fixtures/routes.js';
import { loadCatalogues } from '../src/i18n/catalogues.js';
const catalogues = await loadCatalogues();
import { byLabel, expectAccessible, expectHeading, headingText, next, press, root, setWalkLanguage, text, wizardAt, TIMES, type Wizard } from './helpers.js';

const FULL = ROUTES.find((r) => r.name.startsWith('the parent is the alleged abuser'))!;

async function walkToSummary(route: Route, lang: 'en' | 'cy', onStep?: (el: Wizard) => Promise<void>): Promise<Wizard> {
  const el = await wizardAt(route.at, lang);
  setWalkLanguage(lang);
  for (const step of route.steps) {
    await expectHeading(el, step.heading);
    await onStep?.(el);
    await step.act?.(el);
    await next(el);
  }
  await press(el, 'Confirm and see your report summary');
  await expectHeading(el, 'Your report summary');
  return el;
}

/**
 * Scrolls from the top of the page to the bottom, half a screen at a time, calling `at` at each
 * position. It waits for no animation frame: geometry and hit-testing are worked out when asked
 * for, and a page running beside another in the suite gets few frames.
 */
async function scrollThrough(at: () => void | Promise<void>): Promise<void> {
  const step = Math.round(innerHeight / 2);
  expect(step, 'the page has a height').to.be.above(0);
  for (let y = 0; ; y += step) {
    window.scrollTo(0, y);
    await at();
    if (y + innerHeight >= document.documentElement.scrollHeight) break;
  }
  window.scrollTo(0, 0);
}

const pageY = (e: Element) => e.getBoundingClientRect().top + scrollY;

describe('On a 375 px phone, what to say on the phone starts on the screen after the number to call', () => {
  afterEach(async () => {
    setWalkLanguage('en');
    await setViewport({ width: 800, height: 600 });
  });

  for (const lang of ['en', 'cy'] as const) {
    it(`${lang}: the read-out begins within one screen height of the contact, before what to do next`, async () => {
      await setViewport({ width: 375, height: 667 });
      const el = await walkToSummary(FULL, lang);
      const contact = root(el).querySelector('[data-contact]')!;
      const readOut = root(el).querySelector('[data-read-out]')!;
      const next = root(el).querySelector('#next-heading')!;
      const answers = root(el).querySelector('[data-answers]')!;
      const numbers = {
        summaryHeight: Math.round(el.getBoundingClientRect().height),
        contactTop: Math.round(pageY(contact) - pageY(el)),
        readOutTop: Math.round(pageY(readOut) - pageY(el)),
        readOutAfterContact: Math.round(pageY(readOut) - pageY(contact)),
        answersTop: Math.round(pageY(answers) - pageY(el)),
      };
      expect(numbers.readOutAfterContact, 'the read-out starts within one screen of the contact').to.be.at.most(innerHeight);
      expect(pageY(readOut), 'the read-out comes before what to do next').to.be.below(pageY(next));
      expect(pageY(contact), 'the contact comes first').to.be.below(pageY(readOut));
      // It holds the facts the duty worker asks for, in their order.
      const groups = Array.from(readOut.querySelectorAll('h4'), (h) => h.textContent?.trim());
      expect(groups).to.have.length(5);
      await expectAccessible(el);
    });
  }

  it('the contact step offers the same read-out, from the answers so far, next to the number', async () => {
    await setViewport({ width: 375, height: 667 });
    const el = await wizardAt(FULL.at);
    for (const step of FULL.steps.slice(0, -1)) {
      await step.act?.(el);
      await next(el);
    }
    await expectHeading(el, 'Who to contact now');
    const details = root(el).querySelector<HTMLDetailsElement>('details[data-read-out]')!;
    expect(details.querySelector('summary')?.textContent?.trim()).to.equal('What to say on the phone');
    expect(pageY(details) - pageY(root(el).querySelector('.call-now-phone')!), 'within a screen of the number').to.be.at.most(innerHeight);
    details.querySelector('summary')!.click();
    await el.updateComplete;
    expect(details.open).to.equal(true);
    const said = details.textContent ?? '';
    expect(said).to.contain('Dad grabbed me because I spilt my drink').and.contain('Alex Example').and.contain('The parent is the alleged abuser');
    await expectAccessible(el);
    await next(el);
    await press(el, 'Confirm and see your report summary');
    // The summary reads out the same groups and words.
    const onSummary = root(el).querySelector('[data-read-out]')!;
    const rows = (n: Element) => Array.from(n.querySelectorAll('.read-out-row'), (r) => r.textContent?.replace(/\s+/g, ' ').trim());
    expect(rows(onSummary)).to.deep.equal(rows(details));
  });
});

describe('The exit button never covers content, and stays one press away', () => {
  // Focus events fire even while the other test page in the suite has the window's focus.
  before(() => executeServerCommand('emulate-focus'));
  afterEach(() => setViewport({ width: 800, height: 600 }));

  const CONTROLS = 'input, textarea, select, button, a, summary';

  /** Checks the screen as it is scrolled now; returns the problems found. */
  function check(el: Wizard): string[] {
    const problems: string[] = [];
    const bar = root(el).querySelector('.exit-bar')!;
    const exit = root(el).querySelector<HTMLElement>('.exit-button')!;
    const barBox = bar.getBoundingClientRect();
    const where = `"${headingText(el)}" at ${innerWidth} px, scrolled to ${scrollY}`;
    // One press away: the button is on screen and nothing is over it.
    const e = exit.getBoundingClientRect();
    if (e.top < 0 || e.bottom > innerHeight) problems.push(`${where}: the exit button is off screen`);
    const onExit = root(el).elementFromPoint(e.left + e.width / 2, e.top + e.height / 2);
    if (!onExit || !exit.contains(onExit)) problems.push(`${where}: something is over the exit button`);
    // The bar is a strip of its own: across its whole width, nothing shows through beside the button.
    const middle = barBox.top + barBox.height / 2;
    if (middle > 0) {
      for (let x = barBox.left + 2; x < barBox.right - 2; x += 16) {
        const hit = root(el).elementFromPoint(x, middle);
        if (!hit || !bar.contains(hit)) problems.push(`${where}: content shows through the exit bar at x=${Math.round(x)} (${hit?.tagName})`);
      }
    }
    // Every control on screen below the bar is reachable at its centre: nothing covers it.
    for (const control of root(el).querySelectorAll<HTMLElement>(CONTROLS)) {
      if (bar.contains(control)) continue;
      // A link that wraps is checked on its first line (the middle of its box may fall between lines).
      const box = control.getClientRects()[0];
      if (!box || box.width === 0 || box.height === 0) continue;
      const x = box.left + box.width / 2;
      const y = box.top + box.height / 2;
      // A centre on the screen's last row of pixels hits nothing (Chromium rounds it off the screen).
      if (y <= barBox.bottom || y >= innerHeight - 1 || x <= 0 || x >= innerWidth) continue;
      const hit = root(el).elementFromPoint(x, y);
      if (!hit || !control.contains(hit)) problems.push(`${where}: ${control.outerHTML.slice(0, 60)} is covered by ${hit?.outerHTML.slice(0, 60)}`);
    }
    return problems;
  }

  /** Each control, scrolled off the top and then focused (as Tab does), ends up wholly below the bar and uncovered. */
  function checkFocus(el: Wizard): string[] {
    const problems: string[] = [];
    for (const control of root(el).querySelectorAll<HTMLElement>(CONTROLS)) {
      if (control.closest('.exit-bar') || control.getBoundingClientRect().height === 0) continue;
      window.scrollBy(0, control.getBoundingClientRect().bottom + 50);
      control.focus();
      // A link that wraps is checked on its first line, as in `check` (the middle of its whole box may fall between lines).
      const box = control.getClientRects()[0]!;
      const bar = root(el).querySelector('.exit-bar')!.getBoundingClientRect();
      const hit = root(el).elementFromPoint(box.left + box.width / 2, box.top + Math.min(box.height / 2, 10));
      if (box.top < bar.bottom) problems.push(`"${headingText(el)}" at ${innerWidth} px: focused ${control.outerHTML.slice(0, 60)} is under the exit bar (top ${Math.round(box.top)}, bar ${Math.round(bar.bottom)})`);
      else if (!hit || !control.contains(hit)) problems.push(`"${headingText(el)}" at ${innerWidth} px: focused ${control.outerHTML.slice(0, 60)} is covered by ${hit?.outerHTML.slice(0, 60)}`);
    }
    return problems;
  }

  for (const width of [320, 375, 1280]) {
    it(`at ${width} px: on every step of a route and on the summary, while scrolling and when focusing`, async () => {
      await setViewport({ width, height: 640 });
      const problems: string[] = [];
      const el = await walkToSummary(FULL, 'en', async (w) => {
        await scrollThrough(() => void problems.push(...check(w)));
        problems.push(...checkFocus(w));
        window.scrollTo(0, 0);
      });
      await scrollThrough(() => void problems.push(...check(el)));
      problems.push(...checkFocus(el));
      expect(problems).to.deep.equal([]);
    });
  }
});

describe("The steps' layout", () => {
  afterEach(() => setWalkLanguage('en'));

  it('radio buttons and checkboxes are 40 by 40 px on every step, as in the GOV.UK Design System', async () => {
    const el = await wizardAt(FULL.at);
    let seen = 0;
    for (const step of FULL.steps) {
      for (const input of root(el).querySelectorAll<HTMLInputElement>('input[type=radio], input[type=checkbox]')) {
        const box = input.getBoundingClientRect();
        expect([Math.round(box.width), Math.round(box.height)], `${input.id} on "${headingText(el)}"`).to.deep.equal([40, 40]);
        seen += 1;
      }
      await step.act?.(el);
      await next(el);
    }
    expect(seen).to.be.at.least(30);
  });

  it('"Statement 1" is shown once: it labels the box and names its group', async () => {
    const el = await wizardAt(TIMES.weekdayNoon);
    for (const step of FULL.steps.slice(0, FULL.steps.findIndex((s) => s.heading === 'What happened?'))) {
      await step.act?.(el);
      await next(el);
    }
    await expectHeading(el, 'What happened?');
    const shown = Array.from(root(el).querySelectorAll('label, legend, h2, h3, p, span')).filter(
      (n) => n.textContent?.trim() === 'Statement 1' && !n.closest('.visually-hidden'),
    );
    expect(shown, 'one "Statement 1" on screen').to.have.length(1);
    const box = byLabel(el, 'Statement 1');
    expect(box.closest('[role="group"]')?.getAttribute('aria-label')).to.equal('Statement 1');
    await expectAccessible(el);
  });

  for (const lang of ['en', 'cy'] as const) {
    it(`${lang}: check answers and the summary group the answers by part of the report, in order`, async () => {
      const el = await wizardAt(FULL.at, lang);
      setWalkLanguage(lang);
      for (const step of FULL.steps) {
        await step.act?.(el);
        await next(el);
      }
      await expectHeading(el, 'Check your answers');
      const parts = ['safety', 'you', 'concern', 'dsp', 'consent', 'contact'].map((p) => catalogues[lang][`section.${p}` as 'section.safety']);
      const groups = (headings: string) =>
        Array.from(root(el).querySelector('[data-answers]')!.querySelectorAll(headings), (h) => ({
          part: h.textContent?.trim(),
          rows: Array.from(h.nextElementSibling!.querySelectorAll('dt'), (dt) => dt.textContent?.trim()),
        }));
      const onCheck = groups('h3');
      expect(onCheck.map((g) => g.part)).to.deep.equal(parts);
      expect(onCheck.find((g) => g.part === catalogues[lang]['section.concern'])?.rows).to.include(catalogues[lang]['field.harm']);
      expect(onCheck.find((g) => g.part === catalogues[lang]['section.consent'])?.rows).to.include(catalogues[lang]['field.consentReasons']);
      await expectAccessible(el);
      await press(el, 'Confirm and see your report summary');
      expect(groups('h4'), 'the summary groups them the same way').to.deep.equal(onCheck);
      const plain = el.reportText();
      const at = parts.map((p) => plain.indexOf(`\n${p}\n${'-'.repeat(Math.min(p.length, 60))}\n`));
      expect(at.every((i) => i > 0) && at.every((i, n) => n === 0 || i > at[n - 1]!), 'the text file too, in order').to.equal(true);
    });
  }

  it('the summary says where to keep what is printed or saved, beside both sets of buttons, and in the text file', async () => {
    const el = await walkToSummary(FULL, 'en');
    const groups = root(el).querySelectorAll('[role="group"][data-place]');
    expect(Array.from(groups, (g) => g.getAttribute('data-place'))).to.include.members(['top', 'bottom']);
    for (const g of groups) {
      const names = Array.from(g.querySelectorAll('button'), (b) => b.textContent?.trim());
      expect(names).to.include.members(['Print', 'Copy as text', 'Save as a text file', 'Save as data (JSON)']);
    }
    expect(text(el)).to.contain("Keep anything you print or save in your organisation's safeguarding record system, not on a personal phone or computer.");
    expect(text(el)).to.contain(catalogues.en['record.keepSafe']);
    expect(el.reportText()).to.contain(catalogues.en['record.keepSafe']);
    // Copy at the top says so at the top, where the person is looking.
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async () => undefined } });
    try {
      const top = root(el).querySelector('[data-place="top"]')!;
      Array.from(top.querySelectorAll('button')).find((b) => b.textContent?.trim() === 'Copy as text')!.click();
      await el.updateComplete;
      await el.updateComplete;
      expect(top.nextElementSibling?.textContent?.trim()).to.equal(catalogues.en['summary.copied']);
    } finally {
      delete (navigator as unknown as Record<string, unknown>).clipboard;
    }
  });
});
