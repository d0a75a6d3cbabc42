/**
 * A page-level print style that prints the summary alone: everything on the host page is hidden
 * and only the wizard marked for printing shows. A constructed stylesheet, so it works under a
 * strict Content Security Policy (no inline <style>).
 */
let sheet: CSSStyleSheet | undefined;
let page: CSSStyleSheet | undefined;

/** A4 pages with room at the edges (the written report is meant for A4): adopted only while printing, so the host page's own printing is untouched. */
export function pageSheet(): CSSStyleSheet {
  if (page) return page;
  page = new CSSStyleSheet();
  page.replaceSync('@page { size: A4; margin: 16mm 15mm; }');
  return page;
}

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
