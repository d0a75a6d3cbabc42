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

/** Who the concern is about, where the catalogue has words of its own for them (issue 10.7). */
const OWN_WORDS: readonly string[] = ['unborn', 'adult', 'practitioner'];

/**
 * A translator that words each message for who the concern is about: `key.unborn`, `key.adult` or
 * `key.practitioner` where the catalogue (or a board) has one, else `key` (issue 10.7: an unborn
 * baby and an adult at risk are worded as themselves). The steps, check answers, the summary, what
 * to say on the phone and the written report all word their messages through it.
 */
export function wordedFor(t: Translate, subject: string | undefined): Translate {
  if (subject === undefined || !OWN_WORDS.includes(subject)) return t;
  return (key, values) => {
    const own = `${key}.${subject}`;
    const text = t(own, values);
    return text !== own ? text : t(key, values);
  };
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
