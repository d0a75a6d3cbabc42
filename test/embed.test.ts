/**
 * The one-script-tag embed (issue 14): the built files copied into a folder of a site, a page with
 * one script tag pointing at the entry, and every other file loaded from beside it (the chunks
 * import each other by relative addresses, resolved from the entry's own URL). The build is made
 * through the test runner (`build-embed`) into .scratch/embed/assets/.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

describe('The one-script-tag embed', () => {
  it('loads from one script tag, and Welsh and the finder arrive from beside the entry', async () => {
    const files = (await executeServerCommand('build-embed')) as string[];
    expect(files).to.include('safeguarding-report-wizard.js');
    const frame = document.createElement('iframe');
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.srcdoc = `<!doctype html><html lang="en"><body>
      <safeguarding-report-wizard><p>If a child is in immediate danger, call 999.</p></safeguarding-report-wizard>
      <script type="module" src="/.scratch/embed/assets/safeguarding-report-wizard.js"></script></body></html>`;
    document.body.append(frame);
    await loaded;
    try {
      const win = frame.contentWindow!;
      await win.customElements.whenDefined('safeguarding-report-wizard');
      const el = frame.contentDocument!.querySelector('safeguarding-report-wizard') as HTMLElement & { updateComplete: Promise<boolean>; warmUp?: { done: Promise<void> } };
      await el.updateComplete;
      expect(norm(el.shadowRoot!.querySelector('[data-heading]')?.textContent)).to.equal('Is anyone in immediate danger, or in need of urgent medical help?');
      await el.warmUp!.done;
      expect(win.customElements.get('srw-authority-finder') !== undefined, 'the finder, from beside the entry').to.equal(true);
      const language = Array.from(el.shadowRoot!.querySelectorAll('button')).find((b) => norm(b.textContent).startsWith('Cymraeg'))!;
      language.click();
      await el.updateComplete;
      expect(norm(el.shadowRoot!.querySelector('[data-heading]')?.textContent)).to.match(/^Oes unrhyw un/);
      const requested = win.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname).filter((p) => p.endsWith('.js'));
      expect(requested.length).to.be.greaterThan(1);
      for (const path of requested) expect(path, 'every file from beside the entry').to.match(/^\/\.scratch\/embed\/assets\/safeguarding-report-wizard[\w.-]*\.js$/);
    } finally {
      frame.remove();
    }
  });
});
