/**
 * Confirming check answers waits for the summary's file (src/later.ts, issue 14) before the
 * wizard moves on and tells the host page, so a `report-complete` listener can read
 * `reportText()` there and then. A page of its own, where that file has not been fetched.
 */
import { expect, oneEvent } from '@open-wc/testing';
import { later } from '../src/load-later.js';
import { ROUTES } from '../fixtures/routes.js';
import { button, expectHeading, headingText, walkToCheckAnswers, wizardAt } from './helpers.js';

const ROUTE = ROUTES[0]!;

describe('Confirming check answers while the summary is still on its way', () => {
  const realLoad = later.load.bind(later);
  const log = console.error;
  after(() => {
    later.load = realLoad;
    console.error = log;
  });

  it("waits for it: nothing moves until it has arrived, and the host page's report-complete listener can read reportText() at once", async () => {
    // On the way (the council step asks for the finder in the same file): not fetched.
    console.error = () => undefined;
    later.load = () => Promise.reject(new Error('offline'));
    const el = await wizardAt(ROUTE.at);
    el.warmUp!.cancel();
    await walkToCheckAnswers(el, ROUTE);
    expect(later.ready, 'not here yet').to.equal(undefined);

    // At check answers: it arrives only when released.
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    later.load = () => gate.then(realLoad);
    let read: string | undefined;
    el.addEventListener('report-complete', () => (read = el.reportText()), { once: true });
    const complete = oneEvent(el, 'report-complete');
    button(el, 'Confirm and see your report summary').click();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(headingText(el), 'still on check answers while it loads').to.equal('Check your answers');
    expect(read, 'the host page not told yet').to.equal(undefined);

    release();
    await complete;
    expect(read).to.contain('Alex Example');
    await expectHeading(el, 'Your report summary');
    el.remove();
  });
});
