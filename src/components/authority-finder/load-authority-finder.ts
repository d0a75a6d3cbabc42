/**
 * The town and postcode finder is not in the entry module (issue 14): it is in src/later.ts,
 * which the wizard loads while the first question is read, and again on reaching the council step
 * if that load had not finished or failed. `<srw-authority-finder>` is drawn before it is defined
 * all the same; the browser upgrades it when it arrives, with the properties set on it kept (Lit
 * keeps them).
 */
import { later } from '../../load-later.js';

/** Defines `<srw-authority-finder>`, once. A failed load is forgotten, so the next call tries again. */
export function loadAuthorityFinder(): Promise<void> {
  if (customElements.get('srw-authority-finder')) return Promise.resolve();
  return later.load().then(
    () => undefined,
    (error: unknown) => {
      console.error('safeguarding-report-wizard: the town and postcode finder could not be loaded; the list of councils still works.', error);
    },
  );
}
