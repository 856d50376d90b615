import { Subject, Subscription, filter, firstValueFrom, race, timer, type Observable } from 'rxjs';

import {
  PROTOCOL_VERSION,
  parseClientMessage,
  refusal,
  type AccessScope,
  type BridgeError,
  type ClientMessage,
  type Command,
  type ServerMessage,
} from '@broadcast-core/bridge';
import {
  EngineActions,
  initialRoomState,
  interruptedShare,
  roomReducer,
  type CodedError,
  type EngineKind,
  type RoomAction,
  type RoomState,
} from '@broadcast-core/room-state';

import type { EngineToBroker } from '../engine/contract';
import { RealClock, type Clock } from '../time/clock';
import { planCommand, type CommandPlan } from './command-plan';
import type { EngineLink, EngineNotice } from './engine-link';
import { reportToActions } from './engine-reports';
import { restorePlans, type ChosenDevices } from './engine-restore';
import { eventToActions } from './event-to-actions';
import { musicFollowsPlaylist } from './music-follows-playlist';
import { publishingFollowsRoom } from './publishing-follows-room';
import { callFailureText, callRefusal } from './call-failure';
import { CALL_TIMEOUT_MS, PendingCalls, type CallResult } from './pending-calls';
import type { ViewerRouting } from './viewer-routing';
import { ConnectedWindow } from './connected-window';
import { WINDOW_RATE_LIMITS, rateLimitedKind } from './rate-limit';
import { BudgetedLink, type OwedAcks } from './window-budget';
import type { WindowLink } from './window-link';

/** An action as numbered by the broker. */
export interface SequencedAction {
  seq: number;
  action: RoomAction;
}

/** Broker tuning; defaults suit production. */
export interface BrokerOptions {
  /** Which engine the link runs (said in every window's hello, before the engine itself reports). */
  engine: EngineKind;
  /** The broker's clock for action timestamps. */
  now?: () => number;
  /** Where call timeouts are scheduled; real time by default, a virtual clock in specs. */
  clock?: Clock;
  /** How long a call may go unanswered before its pending state is compensated. */
  callTimeoutMs?: number;
  /** Where windows' frame traffic goes (to the engine side); nowhere when left out. */
  viewers?: ViewerRouting;
  /**
   * How changes reach windows: numbered actions (the product), or the whole state as a snapshot on every
   * change, as naive store-sync libraries do: only the benchmarks' baseline uses that.
   */
  fanOut?: 'actions' | 'whole-state';
  /** The most bytes that may wait for one window before it is skipped until it drains (WINDOW_BUDGET_BYTES). */
  windowBudgetBytes?: number;
}

/** What a window's token allows, as its transport checked it. */
export interface WindowAccess {
  scope: AccessScope;
  /** For a control window of the browser host: the token it opens watch-only windows with. */
  viewToken?: string;
}

/** Who is waiting for a command's result. */
interface Sender {
  windowId: string;
  id: string;
}

const NO_VIEWERS: ViewerRouting = { open: () => {}, message: () => {}, close: () => {} };

/** The TRTC-style code a pending state is compensated with when the failure has no SDK code of its own. */
const ENGINE_FAILURE_CODE = -1;

/**
 * The one authority on room state. Folds engine events into actions through the shared reducer, numbers
 * them, and sends every window the same actions in the same order after a snapshot. Windows only send
 * commands; the broker plans them, applies pending states at once, sends the engine calls as data over
 * the engine contract, and answers the sender alone when the engine has answered. It survives the engine:
 * a lost engine is a room fact every window sees, and the fresh one is told what the old one knew.
 */
export class Broker {
  private state: RoomState = initialRoomState();
  private seq = 0;
  private nextWindow = 1;
  private nextGroup = 1;
  private generation = 0;
  private readonly windows = new Map<string, ConnectedWindow>();
  private readonly clock: Clock;
  private readonly pending: PendingCalls;
  private readonly now: () => number;
  private readonly viewers: ViewerRouting;
  private readonly subscriptions = new Subscription();
  private readonly actionsSubject = new Subject<SequencedAction>();
  /** The devices the operator chose; a fresh engine gets them back (room state shows the engine's current ones). */
  private readonly chosenDevices: ChosenDevices = { camera: null, mic: null, speaker: null };

