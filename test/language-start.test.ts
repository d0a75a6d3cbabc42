/**
 * A page in Welsh from the start: the wizard waits for the Welsh file (issue 14), and until it
 * comes the host's own fallback content, with its 999 line, stays shown; never a page in English
 * or an empty one. Its own page, importing neither the Welsh catalogue nor test/helpers.ts.
 */
import { expect } from '@open-wc/testing';
import '../src/index.js';
import type { SafeguardingReportWizard } from '../src/index.js';
import { hasCatalogue } from '../src/i18n/catalogues.js';

const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

describe('A Welsh page at the start', () => {
  it('shows the fallback 999 line until the Welsh words arrive, then the first question in Welsh', async () => {
    expect(hasCatalogue('cy'), 'Welsh is not loaded before the wizard asks for it').to.equal(false);
    const el = document.createElement('safeguarding-report-wizard') as SafeguardingReportWizard;
    el.setAttribute('lang', 'cy');
    el.innerHTML = '<p id="fallback">Os yw plentyn mewn perygl uniongyrchol, ffoniwch 999.</p>';

    // Every state the shadow root passes through is seen: each must be the fallback or Welsh.
    const seen: string[] = [];
    const look = () => {
      const root = el.shadowRoot;
      const headingEl = root?.querySelector('[data-heading]');
      if (headingEl) seen.push(`heading:${norm(headingEl.textContent)}`);
      else {
        const slot = root?.querySelector('slot:not([name])') as HTMLSlotElement | null;
        const shown = slot?.assignedElements().map((e) => e.id) ?? [];
        seen.push(`fallback:${shown.join(',')}:${root?.textContent?.trim() ?? ''}`);
      }
    };
    const observer = new MutationObserver(look);
    document.body.append(el);
    observer.observe(el.shadowRoot!, { childList: true, subtree: true, characterData: true });
    try {
      await new Promise(requestAnimationFrame);
      look();
      await el.updateComplete;
      look();
    } finally {
      observer.disconnect();
    }
    const { cy } = await import('../src/i18n/cy.js');
    expect(seen[0], 'first paint: the host\'s fallback, shown through a slot').to.equal('fallback:fallback:');
    expect(seen.at(-1)).to.equal(`heading:${cy['danger.heading']}`);
    for (const state of seen) expect([`fallback:fallback:`, `heading:${cy['danger.heading']}`]).to.include(state);
    el.remove();
  });
});
