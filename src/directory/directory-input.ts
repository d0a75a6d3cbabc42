/**
 * The parts of reading a board's directory that need no schema: limiting it to a region, and
 * fetching or parsing its JSON. They are here, apart from read-directory.ts, so a page with
 * `region` but no directory of its own does not load zod (issue 14); read-directory.ts, which
 * checks a board's directory against its schema, is loaded only when there is one.
 */
import type { Directory } from '../../machines/directory.schema.js';
import type { DirectoryProblem, DirectoryResult } from './read-directory.js';

/** Limits the councils offered to one region (a board's own area), when the region is known. */
export function limitToRegion(directory: Directory, region: string | undefined | null): DirectoryResult {
  if (!region) return { directory, problems: [] };
  if (!directory.regions.some((r) => r.id === region)) {
    return {
      directory,
      problems: [{ path: 'region', message: `The region "${region}" is not in the directory, so every council is listed. Use one of: ${directory.regions.map((r) => r.id).join(', ')}.` }],
    };
  }
  return {
    directory: { ...directory, regions: directory.regions.filter((r) => r.id === region), authorities: directory.authorities.filter((a) => a.region === region) },
    problems: [],
  };
}

/** Reads a board's directory from a same-origin URL. Failures become problems, never exceptions. */
export async function fetchDirectory(src: string, base: string): Promise<{ json?: unknown; problem?: DirectoryProblem }> {
  let url: URL;
  try {
    url = new URL(src, base);
  } catch {
    return { problem: { path: 'directory-src', message: `"${src}" is not a web address. Give the address of a JSON file on this site.` } };
  }
  if (url.origin !== new URL(base).origin) {
    return { problem: { path: 'directory-src', message: `"${src}" is on another site. The directory must be on the same site as this page (same origin).` } };
  }
  try {
    const response = await fetch(url, { credentials: 'same-origin', headers: { accept: 'application/json' } });
    if (!response.ok) return { problem: { path: 'directory-src', message: `Loading "${src}" failed (HTTP ${response.status}). Check the file is published at that address.` } };
    const text = await response.text();
    try {
      return { json: JSON.parse(text) };
    } catch (error) {
      return { problem: { path: 'directory-src', message: `"${src}" is not valid JSON (${(error as Error).message}). Check it with a JSON validator.` } };
    }
  } catch {
    return { problem: { path: 'directory-src', message: `"${src}" could not be loaded. Check the address and your connection.` } };
  }
}

/** Reads the directory from a `<script type="application/json">` inside the element. */
export function parseInlineDirectory(text: string): { json?: unknown; problem?: DirectoryProblem } {
  try {
    return { json: JSON.parse(text) };
  } catch (error) {
    return { problem: { path: 'script[type="application/json"]', message: `The directory inside the element is not valid JSON (${(error as Error).message}). Check it with a JSON validator.` } };
  }
}
