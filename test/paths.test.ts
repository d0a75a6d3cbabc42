/**
 * Proof over the statechart (issue 6): paths generated from the real machine with `xstate/graph`.
 *
 * Four traversals, each offering at every step the answers in test/fixtures/answer-values.ts:
 * - shortest paths, with states told apart by their step and every answer the guards read;
 * - simple paths (every distinct way through), with states told apart by their step and the
 *   answers that can still choose the route from there (LIVE_UNTIL), so the graph stays small;
 * - shortest paths with Back (carrying the step's draft, as the element sends it), with states told
 *   apart by step, route taken and every routing answer, including those Back left off the route;
 *   a state holding more than one such left-over answer is not explored further (`stopWhen`);
 * - shortest paths with one round of Change from check answers (answers given after the change
 *   are timed LATER, which is how a state knows a change was made).
 *
 * Every path is replayed on a fresh actor (so a path is never trusted to be what the graph says),
 * and every path to the summary must end in a report that passes `reportSchema` and carries each
 * decision with its reason. The shortest paths are then driven through the element by label, as a
 * person fills it in, and must end in the same report.
 */
import { expect, fixtureCleanup, oneEvent } from '@open-wc/testing';
import { FIELDS, isAsked, optionKey, optionsFor, shownOn } from '../machines/fields.js';
import { ROUTE_RULES } from '../machines/route.js';
import type { SnapshotFrom } from 'xstate';
import { getShortestPaths, getSimplePaths, type StatePath } from 'xstate/graph';
import { DEPENDENTS, STEP_FIELDS, STEP_IDS, type AnswerField, type Answers, type StepId } from '../machines/answers.js';
import { buildReport } from '../machines/build-report.js';
import { reportSchema, type Report } from '../machines/report.schema.js';
import { CHANGEABLE_STEPS, offersConsentOnly, wizardMachine, type WizardContext, type WizardEvent, stepOf as stepIn } from '../machines/wizard.machine.js';
import { MACHINE_INPUT, startWizard } from './machine-input.js';
import { shippedDirectory, shippedHolidays } from '../src/directory/shipped.js';
import { en } from '../src/i18n/en.js';
import { wordedFor } from '../src/i18n/translate.js';
import { AT, CHOICES, LATER, LIVE_UNTIL, READ_BY_RULES, NAVIGATION_CHOICES, ROUTING_FIELDS, ROUTING_STEP, type QuestionStep } from './fixtures/answer-values.js';
import { DEEP, byDepth, evenSample } from './depth.js';
import { button, headingText, press, root, wizardAt, type Wizard } from './helpers.js';

type Snap = SnapshotFrom<typeof wizardMachine>;
type Path = StatePath<Snap, WizardEvent>;
type Submit = Extract<WizardEvent, { type: 'step.submit' }>;

const EMERGENCY = shippedDirectory.national.emergency.phone!;
const POLICE = shippedDirectory.national.police!.phone!;
const QUESTION_STEPS = STEP_IDS.filter((s): s is QuestionStep => s !== 'summary' && s !== 'consentRecord');
const index = (step: string) => STEP_IDS.indexOf(step as StepId);
const stepOf = (s: Snap) => stepIn(s) as StepId;
/**
 * What a person can do to go on from a step: Continue with each choice (the DSP's "consent only"
 * where the statechart offers it), or go on from the consent record into the report.
 */
function submits(s: Snap, at: string, choices: Record<QuestionStep, readonly Answers[]> = CHOICES): WizardEvent[] {
  const step = stepOf(s);
  if (step === 'summary') return [];
  if (step === 'consentRecord') return [{ type: 'walk.continue' }];
  const offered = choices[step as QuestionStep].filter((values) => values.purpose !== 'consent' || offersConsentOnly(s));
  return offered.map((values): Submit => ({ type: 'step.submit', values, at }));
}
const routingAnswers = (a: Answers) => ROUTING_FIELDS.map((f) => a[f] ?? null);

// ---------------------------------------------------------------------------------------------
// The four traversals
// ---------------------------------------------------------------------------------------------

const toSummary = (s: Snap) => stepOf(s) === 'summary';

/** Shortest paths: one per distinct combination of routing answers at the summary. */
function forwardShortest(): Path[] {
  return getShortestPaths(wizardMachine, {
    events: (s) => submits(s, AT),
    serializeState: (s) => JSON.stringify([s.value, routingAnswers(s.context.answers), s.context.history.includes('dspTalk')]),
    toState: toSummary,
    input: MACHINE_INPUT,
    limit: 50_000,
  });
}

