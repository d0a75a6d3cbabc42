/**
 * Nothing lost, nothing leaked (issue 6): storage only when opted in, drafts that survive a
 * reload, browser history, the leave prompt, no network requests, and several wizards at once.
 */
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { byLabel, choose, expectHeading, next, press, root, text, type, wizardAt, TIMES, type Wizard } from './helpers.js';
import { ROUTES } from '../fixtures/routes.js';

function storageIsEmpty() {
  expect(sessionStorage.length, 'sessionStorage').to.equal(0);
  expect(localStorage.length, 'localStorage').to.equal(0);
  expect(document.cookie, 'cookies').to.equal('');
}

async function walk(el: Wizard, steps = ROUTES[2]!.steps) {
  for (const step of steps) {
    await step.act?.(el);
    await next(el);
  }
}

describe('Storage only when the host opts in', () => {
  beforeEach(() => {
    sessionStorage.clear();
    localStorage.clear();
  });

  it('without save-draft, a whole route writes nothing to any storage', async () => {
    const el = await wizardAt(TIMES.weekdayNoon);
    await walk(el);
    await press(el, 'Confirm and see your report summary');
    storageIsEmpty();
    const databases = (await indexedDB.databases?.()) ?? [];
    expect(databases.length, 'IndexedDB').to.equal(0);
  });

  it('with save-draft, answers are kept in sessionStorage and restored after a "reload", and the person is told', async () => {
    const first = await fixture<Wizard>(html`<safeguarding-report-wizard id="draft" save-draft></safeguarding-report-wizard>`);
    await walk(first, ROUTES[2]!.steps.slice(0, 5));
    await expectHeading(first, 'What happened?');
    await type(first, 'Statement 1', 'Bruising on the wrist');
    await next(first);
    expect(localStorage.length, 'never localStorage').to.equal(0);
    expect(sessionStorage.getItem('safeguarding-report-wizard:draft:draft')).to.contain('Bruising on the wrist');
    // A reload: the element goes and a new one comes with the same id.
    fixtureCleanup();
    const second = await fixture<Wizard>(html`<safeguarding-report-wizard id="draft" save-draft></safeguarding-report-wizard>`);
    await expectHeading(second, 'What does the child want to happen? (optional)');
    expect(text(second)).to.contain('We have restored the answers you gave earlier in this tab.');
    await press(second, 'Back');
    expect((byLabel(second, 'Statement 1') as HTMLTextAreaElement).value).to.equal('Bruising on the wrist');
  });

  it('the draft is cleared on completion and on "start again"', async () => {
    const el = await fixture<Wizard>(html`<safeguarding-report-wizard id="draft2" save-draft .clock=${() => new Date(TIMES.weekdayNoon)}></safeguarding-report-wizard>`);
    await walk(el, ROUTES[2]!.steps.slice(0, 3));
    expect(sessionStorage.length).to.equal(1);
    await walk(el, ROUTES[2]!.steps.slice(3));
    await press(el, 'Confirm and see your report summary');
    expect(sessionStorage.length, 'cleared on completion').to.equal(0);
    await press(el, 'Start again');
    await expectHeading(el, 'Is anyone in immediate danger, or in need of urgent medical help?');
    await choose(el, 'No');
    await next(el);
    expect(sessionStorage.length).to.equal(1);
    await press(el, 'Back');
    expect(sessionStorage.length, 'nothing kept for an empty route').to.equal(0);
  });

  it('a tampered draft is ignored, and the wizard starts clean', async () => {
    sessionStorage.setItem('safeguarding-report-wizard:draft:bad', JSON.stringify({ version: 1, step: 'nowhere', answers: { danger: 'maybe' } }));
    const el = await fixture<Wizard>(html`<safeguarding-report-wizard id="bad" save-draft></safeguarding-report-wizard>`);
    await expectHeading(el, 'Is anyone in immediate danger, or in need of urgent medical help?');
    expect(sessionStorage.getItem('safeguarding-report-wizard:draft:bad')).to.equal(null);
  });
});

