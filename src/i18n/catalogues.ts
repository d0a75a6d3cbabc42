/** Both languages ship in the bundle, so switching never waits for the network. */
import { cy } from './cy.js';
import { en, type Catalogue } from './en.js';
import { lookupMessages } from './lookup-messages.js';
import type { Lang } from './translate.js';

export const catalogues: Record<Lang, Catalogue> = {
  en: { ...en, ...lookupMessages.en },
  cy: { ...cy, ...lookupMessages.cy },
};