/** Simple paths: every distinct way through, over a graph that forgets answers that can no longer choose the route. */
function forwardSimple(): Path[] {
  const live = Object.entries(LIVE_UNTIL) as [AnswerField, [StepId, StepId]][];
  return getSimplePaths(wizardMachine, {
    events: (s) => submits(s, AT),
    serializeState: (s) => {
      const i = index(stepOf(s));
      const liveAnswers = live.filter(([, [from, to]]) => index(from) <= i && i <= index(to)).map(([f]) => s.context.answers[f] ?? null);
      // Three rules read the steps taken as well as the answers: `consentDecidedWithDspAsk` (was the
      // DSP conversation on the route), `numberFirst` (is the report's first question still to
      // come) and `councilKnown` (was the council chosen before the report).
      const h = s.context.history;
      const talked = i >= index('dspStillConcerned') && i <= index('consentReasons') ? h.includes('dspTalk') : null;
      return JSON.stringify([s.value, liveAnswers, talked, h.includes('role') || h.includes('raisedBy'), h.includes('authority')]);
    },
    toState: toSummary,
    input: MACHINE_INPUT,
    limit: 50_000,
  });
}

/** Routing answers that Back has left off the route (given, but their step is neither current nor on the route). */
const leftOver = (s: Snap) =>
  ROUTING_FIELDS.filter((f) => s.context.answers[f] !== undefined && stepOf(s) !== ROUTING_STEP[f] && !s.context.history.includes(ROUTING_STEP[f]));

/** Shortest paths with Back: Back carries the step's last choice as a draft, as the element sends what is on the form. */
function backShortest(): Path[] {
  return getShortestPaths(wizardMachine, {
    events: (s) => {
      const step = stepOf(s);
      if (step === 'summary') return [];
      // The consent record has no form: its Back carries nothing. "Consent only" is a button, not on the form.
      const last = step === 'consentRecord' ? undefined : NAVIGATION_CHOICES[step as QuestionStep].at(-1);
      const values = last && (Object.fromEntries(Object.entries(last).filter(([k]) => k !== 'purpose')) as Answers);
      const back: WizardEvent[] = s.context.history.length ? [{ type: 'nav.back', values }] : [];
      return [...submits(s, AT, NAVIGATION_CHOICES), ...back];
    },
    serializeState: (s) => JSON.stringify([s.value, s.context.history, routingAnswers(s.context.answers)]),
    // At most one left-over routing answer is explored further: enough to prove Back forgets a
    // branch, without the product of every left-over combination.
    stopWhen: (s) => toSummary(s) || leftOver(s).length > 1,
    toState: toSummary,
    input: MACHINE_INPUT,
    limit: 400_000,
  });
}

const changed = (c: WizardContext) => Object.values(c.times).includes(LATER);

/** Shortest paths with one round of Change: from check answers, Change any answer shown there, then go on. */
function changeShortest(): Path[] {
  return getShortestPaths(wizardMachine, {
    events: (s) => {
      const step = stepOf(s);
      const c = s.context;
      if (step === 'summary') return [];
      const after = changed(c) || s.matches({ mode: 'editing' });
      const base = submits(s, after ? LATER : AT, NAVIGATION_CHOICES);
      if (step !== 'checkAnswers' || after) return base;
      // The element shows a Change button for each answer row, so only steps with answers.
      const rows = c.history.filter((h) => (STEP_FIELDS[h]?.length ?? 0) > 0 && (CHANGEABLE_STEPS as readonly StepId[]).includes(h));
      return [...base, ...rows.map((h): WizardEvent => ({ type: 'nav.change', step: h }))];
    },
    serializeState: (s) =>
      JSON.stringify([s.value, s.context.history, [...s.context.visited].sort(), routingAnswers(s.context.answers), changed(s.context)]),
    toState: toSummary,
    input: MACHINE_INPUT,
    limit: 1_000_000,
  });
}

// ---------------------------------------------------------------------------------------------
// Replaying a path, and the report checker
// ---------------------------------------------------------------------------------------------

interface Replayed {
  /** The snapshot after each event (index 0: the initial snapshot). */
  snapshots: Snap[];
  events: WizardEvent[];
  final: Snap;
}

/** Sends the path's events to a fresh actor; throws if the actor does not go where the graph said. */
function replay(path: Path): Replayed {
  const actor = startWizard();
  const snapshots: Snap[] = [actor.getSnapshot()];
  const events: WizardEvent[] = [];
  for (const step of path.steps.slice(1)) {
    actor.send(step.event);
    events.push(step.event);
    const now = actor.getSnapshot();
    if (JSON.stringify(now.value) !== JSON.stringify(step.state.value)) {
      throw new Error(`Replay went to "${JSON.stringify(now.value)}", the graph said "${JSON.stringify(step.state.value)}" (${describePath(path)}). Is LIVE_UNTIL out of date?`);
    }
    snapshots.push(now);
  }
  actor.stop();
  return { snapshots, events, final: snapshots.at(-1)! };
}

/** The route up to and including check answers (the summary's context already has it). */
const routeOf = (c: WizardContext): StepId[] => (c.history.at(-1) === 'checkAnswers' ? c.history : [...c.history, 'checkAnswers']);

function reportOf(c: WizardContext, now = AT): Report {
  return buildReport({ answers: c.answers, route: routeOf(c), times: c.times }, { directory: shippedDirectory, holidays: shippedHolidays, now: new Date(now) });
}

