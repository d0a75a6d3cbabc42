/**
 * The opt-in draft (`save-draft`): the answers kept in this tab's sessionStorage after every
 * step, read back when the element starts, and cleared on the summary, on "start again" and on
 * quick exit. Without the attribute nothing is read or written.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { snapshotAt, stepOf, type WizardEnv, type WizardSnapshot } from '../../machines/wizard.machine.js';
import { clearDraft, draftKey, readDraft, writeDraft } from './draft-store.js';

export interface DraftHost extends ReactiveControllerHost, HTMLElement {
  saveDraft: boolean;
}

export class DraftController implements ReactiveController {
  /** True from a restore until the person moves on: the wizard says the answers were restored. */
  restored = false;

  constructor(private readonly host: DraftHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  private get key(): string {
    return draftKey(this.host.id);
  }

  /** The snapshot to resume from, if a draft is kept for this wizard. */
  restore(env: WizardEnv): WizardSnapshot | undefined {
    if (!this.host.saveDraft) return undefined;
    const draft = readDraft(this.key);
    if (!draft || draft.history.length === 0) return undefined;
    this.restored = true;
    return snapshotAt(draft.step, { ...env, answers: draft.answers, history: draft.history, visited: draft.visited, times: draft.times, errors: [] });
  }

  /** Keeps the run after each snapshot; clears it when the run ends or starts again. */
  keep(snapshot: WizardSnapshot, previous: WizardSnapshot | undefined): void {
    const step = stepOf(snapshot);
    if (previous && step !== stepOf(previous)) this.restored = false;
    if (!this.host.saveDraft) return;
    const { context } = snapshot;
    if (step === 'summary' || step === 'exited' || context.history.length === 0) clearDraft(this.key);
    else writeDraft(this.key, step, context);
  }

  /** Quick exit: nothing kept. */
  clear(): void {
    clearDraft(this.key);
  }
}
