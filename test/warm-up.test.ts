/**
 * Work done while the first question is read (issue 5's step-change target): it must never move
 * the wizard, touch what the person has chosen, write anything, or keep running once the
 * element is gone; and the council list it prepares is grouped and sorted in the page's language.
 */
import { expect } from '@open-wc/testing';
import { authorityGroups } from '../src/directory/authority-options.js';
import { shippedDirectory } from '../src/directory/shipped.js';
import { warmUpWhenIdle } from '../src/internal/warm-up.js';
import { byLabel, choose, expectHeading, headingText, next, wizardAt, TIMES } from './helpers.js';


describe('Work done while the first question is read', () => {
  it('runs every task in order, goes on after one that throws, and can be cancelled', async () => {
    const ran: number[] = [];
    const warmUp = warmUpWhenIdle([
      () => ran.push(1),
      () => {
        throw new Error('a task that fails');
      },
      () => ran.push(3),
    ]);
    const cancelledRan: number[] = [];
    const cancelled = warmUpWhenIdle([() => cancelledRan.push(1), () => cancelledRan.push(2)]);
    cancelled.cancel();
    await Promise.all([warmUp.done, cancelled.done]);
    expect(ran).to.deep.equal([1, 3]);
    expect(cancelledRan, 'nothing runs after cancel').to.deep.equal([]);
  });

  it('leaves the wizard where it was: same question, the answer still chosen, no step-change, nothing stored, and Continue goes on as normal', async () => {
    sessionStorage.clear();
    localStorage.clear();
    const el = await wizardAt(TIMES.weekdayNoon);
    const steps: string[] = [];
    el.addEventListener('step-change', (e) => steps.push((e as CustomEvent<{ step: string }>).detail.step));
    const first = headingText(el);
    await choose(el, 'No');
    await el.warmUp!.done;
    expect(headingText(el)).to.equal(first);
    expect((byLabel(el, 'No') as HTMLInputElement).checked, 'the chosen answer is kept').to.equal(true);
    expect(steps, 'no step-change while idle').to.deep.equal([]);
    expect(sessionStorage.length + localStorage.length, 'no storage').to.equal(0);
    await next(el);
    await expectHeading(el, 'Who are you?');
    expect(steps).to.deep.equal(['role']);
  });
});

describe('The council list', () => {
  it('groups councils by board and sorts them in the page language', () => {
    const en = authorityGroups(shippedDirectory, 'en');
    const cy = authorityGroups(shippedDirectory, 'cy');
    expect(en.map((g) => g.options.length).reduce((a, b) => a + b, 0)).to.equal(shippedDirectory.authorities.length);
    for (const groups of [en, cy]) {
      for (const g of groups) {
        const labels = g.options.map((o) => o.label);
        expect(labels, g.label).to.deep.equal([...labels].sort((a, b) => a.localeCompare(b)));
      }
    }
    const north = (groups: typeof en) => groups.find((g) => g.options.some((o) => o.value === 'isle-of-anglesey'))!.options;
    expect(north(en)[0]!.label).to.equal('Conwy');
    expect(north(cy).at(-1)!.label, 'Ynys Môn sorts last in Welsh').to.equal('Ynys Môn');
  });

  it('is worked out once per directory and language', () => {
    expect(authorityGroups(shippedDirectory, 'en')).to.equal(authorityGroups(shippedDirectory, 'en'));
    expect(authorityGroups(shippedDirectory, 'en')).not.to.equal(authorityGroups(shippedDirectory, 'cy'));
  });
});
