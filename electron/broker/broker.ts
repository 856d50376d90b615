import { Subject, Subscription, filter, firstValueFrom, race, timer, type Observable } from 'rxjs';

import {
  PROTOCOL_VERSION,
  bridgeError,
  encodeFrame,
  isSandboxCommand,
  parseClientMessage,
  type BridgeError,
  type ClientMessage,
  type Command,
  type ServerMessage,
  type StreamKey,
} from '@broadcast-core/bridge';
import {
  EngineActions,
  initialRoomState,
  roomReducer,
  type RoomAction,
  type RoomState,
} from '@broadcast-core/room-state';

import type { EngineHost } from '../engine/engine-host';
import { planCommand } from './command-plan';
import { eventToActions } from './event-to-actions';
import { FrameRouter } from './frame-router';
import { NODE_TIMERS, sandboxInspections, type IntervalTimers } from './sandbox-inspection';
import type { WindowLink } from './window-link';

/** An action as numbered by the broker. */
export interface SequencedAction {
  seq: number;
  action: RoomAction;
}

/** Broker tuning; defaults suit production. */
export interface BrokerOptions {
  /** The broker's clock for action timestamps. */
  now?: () => number;
  /** Unacknowledged frames allowed per (window, stream). */
  maxFramesInFlight?: number;
  /** Voice level report interval set at start, so meters move from the first second. */
  volumeIntervalMs?: number;
  /** Where the broker's polls (the sandbox inspection) are scheduled; Node's timers by default, a virtual clock in specs. */
  timers?: IntervalTimers;
}

/**
 * The one authority on room state. Folds engine events into actions through
 * the shared reducer, numbers them, and sends every window the same actions in
 * the same order after a snapshot. Windows only send commands; results go back
 * to the sender alone.
 */
export class Broker {
  private state: RoomState = initialRoomState();
  private seq = 0;
  private nextWindow = 1;
  private readonly windows = new Map<string, WindowLink>();
  private readonly frameNumbers = new Map<StreamKey, number>();
  private readonly router: FrameRouter;
  private readonly now: () => number;
  private readonly subscriptions = new Subscription();
  private readonly actionsSubject = new Subject<SequencedAction>();
  private readonly sandboxCommandRan = new Subject<void>();

  /** Every numbered action, as applied; completes on dispose. */
  readonly actions$: Observable<SequencedAction> = this.actionsSubject.asObservable();

  constructor(
    private readonly host: EngineHost,
    options: BrokerOptions = {},
  ) {
    this.now = options.now ?? Date.now;
    this.router = new FrameRouter(options.maxFramesInFlight ?? 2, (stream, wanted) => host.setDemand(stream, wanted));
    this.dispatch(EngineActions.engineReady({ kind: host.kind, sdkVersion: host.engine.getSDKVersion() }));
    this.dispatch(EngineActions.devicesListed(host.listDevices()));
    this.subscriptions.add(
      host.events$.subscribe((event) => {
        const ctx = { state: this.state, at: this.now(), listDevices: () => host.listDevices() };
        for (const action of eventToActions(event, ctx)) this.dispatch(action);
      }),
    );
    this.subscriptions.add(
      host.frames$.subscribe((frame) => {
        const frameNo = (this.frameNumbers.get(frame.stream) ?? 0) + 1;
        this.frameNumbers.set(frame.stream, frameNo);
        this.router.publish(frame.stream, () => encodeFrame({ ...frame, frameNo }, frame.data));
      }),
    );
    // Windows see the sandbox's rooms only through actions: the broker looks, and tells them what changed.
    if (host.sandbox) {
      const inspections = sandboxInspections(host.sandbox, {
        now: this.now,
        timers: options.timers ?? NODE_TIMERS,
        refresh$: this.sandboxCommandRan,
      });
      this.subscriptions.add(inspections.subscribe((action) => this.dispatch(action)));
    }
    const intervalMs = options.volumeIntervalMs ?? 300;
    if (intervalMs > 0) this.execute({ type: 'enableAudioVolumeEvaluation', intervalMs });
  }

  /** The authoritative state and the seq it is at. */
  snapshot(): { seq: number; state: RoomState } {
    return { seq: this.seq, state: this.state };
  }

