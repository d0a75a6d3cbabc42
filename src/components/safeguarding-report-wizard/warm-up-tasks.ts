/**
 * What the wizard prepares while the first question is read (issue 5's step-change target): each
 * task is one-off work the first answers would otherwise wait for. None moves the wizard, touches
 * what the person chose, or writes anything.
 */
import { render, type TemplateResult } from 'lit';
import { transition } from 'xstate';
import type { Answers, StepId } from '../../../machines/fields.js';
import { walesTime } from '../../../machines/wales-time.js';
import { wizardMachine, type WizardSnapshot } from '../../../machines/wizard.machine.js';
import { authorityGroups } from '../../directory/authority-options.js';
import type { Lang } from '../../i18n/translate.js';
import { STEP_VIEWS } from '../../views/steps.js';
import { later } from '../../load-later.js';

export interface WarmUpSource {
  snapshot: () => WizardSnapshot;
  lang: () => Lang;
  values: () => Answers;
  clock: () => Date;
  /** A step's content, as the wizard would draw it. */
  draw: (step: StepId) => TemplateResult | unknown;
  /** Fetches src/later.ts (the finder, the summary, the report's schema), so it is here before it is needed. */
  later: () => Promise<void>;
}

export function warmUpTasks(w: WarmUpSource): (() => unknown)[] {
  return [
    // The report's schema (and zod), checked at the summary: fetched and built now, off the first question's path.
    () => w.later().then(() => later.ready?.reportSchema.safeParse({})),
    () => walesTime(w.clock()),
    () => authorityGroups(w.snapshot().context.directory, w.lang()),
    // A Continue worked out on the side (xstate's `transition` is pure: the wizard does not move).
    () => transition(wizardMachine, w.snapshot(), { type: 'step.submit', values: w.values(), at: w.clock().toISOString() }),
    // Each question drawn once, off the page, so the first Continue to it waits for neither Lit nor the browser's compiler.
    ...(Object.keys(STEP_VIEWS) as StepId[]).map((step) => () => render(w.draw(step), document.createDocumentFragment())),
  ];
}
