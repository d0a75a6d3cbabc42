/**
 * Joins an XState actor to a Lit element: the actor starts when the element connects, stops when
 * it disconnects, and every new snapshot asks the element to render. The element reads
 * `snapshot` and calls `send`; it never decides anything itself.
 * (Shape of the `UseMachine` controller proposed in statelyai/xstate PR #5340.)
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { createActor, type Actor, type AnyStateMachine, type EmittedFrom, type EventFrom, type InputFrom, type SnapshotFrom } from 'xstate';

type Emitted<TMachine extends AnyStateMachine> = EmittedFrom<TMachine>;

export interface MachineControllerOptions<TMachine extends AnyStateMachine> {
  input?: () => InputFrom<TMachine>;
  /** A snapshot to resume from (a restored draft), read when the actor starts. */
  snapshot?: () => SnapshotFrom<TMachine> | undefined;
  /** Called after each new snapshot, before the host renders. */
  onSnapshot?: (snapshot: SnapshotFrom<TMachine>, previous: SnapshotFrom<TMachine> | undefined) => void;
  /** Called with each event the machine emits for its host. */
  onEmitted?: (event: Emitted<TMachine>) => void;
  /** For development tools such as the XState inspector (`@statelyai/inspect`). */
  inspect?: (event: unknown) => void;
}

export class MachineController<TMachine extends AnyStateMachine> implements ReactiveController {
  private actorRef?: Actor<TMachine>;
  private subscriptions: { unsubscribe(): void }[] = [];
  private current?: SnapshotFrom<TMachine>;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly machine: TMachine,
    private readonly options: MachineControllerOptions<TMachine> = {},
  ) {
    host.addController(this);
  }

  get snapshot(): SnapshotFrom<TMachine> {
    return (this.current ?? this.start().getSnapshot()) as SnapshotFrom<TMachine>;
  }

  send = (event: EventFrom<TMachine>): void => {
    this.start().send(event);
  };

  hostConnected(): void {
    this.start();
  }

  hostDisconnected(): void {
    // A removed element starts clean when added again (nothing typed outlives the element).
    for (const s of this.subscriptions) s.unsubscribe();
    this.subscriptions = [];
    this.actorRef?.stop();
    this.actorRef = undefined;
    this.current = undefined;
  }

  private start(): Actor<TMachine> {
    if (this.actorRef) return this.actorRef;
    const snapshot = this.options.snapshot?.();
    const actor = createActor(this.machine, {
      input: this.options.input?.(),
      ...(snapshot ? { snapshot } : {}),
      ...(this.options.inspect ? { inspect: this.options.inspect } : {}),
    } as never) as Actor<TMachine>;
    this.actorRef = actor;
    this.subscriptions.push(
      actor.subscribe((next) => {
        const previous = this.current;
        if (previous === next) return;
        this.current = next as SnapshotFrom<TMachine>;
        this.options.onSnapshot?.(next as SnapshotFrom<TMachine>, previous);
        this.host.requestUpdate();
      }),
    );
    if (this.options.onEmitted) this.subscriptions.push(actor.on('*', this.options.onEmitted as never));
    actor.start();
    this.current = actor.getSnapshot() as SnapshotFrom<TMachine>;
    return actor;
  }
}
