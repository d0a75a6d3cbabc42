/**
 * Property-based tests of the statechart (issue 6, "Proof over the statechart"): 10,000 random
 * sequences of events, each up to 40 long, as a person (or a host page) could send them:
 * Continue with valid or invalid answers for the step shown, Back with what is on the form,
 * Change (a step from check answers, or any step anywhere), a language switch (`draft.update`),
 * "Start again" and quick exit, at random points.
 *
 * The sequences use a fixed seed, so every run checks the same ones (the first 1,000 in `npm test`,
 * all 10,000 in `npm run test:deep`); fast-check prints the seed
 * and the shrunk counterexample of any failure. Change SEED to explore others.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import type { SnapshotFrom } from 'xstate';
import { FIELDS, FIELD_NAMES } from '../machines/fields.js';
import {
  CONSENT_REASONS,
  HARM_TYPES,
  STATEMENT_BASES,
  STEP_FIELDS,
  STEP_IDS,
  STEP_RULES,
  validateStep,
  type AnswerField,
  type Answers,
  type StepId,
} from '../machines/answers.js';
import { answersSchema } from '../machines/answers.schema.js';
import { buildReport } from '../machines/build-report.js';
import { reportSchema } from '../machines/report.schema.js';
import { wizardMachine, type WizardContext, type WizardEvent, stepOf } from '../machines/wizard.machine.js';
import { REPORTER, answerInOrder, startWizard } from './machine-input.js';
import { shippedDirectory, shippedHolidays } from '../src/directory/shipped.js';
import { byDepth } from './depth.js';
import { AT, CHOICES, type QuestionStep } from './fixtures/answer-values.js';
import { choose, expectHeading, next, press, selectOption, type, wizardAt } from './helpers.js';

const SEED = 20261118;
/** Bounded by count, never by time: 1,000 sequences per property in `npm test`, 10,000 in `npm run test:deep`. */
const RUNS = byDepth(1_000, 10_000);
const MAX_EVENTS = 40;

type Snap = SnapshotFrom<typeof wizardMachine>;
const STATES = new Set<string>([...STEP_IDS, 'exited']);
const QUESTIONS = new Set<string>(STEP_IDS.filter((s) => s !== 'checkAnswers' && s !== 'summary' && s !== 'consentRecord'));
const EMERGENCY = shippedDirectory.national.emergency.phone;
const COUNCILS = shippedDirectory.authorities.map((a) => a.id);

// ---------------------------------------------------------------------------------------------
// What a person can put on each step's form: valid answers, and answers that are not
// ---------------------------------------------------------------------------------------------

const some = <T>(...values: T[]) => fc.constantFrom(...values);
const words = some('Bruises on both arms', 'Ŵ ŷ â', '<b>x</b>', '  padded  ', 'line 1\nline 2', '{emergency}', '😀');
const anyText = fc.oneof(
  { weight: 4, arbitrary: fc.oneof(words, some('')) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
);
const filled = fc.oneof(words, fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim() !== ''));
/** Longer than the schema allows (200,000 characters), or not text at all. */
const malformed = some<unknown>('x'.repeat(200_001), 42, null, true, { text: 'x' });

/** Every choice field's options, from the one list the wizard uses (machines/fields.ts). */
const ENUMS: Partial<Record<AnswerField, readonly string[]>> = Object.fromEntries(
  FIELD_NAMES.flatMap((f) => {
    const def = FIELDS[f];
    return def.kind === 'choice' || def.kind === 'hidden' ? [[f, def.options]] : [];
  }),
);
/** Fields that take any of their options. */
const MULTI = FIELD_NAMES.filter((f) => FIELDS[f].kind === 'choices');
const optionsOf = (f: AnswerField) => ('options' in FIELDS[f] ? [...(FIELDS[f] as { options: readonly string[] }).options] : []);
/** Text a step cannot go on without. */
const REQUIRED_TEXT = new Set<AnswerField>(['raisedByName', 'dspOwnName', 's5What', 'dspName', 'dspReason', 'reporterName', 'reporterPhone']);

