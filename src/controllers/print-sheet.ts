/**
 * A page-level print style that prints the summary alone: everything on the host page is hidden
 * and only the wizard marked for printing shows. A constructed stylesheet, so it works under a
 * strict Content Security Policy (no inline <style>).
 */
let sheet: CSSStyleSheet | undefined;

export function printSheet(): CSSStyleSheet {
  if (sheet) return sheet;
  sheet = new CSSStyleSheet();
  sheet.replaceSync(`
    @media print {
      html[data-srw-printing] body * { visibility: hidden !important; }
      html[data-srw-printing] [data-srw-print-target] { visibility: visible !important; position: absolute !important; inset: 0 auto auto 0 !important; width: 100% !important; }
    }
  `);
  return sheet;
}
