/**
 * Work the first answers would otherwise wait for, done while the first question is read
 * (src/internal/warm-up.ts): started once, after the element's first draw, and stopped when the
 * element is removed or quick exit is used, so nothing of the wizard runs after a person leaves.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { warmUpWhenIdle, type WarmUp } from '../internal/warm-up.js';

export class WarmUpController implements ReactiveController, WarmUp {
  private run?: WarmUp;
  private cancelled = false;

  constructor(
    host: ReactiveControllerHost,
    /** The tasks, made when the first draw is done (they may read what it drew). */
    private readonly tasks: () => (() => unknown)[],
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    if (!this.run && !this.cancelled) this.run = warmUpWhenIdle(this.tasks());
  }

  hostDisconnected(): void {
    this.cancel();
  }

  /** Drops what has not run yet; a warm-up not yet started never starts. */
  cancel(): void {
    this.cancelled = true;
    this.run?.cancel();
  }

  /** Settles when every task has run, or once cancelled (for tests and the bench). */
  get done(): Promise<void> {
    return this.run?.done ?? Promise.resolve();
  }
}
