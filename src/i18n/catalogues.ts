/**
 * The wizard's words. English ships in the entry module, so an English page shows its first
 * question without waiting; Welsh is a file of its own beside the entry, loaded when the page is
 * in Welsh or the person switches (issue 14: load only what the person needs).
 */
import { en, type Catalogue } from './en.js';
import type { Directory } from '../../machines/directory.schema.js';
import { jurisdictionTerms } from './jurisdiction-terms.js';
import { translator, type Lang, type Translate } from './translate.js';

/**
 * The catalogues ready to use: English from the start, Welsh once loaded. The finder's words are
 * not here: they travel with the finder, in the file loaded after the first questions
 * (src/i18n/lookup-messages.ts), and a board's own words for them still win (the finder asks the
 * wizard's translator first).
 */
const ready: Partial<Record<Lang, Catalogue>> = { en };
const loading: Partial<Record<Lang, Promise<Catalogue>>> = {};

/** Where each language other than English comes from (a chunk of its own in the build). */
const IMPORTS: Record<Exclude<Lang, 'en'>, () => Promise<Catalogue>> = {
  cy: () => import('./cy.js').then(({ cy }) => cy),
};

/** True once `lang`'s words can be shown without waiting. */
export const hasCatalogue = (lang: Lang): boolean => ready[lang] !== undefined;

/**
 * Loads `lang`'s words, once; the same promise while it loads. A failed load (the file missing
 * from the site, the connection lost) is forgotten, so the next switch tries again.
 */
export function loadCatalogue(lang: Lang): Promise<Catalogue> {
  const done = ready[lang];
  if (done) return Promise.resolve(done);
  const started = (loading[lang] ??= IMPORTS[lang as Exclude<Lang, 'en'>]()
    .then((words) => (ready[lang] = words))
    .finally(() => {
      if (loading[lang] === started) delete loading[lang];
    }));
  return started;
}

/** Both catalogues, loaded (for tests and tools that compare them). */
export async function loadCatalogues(): Promise<Record<Lang, Catalogue>> {
  const [enWords, cyWords] = await Promise.all([loadCatalogue('en'), loadCatalogue('cy')]);
  return { en: enWords, cy: cyWords };
}

/** `{emergency}` and `{police}`: the directory's numbers, or words for the police line if it holds none. */
const slots = (catalogue: Catalogue, directory: Directory): Record<string, string> => ({
  emergency: directory.national.emergency.phone ?? '',
  police: directory.national.police?.phone ?? catalogue['police.nonEmergencyNumber'],
});

/**
 * The wizard's words in one language: a board's own words first, then the catalogue in the
 * directory's jurisdiction's terms; `{emergency}` and `{police}` are the directory's numbers.
 * A language not loaded yet is shown in English (the element waits for it; see LanguageController).
 */
export function wizardTranslator(lang: Lang, messages: Partial<Record<Lang, Record<string, string>>>, directory: Directory): Translate {
  const shown = hasCatalogue(lang) ? lang : 'en';
  const catalogue = ready[shown]!;
  return translator(catalogue, messages[shown], slots(catalogue, directory), jurisdictionTerms(directory.jurisdiction, shown));
}
