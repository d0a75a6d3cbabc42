/**
 * The town and postcode finder is fetched while the first question is read (issue 14), so it is
 * here before the council step. A page of its own, which does not import the finder.
 */
import { expect } from '@open-wc/testing';
import '../src/index.js';
import type { SafeguardingReportWizard } from '../src/index.js';

describe('Work done while the first question is read: loads', () => {
  it('fetches the town and postcode finder, which is not in the first load', async () => {
    const el = document.createElement('safeguarding-report-wizard') as SafeguardingReportWizard;
    document.body.append(el);
    await el.updateComplete;
    expect(customElements.get('srw-authority-finder') === undefined, 'not defined at the first question').to.equal(true);
    await el.warmUp!.done;
    expect(customElements.get('srw-authority-finder') !== undefined, 'defined in idle time').to.equal(true);
    el.remove();
  });
});
