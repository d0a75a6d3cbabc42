/**
 * The wizard checks the shape of the answers without zod (machines/answers.ts, so the first
 * question does not load it; issue 14); the report schema and a board's tools use the zod schema
 * (machines/answers.schema.ts). Both come from FIELDS; here they must agree on every value: whether
 * the answers pass, and which field is named first when they do not.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { FIELDS, FIELD_NAMES, MAX_TEXT, STATEMENT_BASES, type FieldDef } from '../machines/fields.js';
import { isAnswers, misfit } from '../machines/answers.js';
import { answersSchema } from '../machines/answers.schema.js';

/** Values near and across each kind's edges, and values of the wrong kind. */
function valueFor(def: FieldDef): fc.Arbitrary<unknown> {
  const wrong = fc.oneof(fc.constant(null), fc.integer(), fc.boolean(), fc.constant({}), fc.constant([]), fc.string({ maxLength: 3 }));
  const option = 'options' in def ? fc.constantFrom(...def.options) : fc.string();
  const long = (n: number) => fc.constantFrom('x'.repeat(n), 'x'.repeat(n + 1));
  switch (def.kind) {
    case 'choice':
    case 'hidden':
      return fc.oneof(option, wrong, fc.constant(''));
    case 'choices':
      return fc.oneof(fc.array(option, { maxLength: 3 }), fc.array(fc.oneof(option, wrong), { maxLength: 3 }), wrong);
    case 'statements': {
      const statement = fc.record(
        { text: fc.oneof(fc.string(), long(MAX_TEXT), wrong), basis: fc.oneof(fc.constantFrom(...STATEMENT_BASES), fc.constant(undefined), wrong), extra: fc.string() },
        { requiredKeys: [] },
      );
      return fc.oneof(fc.array(statement, { maxLength: 3 }), fc.array(fc.oneof(statement, wrong), { maxLength: 2 }), wrong);
    }
    case 'authority':
      return fc.oneof(fc.string(), long(80), wrong);
    default:
      return fc.oneof(fc.string(), long(MAX_TEXT), wrong);
  }
}

const answers = fc.record(
  { ...Object.fromEntries(FIELD_NAMES.map((name) => [name, fc.oneof(valueFor(FIELDS[name]), fc.constant(undefined))])), notAField: fc.anything() },
  { requiredKeys: [] },
);

describe('The answers are checked the same with and without zod', () => {
  it('the same answers pass, and the same field is named first when they do not', () => {
    fc.assert(
      fc.property(fc.oneof({ weight: 9, arbitrary: answers }, { weight: 1, arbitrary: fc.anything() }), (value) => {
        const zod = answersSchema.safeParse(value);
        expect(isAnswers(value), JSON.stringify(value)?.slice(0, 200)).to.equal(zod.success);
        if (!zod.success) expect(misfit(value)).to.equal(String(zod.error.issues[0]?.path[0] ?? 'danger'));
      }),
      { numRuns: 2000, seed: 14 },
    );
  });

  it('each field alone, right and wrong, one by one', () => {
    for (const name of FIELD_NAMES) {
      fc.assert(
        fc.property(valueFor(FIELDS[name]), (v) => {
          expect(isAnswers({ [name]: v }), `${name}: ${JSON.stringify(v)?.slice(0, 80)}`).to.equal(answersSchema.safeParse({ [name]: v }).success);
        }),
        { numRuns: 60, seed: 14 },
      );
    }
  });
});