  /** Every numbered action, as applied; completes on dispose. */
  readonly actions$: Observable<SequencedAction> = this.actionsSubject.asObservable();

  constructor(
    private readonly engine: EngineLink,
    private readonly options: BrokerOptions,
  ) {
    const clock = (this.clock = options.clock ?? new RealClock());
    this.now = options.now ?? (() => clock.now());
    this.pending = new PendingCalls(clock, options.callTimeoutMs ?? CALL_TIMEOUT_MS);
    this.viewers = options.viewers ?? NO_VIEWERS;
    this.subscriptions.add(engine.notices$.subscribe((notice) => this.onNotice(notice)));
  }

  /** The authoritative state and the seq it is at. */
  snapshot(): { seq: number; state: RoomState } {
    return { seq: this.seq, state: this.state };
  }

  /** Calls sent to the engine and not answered yet. */
  get callsInFlight(): number {
    return this.pending.size;
  }

  /**
   * Attaches a window: it gets a hello and a snapshot, then every action. Returns its id. A window whose
   * link says how much waits for it is kept under a byte budget: past it, it is skipped until it drains,
   * then it gets a fresh snapshot and the newest frames. A view-scoped window watches: its commands are
   * refused as forbidden.
   */
  connect(link: WindowLink, access: WindowAccess = { scope: 'control' }): string {
    const windowId = `w${this.nextWindow++}`;
    const budgeted = new BudgetedLink(link, this.clock, (owed) => this.caughtUp(windowId, owed), this.options.windowBudgetBytes);
    this.windows.set(windowId, new ConnectedWindow(budgeted, access.scope, this.clock, (l) => this.snapshotTo(l)));
    const engine = this.state.engineInfo.kind ?? this.options.engine;
    const viewToken = access.scope === 'control' && access.viewToken ? { viewToken: access.viewToken } : {};
    this.answerTo(budgeted, { t: 'hello', protocol: PROTOCOL_VERSION, windowId, engine, scope: access.scope, ...viewToken });
    this.snapshotTo(budgeted);
    this.viewers.open(windowId, budgeted.asWindowLink());
    return windowId;
  }

  /** Detaches a window; its frame subscriptions end, and results still due to it are dropped. */
  disconnect(windowId: string): void {
    const window = this.windows.get(windowId);
    if (!window) return;
    this.windows.delete(windowId);
    window.dispose();
    this.viewers.close(windowId);
  }

  /** Handles anything a window sent; malformed input gets a typed error and changes nothing. */
  receive(windowId: string, raw: unknown): void {
    const window = this.windows.get(windowId);
    if (!window) return;
    const { link } = window;
    const parsed = parseClientMessage(raw);
    const message = parsed.ok ? parsed.message : null;
    const kind = rateLimitedKind(message);
    if (kind && !window.allow(kind)) {
      const { burst, perSecond } = WINDOW_RATE_LIMITS[kind];
      const id = parsed.ok ? (parsed.message.t === 'command' ? parsed.message.id : null) : parsed.id;
      this.answerTo(link, { t: 'result', id, ok: false, error: refusal('rate-limited', 'rateLimited', { kind, perSecond, burst }) });
      // A replica that asked for a snapshot skips every action until it gets one: it is owed one, later.
      if (kind === 'resyncs') window.oweSnapshot();
      return;
    }
    if (!parsed.ok) {
      this.answerTo(link, { t: 'result', id: parsed.id, ok: false, error: parsed.error });
      return;
    }
    if (parsed.message.t === 'command' && window.scope !== 'control') {
      this.answerTo(link, { t: 'result', id: parsed.message.id, ok: false, error: refusal('forbidden', 'viewOnly') });
      return;
    }
    this.handle(windowId, link, parsed.message);
  }

  /**
   * Carries out a validated command as if a window sent it. Resolves with null once the engine took it,
   * or with the refusal; state changes arrive as actions.
   */
  execute(command: Command): Promise<BridgeError | null> {
    return new Promise((resolve) => this.run(command, resolve));
  }

