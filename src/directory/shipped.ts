/**
 * The directory and bank holidays that ship with the package. They are checked against their
 * schemas when the bundle is built or served (vite.config.ts) and by test/directory.test.ts, so
 * the page uses them as they are instead of parsing them again before the first question.
 */
import directoryJson from '../../data/directory.wales.json';
import holidaysJson from '../../data/bank-holidays.json';
import type { Directory, Holidays } from '../../machines/directory.schema.js';

export const shippedDirectory = directoryJson as Directory;
export const shippedHolidays = holidaysJson as Holidays;
