import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { ExportController } from './export-controller.js';

class ExportHost extends LitElement {
  readonly exporter = new ExportController(this, {
    file: (kind) =>
      ({ txt: 'The summary, as text', json: '{"report":{}}', 'referral-txt': 'The written report, as text', 'referral-html': '<!DOCTYPE html><html lang="en"></html>' })[kind],
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
      // The status is shown beside the buttons that were used (the summary has them at the top and the bottom).
      await el.exporter.copy('top');
      expect(el.exporter.statusPlace).to.equal('top');
    } finally {
      delete (navigator as unknown as Record<string, unknown>).clipboard;
    }
  });

  it('download hands the browser a dated text, JSON or written-report file, and leaves no link behind', async () => {
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
      el.exporter.download('referral-html');
      el.exporter.download('referral-txt');
    } finally {
      URL.createObjectURL = createObjectURL;
      HTMLAnchorElement.prototype.click = click;
    }
    expect(files.map((f) => f.name)).to.deep.equal([
      'safeguarding-report-2026-11-18.txt',
      'safeguarding-report-2026-11-18.json',
      'written-report-2026-11-18.html',
      'written-report-2026-11-18.txt',
    ]);
    expect(await files[0]!.blob.text()).to.equal('The summary, as text');
    expect(files[1]!.blob.type).to.equal('application/json');
    expect(files[2]!.blob.type).to.equal('text/html;charset=utf-8');
    expect(await files[2]!.blob.text()).to.equal('<!DOCTYPE html><html lang="en"></html>');
    expect(await files[3]!.blob.text()).to.equal('The written report, as text');
    expect(el.shadowRoot!.querySelector('a')).to.equal(null);
  });

  it('print marks the host and the page for the print style, on A4 pages, and unmarks them after printing', async () => {
    const el = await fixture<ExportHost>(html`<test-export-host></test-export-host>`);
    const print = window.print;
    let marked = false;
    const a4 = () =>
      document.adoptedStyleSheets.some((sheet) => Array.from(sheet.cssRules).some((r) => r instanceof CSSPageRule && /^a4$/i.test(r.style.getPropertyValue('size'))));
    let pagesA4 = false;
    window.print = () => {
      marked = el.hasAttribute('data-srw-print-target') && document.documentElement.hasAttribute('data-srw-printing');
      pagesA4 = a4();
    };
    try {
      el.exporter.print();
    } finally {
      window.print = print;
    }
    expect(marked).to.equal(true);
    expect(pagesA4, 'A4 pages while printing').to.equal(true);
    window.dispatchEvent(new Event('afterprint'));
    expect(el.hasAttribute('data-srw-print-target') || document.documentElement.hasAttribute('data-srw-printing')).to.equal(false);
    expect(a4(), "the host page's own printing is left alone afterwards").to.equal(false);
  });
});
