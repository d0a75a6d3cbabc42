/**
 * What the directory page says about a file: the same reading the element does
 * (src/directory/read-directory.ts, `readDirectory` over the shipped directory), so the page
 * lists exactly the problems the wizard would report, with their paths and what to do.
 * Plain functions, no DOM, no network: the file is read in the browser and goes nowhere.
 */
import type { Directory } from '../machines/directory.schema.js';
import { readDirectory, type DirectoryProblem } from '../src/directory/read-directory.js';
import { shippedDirectory } from '../src/directory/shipped.js';

export interface CheckResult {
  /** The parsed file, when it is JSON: what the wizard beside is given. */
  json?: unknown;
  /** The directory the wizard uses: the valid parts of the file over the built-in one. */
  directory: Directory;
  problems: DirectoryProblem[];
}

/** Where a problem is, when it is not one field: the page shows these words instead of a path. */
export const WHOLE_FILE = '(the whole file)';

/** Checks a directory file's text: first that it is JSON, then what the wizard makes of it. */
export function checkDirectoryText(text: string): CheckResult {
  if (text.trim() === '') {
    return { directory: shippedDirectory, problems: [{ path: WHOLE_FILE, message: 'The file is empty. Paste the whole directory file, or open it.' }] };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return {
      directory: shippedDirectory,
      problems: [
        {
          path: WHOLE_FILE,
          message: `This is not valid JSON (${(error as Error).message}). Mend the file at that place, or check it with a JSON validator, then check it here again.`,
        },
      ],
    };
  }
  const read = readDirectory(json, shippedDirectory);
  return { json, directory: read.directory, problems: read.problems };
}

/**
 * The value written at a problem's path (`authorities[3].children.phone`), so the page can show
 * what is there now. `undefined` when the path names nothing in the file.
 */
export function valueAtPath(json: unknown, path: string): unknown {
  const parts = [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] === undefined ? m[1]! : Number(m[2])));
  if (parts.length === 0) return undefined;
  let value: unknown = json;
  for (const part of parts) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[part];
  }
  return value;
}

/** A short view of a value for the page: JSON, cut to `max` characters. */
export function shortJson(value: unknown, max = 200): string {
  const text = JSON.stringify(value, null, 1)?.replace(/\s*\n\s*/g, ' ') ?? String(value);
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
