/**
 * Each new step is announced: focus moves to its heading (or, after a failed Continue, to the
 * error summary), and the host is told with `step-change`, so it can set its own page title.
 * The first question is not focused on page load, so the wizard never takes focus from the page.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { StepChangeDetail } from '../components/safeguarding-report-wizard/events.js';

export class FocusController implements ReactiveController {
  private pending: 'heading' | 'errors' | undefined;
  private announced?: string;
  private shown = 0;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment },
    /** The step shown, its title and language; undefined once the wizard has been left. */
    private readonly current: () => StepChangeDetail | undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Where focus goes after the next render. */
  next(target: 'heading' | 'errors'): void {
    this.pending = target;
  }

  hostUpdated(): void {
    const detail = this.current();
    if (detail && detail.step !== this.announced) {
      this.announced = detail.step;
      this.host.dispatchEvent(new CustomEvent('step-change', { detail, bubbles: true, composed: true }));
    }
    const target = this.pending;
    this.pending = undefined;
    if (target === 'errors') this.host.renderRoot.querySelector<HTMLElement>('[data-error-summary]')?.focus();
    else if (target === 'heading' && this.shown++ > 0) this.host.renderRoot.querySelector<HTMLElement>('[data-heading]')?.focus();
  }
}
