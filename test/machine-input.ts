/** The statechart as the tests run it: the shipped directory and bank holidays, and a fixed clock. */
import { createActor } from 'xstate';
import { STEP_FIELDS, type AnswerField, type Answers, type StepId } from '../machines/fields.js';
import { stepOf, wizardMachine, type WizardInput } from '../machines/wizard.machine.js';
import { shippedDirectory, shippedHolidays } from '../src/directory/shipped.js';

/** Wednesday 18 November 2026, 12:00 in Wales: the daytime services are open. */
export const MACHINE_INPUT: WizardInput = {
  directory: shippedDirectory,
  holidays: shippedHolidays,
  clock: () => new Date('2026-11-18T12:00:00Z'),
};

export const startWizard = () => createActor(wizardMachine, { input: MACHINE_INPUT }).start();

/** Who is reporting (issue 12), for tests about other rules: the least the step requires. */
export const REPORTER: Answers = { reporterName: 'Jo Example', reporterPhone: '01632 960123' };

/**
 * Answers the questions in order. The steps issue 12 added before the council (what the council
 * will ask, who is reporting) are answered with their least when the next answers are not theirs
 * (and not empty),
 * so a test about another rule lists only the answers that rule reads. Tests of those steps give
 * their answers, and are then not filled in.
 */
export function answerInOrder(actor: ReturnType<typeof startWizard>, steps: readonly Answers[], at: string): void {
  const defaults: Partial<Record<StepId, Answers>> = { councilNeeds: {}, reporter: REPORTER };
  for (const values of steps) {
    for (let step = stepOf(actor.getSnapshot()); step in defaults; step = stepOf(actor.getSnapshot())) {
      const own = STEP_FIELDS[step as StepId] ?? [];
      // Empty answers are this step's own (an optional step passed over); so are answers it asks for.
      if (Object.keys(values).length === 0 || Object.keys(values).some((k) => own.includes(k as AnswerField))) break;
      actor.send({ type: 'step.submit', values: defaults[step as StepId]!, at });
    }
    actor.send({ type: 'step.submit', values, at });
  }
}
