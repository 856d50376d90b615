import { TXLiteAVError } from 'trtc-electron-sdk/liteav/trtc_code';
import { TRTCImageBuffer, TRTCScreenCaptureSourceInfo, TRTCVideoStreamType, type Rect, type TRTCScreenCaptureProperty } from 'trtc-electron-sdk/liteav/trtc_define';

import type { Clock } from '../../../time/clock';
import type { SandboxFailure } from '../../common/sandbox-failure';
import type { FrameSink } from '../../common/video-stream-ticker';
import type { RoomMember } from '../../server/room-member';
import type { SandboxServer } from '../../server/sandbox-server';
import type { LocalVideoOutput } from '../local-video-output';
import { reportFailure, type PostCallback } from '../report-failure';
import { ScreenCapture } from './screen-capture';
import { subStreamSinks } from './sub-stream-sinks';
import { sourceThumbnail } from './thumbnail';
import { VIRTUAL_SOURCES } from './virtual-sources';

const SUB = TRTCVideoStreamType.TRTCVideoStreamTypeSub;

/** What screen sharing needs of its client: the room seat's holder, where frames go, and the app's callbacks. */
export interface ScreenSharingContext {
  readonly clock: Clock;
  readonly server: SandboxServer;
  readonly localVideo: LocalVideoOutput;
  /** The client's place in its room; undefined outside one. */
  member(): RoomMember | undefined;
  /** True while the client's network is cut: its frames leave for nowhere. */
  connectionDown(): boolean;
  post: PostCallback;
  /** Tells the server what the client publishes now. */
  publicationChanged(): void;
}

/**
 * The screen-sharing calls of SandboxTRTCCloud (the sub stream): the capture itself, the room's one
 * sub-stream seat it takes and gives back, and the callbacks each step owes the app. The facade checks
 * that the client is not destroyed before calling in.
 */
export class ScreenSharing {
  readonly capture: ScreenCapture;

  constructor(private readonly ctx: ScreenSharingContext) {
    this.capture = new ScreenCapture(ctx.clock, () => this.sinks());
  }

  /**
   * getScreenCaptureSources: the sandbox's virtual desktop, screens first, each with a BGRA thumbnail of what
   * sharing it shows now and a BGRA icon, at the asked sizes (fitted, aspect kept).
   */
  sources(thumbWidth: number, thumbHeight: number, iconWidth: number, iconHeight: number): TRTCScreenCaptureSourceInfo[] {
    const now = this.ctx.clock.now();
    return VIRTUAL_SOURCES.map((source) => {
      const thumb = sourceThumbnail(source, thumbWidth, thumbHeight, now) ?? new TRTCImageBuffer();
      const icon = sourceThumbnail(source, iconWidth, iconHeight, now) ?? new TRTCImageBuffer();
      return new TRTCScreenCaptureSourceInfo(source.type, source.sourceId, source.sourceName, thumb, icon, false, source.width, source.height, source.isMainScreen);
    });
  }

  /** selectScreenCaptureTarget: the source, the part of it (zeros for all of it) and the properties; a share in progress switches to it. */
  select(source: TRTCScreenCaptureSourceInfo | number, captureRect: Rect | string, property: TRTCScreenCaptureProperty | string): void {
    reportFailure(this.ctx.post, this.capture.select(source, captureRect, property));
  }

  /**
   * startScreenCapture: onScreenCaptureStarted, and in a room others get onUserSubStreamAvailable(userId, 1).
   * Only one user per room may share: a second one gets onError(ERR_SERVER_CENTER_ANOTHER_USER_PUSH_SUB_VIDEO)
   * and its capture does not start. The sandbox shares on the sub stream only; a Big stream type is refused
   * with ERR_SCREEN_CAPTURE_START_FAIL. A share already running is left as it is.
   */
  start(type: TRTCVideoStreamType, params?: unknown): void {
    if (this.capture.status !== 'idle') return;
    if (type !== SUB) {
      this.ctx.post('onError', TXLiteAVError.ERR_SCREEN_CAPTURE_START_FAIL, 'startScreenCapture: the sandbox shares screens on the sub stream (TRTCVideoStreamTypeSub) only');
      return;
    }
    const failure = this.capture.checkStart(params) ?? this.claimSeat();
    if (failure) {
      reportFailure(this.ctx.post, failure);
      return;
    }
    this.capture.start(params);
    this.ctx.post('onScreenCaptureStarted');
    this.ctx.publicationChanged();
  }

  /** pauseScreenCapture: frames stop, the share stays published; onScreenCapturePaused(0). */
  pause(): void {
    if (this.capture.pause()) this.ctx.post('onScreenCapturePaused', 0);
  }

  /** resumeScreenCapture: onScreenCaptureResumed(0). */
  resume(): void {
    if (this.capture.resume()) this.ctx.post('onScreenCaptureResumed', 0);
  }

  /** stopScreenCapture: onScreenCaptureStopped(0); others get onUserSubStreamAvailable(userId, 0). */
  stop(): void {
    if (this.end()) this.ctx.publicationChanged();
  }

  /** setSubStreamEncoderParam: resolution, frame rate and bitrate (fields left out keep their value). */
  setEncoder(params: unknown): void {
    reportFailure(this.ctx.post, this.capture.setEncoder(params));
  }

  /** Picks a listed source by id and shares it, as a participant's app does (a running share switches to it). */
  share(sourceId: string): void {
    const source = this.sources(0, 0, 0, 0).find((s) => s.sourceId === sourceId) ?? { sourceId };
    this.select(source as TRTCScreenCaptureSourceInfo, '', '');
    this.start(SUB);
  }

  /** Stops a screen capture in progress (onScreenCaptureStopped(0)) and gives the seat back; false when none ran. */
  end(): boolean {
    if (!this.capture.stop()) return false;
    this.ctx.localVideo.screenCaptureStopped();
    const member = this.ctx.member();
    if (member) this.ctx.server.releaseSubStream(member);
    this.ctx.post('onScreenCaptureStopped', 0);
    return true;
  }

  /**
   * A share that was already running when the user entered or became an anchor: takes the seat now. Refused,
   * the user hears onError(-102016) and the capture goes on locally, unpublished. True when the seat was taken.
   */
  claimSeatIfSharing(): boolean {
    if (this.capture.status === 'idle') return false;
    const failure = this.claimSeat();
    reportFailure(this.ctx.post, failure);
    return failure === undefined;
  }

  /** Takes the room's sub-stream seat for a share starting in a room; outside a room, or as audience, there is nothing to take yet. */
  private claimSeat(): SandboxFailure | undefined {
    const member = this.ctx.member();
    return member?.isAnchor ? this.ctx.server.claimSubStream(member) : undefined;
  }

  private sinks(): FrameSink[] {
    const sinks: FrameSink[] = [];
    const local = this.ctx.localVideo.subSink();
    if (local) sinks.push(local);
    const member = this.ctx.member();
    if (member?.publishesSubStream() && !this.ctx.connectionDown()) sinks.push(...subStreamSinks(this.ctx.server, member));
    return sinks;
  }
}
