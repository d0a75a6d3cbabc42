/**
 * "What happened", statement by statement: how many statement boxes are shown, adding one (and
 * focusing it), and removing one without losing what is typed in the others.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Answers } from '../../machines/fields.js';

export interface StatementsOptions {
  /** What is on the form now. */
  values: () => Answers;
  /** Keeps the given answers without going on. */
  keep: (values: Answers) => void;
  /** Where focus goes when a statement is removed. */
  focusHeading: () => void;
}

export class StatementsController implements ReactiveController {
  /** How many statement boxes the step shows. */
  count = 1;
  /** Changes when a statement is removed, so the boxes are drawn again from the kept answers. */
  generation = 0;

  constructor(
    private readonly host: ReactiveControllerHost & { renderRoot: HTMLElement | DocumentFragment },
    private readonly options: StatementsOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** On arriving at the step: one box per statement kept, and at least one. */
  arrive(answers: Answers): void {
    this.count = Math.max(1, answers.statements?.length ?? 0);
  }

  add = (): void => {
    this.count += 1;
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => this.host.renderRoot.querySelector<HTMLElement>(`#f-statements\\.${this.count - 1}\\.text`)?.focus());
  };

  remove = (index: number): void => {
    const values = this.options.values();
    this.options.keep({ ...values, statements: (values.statements ?? []).filter((_, i) => i !== index) });
    this.count = Math.max(1, this.count - 1);
    this.generation += 1;
    this.options.focusHeading();
    this.host.requestUpdate();
  };
}
