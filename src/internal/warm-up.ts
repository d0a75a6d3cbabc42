/**
 * One-off work that the first answers would otherwise wait for (building the answer schema, the
 * Wales time-zone formatter, the council list's collation, each question's template), done while
 * the person reads the first question. Tasks run in idle periods, as many as fit in each, so none
 * makes a long task; a task that throws is skipped, because the same work is done again, on
 * demand, where it is needed.
 */
interface Deadline {
  timeRemaining(): number;
  didTimeout?: boolean;
}
type Idle = (callback: (deadline: Deadline) => void, options?: { timeout: number }) => number;

const requestIdle: Idle =
  (globalThis as { requestIdleCallback?: Idle }).requestIdleCallback?.bind(globalThis) ??
  // Safari has no requestIdleCallback: a short timer, with a few milliseconds to use.
  ((callback) => window.setTimeout(() => callback({ timeRemaining: () => 8 }), 50));
const cancelIdle: (handle: number) => void =
  (globalThis as { cancelIdleCallback?: (h: number) => void }).cancelIdleCallback?.bind(globalThis) ?? ((h) => window.clearTimeout(h));

/** Leave this much of an idle period unused, so a task that overruns does not delay a frame. */
const MARGIN_MS = 4;

export interface WarmUp {
  /** Drops what has not run yet. */
  cancel(): void;
  /** Settles when every task has run (a task that starts a load: once it has loaded or failed), or once cancelled. */
  done: Promise<void>;
}

/** Runs `tasks` in order in idle periods. */
export function warmUpWhenIdle(tasks: (() => unknown)[]): WarmUp {
  const queue = [...tasks];
  let handle: number | undefined;
  let finish!: () => void;
  const started: Promise<unknown>[] = [];
  const done = new Promise<void>((resolve) => (finish = resolve)).then(() => Promise.allSettled(started)).then(() => undefined);
  const work = (deadline: Deadline) => {
    handle = undefined;
    do {
      const task = queue.shift();
      try {
        const result = task?.();
        if (result instanceof Promise) started.push(result);
      } catch {
        /* done again, on demand, where it is needed */
      }
    } while (queue.length && deadline.timeRemaining() > MARGIN_MS);
    if (queue.length) handle = requestIdle(work, { timeout: 2000 });
    else finish();
  };
  handle = requestIdle(work, { timeout: 2000 });
  return {
    cancel: () => {
      queue.length = 0;
      if (handle !== undefined) cancelIdle(handle);
      finish();
    },
    done,
  };
}