describe('Leaving and the browser\'s own buttons', () => {
  it('leaving with answers typed and no summary asks first; not before anything is typed, and not after the summary', async () => {
    const el = await wizardAt(TIMES.weekdayNoon);
    const leave = () => {
      const event = new Event('beforeunload', { cancelable: true }) as BeforeUnloadEvent;
      window.dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(leave(), 'nothing typed yet').to.equal(false);
    await choose(el, 'No');
    await next(el);
    expect(leave(), 'answers typed').to.equal(true);
    await walk(el, ROUTES[2]!.steps.slice(1));
    await press(el, 'Confirm and see your report summary');
    expect(leave(), 'summary reached').to.equal(false);
  });

  it('with use-history, the browser\'s Back and Forward move between steps and keep the answers', async () => {
    const el = await fixture<Wizard>(html`<safeguarding-report-wizard use-history></safeguarding-report-wizard>`);
    await choose(el, 'No');
    await next(el);
    await choose(el, 'A member of staff or a volunteer');
    await next(el);
    await expectHeading(el, 'Who are you worried about?');
    history.back();
    await new Promise((r) => window.addEventListener('popstate', r, { once: true }));
    await el.updateComplete;
    await expectHeading(el, 'Who are you?');
    expect((byLabel(el, 'A member of staff or a volunteer') as HTMLInputElement).checked).to.equal(true);
    history.forward();
    await new Promise((r) => window.addEventListener('popstate', r, { once: true }));
    await el.updateComplete;
    await expectHeading(el, 'Who are you worried about?');
  });
});

describe('Nothing leaves the browser', () => {
  it('a whole run makes no network request', async () => {
    performance.clearResourceTimings();
    const el = await wizardAt(TIMES.weekdayNoon);
    await walk(el, ROUTES[1]!.steps);
    await press(el, 'Confirm and see your report summary');
    el.reportText();
    el.reportJson();
    const requests = performance.getEntriesByType('resource').map((e) => e.name);
    expect(requests, 'requests made during the run').to.deep.equal([]);
  });
});

describe('Robustness', () => {
  it('two wizards on one page keep separate answers', async () => {
    // Made by hand, not with fixture(): a plain <div> fixture waits for an animation frame, which a
    // background test page may never get; two fixtures in one parent took the page down.
    const container = document.createElement('div');
    container.innerHTML = '<safeguarding-report-wizard id="one"></safeguarding-report-wizard><safeguarding-report-wizard id="two"></safeguarding-report-wizard>';
    document.body.append(container);
    try {
      const [one, two] = Array.from(container.querySelectorAll('safeguarding-report-wizard'));
      await one!.updateComplete;
      await two!.updateComplete;
      await choose(one!, 'Yes');
      await next(one!);
      await expectHeading(one!, 'Call 999 now');
      await expectHeading(two!, 'Is anyone in immediate danger, or in need of urgent medical help?');
      expect(root(two!).querySelector<HTMLInputElement>('input[value="yes"]')!.checked).to.equal(false);
    } finally {
      container.remove();
    }
  });

  it('an element removed and added again starts clean (no draft asked for)', async () => {
    const el = await wizardAt(TIMES.weekdayNoon);
    await choose(el, 'No');
    await next(el);
    const parent = el.parentElement!;
    el.remove();
    parent.append(el);
    await el.updateComplete;
    await expectHeading(el, 'Is anyone in immediate danger, or in need of urgent medical help?');
  });

  it('properties set before the element is defined are not lost', async () => {
    // A fresh tag name stands in for the element before its definition is loaded.
    const tag = 'srw-late-wizard';
    const el = document.createElement(tag) as Wizard & { clock: () => Date; region: string };
    const clock = () => new Date(TIMES.fridayEvening);
    el.clock = clock;
    el.region = 'gwent';
    document.body.append(el);
    const { SafeguardingReportWizard } = await import('../src/index.js');
    customElements.define(tag, class extends SafeguardingReportWizard {});
    await (el as Wizard).updateComplete;
    try {
      expect(el.clock).to.equal(clock);
      await walk(el, ROUTES[2]!.steps.slice(0, -2));
      const select = byLabel(el, 'Council (local authority)') as HTMLSelectElement;
      expect(Array.from(select.options).filter((o) => o.value)).to.have.length(5);
    } finally {
      el.remove();
    }
  });
});
