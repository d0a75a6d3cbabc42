/** The statechart as the tests run it: the shipped directory and bank holidays, and a fixed clock. */
import { createActor } from 'xstate';
import { wizardMachine, type WizardInput } from '../machines/wizard.machine.js';
import { shippedDirectory, shippedHolidays } from '../src/directory/shipped.js';

/** Wednesday 18 November 2026, 12:00 in Wales: the daytime services are open. */
export const MACHINE_INPUT: WizardInput = {
  directory: shippedDirectory,
  holidays: shippedHolidays,
  clock: () => new Date('2026-11-18T12:00:00Z'),
};

export const startWizard = () => createActor(wizardMachine, { input: MACHINE_INPUT }).start();
