/** Looks up a message in the chosen language and fills in its `{values}`. */
import { en, type Catalogue, type MessageKey } from './en.js';

export type Lang = 'en' | 'cy';
export type Values = Record<string, string | number>;
export type Translate = (key: MessageKey | (string & {}), values?: Values) => string;

/** Fills `{name}` slots; an unknown slot stays visible so a missing value is noticed, not hidden. */
export function fill(message: string, values?: Values): string {
  if (!values) return message;
  return message.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/**
 * A translator for one catalogue. `defaults` fill slots every message may use, such as
 * `{emergency}`, the emergency number, which comes from the directory's data like every number. Board overrides win over the catalogue; a key missing
 * everywhere falls back to English, then to the key itself (a test makes sure none is missing).
 */
export function translator(
  catalogue: Catalogue,
  overrides: Partial<Record<string, string>> = {},
  defaults: Values = {},
  rewrite?: (text: string) => string,
): Translate {
  return (key, values) => {
    const own = overrides[key];
    const message = own ?? (catalogue as Record<string, string>)[key] ?? (en as Record<string, string>)[key] ?? key;
    // A board's own words are used as written; the catalogue's follow the jurisdiction's terms.
    return fill(own === undefined && rewrite ? rewrite(message) : message, { ...defaults, ...values });
  };
}
