import { TXLiteAVError, TXLiteAVWarning } from 'trtc-electron-sdk/liteav/trtc_code';
import { TRTCRoleType, type TRTCAppScene, type TRTCParams } from 'trtc-electron-sdk/liteav/trtc_define';

import type { TRTCEventMap } from '../../engine/contract';
import type { Clock } from '../../time/clock';
import { describeRoom } from '../common/room-key';
import type { SandboxClientPort } from '../common/sandbox-client-port';
import { ALREADY_IN_ROOM, NOT_IN_ROOM } from '../common/sandbox-codes';
import { isFailure, SandboxFailure } from '../common/sandbox-failure';
import { NETWORK_REPORT_INTERVAL_MS, REQUEST_TIMEOUT_MS } from '../common/sandbox-timing';
import { ExitReason } from '../common/sdk-reasons';
import { TimerSet } from '../common/timer-set';
import { validateTrtcParams, type EntryRequest } from '../common/trtc-params-validation';
import type { RoomMember } from '../server/room-member';
import { DEPARTURES, type SandboxServer } from '../server/sandbox-server';
import { answerConnect, answerDisconnect, type CrossRoomContext } from './cross-room-requests';
import { OrderedScheduler } from './ordered-scheduler';
import type { PostCallback } from './report-failure';

/** What the session needs of the rest of its client: the cloud, the app's callbacks, and the steps entering, switching role and leaving take elsewhere. */
export interface ClientSessionContext {
  readonly clock: Clock;
  readonly server: SandboxServer;
  /** The server's handle on this client, given when it is admitted. */
  port(): SandboxClientPort;
  post: PostCallback;
  /** Queues a callback to be delivered `delayMs` from now, in order with the rest. */
  postAfter<K extends keyof TRTCEventMap>(delayMs: number, name: K, ...args: TRTCEventMap[K]): void;
  /** enterRoom named the user: its picture and voice carry the name. */
  named(userId: string): void;
  /** A share already running takes the room's sub-stream seat (entering, or becoming an anchor); true when it did. */
  claimSeatIfSharing(): boolean;
  /** The session's reports start (volumes, statistics). */
  sessionStarted(): void;
  /** onNetworkQuality and statistics, every NETWORK_REPORT_INTERVAL_MS of the session. */
  reportNetwork(): void;
  /** The local picture stops being published (entering, or becoming audience). */
  publishingStopped(): void;
  /** The camera or microphone is on. */
  capturing(): boolean;
  /** Stops camera, microphone and screen share (leaving a room releases the devices). */
  stopCapture(): void;
  /** The session ended on this side: the outage, the remote views and the session's audio settings end with it. */
  sessionEnded(): void;
}

/**
 * The room calls of SandboxTRTCCloud: entering, leaving, switching role and cross-room PK, each a request to
 * the service answered in call order after its latency, and the session they open (the membership, the role
 * on its way, the session's timers). The facade checks that the client is not destroyed before calling in.
 */
export class ClientSession {
  private joined: RoomMember | undefined;
  /** The role of the latest switchRole still on its way: capture started meanwhile is not warned about. */
  private pendingRole: TRTCRoleType | undefined;
  private entryPending = false;
  /** Requests to the service, answered in call order. */
  private readonly requests: OrderedScheduler;
  /** Timers of the current session: request timeouts, network reports. */
  private readonly timers: TimerSet;

  constructor(private readonly ctx: ClientSessionContext) {
    this.requests = new OrderedScheduler(ctx.clock);
    this.timers = new TimerSet(ctx.clock);
  }

  /** The client's place in its room; undefined outside one (and while entering). */
  get member(): RoomMember | undefined {
    return this.joined;
  }

  /** In a room or on the way in. */
  get active(): boolean {
    return !!this.joined || this.entryPending;
  }

  /**
   * enterRoom: onEnterRoom(elapsed ms) on success; onError + onEnterRoom(negative code) on failure.
   * Params are checked at run time as the SDK checks them, so a partial or missing TRTCParams is allowed.
   */
  enter(params: Partial<TRTCParams> | null | undefined, scene: TRTCAppScene): void {
    if (this.joined || this.entryPending) {
      const where = this.joined ? describeRoom(this.joined.room.roomId) : 'a room';
      this.ctx.post('onError', ALREADY_IN_ROOM, `enterRoom: already in ${where}; call exitRoom() and wait for onExitRoom first`);
      return;
    }
    const request = validateTrtcParams(params, scene);
    if (isFailure(request)) {
      this.failEntry(request);
      return;
    }
    this.entryPending = true;
    this.ctx.named(request.userId);
    const startedAt = this.ctx.clock.now();
    if (this.ctx.server.takeEnterTimeout()) {
      this.timers.after(REQUEST_TIMEOUT_MS, () => {
        this.entryPending = false;
        this.failEntry(new SandboxFailure(TXLiteAVError.ERR_ROOM_REQUEST_ENTER_ROOM_TIMEOUT, `enterRoom: no answer from the server within ${REQUEST_TIMEOUT_MS} ms`));
      });
      return;
    }
    this.requests.schedule(() => this.completeEntry(request, startedAt), this.ctx.server.latency('enter'));
  }