const statement = (text: fc.Arbitrary<string>) =>
  fc.record({ text, basis: some(...STATEMENT_BASES) }, { requiredKeys: ['text'] });

function validField(field: AnswerField): fc.Arbitrary<unknown> {
  const options = ENUMS[field];
  if (options) return some(...options);
  if (field === 'harm') return fc.subarray([...HARM_TYPES], { minLength: 1 });
  if (field === 'statements') return fc.array(statement(anyText), { maxLength: 2 }).map((rest) => [{ text: 'What I saw' }, ...rest]);
  // "No" and "Not sure" stand alone; the ways a child is known can be combined.
  if (field === 'knownTo') return fc.oneof(fc.subarray(optionsOf(field).filter((o) => o !== 'no' && o !== 'not-sure')), some(['no'], ['not-sure']));
  if (MULTI.includes(field)) return fc.subarray(optionsOf(field));
  if (field === 'authority') return some(...COUNCILS);
  if (FIELDS[field].kind === 'dateTime') return some('', '2026-11-20T10:05');
  return REQUIRED_TEXT.has(field) ? filled : anyText;
}

function looseField(field: AnswerField): fc.Arbitrary<unknown> {
  const options = ENUMS[field];
  const wrong = fc.oneof(malformed, some('', 'maybe', 'YES'));
  if (options) return fc.oneof({ weight: 3, arbitrary: some(...options) }, { weight: 1, arbitrary: wrong });
  if (field === 'statements') return fc.oneof(fc.array(statement(anyText), { maxLength: 2 }), some<unknown>([{ text: 'x', basis: 'guess' }], 'x'));
  if (MULTI.includes(field)) return fc.oneof(fc.subarray(optionsOf(field)), some<unknown>(['bogus'], optionsOf(field)[0]));
  if (field === 'authority') return fc.oneof(some(...COUNCILS), some<unknown>('nowhere', '', 'x'.repeat(81)));
  return fc.oneof({ weight: 4, arbitrary: anyText }, { weight: 1, arbitrary: malformed });
}

const record = (step: StepId, field: (f: AnswerField) => fc.Arbitrary<unknown>, requiredKeys?: []) => {
  const fields = STEP_FIELDS[step] ?? [];
  return fc.record(Object.fromEntries(fields.map((f) => [f, field(f)])), requiredKeys ? { requiredKeys } : {}) as fc.Arbitrary<Answers>;
};

/** What a step's form can send: mostly a valid answer (so that sequences get somewhere), sometimes anything. */
const FORM: Record<string, fc.Arbitrary<Answers>> = Object.fromEntries(
  STEP_IDS.map((step) => {
    if (!STEP_FIELDS[step]) return [step, fc.constant({})];
    let valid = record(step, validField);
    if (step === 'consentReasons') {
      valid = fc.oneof(
        fc.record({ consentReasons: fc.subarray([...CONSENT_REASONS], { minLength: 1 }), consentOtherReason: anyText }),
        fc.record({ consentReasons: fc.constant([]), consentOtherReason: filled }),
      ) as fc.Arbitrary<Answers>;
    }
    return [step, fc.oneof({ weight: 5, arbitrary: valid }, { weight: 1, arbitrary: record(step, looseField, []) })];
  }),
);

type Kind = 'submit' | 'back' | 'backEmpty' | 'draft' | 'change' | 'changeAny' | 'restart' | 'exit';
const kinds = (weights: Record<Kind, number>) =>
  fc.oneof(...(Object.entries(weights) as [Kind, number][]).filter(([, w]) => w > 0).map(([k, weight]) => ({ weight, arbitrary: fc.constant(k) })));
const ON_QUESTION = kinds({ submit: 70, back: 5, backEmpty: 3, draft: 6, change: 0, changeAny: 2, restart: 1, exit: 1 });
const ON_CHECK = kinds({ submit: 30, back: 3, backEmpty: 2, draft: 3, change: 15, changeAny: 5, restart: 1, exit: 1 });

// ---------------------------------------------------------------------------------------------
// The invariants
// ---------------------------------------------------------------------------------------------

