/**
 * The councils of a directory as the "choose your council" list shows them: grouped by regional
 * board, in alphabetical order in the page's language. Worked out once per directory and language,
 * because sorting with the language's collation costs milliseconds the first time (ICU loads its
 * data) and the list is drawn again on every re-render of that step.
 */
import type { Directory } from '../../machines/directory.schema.js';
import type { Lang } from '../i18n/translate.js';
import { nameIn } from '../report/format.js';

export interface AuthorityGroup {
  label: string;
  options: { value: string; label: string }[];
}

const collators = new Map<Lang, Intl.Collator>();
const cache = new WeakMap<Directory, Map<Lang, AuthorityGroup[]>>();

/** One collator per language, made on first use. */
function collatorFor(lang: Lang): Intl.Collator {
  let collator = collators.get(lang);
  if (!collator) collators.set(lang, (collator = new Intl.Collator(lang)));
  return collator;
}

export function authorityGroups(directory: Directory, lang: Lang): AuthorityGroup[] {
  let byLang = cache.get(directory);
  if (!byLang) cache.set(directory, (byLang = new Map()));
  let groups = byLang.get(lang);
  if (!groups) {
    const { compare } = collatorFor(lang);
    groups = directory.regions
      .map((r) => ({
        label: nameIn(r.name, lang),
        options: directory.authorities
          .filter((a) => a.region === r.id)
          .map((a) => ({ value: a.id, label: nameIn(a.name, lang) }))
          .sort((a, b) => compare(a.label, b.label)),
      }))
      .filter((g) => g.options.length > 0);
    byLang.set(lang, groups);
  }
  return groups;
}
