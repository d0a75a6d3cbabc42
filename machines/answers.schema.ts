/**
 * The answers as a zod schema, for the report schema and for a board's own tools. Derived from
 * FIELDS, as the wizard's own check of the answers (machines/answers.ts) is; that check does not
 * use zod, so the first question does not wait for it (issue 14). test/answers-shape.test.ts
 * checks that the two agree.
 */
import * as z from 'zod/mini';
import { once } from './once.js';
import { FIELDS, FIELD_NAMES, MAX_TEXT, STATEMENT_BASES, type Answers, type FieldDef } from './fields.js';
import { DATE_TIME } from './answers.js';

/** The zod schema of one field, from its kind in FIELDS. */
function fieldSchema(def: FieldDef) {
  const text = z.string().check(z.maxLength(MAX_TEXT));
  switch (def.kind) {
    case 'choice':
    case 'hidden':
      return z.enum(def.options as [string, ...string[]]);
    case 'choices':
      return z.array(z.enum(def.options as [string, ...string[]]));
    case 'statements':
      return z.array(z.object({ text, basis: z.optional(z.enum(STATEMENT_BASES)) }));
    case 'authority':
      return z.string().check(z.maxLength(80));
    case 'dateTime':
      return z.string().check(z.regex(DATE_TIME));
    default:
      return text;
  }
}

/** Built on first use rather than when the module loads (building zod schemas costs milliseconds; issue 5). */
const schema = once(() =>
  z.object(Object.fromEntries(FIELD_NAMES.map((name) => [name, z.optional(fieldSchema(FIELDS[name]))]))),
);

/** All answers, derived from FIELDS. Every field is optional here: which are required depends on the route (see STEP_RULES in answers.ts). */
export const answersSchema = z.lazy(() => schema()) as unknown as z.ZodMiniType<Answers>;
