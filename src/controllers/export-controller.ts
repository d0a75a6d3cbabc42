/**
 * Print, copy and save the summary. Nothing leaves the browser: the text goes to the clipboard or
 * to a file the person saves, and print shows the summary alone.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { printSheet } from './print-sheet.js';

export interface ExportOptions {
  /** The summary as plain text, in the language shown. */
  text: () => string;
  /** The report as JSON, with that text. */
  json: () => string;
  /** The file's date (YYYY-MM-DD). */
  date: () => string;
  say: (key: 'summary.copied' | 'summary.copyFailed') => string;
}

export class ExportController implements ReactiveController {
  /** What the status line says after Copy. */
  status = '';

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: ExportOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Prints the summary alone: the host page is hidden while printing. */
  print(): void {
    const sheet = printSheet();
    if (!document.adoptedStyleSheets.includes(sheet)) document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    this.host.setAttribute('data-srw-print-target', '');
    document.documentElement.setAttribute('data-srw-printing', '');
    const cleanup = () => {
      this.host.removeAttribute('data-srw-print-target');
      document.documentElement.removeAttribute('data-srw-printing');
    };
    window.addEventListener('afterprint', cleanup, { once: true });
    window.print();
  }

  async copy(): Promise<void> {
    try {
      await navigator.clipboard.writeText(this.options.text());
      this.say('summary.copied');
    } catch {
      this.say('summary.copyFailed');
    }
  }

  /** Hands the browser a file to save: the summary as text, or the report as JSON. */
  download(extension: 'txt' | 'json'): void {
    const content = extension === 'txt' ? this.options.text() : this.options.json();
    const blob = new Blob([content], { type: extension === 'txt' ? 'text/plain;charset=utf-8' : 'application/json' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = `safeguarding-report-${this.options.date()}.${extension}`;
    link.hidden = true;
    (this.host.shadowRoot ?? this.host).appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  /** Clears the status when the step changes. */
  reset(): void {
    this.status = '';
  }

  private say(key: 'summary.copied' | 'summary.copyFailed'): void {
    this.status = this.options.say(key);
    this.host.requestUpdate();
  }
}
