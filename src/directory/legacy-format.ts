/**
 * A board's directory written in the older format (before issue 11): one `source`, `sourceDate`,
 * `checked` and `status` for a whole contact. It is still read: each contact is rewritten into the
 * current format, with the one source given to each of its facts, and the board is told once how
 * to convert the file. Pure.
 *
 * - `status: "checked"` meant "read on an official page that shows its own date": it becomes
 *   `official-dated` (or `official-undated` when `sourceDate` is null or an estimate such as
 *   "c. 2020", as that is not a date the page shows).
 * - `status: "unchecked"` meant "an undated, old or unofficial copy": which of those is not
 *   recorded, so it becomes `unofficial`, which keeps the warning the person reporting saw before.
 * - `allHours: true` on an `outOfHours` contact meant "whenever the office is closed": it becomes
 *   `outsideOfficeHours: true`. Elsewhere `allHours` keeps its meaning (a 24-hour line).
 */

const LEGACY_KEYS = ['source', 'sourceDate', 'checked', 'status'] as const;
const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** A contact written in the older format: no `sources`, and at least one of the older fields. */
export function isLegacyContact(v: unknown): v is Record<string, unknown> {
  return isObject(v) && !('sources' in v) && LEGACY_KEYS.some((k) => k in v);
}

function upgradeContact(raw: Record<string, unknown>, isOutOfHours: boolean): Record<string, unknown> {
  const { source, sourceDate, checked, status, allHours, ...rest } = raw;
  const date = sourceDate === undefined ? null : sourceDate;
  const exactDate = typeof date === 'string' && !date.startsWith('c.');
  const confidence = status === 'checked' ? (exactDate ? 'official-dated' : 'official-undated') : status === 'unchecked' ? 'unofficial' : status;
  const src = () => ({ url: source, date, confidence, compared: checked, comparedWith: 'stored-copy' });
  const out: Record<string, unknown> = { ...rest };
  if (allHours !== undefined) {
    if (isOutOfHours && allHours === true) out.outsideOfficeHours = true;
    else out.allHours = allHours;
  }
  const sources: Record<string, unknown> = {};
  if ('phone' in out) sources.phone = src();
  if ('email' in out) sources.email = src();
  if ('hours' in out || 'allHours' in out || 'outsideOfficeHours' in out) sources.hours = src();
  out.sources = sources;
  return out;
}

export interface Upgraded {
  /** The directory with every older-format contact rewritten (a copy; the input is not changed). */
  value: unknown;
  /** Where each rewritten contact is, as a path into the JSON (`authorities[4].children`). */
  converted: string[];
}

/** Rewrites every older-format contact in a directory into the current format. */
export function upgradeLegacyContacts(input: unknown): Upgraded {
  const converted: string[] = [];
  if (!isObject(input)) return { value: input, converted };
  const value = JSON.parse(JSON.stringify(input)) as Record<string, unknown>;
  const visit = (holder: Record<string, unknown>, key: string, path: string, isOutOfHours: boolean) => {
    const c = holder[key];
    if (isLegacyContact(c)) {
      holder[key] = upgradeContact(c, isOutOfHours);
      converted.push(path);
    }
  };
  if (Array.isArray(value.authorities)) {
    value.authorities.forEach((a, i) => {
      if (!isObject(a)) return;
      for (const slot of ['children', 'outOfHours', 'adults', 'section5']) visit(a, slot, `authorities[${i}].${slot}`, slot === 'outOfHours');
      if (Array.isArray(a.moreOutOfHours)) {
        a.moreOutOfHours.forEach((_, j) => visit(a.moreOutOfHours as unknown as Record<string, unknown>, String(j), `authorities[${i}].moreOutOfHours[${j}]`, true));
      }
    });
  }
  if (isObject(value.national)) {
    for (const slot of ['emergency', 'police', 'nspcc']) visit(value.national, slot, `national.${slot}`, false);
  }
  return { value, converted };
}

/**
 * Where a problem in a rewritten contact is in the board's own file: `sources.phone.compared`
 * was `checked`, and so on. Paths outside `sources` are unchanged.
 */
export function legacyPath(rest: readonly PropertyKey[]): PropertyKey[] {
  if (rest[0] === 'outsideOfficeHours') return ['allHours', ...rest.slice(1)];
  if (rest[0] !== 'sources' || rest.length < 3) return [...rest];
  const field = { url: 'source', date: 'sourceDate', compared: 'checked', confidence: 'status', comparedWith: 'status' }[String(rest[2])];
  return field ? [field] : [...rest];
}

export const LEGACY_NOTICE =
  'uses the older contact format (one "source", "sourceDate", "checked" and "status" for a whole contact). It was read and used: "checked" as an official source, "unchecked" as unofficial (shown with a warning), and "allHours" on "outOfHours" as "outsideOfficeHours". To convert the file, give each contact "sources" with one entry for each of "phone", "email" and "hours": { "url", "date", "confidence", "compared", "comparedWith" } (see the README, "Supply your own contacts").';
