/**
 * The town and postcode finder is not in the entry module (issue 14): the wizard loads it while
 * the first question is read, and again on reaching the council step if that load had not
 * finished or failed. `<srw-authority-finder>` is drawn before it is defined all the same; the
 * browser upgrades it when it arrives, with the properties set on it kept (Lit keeps them).
 */
let loading: Promise<void> | undefined;

/** Defines `<srw-authority-finder>`, once. A failed load is forgotten, so the next call tries again. */
export function loadAuthorityFinder(): Promise<void> {
  if (customElements.get('srw-authority-finder')) return Promise.resolve();
  return (loading ??= import('./authority-finder.js').then(
    () => undefined,
    (error: unknown) => {
      loading = undefined;
      console.error('safeguarding-report-wizard: the town and postcode finder could not be loaded; the list of councils still works.', error);
    },
  ));
}