  /** Attaches a window: it gets a hello and a snapshot, then every action. Returns its id. */
  connect(link: WindowLink): string {
    const windowId = `w${this.nextWindow++}`;
    this.windows.set(windowId, link);
    this.sendTo(link, { t: 'hello', protocol: PROTOCOL_VERSION, windowId, engine: this.host.kind });
    this.sendTo(link, { t: 'snapshot', ...this.snapshot() });
    return windowId;
  }

  /** Detaches a window and drops its frame subscriptions. */
  disconnect(windowId: string): void {
    this.windows.delete(windowId);
    this.router.removeWindow(windowId);
  }

  /** Handles anything a window sent; malformed input gets a typed error and changes nothing. */
  receive(windowId: string, raw: unknown): void {
    const link = this.windows.get(windowId);
    if (!link) return;
    const parsed = parseClientMessage(raw);
    if (!parsed.ok) {
      this.sendTo(link, { t: 'result', id: parsed.id, ok: false, error: parsed.error });
      return;
    }
    this.handle(windowId, link, parsed.message);
  }

  /** Carries out a validated command as if a window sent it (used for the broker's own setup and by tests). */
  execute(command: Command): BridgeError | null {
    const plan = planCommand(command, { state: this.state, at: this.now(), host: this.host });
    if ('code' in plan) return plan;
    if (plan.pending) for (const action of plan.accepted) this.dispatch(action);
    try {
      plan.run(this.host);
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      if (plan.pending) for (const action of plan.failed?.({ code: -1, message }, this.now()) ?? []) this.dispatch(action);
      return bridgeError('engine-failed', `the engine refused ${command.type}: ${message}`);
    } finally {
      // An admin command changes the sandbox's rooms at once: show it before the sender hears the result.
      if (isSandboxCommand(command)) this.sandboxCommandRan.next();
    }
    // A setting is a fact only once the engine took it.
    if (!plan.pending) for (const action of plan.accepted) this.dispatch(action);
    return null;
  }

  /** Leaves the room cleanly (waiting up to `timeoutMs` for onExitRoom), then stops. */
  async shutdown(timeoutMs = 3000): Promise<void> {
    const { status } = this.state.session;
    if (status === 'entering' || status === 'in-room' || status === 'exiting') {
      const exited = this.actions$.pipe(filter(({ action }) => action.type === EngineActions.roomExited.type));
      const done = firstValueFrom(race(exited, timer(timeoutMs)), { defaultValue: undefined });
      if (status !== 'exiting') this.execute({ type: 'exitRoom' });
      await done;
    }
    this.dispose();
  }

  /** Stops listening to the engine and completes actions$. */
  dispose(): void {
    this.subscriptions.unsubscribe();
    this.actionsSubject.complete();
    this.windows.clear();
  }

  private handle(windowId: string, link: WindowLink, message: ClientMessage): void {
    switch (message.t) {
      case 'command': {
        const error = this.execute(message.command);
        this.sendTo(link, error ? { t: 'result', id: message.id, ok: false, error } : { t: 'result', id: message.id, ok: true });
        return;
      }
      case 'resync':
        this.sendTo(link, { t: 'snapshot', ...this.snapshot() });
        return;
      case 'subscribe':
        this.router.subscribe(windowId, message.stream, (bytes) => link.sendFrame(bytes));
        return;
      case 'unsubscribe':
        this.router.unsubscribe(windowId, message.stream);
        return;
      case 'frame-ack':
        this.router.ack(windowId, message.stream);
        return;
    }
  }

  /** Applies an action; one that changes nothing is neither numbered nor sent. */
  private dispatch(action: RoomAction): void {
    const next = roomReducer(this.state, action);
    if (next === this.state) return;
    this.state = next;
    this.seq++;
    const text = JSON.stringify({ t: 'action', seq: this.seq, action } satisfies ServerMessage);
    for (const link of this.windows.values()) link.send(text);
    this.actionsSubject.next({ seq: this.seq, action });
  }

  private sendTo(link: WindowLink, message: ServerMessage): void {
    link.send(JSON.stringify(message));
  }
}