const hasWords = (key: string) => key in en;

/**
 * What is wrong with a report, as a list (empty when nothing is). A report passes only if it
 * passes `reportSchema` and every decision carries its reason: a reason that has words in the
 * catalogue, the emergency decision, the contact decision with the contact now and 999, and for
 * consent the reason it was not sought or that refusal did not stop the report.
 */
function reportProblems(report: Report, answers: Answers, route: readonly StepId[]): string[] {
  const problems: string[] = [];
  const on = (s: StepId) => route.includes(s);
  const parsed = reportSchema.safeParse(report);
  if (!parsed.success) problems.push(`schema: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const decisions = report.decisions ?? [];
  for (const d of decisions) {
    if (!Array.isArray(d.reasons) || d.reasons.length === 0 || d.reasons.some((r) => typeof r !== 'string' || r.trim() === '')) {
      problems.push(`the ${d.topic} decision "${d.decision}" has no reason`);
    }
    if (!hasWords(`decision.${d.decision}`)) problems.push(`the ${d.topic} decision "${d.decision}" has no words in the catalogue`);
    for (const r of d.reasons ?? []) if (!hasWords(r)) problems.push(`the ${d.topic} decision's reason "${r}" has no words in the catalogue`);
  }
  const about = (topic: string) => decisions.filter((d) => d.topic === topic);

  const emergency = about('emergency');
  if (emergency.length !== 1) problems.push('no emergency decision');
  else if (answers.danger === 'yes') {
    const why = answers.called999 === 'yes' ? 'why.called999' : 'why.call999Now';
    if (emergency[0]!.decision !== 'emergency.yes' || !emergency[0]!.reasons.includes(why)) problems.push(`immediate danger is not recorded with "${why}"`);
    if (!report.emergency.immediateDanger) problems.push('immediate danger missing from report.emergency');
  } else if (emergency[0]!.decision !== 'emergency.no') problems.push('no immediate danger, yet the emergency decision says otherwise');

  if (about('report').length !== 1) problems.push('no decision on the report itself');
  // WSP c2-p2, c2-p8: whether a crime may have been committed is asked on every route, and decided once.
  if (on('crime') && about('police').length !== 1) problems.push('the crime question was asked, without a decision on the police');

  const contact = about('contact');
  if (contact.length !== 1) problems.push('no contact decision');
  if (report.contact?.emergency?.phone !== EMERGENCY || EMERGENCY !== '999') problems.push('the contact does not carry 999');
  // The fallback chain always ends with a number to call (the police), whatever the council holds.
  const reachable = report.contact?.plan?.steps.find((s) => s.contact.phone)?.contact.phone;
  if (!reachable) problems.push('no phone number to contact now in the fallback chain');

  if (on('consent')) {
    const consent = about('consent');
    if (!report.consent || consent.length !== 1) problems.push('consent was decided, but the report has no consent decision');
    else if (report.consent.decision === 'not-seek') {
      const other = report.consent.otherReason?.trim();
      if (report.consent.reasons.length === 0 && !other) problems.push('consent not sought, with no reason');
      const expected = [...report.consent.reasons.map((r) => `consentReason.${r}`), ...(other ? ['consentReason.other'] : [])];
      if (JSON.stringify(consent[0]!.reasons) !== JSON.stringify(expected)) problems.push(`the consent decision's reasons ${JSON.stringify(consent[0]!.reasons)} are not the reasons given`);
    } else if (report.consent.outcome === 'refused') {
      // Refused consent never ends the path: the report goes ahead (made by the DSP if that was agreed).
      const expected = on('dspTalk') && answers.dspAgreed === 'dsp-reports' ? 'dsp-reports' : 'report';
      if (report.outcome !== expected) problems.push(`consent refused, and the outcome is "${report.outcome}", not "${expected}"`);
      if (!consent[0]!.reasons.includes('why.consentRefusedStillReport')) problems.push('consent refused, without the reason the report still goes ahead');
    }
  } else if (report.consent || about('consent').length) problems.push('a consent decision that was never asked');

  if (on('dspStillConcerned')) {
    // Not reporting on the DSP's advice: the DSP's reason is recorded with the decision.
    const dsp = about('dsp')[0];
    if (!dsp || dsp.note !== answers.dspReason) problems.push('the reason the DSP gave is not with the DSP decision');
    if (answers.stillConcerned === 'no' && report.outcome !== 'not-reporting') problems.push('not still concerned, yet the outcome is not "not reporting"');
  }
  if ((answers.subject === 'adult' || answers.subject === 'practitioner') && about('route').length !== 1) problems.push('no decision on which procedure applies');

  // DOMAIN.md: no route ends without a report or a call for advice; "not sure" (WSP c2-p13, c2-p16)
  // always leads to the council's number with "ask for advice".
  const next = new Set((report.next ?? []).map((n) => n.key));
  if (![...CALL_STEPS].some((k) => next.has(k))) problems.push(`"What to do next" has no call to make: ${[...next].join(', ')}`);
  const unsure = (on('consent') && answers.consent === 'not-sure') || (on('dspStillConcerned') && answers.stillConcerned === 'not-sure');
  if (unsure && !(next.has('next.seekAdvice') || next.has('next.consentAdvice'))) problems.push('"not sure" was answered, and the next steps do not say to ask the council for advice');
  if (unsure && report.outcome === 'not-reporting') problems.push('"not sure" ended in "not reporting"');
  return problems;
}