  /** Leaves the room cleanly (waiting up to `timeoutMs` for onExitRoom), then stops listening. */
  async shutdown(timeoutMs = 3000): Promise<void> {
    const { status } = this.state.session;
    if (status === 'entering' || status === 'in-room' || status === 'exiting') {
      const exited = this.actions$.pipe(filter(({ action }) => action.type === EngineActions.roomExited.type));
      const done = firstValueFrom(race(exited, timer(timeoutMs)), { defaultValue: undefined });
      if (status !== 'exiting') void this.execute({ type: 'exitRoom' });
      await done;
    }
    this.dispose();
  }

  /** Stops listening to the engine and completes actions$. */
  dispose(): void {
    this.subscriptions.unsubscribe();
    this.actionsSubject.complete();
    for (const windowId of [...this.windows.keys()]) this.disconnect(windowId);
  }

  private handle(windowId: string, link: BudgetedLink, message: ClientMessage): void {
    switch (message.t) {
      case 'command':
        this.run(message.command, (error) => this.answer({ windowId, id: message.id }, error));
        return;
      case 'resync':
        this.snapshotTo(link);
        return;
      case 'subscribe':
      case 'unsubscribe':
      case 'frame-ack':
        this.viewers.message(windowId, message);
        return;
    }
  }

  /** Plans a command and carries it out; `done` hears the outcome exactly once. */
  private run(command: Command, done: (error: BridgeError | null) => void): void {
    // The engine that reported is the one in charge: a desktop asked for Tencent's may be running the sandbox.
    const engine = this.state.engineInfo.kind ?? this.options.engine;
    const plan = planCommand(command, { state: this.state, at: this.now(), engine });
    if ('code' in plan) {
      done(plan);
      return;
    }
    this.carryOut(plan, (error) => {
      if (!error) this.noteChosenDevice(command);
      done(error);
    });
  }

  /**
   * Applies a plan's pending state at once, sends its calls as one group, and settles when every call is
   * answered: a setting is recorded once the engine took it; a failure compensates the pending state.
   */
  private carryOut(plan: CommandPlan, done: (error: BridgeError | null) => void): void {
    if (plan.pending) for (const action of plan.accepted) this.dispatch(action);
    if (plan.calls.length === 0) {
      this.settle(plan, [], done);
      return;
    }
    const results: (CallResult | undefined)[] = plan.calls.map(() => undefined);
    let remaining = plan.calls.length;
    const group = plan.calls.length > 1 ? this.nextGroup++ : undefined;
    const sent = plan.calls.map((call, i) => {
      const id = this.pending.add(call.method, (result) => {
        results[i] = result;
        if (--remaining === 0) this.settle(plan, results as CallResult[], done);
      });
      return { id, call };
    });
    for (const { id, call } of sent) {
      if (!this.engine.send({ t: 'call', id, method: call.method, args: call.args, ...(group === undefined ? {} : { group }) })) {
        this.pending.answer(id, { kind: 'lost' });
      }
    }
  }

  private settle(plan: CommandPlan, results: CallResult[], done: (error: BridgeError | null) => void): void {
    const failedAt = results.findIndex((r) => r.kind !== 'ok');
    if (failedAt < 0) {
      if (!plan.pending) for (const action of plan.accepted) this.dispatch(action);
      done(null);
      return;
    }
    const result = results[failedAt];
    const call = plan.calls[failedAt];
    // A lost engine settled every pending state itself (Engine Lost); a compensation now would undo its record.
    if (plan.pending && result.kind !== 'lost') {
      const error: CodedError = { code: ENGINE_FAILURE_CODE, message: callFailureText(result) };
      for (const action of plan.failed?.(error, this.now(), failedAt) ?? []) this.dispatch(action);
    }
    done(callRefusal(call.method, result, call.notFound));
  }

  private answer(sender: Sender, error: BridgeError | null): void {
    const link = this.windows.get(sender.windowId)?.link;
    // The window left while its command was in flight: nobody waits for this result.
    if (!link) return;
    this.answerTo(link, error ? { t: 'result', id: sender.id, ok: false, error } : { t: 'result', id: sender.id, ok: true });
  }

  private onNotice(notice: EngineNotice): void {
    switch (notice.kind) {
      case 'started':
        this.generation = notice.generation;
        return;
      case 'lost':
        this.engineLost(notice.reason);
        return;
      case 'message':
        this.onEngineMessage(notice.message);
        return;
    }
  }

