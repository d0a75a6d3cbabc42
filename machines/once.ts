/**
 * A value made the first time it is asked for. The zod schemas are built this way: building
 * them when the bundle loads cost about 10 ms before the first question (issue 5).
 */
export function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}
