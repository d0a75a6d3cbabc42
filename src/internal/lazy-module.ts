/**
 * A part of the wizard that is a file of its own (issue 14: load only what the person needs):
 * fetched once, kept once it has arrived, and forgotten if the fetch fails, so the next call tries
 * again (the file missing from the board's site, the connection lost for a moment).
 */
export interface LazyModule<T> {
  /** The module, once it has arrived. */
  readonly ready: T | undefined;
  /** Fetches it, once; the same promise while it loads. */
  load(): Promise<T>;
}

export function lazyModule<T>(fetch: () => Promise<T>): LazyModule<T> {
  let ready: T | undefined;
  let loading: Promise<T> | undefined;
  return {
    get ready() {
      return ready;
    },
    load() {
      if (ready) return Promise.resolve(ready);
      return (loading ??= fetch().then(
        (module) => (ready = module),
        (error: unknown) => {
          loading = undefined;
          throw error;
        },
      ));
    },
  };
}
