/**
 * The attribution the OS OpenData licence asks for, shipped with the finder (../shared/data
 * README, "Attribution"). The same lines head the generated lookup-data.ts (a test checks they
 * match). They stay in English in both languages: the licence asks for this exact text.
 */
export const ATTRIBUTION: readonly string[] = [
  'Contains OS data © Crown copyright and database right 2017, 2021, 2025.',
  'Contains Royal Mail data © Royal Mail copyright and database right 2025.',
  'Contains National Statistics data © Crown copyright and database right 2025.',
];

/** The Open Government Licence v3.0, which OGL asks to link to where possible. */
export const LICENCE_URL = 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/';
