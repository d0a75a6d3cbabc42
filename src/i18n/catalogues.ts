/** Both languages ship in the bundle, so switching never waits for the network. */
import { cy } from './cy.js';
import { en, type Catalogue } from './en.js';
import { lookupMessages } from './lookup-messages.js';
import type { Directory } from '../../machines/directory.schema.js';
import { jurisdictionTerms } from './jurisdiction-terms.js';
import { translator, type Lang, type Translate } from './translate.js';

export const catalogues: Record<Lang, Catalogue> = {
  en: { ...en, ...lookupMessages.en },
  cy: { ...cy, ...lookupMessages.cy },
};

/**
 * The wizard's words in one language: a board's own words first, then the catalogue in the
 * directory's jurisdiction's terms; `{emergency}` is the directory's emergency number.
 */
export function wizardTranslator(lang: Lang, messages: Partial<Record<Lang, Record<string, string>>>, directory: Directory): Translate {
  return translator(catalogues[lang], messages[lang], { emergency: directory.national.emergency.phone ?? '' }, jurisdictionTerms(directory.jurisdiction, lang));
}
