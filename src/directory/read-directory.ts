/**
 * Reads a directory a board supplies, keeping every part that is valid. A broken entry is left
 * out with a message that names the field and says what to do; the shipped entry for that
 * authority stays, so the user still sees every authority and 999 (issue: bad input). A broken
 * contact inside a valid authority costs only that contact: the shipped one of the same kind is
 * used in its place (issue 11). An unknown field is named with the nearest known one
 * ("did you mean "phone"?"), and a directory in the older format (`status`, `checked`) is read
 * and the board told how to convert it (src/directory/legacy-format.ts).
 */
import * as z from 'zod/mini';
import { AUTHORITY_CONTACTS, directorySchemas, JURISDICTIONS, type Authority, type Directory } from '../../machines/directory.schema.js';
import { LEGACY_NOTICE, legacyPath, upgradeLegacyContacts } from './legacy-format.js';

export interface DirectoryProblem {
  /** Where the problem is, as a path into the JSON, such as `authorities[3].children.phone`. */
  path: string;
  message: string;
}

export interface DirectoryResult {
  directory: Directory;
  problems: DirectoryProblem[];
}

type Path = readonly PropertyKey[];

const pathOf = (prefix: string, path: Path) =>
  path.reduce<string>((out, p) => (typeof p === 'number' ? `${out}[${p}]` : out ? `${out}.${String(p)}` : String(p)), prefix);

const at = (value: unknown, path: Path): unknown =>
  path.reduce<unknown>((v, key) => (v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[key] : undefined), value);

const kindOf = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'list' : typeof v === 'object' ? 'object' : typeof v);
const article = (kind: string) => (kind === 'list' ? 'a list' : kind === 'object' ? 'an object' : `a ${kind}`);

/** Restricted Damerau-Levenshtein distance (a swap of two letters counts as one edit, so "phnoe" is 1 from "phone"). */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

/** The known field a misspelt one most likely meant: close in spelling, or one containing the other ("telephone", "phone"). */
export function nearestName(name: string, known: readonly string[]): string | undefined {
  const lower = name.toLowerCase();
  let best: { key: string; distance: number } | undefined;
  for (const key of known) {
    const distance = editDistance(lower, key.toLowerCase());
    if (!best || distance < best.distance) best = { key, distance };
  }
  if (best && best.distance <= Math.max(1, Math.floor(name.length / 3))) return best.key;
  return known.find((key) => key.length > 2 && (lower.includes(key.toLowerCase()) || key.toLowerCase().includes(lower)));
}

/** Older-format fields met in a current-format contact, and where their meaning went. */
const RENAMED: Record<string, string> = {
  checked: '"checked" is from the older format. Give "compared" (the day you compared the fact with its source) in each of "sources".',
  status: '"status" is from the older format. Give "confidence" ("official-dated", "official-undated" or "unofficial") in each of "sources".',
  sourceDate: '"sourceDate" is from the older format. Give "date" in each of "sources".',
  source: '"source" is from the older format. Give "sources" with one entry for each of "phone", "email" and "hours".',
};

interface SchemaNode {
  _zod: { def: { type: string; shape?: Record<string, SchemaNode>; element?: SchemaNode; innerType?: SchemaNode; getter?: () => SchemaNode } };
}

/** The field names the schema allows at a path, for suggestions. */
function knownKeysAt(schema: unknown, path: Path): string[] {
  const unwrap = (node: SchemaNode): SchemaNode => {
    let n = node;
    for (;;) {
      const def = n._zod.def;
      if ((def.type === 'optional' || def.type === 'nullable') && def.innerType) n = def.innerType;
      else if (def.type === 'lazy' && def.getter) n = def.getter();
      else return n;
    }
  };
  let node = unwrap(schema as SchemaNode);
  for (const key of path) {
    const def = node._zod.def;
    const next = def.type === 'object' ? def.shape?.[String(key)] : def.type === 'array' ? def.element : undefined;
    if (!next) return [];
    node = unwrap(next);
  }
  return node._zod.def.type === 'object' ? Object.keys(node._zod.def.shape ?? {}) : [];
}

