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
