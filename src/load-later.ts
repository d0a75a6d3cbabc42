import { lazyModule } from './internal/lazy-module.js';

/** What the wizard needs after the first questions (src/later.ts), loaded from beside the entry. */
export const later = lazyModule(() => import('./later.js'));
export type Later = NonNullable<typeof later.ready>;
