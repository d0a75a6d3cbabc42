/**
 * Quick exit, as GOV.UK Frontend's "Exit this page": a button, and Shift pressed three times
 * within 5 seconds (the timer restarts on each press; any other key resets the count).
 *
 * Fixes for problems reported against GOV.UK's version (research/peers-and-ux.md section 4):
 * - #4095, on-screen keyboards send Shift when they capitalise: only a physical Shift key counts
 *   (KeyboardEvent.location is LEFT or RIGHT; a virtual keyboard's is STANDARD);
 * - #5393, mixing left and right Shift aborted the sequence: either Shift counts;
 * - Shift held down (auto-repeat) counts once, and Shift used with another key (Shift+A) does not count.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ClearOfExitBarController } from './clear-of-exit-bar-controller.js';

const WINDOW_MS = 5000;
const PHYSICAL = new Set([1, 2]); // KeyboardEvent.DOM_KEY_LOCATION_LEFT, _RIGHT

export interface ShiftCounter {
  /** Call from a document-level keydown listener. */
  keydown(event: KeyboardEvent): void;
  /** Call from a document-level keyup listener. Returns the presses so far (3 means exit). */
  keyup(event: KeyboardEvent): number;
  reset(): void;
}

export function shiftCounter(now: () => number = () => performance.now(), onTimeout?: () => void): ShiftCounter {
  let count = 0;
  let last = 0;
  let otherKeyDown = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const reset = () => {
    count = 0;
    if (timer) clearTimeout(timer);
    timer = undefined;
  };
  return {
    keydown(event) {
      if (event.key !== 'Shift') {
        otherKeyDown = true;
        reset();
      } else if (!event.repeat) {
        otherKeyDown = false;
      }
    },
    keyup(event) {
      if (event.key !== 'Shift') return count;
      if (otherKeyDown || !PHYSICAL.has(event.location)) {
        otherKeyDown = false;
        return count;
      }
      const t = now();
      if (count > 0 && t - last > WINDOW_MS) count = 0;
      count += 1;
      last = t;
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        count = 0;
        onTimeout?.();
      }, WINDOW_MS);
      if (count < 3) return count;
      reset();
      return 3;
    },
    reset,
  };
}

let hideSheet: CSSStyleSheet | undefined;

/** Hides the whole page at once (a constructed stylesheet works under a strict Content Security Policy). */
export function hidePage(): void {
  if (!hideSheet) {
    hideSheet = new CSSStyleSheet();
    hideSheet.replaceSync('html[data-srw-exiting] body { visibility: hidden !important; }');
  }
  if (!document.adoptedStyleSheets.includes(hideSheet)) document.adoptedStyleSheets = [...document.adoptedStyleSheets, hideSheet];
  document.documentElement.setAttribute('data-srw-exiting', '');
}

/** Shows the page again when it comes back from the back/forward cache. */
export function unhidePage(): void {
  document.documentElement.removeAttribute('data-srw-exiting');
}

export interface QuickExitHost extends ReactiveControllerHost, HTMLElement {
  /** Where quick exit goes. */
  exitUrl: string;
  renderRoot: HTMLElement | DocumentFragment;
}

export interface QuickExitOptions {
  /** Wipes every answer, in memory and in storage, before the page is left. */
  wipe: () => void;
  /** The words of the announcements, in the language shown. */
  say: (key: 'exit.press2' | 'exit.press1' | 'exit.timedOut') => string;
}

/**
 * Quick exit for the element: the button calls `exit()`; Shift pressed three times anywhere on
 * the page does too (capture listeners see keys typed inside the shadow root). Exit wipes every
 * answer, fires a cancelable `wizard-exit`, hides the page at once and replaces it with the
 * neutral `exit-url`, so Back does not return. A host that cancels the event does the leaving
 * itself; the answers are wiped either way. The exit bar stays in view, so a focused control is
 * kept clear of it (ClearOfExitBarController).
 */
export class QuickExitController implements ReactiveController {
  /** What the live region says: the Shift count, or that it ran out. */
  status = '';
  private readonly shift = shiftCounter(undefined, () => {
    if (this.status) this.announce(this.options.say('exit.timedOut'));
  });

  constructor(
    private readonly host: QuickExitHost,
    private readonly options: QuickExitOptions,
  ) {
    host.addController(this);
    new ClearOfExitBarController(host);
  }

  hostConnected(): void {
    document.addEventListener('keydown', this.onKeydown, true);
    document.addEventListener('keyup', this.onKeyup, true);
    window.addEventListener('pageshow', unhidePage);
  }

  hostDisconnected(): void {
    document.removeEventListener('keydown', this.onKeydown, true);
    document.removeEventListener('keyup', this.onKeyup, true);
    window.removeEventListener('pageshow', unhidePage);
    this.shift.reset();
  }

  exit(): void {
    this.options.wipe();
    const proceed = this.host.dispatchEvent(new CustomEvent('wizard-exit', { bubbles: true, composed: true, cancelable: true }));
    if (!proceed) return;
    hidePage();
    window.location.replace(this.host.exitUrl);
  }

  private announce(text: string): void {
    this.status = text;
    this.host.requestUpdate();
  }

  private readonly onKeydown = (event: KeyboardEvent) => this.shift.keydown(event);

  private readonly onKeyup = (event: KeyboardEvent) => {
    const count = this.shift.keyup(event);
    if (count === 3) this.exit();
    else if (count > 0) this.announce(this.options.say(count === 1 ? 'exit.press2' : 'exit.press1'));
  };
}
