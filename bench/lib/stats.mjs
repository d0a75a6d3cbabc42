// Small statistics and a plain-text table for the benchmark's output.

/** Nearest-rank percentile (p in 0..100) of numbers. */
export function percentile(values, p) {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

const round = (x, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;

/** Median, p95, min, max and the count, rounded. */
export function summarise(values, digits = 2) {
  return {
    n: values.length,
    median: round(percentile(values, 50), digits),
    p95: round(percentile(values, 95), digits),
    min: round(Math.min(...values), digits),
    max: round(Math.max(...values), digits),
  };
}

export const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
export const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
export const ms = (x) => `${x.toFixed(1)} ms`;

/** A table with a header row; columns whose cells look like numbers are right-aligned. */
export function table(headers, rows) {
  const cells = [headers, ...rows].map((r) => r.map((c) => String(c ?? '')));
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => r[i].length)));
  const numeric = headers.map((_, i) => rows.every((r) => /^[-+]?[\d.,]+( ?(KB|MB|ms|%|B))?$|^$/.test(String(r[i] ?? ''))));
  const line = (r) => r.map((c, i) => (numeric[i] ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ').trimEnd();
  return [line(cells[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
}