  /**
   * exitRoom: capture stops, others get onRemoteUserLeaveRoom(userId, 0), then onExitRoom(0).
   * Outside a room (and not entering) it does nothing, as the SDK.
   */
  exit(): void {
    if (this.entryPending) {
      this.end();
      this.ctx.postAfter(this.ctx.server.latency('exit'), 'onExitRoom', ExitReason.Exited);
      return;
    }
    const member = this.joined;
    if (!member) return;
    this.ctx.stopCapture();
    this.end();
    this.ctx.server.leave(member, DEPARTURES.exited);
    this.ctx.postAfter(this.ctx.server.latency('exit'), 'onExitRoom', ExitReason.Exited);
  }

  /** switchRole: answered with onSwitchRole. */
  switchRole(role: TRTCRoleType): void {
    this.pendingRole = role;
    this.requests.schedule(() => this.completeSwitchRole(role), this.ctx.server.latency('switchRole'));
  }

  /** connectOtherRoom: answered with onConnectOtherRoom. */
  connectOtherRoom(params: string): void {
    this.requests.schedule(() => answerConnect(this.crossRoomContext(), params), this.ctx.server.latency('connect'));
  }

  /** disconnectOtherRoom: answered with onDisconnectOtherRoom. */
  disconnectOtherRoom(): void {
    this.requests.schedule(() => answerDisconnect(this.crossRoomContext()), this.ctx.server.latency('disconnect'));
  }

  /** Queues another request to the service (publishing), answered after `delayMs` in call order with the room's. */
  request(run: () => void, delayMs: number): void {
    this.requests.schedule(run, delayMs);
  }

  /** Tells the server what the client publishes now (nothing to tell outside a room). */
  publicationChanged(): void {
    if (this.joined) this.ctx.server.publicationChanged(this.joined);
  }

  /** Capture started by someone who is (or is becoming) audience in a live room: onWarning, as it will not be published. */
  warnIfAudienceCapturing(): void {
    const member = this.joined;
    const role = this.pendingRole ?? member?.role;
    if (member?.room.isLive && role === TRTCRoleType.TRTCRoleAudience && this.ctx.capturing()) {
      this.ctx.post('onWarning', TXLiteAVWarning.WARNING_IGNORE_UPSTREAM_FOR_AUDIENCE, 'audience members do not publish: switchRole(TRTCRoleAnchor) to go on mic');
    }
  }

  /** The server ended the session (removed, replaced or dismissed): onExitRoom(reason). */
  endedByServer(reason: ExitReason): void {
    this.end();
    this.ctx.stopCapture();
    this.ctx.post('onExitRoom', reason);
  }

  /** The client is destroyed: leaves its room silently (others see it leave with reason 0). */
  close(): void {
    const member = this.joined;
    if (member) this.ctx.stopCapture();
    this.end();
    if (member) this.ctx.server.leave(member, DEPARTURES.exited);
  }

  // Request completions (run in call order, after their latency).

  private completeEntry(request: EntryRequest, startedAt: number): void {
    this.entryPending = false;
    const result = this.ctx.server.admit(this.ctx.port(), request);
    if (isFailure(result)) {
      this.failEntry(result);
      return;
    }
    this.joined = result;
    this.ctx.claimSeatIfSharing();
    this.ctx.sessionStarted();
    this.ctx.publishingStopped();
    this.ctx.post('onEnterRoom', Math.max(1, this.ctx.clock.now() - startedAt));
    this.warnIfAudienceCapturing();
    this.timers.every(NETWORK_REPORT_INTERVAL_MS, () => this.ctx.reportNetwork());
    this.ctx.server.entered(result);
  }

  private completeSwitchRole(role: TRTCRoleType): void {
    if (this.pendingRole === role) this.pendingRole = undefined;
    const member = this.joined;
    if (!member) {
      this.ctx.post('onSwitchRole', NOT_IN_ROOM, 'switchRole: not in a room');
      return;
    }
    const refusal = this.ctx.server.checkRole(member, role);
    if (refusal) {
      this.ctx.post('onSwitchRole', refusal.code, refusal.message);
      return;
    }
    this.ctx.post('onSwitchRole', TXLiteAVError.ERR_NULL, '');
    if (role === TRTCRoleType.TRTCRoleAudience) this.ctx.publishingStopped();
    this.ctx.server.applyRole(member, role);
    if (role === TRTCRoleType.TRTCRoleAnchor && this.ctx.claimSeatIfSharing()) this.publicationChanged();
  }

  private failEntry(failure: SandboxFailure): void {
    this.ctx.post('onError', failure.code, failure.message);
    this.ctx.post('onEnterRoom', failure.code);
  }

  /** Forgets the session on this side: requests, timers, outage and views end; the server is told separately. */
  private end(): void {
    this.joined = undefined;
    this.entryPending = false;
    this.pendingRole = undefined;
    this.requests.clear();
    this.timers.cancelAll();
    this.ctx.sessionEnded();
  }

  private crossRoomContext(): CrossRoomContext {
    return { server: this.ctx.server, member: this.joined, post: this.ctx.post, afterTimeout: (fn) => this.timers.after(REQUEST_TIMEOUT_MS, fn) };
  }
}
