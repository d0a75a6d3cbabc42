/**
 * A part of the wizard that is a file of its own (src/later.ts: the town and postcode finder, the
 * summary, the written report), as one element sees it: one fetch at a time, whoever asks (the
 * warm-up, the council step, the end of the route, Try again), one failed state, and a new draw
 * when the fetch settles so the part shows when it comes. The element never waits on a network.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { LazyModule } from '../internal/lazy-module.js';

export class LaterController<T> implements ReactiveController {
  /** The fetch under way, if any (`updateComplete` waits for it). */
  loading?: Promise<void>;
  /** The last fetch failed: the council list works without the finder, and the summary offers Try again. */
  failed = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly module: LazyModule<T>,
    /** What the console says when it cannot be fetched (for the board's web team). */
    private readonly whenMissing: string,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** The module, once it has arrived. */
  get ready(): T | undefined {
    return this.module.ready;
  }

  /** Fetches it if it is not here yet; settles, never rejects, once the fetch has arrived or failed. */
  load(): Promise<void> {
    if (this.module.ready) return Promise.resolve();
    const loading = (this.loading ??= this.module
      .load()
      .then(
        () => void (this.failed = false),
        (error: unknown) => {
          this.failed = true;
          console.error(this.whenMissing, error);
        },
      )
      .finally(() => {
        if (this.loading === loading) this.loading = undefined;
        this.host.requestUpdate();
      }));
    return loading;
  }

  /** Runs `then` at once when the module is here, else once the fetch has settled (arrived or failed). */
  afterLoad(then: () => void): void {
    if (this.module.ready) then();
    else void this.load().then(then);
  }
}
