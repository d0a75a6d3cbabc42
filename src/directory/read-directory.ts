/**
 * Reads a directory a board supplies, keeping every part that is valid. A broken entry is left
 * out with a message that names the field and says what to do; the shipped entry for that
 * authority stays, so the user still sees every authority and 999 (issue: bad input).
 */
import * as z from 'zod/mini';
import { authoritySchema, directorySchema, regionSchema, type Authority, type Directory } from '../../machines/directory.schema.js';

export interface DirectoryProblem {
  /** Where the problem is, as a path into the JSON, such as `authorities[3].children.phone`. */
  path: string;
  message: string;
}

export interface DirectoryResult {
  directory: Directory;
  problems: DirectoryProblem[];
}

const pathOf = (prefix: string, path: readonly PropertyKey[]) =>
  path.reduce<string>((out, p) => (typeof p === 'number' ? `${out}[${p}]` : out ? `${out}.${String(p)}` : String(p)), prefix);

function issues(prefix: string, error: z.core.$ZodError): DirectoryProblem[] {
  return error.issues.map((i) => ({
    path: pathOf(prefix, i.path) || '(the whole directory)',
    message: i.message.startsWith('Invalid input') || i.message.startsWith('Invalid option')
      ? `${i.message}. Check the spelling and type of this field against the JSON Schema shipped with the package.`
      : i.message,
  }));
}

/**
 * Merges a board's directory over the shipped one. Authorities are matched by id: a valid one
 * replaces the shipped entry, an invalid one is reported and the shipped entry kept. A directory
 * with a different jurisdiction (an English partnership) stands alone.
 */
export function readDirectory(input: unknown, shipped: Directory): DirectoryResult {
  if (input === undefined || input === null) return { directory: shipped, problems: [] };
  if (typeof input !== 'object' || Array.isArray(input)) {
    return {
      directory: shipped,
      problems: [{ path: '(the whole directory)', message: 'The directory must be a JSON object with "jurisdiction", "regions", "authorities" and "national". The built-in directory is used instead.' }],
    };
  }
  const whole = directorySchema.safeParse(input);
  if (whole.success) return { directory: merge(shipped, whole.data), problems: [] };

  // Keep what is valid, piece by piece.
  const raw = input as Record<string, unknown>;
  const problems: DirectoryProblem[] = [];
  const jurisdiction = z.enum(['wales', 'england']).safeParse(raw.jurisdiction);
  if (!jurisdiction.success) problems.push({ path: 'jurisdiction', message: 'Write "wales" or "england".' });
  const regions = Array.isArray(raw.regions)
    ? raw.regions.flatMap((r, i) => {
        const p = regionSchema.safeParse(r);
        if (!p.success) problems.push(...issues(`regions[${i}]`, p.error));
        return p.success ? [p.data] : [];
      })
    : [];
  const authorities: Authority[] = [];
  if (!Array.isArray(raw.authorities)) {
    problems.push({ path: 'authorities', message: 'Give "authorities" as a list of authorities.' });
  } else {
    raw.authorities.forEach((a, i) => {
      const p = authoritySchema.safeParse(a);
      if (!p.success) {
        const id = typeof (a as { id?: unknown })?.id === 'string' ? ` (${(a as { id: string }).id})` : '';
        problems.push(...issues(`authorities[${i}]${id}`, p.error));
      } else authorities.push(p.data);
    });
  }
  const national = directorySchema.shape.national.safeParse(raw.national);
  if (raw.national !== undefined && !national.success) problems.push(...issues('national', national.error));

  const partial: Directory = {
    jurisdiction: jurisdiction.success ? jurisdiction.data : shipped.jurisdiction,
    regions: regions.length ? regions : shipped.regions,
    authorities: authorities.length ? authorities : [],
    national: national.success ? national.data : shipped.national,
    defaultOfficeHours: shipped.defaultOfficeHours,
  };
  return { directory: merge(shipped, partial), problems };
}

function merge(shipped: Directory, board: Directory): Directory {
  if (board.jurisdiction !== shipped.jurisdiction) return board;
  const byId = new Map(board.authorities.map((a) => [a.id, a]));
  const known = new Set(shipped.authorities.map((a) => a.id));
  return {
    ...shipped,
    ...board,
    regions: [...shipped.regions.filter((r) => !board.regions.some((b) => b.id === r.id)), ...board.regions],
    authorities: [...shipped.authorities.map((a) => byId.get(a.id) ?? a), ...board.authorities.filter((a) => !known.has(a.id))],
    defaultOfficeHours: board.defaultOfficeHours ?? shipped.defaultOfficeHours,
  };
}