  private onEngineMessage(message: EngineToBroker): void {
    const at = this.now();
    switch (message.t) {
      case 'event': {
        const before = this.state;
        for (const action of eventToActions(message.event, { state: this.state, at })) this.dispatch(action);
        this.followRoom(before, at);
        return;
      }
      case 'answer':
        this.pending.answer(message.id, message.ok ? { kind: 'ok', value: message.value } : { kind: 'failed', error: message.error! });
        return;
      case 'ready': {
        for (const action of reportToActions(message, { state: this.state, at, generation: this.generation })) this.dispatch(action);
        for (const plan of restorePlans(this.state, message.devices, this.chosenDevices)) {
          // A setting the fresh engine refused is said in the event log, with the engine's words.
          this.carryOut(plan, (error) => {
            if (error) this.dispatch(EngineActions.settingNotRestored({ method: plan.calls[0].method, message: error.message, at: this.now() }));
          });
        }
        return;
      }
      case 'devices':
      case 'sandbox-rooms':
      case 'screen-sources':
        for (const action of reportToActions(message, { state: this.state, at, generation: this.generation })) this.dispatch(action);
        return;
      case 'pong':
      case 'fault':
        return;
    }
  }

  /**
   * Keeps a running CDN task in step with the room (a PK, who is on camera), on the same taskId and URLs, and
   * the playlist going when a track ends (loop or next); a failure is in state.
   */
  private followRoom(before: RoomState, at: number): void {
    const plan = publishingFollowsRoom(before, this.state, at);
    if (plan) this.carryOut(plan, () => {});
    const music = musicFollowsPlaylist(before, this.state, at);
    if (music) this.carryOut(music, () => {});
  }

  /** The engine is gone: say so in state first (it settles every pending state), then fail what waited on it. */
  private engineLost(reason: string): void {
    const { previewStarted, audioStarted } = this.state.localMedia;
    const share = interruptedShare(this.state.screenShare);
    this.dispatch(EngineActions.engineLost({ reason, at: this.now(), capture: { camera: previewStarted, mic: audioStarted, share } }));
    this.pending.loseAll();
  }

  /** Applies an action; one that changes nothing is neither numbered nor sent. */
  private dispatch(action: RoomAction): void {
    const next = roomReducer(this.state, action);
    if (next === this.state) return;
    this.state = next;
    this.seq++;
    const text =
      this.options.fanOut === 'whole-state'
        ? JSON.stringify({ t: 'snapshot', seq: this.seq, state: this.state } satisfies ServerMessage)
        : JSON.stringify({ t: 'action', seq: this.seq, action } satisfies ServerMessage);
    for (const { link } of this.windows.values()) link.send(text);
    this.actionsSubject.next({ seq: this.seq, action });
  }

  /** Remembers a device the operator chose and the engine took, to give it back to a fresh engine. */
  private noteChosenDevice(command: Command): void {
    if (command.type === 'setCurrentCameraDevice') this.chosenDevices.camera = command.deviceId;
    else if (command.type === 'setCurrentMicDevice') this.chosenDevices.mic = command.deviceId;
    else if (command.type === 'setCurrentSpeakerDevice') this.chosenDevices.speaker = command.deviceId;
  }

  /** A window drained after falling behind: it gets the state as it is now, and the engine its skipped frames' acks. */
  private caughtUp(windowId: string, owed: OwedAcks): void {
    const link = this.windows.get(windowId)?.link;
    if (!link) return;
    this.snapshotTo(link);
    for (const [stream, count] of owed) for (let i = 0; i < count; i++) this.viewers.message(windowId, { t: 'frame-ack', stream });
  }

  /** Sends a window the whole state (skipped while it is behind: it gets one when it drains). */
  private snapshotTo(link: BudgetedLink): void {
    link.send(JSON.stringify({ t: 'snapshot', ...this.snapshot() } satisfies ServerMessage));
  }

  /** Sends a window something it waits for (hello, a result), whatever its backlog. */
  private answerTo(link: BudgetedLink, message: ServerMessage): void {
    link.answer(JSON.stringify(message));
  }
}
