/**
 * The written report, shown in place of the summary while it is open (issue 12.4). Focus moves to
 * the heading of what is shown, as on every step; printing from the summary opens it first, so
 * what prints is the written report alone.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ReferralActions } from '../views/written-referral-view.js';
import type { ExportController } from './export-controller.js';

/** Prints what is shown, and hands the browser a file to save. */
export type Exporter = Pick<ExportController, 'print' | 'download'>;

export class ReferralController implements ReactiveController {
  /** Whether the written report is shown in place of the summary. */
  open = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly exporter: Exporter,
    /** Moves focus to the heading after the next render. */
    private readonly focusHeading: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  show = (): void => this.set(true);

  hide = (): void => this.set(false);

  /** Prints the written report (opening it first). */
  print = async (): Promise<void> => {
    if (!this.open) this.set(true);
    await this.host.updateComplete;
    this.exporter.print();
  };

  /** What the summary's and the written report's buttons do, and whether it is open. */
  get actions(): ReferralActions & { open: boolean } {
    return {
      open: this.open,
      show: this.show,
      hide: this.hide,
      print: () => void this.print(),
      saveHtml: () => this.exporter.download('referral-html'),
      saveText: () => this.exporter.download('referral-txt'),
    };
  }

  /** Closes it when the step changes. */
  reset(): void {
    this.open = false;
  }

  private set(open: boolean): void {
    this.open = open;
    this.focusHeading();
    this.host.requestUpdate();
  }
}
