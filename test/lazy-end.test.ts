/**
 * The summary, the written report and the consent record are in a file loaded after the first
 * questions (src/later.ts, issue 14). This page of its own controls that file's fetch, to show
 * what a person sees when it cannot be fetched, and that nothing they gave is lost.
 */
import { expect, oneEvent } from '@open-wc/testing';
import { later } from '../src/load-later.js';
import { ROUTES } from '../fixtures/routes.js';
import { button, expectAccessible, expectHeading, press, root, text, walkToCheckAnswers, wizardAt, type Wizard } from './helpers.js';

const ROUTE = ROUTES[0]!;
const realLoad = later.load.bind(later);

async function toCheckAnswers(): Promise<Wizard> {
  const el = await wizardAt(ROUTE.at);
  // Nothing fetched in idle time: the file is fetched only where the wizard needs it.
  el.warmUp!.cancel();
  await walkToCheckAnswers(el, ROUTE);
  return el;
}

describe('The end of the route, loaded after the first questions', () => {
  afterEach(() => {
    later.load = realLoad;
    document.querySelectorAll('safeguarding-report-wizard').forEach((el) => el.remove());
  });

  it('if its file cannot be fetched, the summary says so, and Try again shows it with every answer kept', async () => {
    let fetches = 0;
    later.load = () => {
      fetches += 1;
      return Promise.reject(new Error('offline'));
    };
    const el = await toCheckAnswers();
    let completes = 0;
    el.addEventListener('report-complete', () => (completes += 1));
    const complete = oneEvent(el, 'report-complete');
    const errors: unknown[] = [];
    const log = console.error;
    console.error = (...args: unknown[]) => void errors.push(args);
    try {
      await press(el, 'Confirm and see your report summary');
    } finally {
      console.error = log;
    }
    expect(fetches, 'fetched on the way, and again at check answers').to.be.at.least(1);
    await expectHeading(el, 'Your report summary');
    const status = root(el).querySelector('[role="status"]:not(.visually-hidden)');
    expect(status?.textContent?.trim()).to.equal('This page could not be loaded. Every answer you have given is kept. Check your internet connection, then try again.');
    expect(root(el).activeElement?.textContent?.trim(), 'focus on the heading, as on every step').to.equal('Your report summary');
    await expectAccessible(el);

    expect(errors, 'the console says why, for the web team').to.have.length.at.least(1);
    await complete;
    expect(completes, 'the host page was told the report is complete').to.equal(1);

    later.load = realLoad;
    await press(el, 'Try again');
    await expectHeading(el, 'Your report summary');
    expect(text(el), 'the summary is drawn').to.contain('Alex Example');
    expect(el.reportText()).to.contain('Alex Example');
    expect(() => button(el, 'Try again'), 'the message is gone').to.throw();
    expect(completes, 'told once, not again').to.equal(1);
    await expectAccessible(el);
  });

});
