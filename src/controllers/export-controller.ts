/**
 * Print, copy and save the summary and the written report. Nothing leaves the browser: the text
 * goes to the clipboard or to a file the person saves, and print shows the wizard alone.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { pageSheet, printSheet } from './print-sheet.js';

export interface ExportOptions {
  /** What each file holds, in the language shown: the summary as text (also what Copy copies), the report as JSON with that text, the written report as text or HTML ('' when none is due). */
  file: (kind: SavedFile) => string;
  /** The file's date (YYYY-MM-DD). */
  date: () => string;
  say: (key: 'summary.copied' | 'summary.copyFailed') => string;
}

/** What can be saved, each as its own file. */
const FILES = {
  txt: { name: 'safeguarding-report', extension: 'txt', type: 'text/plain;charset=utf-8' },
  json: { name: 'safeguarding-report', extension: 'json', type: 'application/json' },
  'referral-html': { name: 'written-report', extension: 'html', type: 'text/html;charset=utf-8' },
  'referral-txt': { name: 'written-report', extension: 'txt', type: 'text/plain;charset=utf-8' },
} as const;
export type SavedFile = keyof typeof FILES;

export class ExportController implements ReactiveController {
  /** What the status line says after Copy. */
  status = '';
  /** Which set of buttons was used (the summary has them at the top and the bottom), so the status shows beside it. */
  statusPlace: 'top' | 'bottom' = 'bottom';

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: ExportOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Prints what the wizard shows (the summary, or the written report) alone, on A4: the host page is hidden while printing. */
  print(): void {
    const sheet = printSheet();
    const page = pageSheet();
    if (!document.adoptedStyleSheets.includes(sheet)) document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    if (!document.adoptedStyleSheets.includes(page)) document.adoptedStyleSheets = [...document.adoptedStyleSheets, page];
    this.host.setAttribute('data-srw-print-target', '');
    document.documentElement.setAttribute('data-srw-printing', '');
    const cleanup = () => {
      this.host.removeAttribute('data-srw-print-target');
      document.documentElement.removeAttribute('data-srw-printing');
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== page);
    };
    window.addEventListener('afterprint', cleanup, { once: true });
    window.print();
  }

  async copy(place: 'top' | 'bottom' = 'bottom'): Promise<void> {
    this.statusPlace = place;
    try {
      await navigator.clipboard.writeText(this.options.file('txt'));
      this.say('summary.copied');
    } catch {
      this.say('summary.copyFailed');
    }
  }

  /** What a saved file holds. */
  file(kind: SavedFile): string {
    return this.options.file(kind);
  }

  /** Hands the browser a file to save: the summary as text, the report as JSON, or the written report as HTML or text. */
  download(kind: SavedFile): void {
    const file = FILES[kind];
    const blob = new Blob([this.file(kind)], { type: file.type });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = `${file.name}-${this.options.date()}.${file.extension}`;
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
