/**
 * Loads the lookup data the first time it is needed. The dynamic import makes the library build
 * emit the data as its own file beside the main bundle, fetched (relative to the main file) only
 * when someone first uses the finder. The promise is kept, so it loads and decodes once; a failed
 * load is forgotten, so the next try fetches again.
 */
import { decodeLookupData, type LookupData } from './find-authority.js';

let loading: Promise<LookupData> | undefined;

export function loadLookupData(): Promise<LookupData> {
  loading ??= import('./lookup-data.js').then(decodeLookupData, (error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}
