/**
 * Reads a directory a board supplies, keeping every part that is valid. A broken entry is left
 * out with a message that names the field and says what to do; the shipped entry for that
 * authority stays, so the user still sees every authority and 999 (issue: bad input).
 */
import * as z from 'zod/mini';
import { directorySchemas, type Authority, type Directory } from '../../machines/directory.schema.js';

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

const at = (value: unknown, path: readonly PropertyKey[]): unknown =>
  path.reduce<unknown>((v, key) => (v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[key] : undefined), value);

const kindOf = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'list' : typeof v === 'object' ? 'object' : typeof v);
const article = (kind: string) => (kind === 'list' ? 'a list' : kind === 'object' ? 'an object' : `a ${kind}`);

/** Says what is wrong and what to do, from the issue and the value the board wrote. */
function explain(issue: z.core.$ZodIssue, value: unknown): string {
  const field = String(issue.path.filter((p) => typeof p === 'string').at(-1) ?? 'this field');
  if (issue.code === 'invalid_type') {
    const expected = issue.expected === 'array' ? 'list' : issue.expected;
    if (value === undefined) return `"${field}" is missing. Add it (${article(expected)}).`;
    return `"${field}" should be ${article(expected)}, not ${article(kindOf(value))}. Change it.`;
  }
  if (issue.code === 'invalid_value') return `"${field}" must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, not ${JSON.stringify(value)}.`;
  if (issue.code === 'too_small' || issue.code === 'too_big') {
    const bound = issue.code === 'too_small' ? `at least ${issue.minimum}` : `at most ${issue.maximum}`;
    return `"${field}" is out of range: it must be ${bound}${issue.origin === 'array' ? ' items' : ''}.`;
  }
  return issue.message === 'Invalid input' ? `"${field}" is not valid. Check it against the JSON Schema shipped with the package.` : issue.message;
}

function issues(prefix: string, error: z.core.$ZodError, raw: unknown, where = ''): DirectoryProblem[] {
  return error.issues.map((i) => ({
    path: pathOf(prefix, i.path) || '(the whole directory)',
    message: `${where}${explain(i, at(raw, i.path))}`,
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
  const { authoritySchema, directorySchema, regionSchema } = directorySchemas();
  const whole = directorySchema.safeParse(input);
  if (whole.success) {
    const problems: DirectoryProblem[] = [];
    return { directory: merge(shipped, whole.data, problems), problems };
  }

  // Keep what is valid, piece by piece.
  const raw = input as Record<string, unknown>;
  const problems: DirectoryProblem[] = [];
  const jurisdiction = z.enum(['wales', 'england']).safeParse(raw.jurisdiction);
  if (!jurisdiction.success) problems.push({ path: 'jurisdiction', message: 'Write "wales" or "england".' });
  const regions = Array.isArray(raw.regions)
    ? raw.regions.flatMap((r, i) => {
        const p = regionSchema.safeParse(r);
        if (!p.success) problems.push(...issues(`regions[${i}]`, p.error, r));
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
        const id = (a as { id?: unknown })?.id;
        problems.push(...issues(`authorities[${i}]`, p.error, a, typeof id === 'string' ? `In "${id}": ` : ''));
      } else authorities.push(p.data);
    });
  }
  const national = directorySchema.shape.national.safeParse(raw.national);
  if (raw.national !== undefined && !national.success) problems.push(...issues('national', national.error, raw.national));

  if (authorities.length === 0) {
    problems.push({ path: 'authorities', message: 'No authority in this directory is valid, so the built-in directory is used. Fix the problems above.' });
    return { directory: shipped, problems };
  }
  const partial: Directory = {
    jurisdiction: jurisdiction.success ? jurisdiction.data : shipped.jurisdiction,
    regions: regions.length ? regions : shipped.regions,
    authorities,
    national: national.success ? national.data : shipped.national,
    defaultOfficeHours: shipped.defaultOfficeHours,
  };
  return { directory: merge(shipped, partial, problems), problems };
}

/**
 * A Welsh board's directory overrides the shipped authorities by id; an id that is not one of the
 * 22 Welsh authorities is reported, not added. An English directory stands alone.
 */
function merge(shipped: Directory, board: Directory, problems: DirectoryProblem[]): Directory {
  if (board.jurisdiction !== shipped.jurisdiction) return board;
  const known = new Set(shipped.authorities.map((a) => a.id));
  const regions = [...shipped.regions.filter((r) => !board.regions.some((b) => b.id === r.id)), ...board.regions];
  const regionIds = new Set(regions.map((r) => r.id));
  const byId = new Map<string, Authority>();
  board.authorities.forEach((a, i) => {
    if (!known.has(a.id)) {
      problems.push({
        path: `authorities[${i}].id`,
        message: `"${a.id}" is not a Welsh local authority. Use one of: ${[...known].join(', ')}.`,
      });
    } else if (!regionIds.has(a.region)) {
      problems.push({ path: `authorities[${i}].region`, message: `"${a.region}" is not a region in this directory. Use one of: ${[...regionIds].join(', ')}.` });
    } else byId.set(a.id, a);
  });
  return {
    ...shipped,
    ...board,
    regions,
    authorities: shipped.authorities.map((a) => byId.get(a.id) ?? a),
    defaultOfficeHours: board.defaultOfficeHours ?? shipped.defaultOfficeHours,
  };
}

export { limitToRegion, fetchDirectory, parseInlineDirectory } from './directory-input.js';