/** The next steps that are a call to make: the report, advice, or a check that the DSP made it. */
const CALL_STEPS = new Set(['summary.next.call', 'next.seekAdvice', 'next.consentAdvice', 'next.dspCheck', 'next.dspCheckBy', 'next.dspCheckAgree', 'next.england', 'next.adult.call', 'next.s5.report', 'next.s5.tellLead', 'next.s5.otherManager', 'summary.outcome.not-reporting.more']);

function checkPath(path: Path): { run: Replayed; report: Report; problems: string[] } {
  const run = replay(path);
  const c = run.final.context;
  const problems: string[] = [];
  if (stepOf(run.final) !== 'summary') problems.push(`ends in "${stepOf(run.final)}", not the summary`);
  const report = reportOf(c);
  problems.push(...reportProblems(report, c.answers, routeOf(c)));
  // The same route out of hours (Friday 20:00) still carries its contact and reasons.
  problems.push(...reportProblems(reportOf(c, '2026-11-20T20:00:00Z'), c.answers, routeOf(c)).map((p) => `out of hours: ${p}`));
  return { run, report, problems };
}

/** The route answered straight through, with the answers the context holds for each step on it. */
function straight(c: WizardContext): Snap {
  const actor = startWizard();
  const route: StepId[] = c.history.at(-1) === 'checkAnswers' ? c.history : [...c.history, 'checkAnswers'];
  for (const step of route) {
    const values = Object.fromEntries((STEP_FIELDS[step] ?? []).filter((f) => c.answers[f] !== undefined).map((f) => [f, c.answers[f]])) as Answers;
    actor.send({ type: 'step.submit', values, at: c.times[step] ?? AT });
  }
  const snap = actor.getSnapshot();
  actor.stop();
  return snap;
}

const CHOICE_FIELDS = new Set<string>([...ROUTING_FIELDS, 'called999', 'consentOutcome', 'consentReasons', 'consentWithDsp', 'authority']);

/** A short description of a path: each choice made, each Back and each Change. */
function describePath(path: Path): string {
  return path.steps
    .slice(1)
    .map(({ event }) => {
      if (event.type === 'nav.back') return '← Back';
      if (event.type === 'nav.change') return `Change ${event.step}`;
      if (event.type !== 'step.submit') return event.type;
      const chosen = Object.entries(event.values).filter(([k]) => CHOICE_FIELDS.has(k));
      return chosen.map(([k, v]) => `${k}=${Array.isArray(v) ? `[${v.length ? v.join('+') : 'other'}]` : String(v)}`).join(' ');
    })
    .filter(Boolean)
    .join(' → ');
}

const fail = (failures: string[], total: number, what: string) =>
  expect(failures.length, `${failures.length} of ${total} ${what}:\n${failures.slice(0, 20).join('\n')}\n`).to.equal(0);

// Computed once and shared by the tests below (and by the UI groups, which need them at load).
const memo: { shortest?: Path[]; simple?: Path[]; back?: Path[]; change?: Path[] } = {};
const shortestPaths = () => (memo.shortest ??= forwardShortest());

