import { expect } from '@open-wc/testing';
import { choose, expectHeading, next, wizardAt, TIMES, headingText } from './helpers.js';

describe('smoke', () => {
  it('shows the first question and goes on', async () => {
    const el = await wizardAt(TIMES.weekdayNoon);
    expect(headingText(el)).to.contain('immediate danger');
    await choose(el, 'No');
    await next(el);
    await expectHeading(el, 'Who are you?');
  });
});
