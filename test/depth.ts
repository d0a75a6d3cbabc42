/**
 * How deep the heaviest tests go. `npm test` runs them on a sample that fits a few minutes on a
 * slow machine; `npm run test:deep` (web-test-runner.deep.config.js) runs every path and 10,000
 * random sequences per property. Both are bounded by counts, never by time.
 */
export const DEEP = (globalThis as { SRW_TEST_DEPTH?: string }).SRW_TEST_DEPTH === 'deep';

/** `deep` under `npm run test:deep`, `quick` otherwise. */
export const byDepth = <T>(quick: T, deep: T): T => (DEEP ? deep : quick);

/** An even spread of `n` items (every k-th), the same on every run. */
export function evenSample<T>(items: readonly T[], n: number): T[] {
  if (items.length <= n) return [...items];
  const step = items.length / n;
  return Array.from({ length: n }, (_, i) => items[Math.floor(i * step)]!);
}