describe('Paths over the real statechart (xstate/graph)', () => {
  const started = performance.now();
  after(() => {
    const { shortest, simple, back, change } = memo;
    // eslint-disable-next-line no-console -- the issue asks the test to print how many paths it covered
    console.log(
      `${shortest?.length ?? 0} shortest paths, ${simple?.length ?? 0} simple paths to the summary` +
        ` (and ${back?.length ?? 0} shortest paths with Back, ${change?.length ?? 0} with one round of Change),` +
        ` generated and checked in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
  });

  it('the fixtures offer an answer at every question, each giving every field of its step', () => {
    for (const step of QUESTION_STEPS) {
      expect(CHOICES[step], step).to.have.length.greaterThan(0);
      // Hidden answers (such as "I need the number now") are set by a button, not a field of the form.
      for (const values of CHOICES[step]) expect(Object.keys(values).filter((f) => FIELDS[f as AnswerField].kind !== 'hidden').sort(), step).to.deep.equal([...shownOn(step)].sort());
    }
  });

  it('the traversals tell states apart by every answer a route rule reads', () => {
    const untracked = [...READ_BY_RULES].filter((f) => !(ROUTING_FIELDS as readonly string[]).includes(f));
    expect(untracked, 'answers a rule reads that ROUTING_FIELDS leaves out').to.deep.equal([]);
  });

  it('the report checker fails a report that leaves a decision without its reason', () => {
    // A route through every kind of decision: danger, DSP, consent not sought, contact.
    const actor = startWizard();
    const pickOne = (step: QuestionStep, i = 0) => actor.send({ type: 'step.submit', values: CHOICES[step][i]!, at: AT });
    pickOne('danger', 1);
    pickOne('emergency', 1);
    for (const s of ['role', 'subject', 'crime', 'knowledge', 'harm', 'whatHappened', 'childDetails', 'knownChild', 'dspHave', 'dspReach'] as const) pickOne(s);
    pickOne('dspTalk', 3);
    pickOne('dspStillConcerned', 0);
    pickOne('consent', 1);
    for (const s of ['consentReasons', 'consentWithDsp', 'childViews', 'councilNeeds', 'reporter', 'authority', 'contactNow', 'checkAnswers'] as const) pickOne(s);
    const c = actor.getSnapshot().context;
    expect(stepOf(actor.getSnapshot())).to.equal('summary');
    const good = reportOf(c);
    expect(reportProblems(good, c.answers, routeOf(c))).to.deep.equal([]);

    const broken = (change: (r: Report) => void) => {
      const r = structuredClone(good);
      change(r);
      return reportProblems(r, c.answers, routeOf(c));
    };
    for (let i = 0; i < good.decisions.length; i++) {
      expect(broken((r) => (r.decisions[i]!.reasons = [])), `decision ${good.decisions[i]!.topic} without reasons`).to.not.be.empty;
      expect(broken((r) => (r.decisions[i]!.reasons = [''])), `decision ${good.decisions[i]!.topic} with an empty reason`).to.not.be.empty;
      expect(broken((r) => r.decisions.splice(i, 1)), `decision ${good.decisions[i]!.topic} left out`).to.not.be.empty;
    }
    expect(broken((r) => (r.decisions[0]!.reasons = ['why.noImmediateDanger'])), 'danger without "call 999 now"').to.not.be.empty;
    expect(broken((r) => Object.assign(r.consent!, { reasons: [], otherReason: undefined })), 'consent not sought without reason').to.not.be.empty;
    expect(broken((r) => (r.decisions.find((d) => d.topic === 'consent')!.reasons = ['consentReason.public-interest'])), 'consent reasons that were not given').to.not.be.empty;
    expect(broken((r) => (r.decisions.find((d) => d.topic === 'dsp')!.note = undefined)), "the DSP's reason left out").to.not.be.empty;
    expect(broken((r) => (r.contact.emergency = { ...r.contact.emergency, phone: '112' })), 'no 999').to.not.be.empty;
    expect(broken((r) => (r.contact.plan.steps = r.contact.plan.steps.map((s) => ({ ...s, contact: { ...s.contact, phone: undefined } })))), 'no number to call').to.not.be.empty;
    expect(broken((r) => (r.decisions[0]!.reasons = ['why.madeUp'])), 'a reason with no words').to.not.be.empty;
  });

  it('every shortest path to the summary ends in a valid report, each decision with its reason', function () {
    const paths = shortestPaths();
    const failures: string[] = [];
    for (const path of paths) {
      const { problems } = checkPath(path);
      if (problems.length) failures.push(`${describePath(path)}\n    ${problems.join('\n    ')}`);
    }
    // The consent walk-through (issue 10.10) is on the paths: its record, then on into the report.
    const viaRecord = paths.filter((p) => p.steps.some((s) => s.event.type === 'walk.continue')).length;
    // eslint-disable-next-line no-console -- the issue asks the test to print how many paths it covered
    console.log(`${paths.length} shortest paths to the summary checked (${viaRecord} through the consent decision record)`);
    expect(viaRecord, 'paths through the consent decision record').to.be.greaterThan(100);
    expect(paths.length, 'paths found').to.be.greaterThan(400);
    fail(failures, paths.length, 'shortest paths end without a valid report');
  });

  // Every distinct way through is the heaviest traversal: `npm run test:deep` only. `npm test`
  // still checks every shortest path, and the paths with Back and with Change.
  if (DEEP) it('every simple path to the summary ends in a valid report, each decision with its reason', function () {
    const paths = (memo.simple = forwardSimple());
    const failures: string[] = [];
    for (const path of paths) {
      const { problems } = checkPath(path);
      if (problems.length) failures.push(`${describePath(path)}\n    ${problems.join('\n    ')}`);
    }
    // eslint-disable-next-line no-console -- the issue asks the test to print how many paths it covered
    console.log(`${shortestPaths().length} shortest paths, ${paths.length} simple paths to the summary`);
    expect(paths.length, 'paths found').to.be.greaterThan(shortestPaths().length);
    fail(failures, paths.length, 'simple paths end without a valid report');
  });

  it('with Back: every path to the summary ends in the report of answering straight through', function () {
    const paths = (memo.back = backShortest());
    const failures: string[] = [];
    let backs = 0;
    for (const path of paths) {
      const { run, report, problems } = checkPath(path);
      if (run.events.some((e) => e.type === 'nav.back')) backs++;
      const direct = straight(run.final.context);
      if (JSON.stringify(direct.context.history) !== JSON.stringify(run.final.context.history)) problems.push(`route ${run.final.context.history.join(',')} is not the route of its answers`);
      if (JSON.stringify(reportOf(direct.context)) !== JSON.stringify(report)) problems.push('a branch left by Back changed the report');
      if (problems.length) failures.push(`${describePath(path)}\n    ${problems.join('\n    ')}`);
    }
    // eslint-disable-next-line no-console -- the issue asks the test to print how many paths it covered
    console.log(`${paths.length} shortest paths with Back to the summary (${backs} use Back)`);
    expect(backs, 'paths that use Back').to.be.greaterThan(400);
    fail(failures, paths.length, 'paths with Back end wrong');
  });

  it('with Change: only new or dependent questions are asked again, and the report is that of answering straight through', function () {
    const paths = (memo.change = changeShortest());
    const failures: string[] = [];
    let changes = 0;
    for (const path of paths) {
      const { run, report, problems } = checkPath(path);
      const at = run.events.findIndex((e) => e.type === 'nav.change');
      if (at >= 0) {
        changes++;
        const before = run.snapshots[at]!.context;
        const step = (run.events[at] as Extract<WizardEvent, { type: 'nav.change' }>).step;
        const askedAgain = run.events.slice(at + 1).flatMap((e, i) => (e.type === 'step.submit' && stepOf(run.snapshots[at + 1 + i]!) !== 'checkAnswers' ? [stepOf(run.snapshots[at + 1 + i]!)] : []));
        const first = askedAgain[0];
        const submitted = run.events[at + 1] as Submit;
        const differs = Object.entries(submitted.values).some(([k, v]) => JSON.stringify(before.answers[k as AnswerField]) !== JSON.stringify(v));
        const route: StepId[] = run.final.context.history.filter((s) => s !== 'checkAnswers');
        const expected = route.filter(
          (s, i) => i >= route.indexOf(step) && (s === step || !before.visited.includes(s) || (differs && (DEPENDENTS[step] ?? []).includes(s))),
        );
        if (first !== step || JSON.stringify(askedAgain) !== JSON.stringify(expected)) {
          problems.push(`after Change ${step}${differs ? ' (changed)' : ' (same answer)'}, asked ${askedAgain.join(',')}; expected ${expected.join(',')}`);
        }
      }
      const direct = straight(run.final.context);
      if (JSON.stringify(direct.context.history) !== JSON.stringify(run.final.context.history)) problems.push(`route ${run.final.context.history.join(',')} is not the route of its answers`);
      if (JSON.stringify(reportOf(direct.context)) !== JSON.stringify(report)) problems.push('the report after Change differs from answering straight through');
      if (problems.length) failures.push(`${describePath(path)}\n    ${problems.join('\n    ')}`);
    }
    // eslint-disable-next-line no-console -- the issue asks the test to print how many paths it covered
    console.log(`${paths.length} shortest paths with Change to the summary (${changes} use Change)`);
    expect(changes, 'paths that use Change').to.be.greaterThan(1000);
    fail(failures, paths.length, 'paths with Change end wrong');
  });
});

// ---------------------------------------------------------------------------------------------
// The same paths in the browser, by label
// ---------------------------------------------------------------------------------------------

const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const words = (key: string, values: Record<string, string | number> = {}) => {
  const message = (en as Record<string, string>)[key];
  if (message === undefined) throw new Error(`No message "${key}"`);
  return message.replace(/\{(\w+)\}/g, (whole, name: string) => (name === 'emergency' ? EMERGENCY : name === 'police' ? POLICE : name in values ? String(values[name]) : whole));
};

/** The words as the element words them for who the concern is about (a key with no words of its own for them is looked up as it is). */
const wordsFor = (subject: Answers['subject']) => wordedFor((key, values) => (key in en ? words(key, values) : key), subject);

/** The words on the option a person picks for each stored answer: the product's own map (src/report/format.ts). */


/** The label of each text box. */
const TEXT: Partial<Record<AnswerField, string>> = {
  raisedByName: 'raisedBy.name',
  raisedByRole: 'raisedBy.role',
  dspOwnName: 'raisedBy.dspOwnName',
  when: 'whatHappened.when',
  childWords: 'childWords.heading',
  disclosureContext: 'childWords.context',
  childWishes: 'childViews.wishes',
  policeReference: 'police.reference',
  s5What: 's5Concern.what',
  s5When: 's5Concern.when',
  s5Who: 's5Concern.who',
  colleagueReference: 'colleagueReported.reference',
  socialWorker: 'knownChild.socialWorker',
  dspReportBy: 'dspCheck.by',
  protectNow: 'consentPointers.protect',
  childName: 'childDetails.childName',
  childAge: 'childDetails.childAge',
  childAddress: 'childDetails.childAddress',
  childSetting: 'childDetails.childSetting',
  carers: 'childDetails.carers',
  household: 'childDetails.household',
  communication: 'childDetails.communication',
  visitRisk: 'childDetails.visitRisk',
  dspName: 'dspTalk.dspName',
  dspTime: 'dspTalk.dspTime',
  dspReason: 'dspStillConcerned.dspReason',
  consentOutcomeDetail: 'consentOutcome.detail',
  consentOtherReason: 'consentReasons.other',
  otherAgencies: 'councilNeeds.otherAgencies',
  actionsTaken: 'councilNeeds.actionsTaken',
  reporterName: 'reporter.name',
  reporterRole: 'reporter.role',
  reporterOrganisation: 'reporter.organisation',
  reporterPhone: 'reporter.phone',
  reporterEmail: 'reporter.email',
  callSpokeTo: 'call.spokeTo',
  callTeam: 'call.team',
  callReference: 'call.reference',
  callWhatNext: 'call.whatNext',
  callAt: 'call.at',
};

const labelText = (l: HTMLLabelElement) => norm(l.textContent).replace(/ \(optional\)$/, '');

/** The form control named `name` whose label reads `text`, found as a person finds it: by the label. */
function labelled(el: Wizard, name: string, text: string): { label: HTMLLabelElement; control: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement } {
  const labels = Array.from(root(el).querySelectorAll('label'));
  for (const label of labels) {
    const control = root(el).getElementById(label.htmlFor) as HTMLInputElement | null;
    if (control?.name === name && labelText(label) === text) return { label, control };
  }
  throw new Error(`No "${text}" for ${name}. Labels here: ${labels.map((l) => `"${labelText(l)}"`).join(', ')}`);
}

async function typeInto(el: Wizard, name: string, label: string, value: string) {
  const { control } = labelled(el, name, label);
  control.value = value;
  control.dispatchEvent(new Event('input', { bubbles: true }));
  await el.updateComplete;
}

async function setChecked(el: Wizard, name: string, label: string, on: boolean) {
  const found = labelled(el, name, label);
  if ((found.control as HTMLInputElement).checked !== on) found.label.click();
  await el.updateComplete;
}

/** Fills in a step's form with `values`, by label, as the form words and offers them for the answers so far. */
async function fill(el: Wizard, values: Answers, answers: Answers) {
  const unborn = answers.subject === 'unborn';
  const say = wordsFor(answers.subject);
  for (const [field, value] of Object.entries(values) as [AnswerField, unknown][]) {
    // Set by the "I need the number now" button, which `drive` presses.
    // Not on the form: set by a button, or not asked for these answers (an unborn baby's fears).
    if (value === undefined || FIELDS[field].kind === 'hidden' || !isAsked(field, answers)) continue;
    if (field === 'statements') {
      const statements = value as NonNullable<Answers['statements']>;
      for (const [i, s] of statements.entries()) {
        if (i > 0) await press(el, words('whatHappened.add'));
        await typeInto(el, `statements.${i}.text`, words('whatHappened.statement', { n: i + 1 }), s.text);
        if (s.basis) await setChecked(el, `statements.${i}.basis`, words(`whatHappened.${s.basis}`), true);
      }
    } else if (field === 'authority') {
      const { control } = labelled(el, 'authority', words('authority.label'));
      const select = control as HTMLSelectElement;
      const name = shippedDirectory.authorities.find((a) => a.id === value)!.name.en;
      const option = Array.from(select.options).find((o) => norm(o.textContent) === name);
      if (!option) throw new Error(`No council "${name}"`);
      select.value = option.value;
      select.dispatchEvent(new Event('change', { bubbles: true }));
      await el.updateComplete;
    } else if (Array.isArray(value)) {
      const offered: readonly string[] = optionsFor(field, answers);
      for (const option of offered) await setChecked(el, field, say(optionKey(field, option)), (value as string[]).includes(option));
    } else if ('options' in FIELDS[field]) {
      await setChecked(el, field, say(optionKey(field, String(value))), true);
    } else {
      const key = unborn && (field === 'childName' || field === 'childAge' || field === 'childSetting') ? `childDetails.${field}.unborn` : TEXT[field];
      if (!key) throw new Error(`No label known for ${field}`);
      await typeInto(el, field, say(key), String(value));
    }
  }
}

/** The row label check answers shows for a step's first answer, to find its Change button. */
function changeButton(el: Wizard, step: StepId, answers: Answers): HTMLButtonElement {
  const field = shownOn(step)[0]!;
  const label = answers.subject === 'unborn' && (field === 'childName' || field === 'childAge' || field === 'childSetting') ? words(`childDetails.${field}.unborn`) : wordsFor(answers.subject)(`field.${field}`);
  return button(el, `${words('nav.change')} ${words('check.changeHidden', { question: label })}`);
}

/** Where two JSON values differ, as `path: a ≠ b`. */
function diff(a: unknown, b: unknown, at = ''): string[] {
  if (JSON.stringify(a) === JSON.stringify(b)) return [];
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
    return keys.flatMap((k) => diff((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${at}.${k}`));
  }
  const show = (v: unknown) => (v === undefined ? 'absent' : JSON.stringify(v).slice(0, 80));
  return [`${at || '(root)'}: UI ${show(a)} ≠ machine ${show(b)}`];
}

/** Drives one path through the element; returns what differed from the machine, if anything. */
async function drive(path: Path): Promise<string[]> {
  const el = await wizardAt(AT);
  const ui = { shown: 'danger' as StepId };
  el.addEventListener('step-change', (e) => (ui.shown = (e as CustomEvent<{ step: StepId }>).detail.step));
  const steps = path.steps;
  try {
    for (let i = 1; i < steps.length; i++) {
      const before = steps[i - 1]!.state;
      const event = steps[i]!.event;
      if (ui.shown !== stepOf(before)) return [`at event ${i} the element shows "${ui.shown}", the machine is at "${stepOf(before)}"`];
      const answers = before.context.answers;
      if (event.type === 'step.submit') {
        await fill(el, event.values, answers);
        if (stepOf(before) === 'checkAnswers') {
          const completed = oneEvent(el, 'report-complete');
          await press(el, words('check.submit'));
          const detail = ((await completed) as CustomEvent<Report>).detail;
          await el.updateComplete;
          const problems: string[] = [];
          if (headingText(el) !== words('summary.heading')) problems.push(`the heading is "${headingText(el)}"`);
          const run = replay(path);
          const expected = reportSchema.parse(reportOf(run.final.context, changed(run.final.context) ? LATER : AT));
          const differences = diff(JSON.parse(JSON.stringify(detail)), JSON.parse(JSON.stringify(expected)));
          if (differences.length) problems.push(`report-complete differs from the machine's report: ${differences.slice(0, 8).join('; ')}`);
          return problems;
        }
        const numberFirstContact = stepOf(before) === 'contactNow' && ROUTE_RULES.numberFirst({ answers: before.context.answers, history: before.context.history });
        const consentOnly = stepOf(before) === 'raisedBy' && event.values.purpose === 'consent';
        await press(el, words(event.values.numberFirst === 'yes' ? 'numberFirst.button' : numberFirstContact ? 'numberFirst.continue' : consentOnly ? 'raisedBy.consentOnly' : 'nav.continue'));
      } else if (event.type === 'walk.continue') {
        await press(el, words('record.goOn'));
      } else if (event.type === 'nav.back') {
        if (event.values) await fill(el, event.values, answers);
        await press(el, words('nav.back'));
      } else if (event.type === 'nav.change') {
        // The change is made half an hour later, as the machine path times it.
        el.clock = () => new Date(LATER);
        changeButton(el, event.step, before.context.answers).click();
        await el.updateComplete;
      }
    }
    return ['the path never confirmed check answers'];
  } finally {
    fixtureCleanup();
  }
}

describe('The shortest paths, driven through the element by label', () => {
  const clock = { started: 0, driven: 0 };
  before(() => (clock.started = performance.now()));
  after(() => {
    // eslint-disable-next-line no-console -- how many paths the browser run covered, and how long it took
    console.log(`${clock.driven} paths driven through the element in ${((performance.now() - clock.started) / 1000).toFixed(1)} s`);
  });
  // Grouped by the first answers, so a failure names its family of routes.
  const groups = new Map<string, Path[]>();
  for (const path of shortestPaths()) {
    const a = path.state.context.answers;
    const key = `danger ${a.danger}, ${a.role}, about ${a.subject}`;
    groups.set(key, [...(groups.get(key) ?? []), path]);
  }
  for (const [name, all] of groups) {
    // Every shortest path in `npm run test:deep`; an even quarter of each family (at least one) in `npm test`.
    const paths = byDepth(evenSample(all, Math.ceil(all.length / 4)), all);
    it(`${name}: ${paths.length} of its ${all.length} paths reach "Your report summary" with the machine's report`, async function () {
      const failures: string[] = [];
      for (const path of paths) {
        clock.driven++;
        const problems = await drive(path);
        if (problems.length) failures.push(`${describePath(path)}\n    ${problems.join('\n    ')}`);
      }
      fail(failures, paths.length, 'paths differ in the browser');
    });
  }

  it('a sample of the paths with Back and with Change, by the Back and Change buttons', async function () {
    const withBack = (memo.back ??= backShortest()).filter((p) => p.steps.some((s) => s.event.type === 'nav.back'));
    const withChange = (memo.change ??= changeShortest()).filter((p) => p.steps.some((s) => s.event.type === 'nav.change'));
    // An even spread over each set (every n-th path), the same every run.
    const sample = (paths: Path[], n: number) => paths.filter((_, i) => i % Math.ceil(paths.length / n) === 0);
    const chosen = [...sample(withBack, byDepth(20, 40)), ...sample(withChange, byDepth(20, 40))];
    const failures: string[] = [];
    for (const path of chosen) {
      clock.driven++;
      const problems = await drive(path);
      if (problems.length) failures.push(`${describePath(path)}\n    ${problems.join('\n    ')}`);
    }
    expect(chosen.length).to.be.at.least(byDepth(30, 60));
    fail(failures, chosen.length, 'paths with Back or Change differ in the browser');
  });
});
