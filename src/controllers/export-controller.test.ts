import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { ExportController } from './export-controller.js';

class ExportHost extends LitElement {
  readonly exporter = new ExportController(this, {
    text: () => 'The summary, as text',
    json: () => '{"report":{}}',
    date: () => '2026-11-18',
    say: (key) => key,
  });
}
customElements.define('test-export-host', ExportHost);

describe('ExportController', () => {
  it('copy puts the text on the clipboard and says so; when the clipboard refuses, it says that', async () => {
    const el = await fixture<ExportHost>(html`<test-export-host></test-export-host>`);
    let copied = '';
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (t: string) => void (copied = t) } });
    try {
      await el.exporter.copy();
      expect(copied).to.equal('The summary, as text');
      expect(el.exporter.status).to.equal('summary.copied');
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async () => Promise.reject(new Error('denied')) } });
      await el.exporter.copy();
      expect(el.exporter.status).to.equal('summary.copyFailed');
    } finally {
      delete (navigator as unknown as Record<string, unknown>).clipboard;
    }
  });

  it('download hands the browser a dated text or JSON file, and leaves no link behind', async () => {
    const el = await fixture<ExportHost>(html`<test-export-host></test-export-host>`);
    const files: { name: string; blob: Blob }[] = [];
    const { createObjectURL } = URL;
    const { click } = HTMLAnchorElement.prototype;
    let last: Blob | undefined;
    URL.createObjectURL = (blob: Blob | MediaSource) => ((last = blob as Blob), 'blob:caught');
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      files.push({ name: this.download, blob: last! });
    };
    try {
      el.exporter.download('txt');
      el.exporter.download('json');
    } finally {
      URL.createObjectURL = createObjectURL;
      HTMLAnchorElement.prototype.click = click;
    }
    expect(files.map((f) => f.name)).to.deep.equal(['safeguarding-report-2026-11-18.txt', 'safeguarding-report-2026-11-18.json']);
    expect(await files[0]!.blob.text()).to.equal('The summary, as text');
    expect(files[1]!.blob.type).to.equal('application/json');
    expect(el.shadowRoot!.querySelector('a')).to.equal(null);
  });

  it('print marks the host and the page for the print style, and unmarks them after printing', async () => {
    const el = await fixture<ExportHost>(html`<test-export-host></test-export-host>`);
    const print = window.print;
    let marked = false;
    window.print = () => void (marked = el.hasAttribute('data-srw-print-target') && document.documentElement.hasAttribute('data-srw-printing'));
    try {
      el.exporter.print();
    } finally {
      window.print = print;
    }
    expect(marked).to.equal(true);
    window.dispatchEvent(new Event('afterprint'));
    expect(el.hasAttribute('data-srw-print-target') || document.documentElement.hasAttribute('data-srw-printing')).to.equal(false);
  });
});
