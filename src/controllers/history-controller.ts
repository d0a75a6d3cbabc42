/**
 * The browser's own navigation around the wizard:
 * - `use-history`: each step is an entry in the tab's history, so Back and Forward move between
 *   steps (Forward is Continue with what is on the form);
 * - the leave prompt: "Leave? What you typed will be lost", while something is typed and the
 *   summary has not been reached.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Answers } from '../../machines/fields.js';
import { stepOf, type WizardEvent, type WizardSnapshot } from '../../machines/wizard.machine.js';
import { draftKey } from './draft-store.js';

export interface HistoryHost extends ReactiveControllerHost, HTMLElement {
  useHistory: boolean;
}

export interface HistoryOptions {
  snapshot: () => WizardSnapshot;
  send: (event: WizardEvent) => void;
  /** What is on the current step's form. */
  values: () => Answers;
  clock: () => Date;
}

export class HistoryController implements ReactiveController {
  private index = 0;
  private fromPopState = false;

  constructor(
    private readonly host: HistoryHost,
    private readonly options: HistoryOptions,
  ) {
    host.addController(this);
  }

  private get key(): string {
    return draftKey(this.host.id);
  }

  hostConnected(): void {
    window.addEventListener('popstate', this.onPopState);
    window.addEventListener('beforeunload', this.onBeforeUnload);
    if (this.host.useHistory) history.replaceState({ srw: this.key, index: this.index }, '');
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.onPopState);
    window.removeEventListener('beforeunload', this.onBeforeUnload);
  }

  /** After each new step: a history entry, unless the step came from the browser's own Back or Forward. */
  stepped(snapshot: WizardSnapshot): void {
    if (!this.host.useHistory || stepOf(snapshot) === 'exited') return;
    if (this.fromPopState) {
      this.fromPopState = false;
      return;
    }
    this.index += 1;
    history.pushState({ srw: this.key, index: this.index }, '');
  }

  private readonly onPopState = (event: PopStateEvent) => {
    const state = event.state as { srw?: string; index?: number } | null;
    if (!this.host.useHistory || state?.srw !== this.key || typeof state.index !== 'number') return;
    if (stepOf(this.options.snapshot()) === 'exited' || state.index === this.index) return;
    const back = state.index < this.index;
    this.index = state.index;
    this.fromPopState = true;
    const values = this.options.values();
    this.options.send(back ? { type: 'nav.back', values } : { type: 'step.submit', values, at: this.options.clock().toISOString() });
  };

  private readonly onBeforeUnload = (event: BeforeUnloadEvent) => {
    const snapshot = this.options.snapshot();
    const step = stepOf(snapshot);
    if (step === 'summary' || step === 'exited') return;
    if (snapshot.context.history.length === 0 && Object.keys(snapshot.context.answers).length === 0) return;
    event.preventDefault();
    event.returnValue = '';
  };
}
