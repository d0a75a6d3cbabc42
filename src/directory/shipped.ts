/** The directory and bank holidays that ship with the package, validated when loaded. */
import directoryJson from '../../data/directory.wales.json';
import holidaysJson from '../../data/bank-holidays.json';
import { directorySchema, holidaysSchema } from '../../machines/directory.schema.js';

export const shippedDirectory = directorySchema.parse(directoryJson);
export const shippedHolidays = holidaysSchema.parse(holidaysJson);
