/**
 * Keeps the focused control clear of the sticky exit bar (issue 12.7; WCAG 2.4.11 and 2.4.12).
 * Browsers scroll a focused control into view only when not enough of it is on screen: a tall box
 * (a textarea) that is half under the bar stays half hidden. When focus lands on a control that
 * the bar overlaps, it is scrolled just far enough to show it whole (each control keeps a scroll
 * margin the height of the bar, set in the styles).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class ClearOfExitBarController implements ReactiveController {
  constructor(private readonly host: ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment }) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.renderRoot.addEventListener('focusin', this.onFocus);
  }

  hostDisconnected(): void {
    this.host.renderRoot.removeEventListener('focusin', this.onFocus);
  }

  private readonly onFocus = (event: Event): void => {
    const target = event.target as HTMLElement;
    const bar = this.host.renderRoot.querySelector('.exit-bar');
    if (!bar || bar.contains(target)) return;
    const box = target.getBoundingClientRect();
    const barBottom = bar.getBoundingClientRect().bottom;
    if (box.top < barBottom && box.bottom > 0) target.scrollIntoView({ block: 'nearest' });
  };
}