/** JSON with sorted keys, to compare answers whatever order their fields were set in. */
function stable(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(stable).join(',')}]`;
  if (v && typeof v === 'object') {
    return `{${Object.keys(v)
      .filter((k) => (v as Record<string, unknown>)[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stable((v as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v) ?? 'undefined';
}

const wellFormed = (a: Answers) => answersSchema.safeParse(a).success;

/**
 * (b) The answers, as the machine must hold them after `event` (the model).
 *
 * Answers change ONLY in these ways, and never by moving around (Back's pop, Change, the
 * eventless pass-through of edit mode, reaching the summary):
 * - Continue on a question merges the form's values when the merged answers are well formed
 *   (answersSchema), whether or not the step's own rules pass: a failed Continue keeps what was
 *   typed as a draft; a malformed value is dropped and every earlier answer is kept.
 * - Confirm on check answers merges its values (the element sends none).
 * - A DSP's own name, on a Continue that goes on from "Who raised the concern", is the reporter's
 *   name too, unless a reporter's name is already given; "consent only" is taken only while first
 *   answering (not while changing an answer, nor going on from the consent record).
 * - Back with the form's values merges them when well formed, but only when there is a step to
 *   go back to (on the first question Back does nothing, and the element does not show it).
 * - A language switch (`draft.update`) merges the form's values when well formed.
 * - "Go on to the full report" from the consent record sets the report going, as the DSP.
 * - "Start again" and quick exit wipe every answer.
 * So for every step on the route (`history`), each of its fields (STEP_FIELDS) holds the last
 * value taken in for that field by one of the above; nothing on the route is ever lost.
 */
/**
 * A Continue that goes on: a DSP's own name is the reporter's too, unless one is given; and while
 * changing an answer or going on from the consent record, "consent only" is not taken.
 */
function goneOn(step: StepId, expected: Answers, values: Answers, before: Snap): Answers {
  const offered = before.matches({ mode: 'answering' });
  const taken = offered ? values : (Object.fromEntries(Object.entries(values).filter(([k]) => k !== 'purpose')) as Answers);
  const a = { ...expected, ...taken };
  return step === 'raisedBy' && a.dspOwnName?.trim() && !a.reporterName?.trim() ? { ...a, reporterName: a.dspOwnName } : a;
}

function model(expected: Answers, before: Snap, event: WizardEvent): Answers {
  const merged = (values: Answers | undefined) => (values ? { ...expected, ...values } : expected);
  const draft = (values: Answers | undefined) => (values && wellFormed(merged(values)) ? merged(values) : expected);
  const step = stepOf(before);
  switch (event.type) {
    case 'step.submit':
      if (!QUESTIONS.has(step)) return step === 'checkAnswers' ? merged(event.values) : expected;
      return validateStep(step as StepId, merged(event.values)).length === 0 ? goneOn(step as StepId, expected, event.values, before) : draft(event.values);
    case 'nav.back':
      return before.context.history.length > 0 ? draft(event.values) : expected;
    case 'draft.update':
      return draft(event.values);
    case 'nav.change':
      return expected;
    // On from the consent record into the report: the DSP who walked it through goes on with it.
    case 'walk.continue':
      return step === 'consentRecord' ? { ...expected, purpose: 'report', role: 'dsp' } : expected;
    case 'wizard.restart':
    case 'wizard.exit':
      return {};
    default:
      return expected;
  }
}

function checkAnswersKept(snap: Snap, expected: Answers): void {
  const { answers, history } = snap.context;
  for (const step of history) {
    for (const field of STEP_FIELDS[step] ?? []) {
      if (stable(answers[field]) !== stable(expected[field])) {
        throw new Error(`(b) lost the answer to ${field} on ${step}, which is on the route: holds ${stable(answers[field])}, last given ${stable(expected[field])}`);
      }
    }
  }
  if (stable(answers) !== stable(expected)) throw new Error(`(b) answers ${stable(answers)} are not the answers given ${stable(expected)}`);
}

function checkSummary(c: WizardContext): void {
  const report = buildReport(
    { answers: c.answers, route: c.history.at(-1) === 'checkAnswers' ? c.history : [...c.history, 'checkAnswers'], times: c.times },
    { directory: shippedDirectory, holidays: shippedHolidays, now: new Date(AT) },
  );
  const parsed = reportSchema.safeParse(report);
  if (!parsed.success) throw new Error(`(c) the summary's report fails reportSchema: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  if (EMERGENCY !== '999' || report.contact.emergency.phone !== EMERGENCY) throw new Error('(c) a summary without 999');
  const contact = report.decisions.filter((d) => d.topic === 'contact');
  if (contact.length !== 1 || contact[0]!.reasons.length === 0) throw new Error('(c) a summary without the contact decision and its reason');
  // The fallback chain always ends with a number to call (the police), whatever the council holds.
  const phone = report.contact.plan.steps.find((s) => s.contact.phone)?.contact.phone;
  if (!phone) throw new Error(`(c) a summary without a number to call (${report.contact.which}, ${report.contact.authorityId})`);
}

/** Every question on the route is answered well enough to go on from it (STEP_RULES), and was answered. */
function routeProblems(c: WizardContext): string[] {
  const parsed = answersSchema.safeParse(c.answers);
  if (!parsed.success) return ['the answers are malformed'];
  return c.history.flatMap((step) => [
    ...(STEP_RULES[step] ?? []).flatMap((rule) => rule(parsed.data).map((e) => `${step} is on the route without ${e.field} (${e.message})`)),
    ...(c.visited.includes(step) && c.times[step] ? [] : [`${step} is on the route but was never answered`]),
  ]);
}

const submit = (values: Answers): WizardEvent => ({ type: 'step.submit', values, at: AT });
const back = (values: Answers): WizardEvent => ({ type: 'nav.back', values });
const change = (step: StepId): WizardEvent => ({ type: 'nav.change', step });

interface Tally {
  sequences: number;
  events: number;
  summaries: number;
  changes: number;
  exits: number;
}

/**
 * One random sequence, checking after every event. `extra` adds a check of its own.
 * `offRoute`: whether Change on check answers may name a step that is not on the route (the
 * element only offers the rows shown, which are on the route; the machine accepts any step).
 */
function sequence(g: fc.GeneratorValue, tally: Tally, extra?: (snap: Snap, event: WizardEvent) => void, offRoute = true): void {
  const actor = startWizard();
  let expected: Answers = {};
  let reachedSummary = false;
  const length = g(fc.integer, { min: 1, max: MAX_EVENTS });
  tally.sequences++;
  try {
    for (let i = 0; i < length; i++) {
      const before = actor.getSnapshot();
      const step = stepOf(before) as StepId;
      const form = () => g(() => FORM[step]!);
      const drawn = g(() => (step === 'checkAnswers' ? ON_CHECK : ON_QUESTION));
      const kind = drawn === 'changeAny' && step === 'checkAnswers' && !offRoute ? 'change' : drawn;
      const rows = before.context.history.filter((h) => STEP_FIELDS[h]);
      const event: WizardEvent =
        kind === 'submit' && step === 'consentRecord'
          ? { type: 'walk.continue' }
          : kind === 'submit'
          ? { type: 'step.submit', values: form(), at: AT }
          : kind === 'back'
            ? { type: 'nav.back', values: form() }
            : kind === 'backEmpty'
              ? { type: 'nav.back' }
              : kind === 'draft'
                ? { type: 'draft.update', values: form() }
                : kind === 'change' && rows.length
                  ? { type: 'nav.change', step: g(() => some(...rows)) }
                  : kind === 'change' || kind === 'changeAny'
                    ? { type: 'nav.change', step: g(() => some(...STEP_IDS)) }
                    : kind === 'restart'
                      ? { type: 'wizard.restart' }
                      : { type: 'wizard.exit' };
      actor.send(event);
      tally.events++;
      const snap = actor.getSnapshot();
      if (event.type === 'nav.change' && step === 'checkAnswers') tally.changes++;

      // (a) Only states the machine defines, and never an actor in error.
      if (!STATES.has(stepOf(snap))) throw new Error(`(a) reached "${stepOf(snap)}", which the machine does not define`);
      if (snap.status === 'error') throw new Error(`(a) the actor failed: ${String(snap.error)}`);
      // (a) The consent record is the DSP's (issue 10.10): never reached by anyone answering as staff.
      if (stepOf(snap) === 'consentRecord' && snap.context.answers.role !== 'dsp') throw new Error(`(a) the consent record reached with role "${String(snap.context.answers.role)}"`);
      // (b) Nothing on the route is lost.
      expected = model(expected, before, event);
      checkAnswersKept(snap, expected);
      // (c) A summary always has a valid report, with 999 and who to contact.
      if (stepOf(snap) === 'summary') {
        checkSummary(snap.context);
        reachedSummary = true;
      }
      extra?.(snap, event);
      // (d) Quick exit leaves nothing behind, and the actor is done.
      if (event.type === 'wizard.exit') {
        tally.exits++;
        if (stable(snap.context.answers) !== '{}') throw new Error(`(d) answers survive quick exit: ${stable(snap.context.answers)}`);
        if (snap.status !== 'done' || stepOf(snap) !== 'exited') throw new Error(`(d) after quick exit the actor is "${snap.status}" in "${stepOf(snap)}"`);
        if (snap.context.history.length || snap.context.visited.length || Object.keys(snap.context.times).length) throw new Error('(d) the route survives quick exit');
        break;
      }
    }
  } finally {
    if (reachedSummary) tally.summaries++;
    actor.stop();
  }
}

const printTally = (name: string, t: Tally, ms: number) =>
  // eslint-disable-next-line no-console -- the issue asks for the number of sequences run
  console.log(
    `${name}: ${t.sequences} random sequences (${t.events} events; ${t.summaries} reached the summary, ${t.changes} Changes from check answers, ${t.exits} quick exits) in ${(ms / 1000).toFixed(1)} s, seed ${SEED}`,
  );

describe('Random sequences of events (fast-check)', () => {
  it('the states checked are exactly the states the machine defines', () => {
    // The innermost states of the step region; `resume` passes straight on (it is never a snapshot's
    // step, which (a) below checks).
    type Node = { key: string; states: Record<string, Node> };
    const leaves = (node: Node): string[] => Object.values(node.states).flatMap((n) => (Object.keys(n.states).length ? leaves(n) : [n.key]));
    const step = (wizardMachine.root.states as unknown as Record<string, Node>).step!;
    expect(leaves(step).filter((k) => k !== 'resume').sort()).to.deep.equal([...STATES].sort());
  });

  it(`${RUNS.toLocaleString('en-GB')} sequences: (a) defined states only, (b) no answer on the route lost, (c) every summary has a valid report with 999 and the contact, (d) quick exit wipes everything`, function () {
    const tally: Tally = { sequences: 0, events: 0, summaries: 0, changes: 0, exits: 0 };
    const started = performance.now();
    fc.assert(
      fc.property(fc.gen(), (g) => sequence(g, tally)),
      { numRuns: RUNS, seed: SEED },
    );
    printTally('(a)–(d)', tally, performance.now() - started);
    // The properties must have been exercised, not passed by never getting anywhere.
    expect(tally.sequences).to.be.at.least(RUNS);
    expect(tally.summaries, 'sequences that reached the summary').to.be.greaterThan(RUNS / 20);
    expect(tally.changes, 'Changes from check answers').to.be.greaterThan(RUNS / 20);
    expect(tally.exits, 'quick exits').to.be.greaterThan(RUNS / 20);
  });

  it(`${RUNS.toLocaleString('en-GB')} sequences: every question on the route is still answered well enough to go on from it`, function () {
    const tally: Tally = { sequences: 0, events: 0, summaries: 0, changes: 0, exits: 0 };
    const started = performance.now();
    fc.assert(
      fc.property(fc.gen(), (g) =>
        sequence(g, tally, (snap) => {
          if (stepOf(snap) === 'exited') return;
          const problems = routeProblems(snap.context);
          if (problems.length) throw new Error(problems.join('; '));
        }, false),
      ),
      { numRuns: RUNS, seed: SEED + 1 },
    );
    printTally('route answered', tally, performance.now() - started);
  });

  it('the checks catch a lost answer, a broken summary and an unanswered question (negative controls)', () => {
    const actor = startWizard();
    while (stepOf(actor.getSnapshot()) !== 'summary') actor.send(submit(CHOICES[stepOf(actor.getSnapshot()) as QuestionStep][0]!));
    const { context } = actor.getSnapshot();
    expect(() => checkSummary(context)).to.not.throw();
    expect(() => checkAnswersKept(actor.getSnapshot(), { ...context.answers, danger: 'yes' })).to.throw(/\(b\) lost the answer to danger/);
    expect(() => checkSummary({ ...context, answers: { ...context.answers, subject: 'martian' as never } })).to.throw(/\(c\).*reportSchema/);
    expect(() => checkSummary({ ...context, answers: { ...context.answers, consent: 'not-seek', consentReasons: [], consentOtherReason: ' ' } })).to.throw(/\(c\)/);
    expect(routeProblems(context)).to.deep.equal([]);
    expect(routeProblems({ ...context, answers: { ...context.answers, statements: [{ text: ' ' }] } })).to.have.length(1);
  });
});

// ---------------------------------------------------------------------------------------------
// A bug these tests found, now fixed (the `skipping` guard re-checks the answer): Change passed through a step answered before, without
// checking that its answer is still there. Back (and the language switch) keep what is on the
// form as a draft, even an emptied required field; if that step later comes back onto the route
// through Change, edit mode skips it (`skipping` only asks whether it was ever visited), so the
// route holds a question with no answer. For "Why will you not ask for consent?" the report then
// fails reportSchema, and the element throws in `completeReport`: no summary, no 999, no contact.
// ---------------------------------------------------------------------------------------------

const CHILD_TO_DSP = [
  submit({ danger: 'no' }),
  submit({ role: 'practitioner' }),
  submit({ subject: 'child' }),
  submit({ crime: 'no' }),
  submit({ knowledge: 'saw' }),
  submit({ harm: ['neglect'] }),
  submit({ statements: [{ text: 'No coat in the snow' }], when: '' }),
  submit({}),
  submit({ knownTo: [] }),
];

const BUGS: { name: string; events: WizardEvent[] }[] = [
  {
    name: 'consent: a reason ticked, then unticked before Back; "ask" chosen; then Changed to "do not ask"',
    events: [
      ...CHILD_TO_DSP,
      submit({ dspHave: 'no' }),
      submit({ consent: 'not-seek' }),
      submit({ consentReasons: ['further-risk'], consentOtherReason: '' }),
      back({ childCompetent: undefined }),
      back({ consentReasons: [], consentOtherReason: '' }),
      submit({ consent: 'seek' }),
      submit({ consentOutcome: 'given', consentOutcomeDetail: '' }),
      submit({}),
      submit({}),
      submit(REPORTER),
      submit({ authority: 'torfaen' }),
      submit({}),
      change('consent'),
      submit({ consent: 'not-seek' }),
      submit({}),
    ],
  },
  {
    name: 'DSP mode: the name of who raised it cleared before Back; staff chosen; then Changed back to the DSP',
    events: [
      submit({ danger: 'no' }),
      submit({ role: 'dsp' }),
      submit({ raisedByName: 'Sam Teacher', raisedByRole: '', dspOwnName: 'Ms Rhian Jones' }),
      back({ subject: undefined }),
      back({ raisedByName: '', raisedByRole: '', dspOwnName: '' }),
      submit({ role: 'practitioner' }),
      submit({ subject: 'adult' }),
      submit({ crime: 'no' }),
      submit({}),
      submit(REPORTER),
      submit({ authority: 'torfaen' }),
      submit({}),
      change('role'),
      submit({ role: 'dsp' }),
      submit({}),
    ],
  },
  {
    name: '"What happened" cleared before Back; an adult chosen instead; then Changed back to a child',
    events: [
      ...CHILD_TO_DSP.slice(0, 7),
      back({}),
      back({ statements: [{ text: '' }], when: '' }),
      back({ harm: ['neglect'] }),
      back({ knowledge: 'saw' }),
      back({ crime: 'no' }),
      submit({ subject: 'adult' }),
      submit({ crime: 'no' }),
      submit({}),
      submit(REPORTER),
      submit({ authority: 'torfaen' }),
      submit({}),
      change('subject'),
      submit({ subject: 'child' }),
      submit({ crime: 'no' }),
      submit({ knowledge: 'saw' }),
      submit({}),
      submit({}),
      submit({ dspHave: 'no' }),
      submit({ consent: 'seek' }),
      submit({ consentOutcome: 'given', consentOutcomeDetail: '' }),
      submit({}),
      submit({}),
      submit({}),
    ],
  },
];

describe('Change asks again a question whose answer was emptied on the way Back (a bug found here, fixed)', () => {
  for (const bug of BUGS) {
    it(`the machine: ${bug.name}`, () => {
      const actor = startWizard();
      for (const event of bug.events) actor.send(event);
      const snap = actor.getSnapshot();
      expect(routeProblems(snap.context), `at "${stepOf(snap)}"`).to.deep.equal([]);
      if (stepOf(snap) === 'summary') checkSummary(snap.context);
    });
  }

  it('the element: consent reason unticked before Back, then Changed to "do not ask": it must ask why, not throw', async function () {
    const el = await wizardAt(AT);
    const go = async (...labels: string[]) => {
      for (const label of labels) await choose(el, label);
      await next(el);
    };
    await go('No');
    await go('A member of staff or a volunteer');
    await go('A child or young person under 18');
    await go('No');
    await go('I saw or heard something myself');
    await go('Neglect');
    await type(el, 'Statement 1', 'No coat in the snow');
    await go();
    await go();
    await go();
    await go('No, or I do not know who it is');
    await go('No, we will not ask them');
    await go('It would place the child at further risk');
    await expectHeading(el, "The child's wishes and views");
    await press(el, 'Back');
    await expectHeading(el, 'Why will you not ask for consent?');
    await choose(el, 'It would place the child at further risk'); // unticked
    await press(el, 'Back');
    await expectHeading(el, 'Will you ask the parents or carers for their consent to make the report?');
    await go('Yes, we will ask them, or have asked them');
    await go('They agreed to the report');
    await go();
    await go(); // what the council will ask: optional
    await type(el, 'Your full name', 'Jo Example');
    await type(el, 'A phone number the council can call you back on', '01632 960123');
    await go();
    await selectOption(el, 'Council (local authority)', 'Torfaen');
    await go();
    await go();
    await expectHeading(el, 'Check your answers');
    const changeConsent = Array.from(el.shadowRoot!.querySelectorAll('button')).find((b) =>
      b.textContent?.includes('your answer to: Parents or carers asked for consent'),
    )!;
    changeConsent.click();
    await el.updateComplete;
    await go('No, we will not ask them');
    // Expected: the reason is asked for (it is empty). Today: straight back to check answers,
    // "Reasons for not asking: Not provided", and Confirm throws in reportSchema.parse.
    await expectHeading(el, 'Why will you not ask for consent?');
  });
});

// A bug these tests found, now fixed (the machine's API only, not reachable from the element, which shows Change only for the
// answers on the route): `nav.change` is accepted for any changeable step, on the route or not.
describe('The machine ignores Change for a question that is not on the route (a bug found here, fixed)', () => {
  it('Change to a question off the route is ignored', () => {
    const actor = startWizard();
    answerInOrder(actor, [{ danger: 'no' }, { role: 'practitioner' }, { subject: 'adult' }, { crime: 'no' }, {}, { authority: 'torfaen' }, {}] as Answers[], AT);
    expect(stepOf(actor.getSnapshot())).to.equal('checkAnswers');
    actor.send(change('childWords'));
    // Today: it goes to "What did the child say?" for an adult concern, and the questions after
    // it (the child's details, consent...) join the adult route, with the council and the
    // contact step twice in the route.
    expect(stepOf(actor.getSnapshot())).to.equal('checkAnswers');
  });
});