/** Says what is wrong and what to do, from the issue and the value the board wrote. */
function explain(issue: z.core.$ZodIssue, value: unknown, field: string): string {
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

interface Reading {
  /** The schema the value was checked against, for the names of known fields. */
  schema: unknown;
  /** Paths (as strings, from the directory's root) of contacts rewritten from the older format. */
  legacy: ReadonlySet<string>;
}

/**
 * One problem for each issue, each naming its field in the board's own file: an unknown field
 * gets the nearest known name, and a field of an older-format contact its older name.
 */
function issues(prefix: Path, error: z.core.$ZodError, raw: unknown, reading: Reading, where = ''): DirectoryProblem[] {
  return error.issues.flatMap((issue) => {
    const full = [...prefix, ...issue.path];
    // A contact rewritten from the older format: name the field as the board wrote it.
    const legacyAt = [...Array(full.length + 1).keys()].reverse().find((n) => reading.legacy.has(pathOf('', full.slice(0, n))));
    const shown = legacyAt === undefined ? full : [...full.slice(0, legacyAt), ...legacyPath(full.slice(legacyAt))];
    if (issue.code === 'unrecognized_keys') {
      const known = knownKeysAt(reading.schema, issue.path);
      return issue.keys.map((key) => {
        const nearest = nearestName(key, known);
        const message =
          RENAMED[key] && !known.includes(key)
            ? RENAMED[key]
            : `"${key}" is not a field here. ${nearest ? `Did you mean "${nearest}"?` : `The fields here are: ${known.map((k) => `"${k}"`).join(', ')}.`}`;
        return { path: pathOf('', [...shown, key]), message: `${where}${message}` };
      });
    }
    const field = String(shown.filter((p) => typeof p === 'string').at(-1) ?? 'this field');
    const legacyStatus = legacyAt !== undefined && field === 'status' && issue.code === 'invalid_value';
    const message = legacyStatus ? '"status" must be "checked" or "unchecked" (the older format), or give "sources" with a "confidence" (see the README).' : explain(issue, at(raw, issue.path), field);
    return [{ path: pathOf('', shown) || '(the whole directory)', message: `${where}${message}` }];
  });
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * Checks an object whose parts are contacts (an authority, or `national`). When only some of its
 * contacts are broken, those are replaced by the shipped ones of the same kind (or left out when
 * there is none), and the rest is kept. Anything else broken rejects the whole object.
 */
function keepValidContacts<T>(
  schema: z.ZodMiniType<T>,
  raw: unknown,
  prefix: Path,
  slots: readonly string[],
  fallback: Record<string, unknown> | undefined,
  reading: Reading,
  where: string,
  problems: DirectoryProblem[],
): T | undefined {
  const first = schema.safeParse(raw);
  if (first.success) return first.data;
  problems.push(...issues(prefix, first.error, raw, { ...reading, schema }, where));
  const broken = new Map<string, Set<number> | 'whole'>();
  for (const issue of first.error.issues) {
    const slot = String(issue.path[0] ?? '');
    if (!slots.includes(slot) || !isObject(raw)) return undefined;
    const item = issue.path[1];
    if (Array.isArray(raw[slot]) && typeof item === 'number') {
      const seen = broken.get(slot);
      if (seen !== 'whole') broken.set(slot, (seen ?? new Set<number>()).add(item));
    } else broken.set(slot, 'whole');
  }
  const mended: Record<string, unknown> = { ...(raw as Record<string, unknown>) };
  for (const [slot, what] of broken) {
    if (what === 'whole') {
      const shipped = fallback?.[slot];
      if (shipped === undefined) delete mended[slot];
      else mended[slot] = shipped;
      problems.push({
        path: pathOf('', [...prefix, slot]),
        message: `${where}This contact has the problems above, so ${shipped === undefined ? 'it is left out' : 'the built-in contact of the same kind is used instead'}. The rest is used.`,
      });
    } else {
      mended[slot] = (raw as Record<string, unknown[]>)[slot]!.filter((_, i) => !what.has(i));
      for (const i of what) {
        problems.push({ path: pathOf('', [...prefix, slot, i]), message: `${where}This contact has the problems above, so it is left out. The rest is used.` });
      }
    }
  }
  const second = schema.safeParse(mended);
  return second.success ? second.data : undefined;
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
  const { authoritySchema, directorySchema, regionSchema, nationalSchema, hoursWindowSchema } = directorySchemas();
  const upgraded = upgradeLegacyContacts(input);
  const reading: Reading = { schema: directorySchema, legacy: new Set(upgraded.converted) };
  const problems: DirectoryProblem[] = [];
  if (upgraded.converted.length) {
    problems.push({ path: '(the whole directory)', message: `This directory ${LEGACY_NOTICE} Contacts in the older format: ${upgraded.converted.join(', ')}.` });
  }
  const whole = directorySchema.safeParse(upgraded.value);
  if (whole.success) return { directory: merge(shipped, whole.data, problems), problems };

  // Keep what is valid, piece by piece.
  const raw = upgraded.value as Record<string, unknown>;
  for (const issue of whole.error.issues) {
    if (issue.code === 'unrecognized_keys' && issue.path.length === 0) problems.push(...issues([], new z.core.$ZodError([issue]), raw, reading));
  }
  const jurisdiction = z.enum(JURISDICTIONS).safeParse(raw.jurisdiction);
  if (!jurisdiction.success) problems.push({ path: 'jurisdiction', message: 'Write "wales" or "england".' });
  const regions = Array.isArray(raw.regions)
    ? raw.regions.flatMap((r, i) => {
        const p = regionSchema.safeParse(r);
        if (!p.success) problems.push(...issues(['regions', i], p.error, r, { ...reading, schema: regionSchema }));
        return p.success ? [p.data] : [];
      })
    : [];
  const authorities: Authority[] = [];
  if (!Array.isArray(raw.authorities)) {
    problems.push({ path: 'authorities', message: 'Give "authorities" as a list of authorities.' });
  } else {
    raw.authorities.forEach((a, i) => {
      const id = (a as { id?: unknown })?.id;
      const fallback = shipped.authorities.find((s) => s.id === id) as Record<string, unknown> | undefined;
      const where = typeof id === 'string' ? `In "${id}": ` : '';
      const kept = keepValidContacts(authoritySchema, a, ['authorities', i], [...AUTHORITY_CONTACTS, 'moreOutOfHours'], fallback, reading, where, problems);
      if (kept) authorities.push(kept);
    });
  }
  let national = shipped.national;
  if (raw.national !== undefined) {
    const kept = keepValidContacts(nationalSchema, raw.national, ['national'], ['emergency', 'police', 'nspcc'], shipped.national, reading, '', problems);
    if (kept) national = kept;
  }
  let defaultOfficeHours = shipped.defaultOfficeHours;
  if (raw.defaultOfficeHours !== undefined) {
    const p = z.strictObject({ hours: z.array(hoursWindowSchema), source: z.string(), note: z.optional(z.unknown()) }).safeParse(raw.defaultOfficeHours);
    if (p.success) defaultOfficeHours = directorySchema.shape.defaultOfficeHours.parse(raw.defaultOfficeHours);
    else problems.push(...issues(['defaultOfficeHours'], p.error, raw.defaultOfficeHours, reading));
  }

  if (authorities.length === 0) {
    problems.push({ path: 'authorities', message: 'No authority in this directory is valid, so the built-in directory is used. Fix the problems above.' });
    return { directory: shipped, problems };
  }
  const partial: Directory = {
    jurisdiction: jurisdiction.success ? jurisdiction.data : shipped.jurisdiction,
    regions: regions.length ? regions : shipped.regions,
    authorities,
    national,
    defaultOfficeHours,
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
