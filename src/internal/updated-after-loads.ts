/**
 * An element's `updateComplete` that also waits for what it is fetching (a board's directory from
 * `directory-src`, a language, the later file) and for the update each brings, so a test or a host
 * page that awaits it sees the result, however slow the network.
 */
export async function updatedAfterLoads(update: () => Promise<boolean>, loads: () => (Promise<unknown> | undefined)[]): Promise<boolean> {
  let done = await update();
  for (let pending = loads().filter(Boolean); pending.length > 0; pending = loads().filter(Boolean)) {
    await Promise.all(pending);
    done = await update();
  }
  return done;
}
