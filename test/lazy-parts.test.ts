/**
 * Parts of the wizard that are files of their own (issue 14), loaded while the first question is
 * read or when they are reached. This file runs in a page of its own and does not import them, so
 * it sees them arrive.
 */
import { expect } from '@open-wc/testing';
import { byLabel, expectHeading, next, root, walkingIn, TIMES, type Wizard } from './helpers.js';
import { ROUTES } from '../fixtures/routes.js';

async function wizard(messages: Wizard['messages'] = {}): Promise<Wizard> {
  const el = document.createElement('safeguarding-report-wizard') as Wizard;
  el.clock = () => new Date(TIMES.weekdayNoon);
  el.messages = messages;
  document.body.append(el);
  await el.updateComplete;
  return el;
}

/** Answers the first route's questions up to the council step ("Where did this happen?"). */
async function walkToCouncil(el: Wizard): Promise<void> {
  const steps = ROUTES[0]!.steps;
  for (const step of steps.slice(0, steps.findIndex((s) => s.heading === 'Where did this happen?'))) {
    await expectHeading(el, step.heading);
    await step.act?.(el);
    await next(el);
  }
}

describe('Parts loaded after the first question', () => {
  afterEach(() => document.querySelectorAll('safeguarding-report-wizard').forEach((el) => el.remove()));

  it('the town and postcode finder is not in the first load; reaching the council step loads it, with what the wizard set on it', async () => {
    const el = await wizard();
    // Nothing done in idle time here: only reaching the step loads it.
    el.warmUp!.cancel();
    expect(customElements.get('srw-authority-finder') === undefined, 'not defined at the first question').to.equal(true);
    await walkToCouncil(el);
    await expectHeading(el, 'Where did this happen?');
    const finder = root(el).querySelector('srw-authority-finder') as unknown as HTMLElement & { authorities: readonly unknown[]; updateComplete: Promise<boolean> };
    expect(customElements.get('srw-authority-finder') !== undefined, 'defined once the step is reached').to.equal(true);
    await finder.updateComplete;
    expect(finder.shadowRoot?.querySelector('input'), 'upgraded and drawn').to.exist;
    expect(finder.authorities, 'the councils set before it was defined').to.have.length(22);
    expect(byLabel(el, 'Council (local authority)')).to.exist;
    expect(walkingIn()).to.equal('en');
  });

  it("the finder's words come with it, and a board's own words for them still win", async () => {
    const el = await wizard({ en: { 'lookup.title': 'Not sure? Search for the council' } });
    await walkToCouncil(el);
    const finder = root(el).querySelector('srw-authority-finder') as unknown as HTMLElement & { updateComplete: Promise<boolean> };
    await finder.updateComplete;
    const shown = (finder.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');
    expect(shown, "the board's title").to.include('Not sure? Search for the council');
    expect(shown, "the finder's own label, for a word the board did not change").to.include('Town, village or postcode');
    expect(shown, 'no message key shown as text').not.to.match(/lookup\.\w/);
  });
});
