/** Rows grouped by the part of the report their step belongs to, in the parts' order (check answers, the summary, the text file). */
import { SECTIONS, type Section } from '../../machines/fields.js';

export function bySection<T extends { section: Section }>(rows: readonly T[]): { section: Section; rows: T[] }[] {
  return SECTIONS.map((section) => ({ section, rows: rows.filter((r) => r.section === section) })).filter((g) => g.rows.length > 0);
}
