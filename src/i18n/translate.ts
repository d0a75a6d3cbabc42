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
export function translator(catalogue: Catalogue, overrides: Partial<Record<string, string>> = {}, defaults: Values = {}): Translate {
  return (key, values) => {
    const message = overrides[key] ?? (catalogue as Record<string, string>)[key] ?? (en as Record<string, string>)[key] ?? key;
    return fill(message, { ...defaults, ...values });
  };
}
