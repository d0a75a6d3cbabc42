/**
 * The words that differ in England (seed 004, Cheshire East): a Designated Safeguarding Lead
 * rather than Person, the council's children's social care "front door" rather than the
 * Information, Advice and Assistance service, the Local Authority Designated Officer (LADO),
 * and the Care Act 2014 for adults. Applied to the English text when the directory's
 * jurisdiction is "england"; Welsh directories are untouched.
 */
import type { Jurisdiction } from '../../machines/directory.schema.js';
const ENGLAND: [RegExp, string][] = [
  [/Designated Safeguarding Person/g, 'Designated Safeguarding Lead'],
  [/Information, Advice and Assistance service/g, "children's social care front door"],
  [/information and advice service/g, "children's social care front door"],
  [/out-of-hours Emergency Duty Team/g, 'out-of-hours social care team'],
  [/Emergency Duty Team/g, 'out-of-hours social care team'],
  [/Local Authority Designated Officer or Designated Officer for Safeguarding/g, 'Local Authority Designated Officer (LADO)'],
  [/Social Services and Well-being \(Wales\) Act 2014, section 128; section 126 says who is an adult at risk/g, 'Care Act 2014, section 42'],
  [/the council's Designated Officer for Safeguarding/g, 'the Local Authority Designated Officer (LADO)'],
  [/Regional Safeguarding Board/g, 'local safeguarding children partnership'],
];

export function jurisdictionTerms(jurisdiction: Jurisdiction, lang: 'en' | 'cy'): ((text: string) => string) | undefined {
  if (jurisdiction !== 'england' || lang !== 'en') return undefined;
  return (text) => ENGLAND.reduce((out, [from, to]) => out.replace(from, to), text);
}
