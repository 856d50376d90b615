import {
  TRTCVideoStreamType,
  type TRTCAudioQuality,
  type TRTCBeautyStyle,
  type TRTCRenderParams,
  type TRTCVideoEncParam,
  type TRTCVideoFillMode,
} from 'trtc-electron-sdk/liteav/trtc_define';

import type { Clock } from '../../time/clock';
import type { CameraStream } from '../common/camera-stream';
import type { FrameSink } from '../common/video-stream-ticker';
import type { RoomMember } from '../server/room-member';
import type { SandboxServer } from '../server/sandbox-server';
import { remoteVideoSinks } from '../server/video-routing';
import { UNNAMED_LABEL } from './audio/client-audio';
import { CameraPipeline } from './camera-pipeline';
import { LocalCapture } from './local-capture';
import type { LocalVideoOutput } from './local-video-output';
import { reportFailure, type PostCallback } from './report-failure';

const BIG = TRTCVideoStreamType.TRTCVideoStreamTypeBig;

/** View settings the sandbox keeps but does not apply: it renders into no view, frames go out unscaled and unmirrored. */
interface RenderSettings {
  localFillMode?: TRTCVideoFillMode;
  localRenderParams?: TRTCRenderParams;
  encoderMirror?: boolean;
  remoteFillModes: Map<string, TRTCVideoFillMode>;
}

/** What the camera and microphone need of their client: where frames go, whether the camera is plugged in, and the session to tell. */
export interface ClientLocalMediaContext {
  readonly clock: Clock;
  readonly server: SandboxServer;
  readonly localVideo: LocalVideoOutput;
  /** The client's place in its room; undefined outside one. */
  member(): RoomMember | undefined;
  /** True while the client's network is cut: its frames leave for nowhere. */
  connectionDown(): boolean;
  cameraPresent(): boolean;
  post: PostCallback;
  /** Capture started as (or becoming) audience in a live room: onWarning. */
  warnIfAudienceCapturing(): void;
  /** Tells the server what the client publishes now. */
  publicationChanged(): void;
}

/**
 * The local capture calls of SandboxTRTCCloud: the camera (preview, encoder, small stream, beauty) and the
 * microphone, what of them is published, and the view settings the sandbox keeps only. The facade checks that
 * the client is not destroyed before calling in.
 */
export class ClientLocalMedia {
  /** What the user asked of its camera and microphone. */
  readonly capture = new LocalCapture();
  readonly camera: CameraPipeline;
  private readonly renderSettings: RenderSettings = { remoteFillModes: new Map() };

  constructor(private readonly ctx: ClientLocalMediaContext) {
    this.camera = new CameraPipeline(ctx.clock, UNNAMED_LABEL, {
      sinks: (stream) => this.cameraSinks(stream),
      onBigTick: () => ctx.localVideo.tick(!!ctx.member()?.publishesVideo() && !ctx.connectionDown()),
    });
  }

  /** startLocalPreview: the camera starts; an anchor in a room publishes it. */
  startPreview(): void {
    this.capture.previewOn = true;
    if (!this.camera.isRunning) this.camera.start();
    this.ctx.warnIfAudienceCapturing();
    this.ctx.publicationChanged();
  }

  /** stopLocalPreview. */
  stopPreview(): void {
    this.capture.previewOn = false;
    this.stopCamera();
    this.ctx.publicationChanged();
  }

  /** startLocalAudio: the microphone starts; an anchor in a room publishes it. */
  startAudio(quality?: TRTCAudioQuality): void {
    this.capture.startAudio(quality);
    this.ctx.warnIfAudienceCapturing();
    this.ctx.publicationChanged();
  }

  /** stopLocalAudio. */
  stopAudio(): void {
    this.capture.audioOn = false;
    this.ctx.publicationChanged();
  }

  /** muteLocalVideo: the big (and small) stream's publishing pauses; the sub stream is the screen share's and is left alone. */
  muteVideo(mute: boolean, streamType: TRTCVideoStreamType): void {
    if (streamType === TRTCVideoStreamType.TRTCVideoStreamTypeSub) return;
    this.capture.videoMuted = mute;
    this.ctx.publicationChanged();
  }

  /** muteLocalAudio. */
  muteAudio(mute: boolean): void {
    this.capture.audioMuted = mute;
    this.ctx.publicationChanged();
  }

  /** setVideoEncoderParam: a refused param is onError. */
  setEncoder(params: TRTCVideoEncParam): void {
    reportFailure(this.ctx.post, this.camera.setEncoder(params));
  }

  /** enableSmallVideoStream: a refused param is onError. */
  setSmallStream(enable: boolean, params: TRTCVideoEncParam): void {
    reportFailure(this.ctx.post, this.camera.setSmallStream(enable, params));
  }

  /** setBeautyStyle. */
  setBeauty(style: TRTCBeautyStyle, beauty: number, white: number, ruddiness: number): void {
    this.camera.setBeauty({ style, beauty, white, ruddiness });
  }

  /** setLocalViewFillMode (kept only). */
  setLocalFillMode(mode: TRTCVideoFillMode): void {
    this.renderSettings.localFillMode = mode;
  }

  /** setRemoteViewFillMode (kept only). */
  setRemoteFillMode(userId: string, mode: TRTCVideoFillMode): void {
    this.renderSettings.remoteFillModes.set(userId, mode);
  }

  /** setLocalRenderParams (kept only). */
  setLocalRenderParams(params: TRTCRenderParams): void {
    this.renderSettings.localRenderParams = params;
  }

  /** setVideoEncoderMirror (kept only). */
  setEncoderMirror(mirror: boolean): void {
    this.renderSettings.encoderMirror = mirror;
  }

  /** The camera stops and the local preview with it. */
  stopCamera(): void {
    this.camera.stop();
    this.ctx.localVideo.previewStopped();
  }

  private cameraSinks(stream: CameraStream): FrameSink[] {
    const sinks: FrameSink[] = [];
    // An unplugged camera sends nothing, to the preview or the room, until it is back or another is chosen.
    if (!this.ctx.cameraPresent()) return sinks;
    const local = stream === BIG ? this.ctx.localVideo.sink(this.capture.previewOn) : undefined;
    if (local) sinks.push(local);
    const member = this.ctx.member();
    if (member?.publishesVideo() && !this.ctx.connectionDown()) sinks.push(...remoteVideoSinks(this.ctx.server, member, stream, this.camera.smallEnabled));
    return sinks;
  }
}
