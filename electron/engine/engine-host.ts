import { Observable, Subject, share } from 'rxjs';
import {
  TRTCVideoBufferType,
  TRTCVideoPixelFormat,
  TRTCVideoStreamType,
  type TRTCVolumeInfo,
} from 'trtc-electron-sdk/liteav/trtc_define';

import { CAMERA_TEST_STREAM, mixStreamKey, parseStreamKey, remoteStreamKey, type StreamKey } from '@broadcast-core/bridge';

import {
  TRTC_EVENT_NAMES,
  hasMixPictures,
  isMusicObserverEvent,
  type EngineDevice,
  type EngineDevices,
  type EngineFrame,
  type EngineKind,
  type EngineScreenSource,
  type RtcEngine,
  type TRTCEvent,
} from './contract';
import { screenSourcesOf } from './screen-sources';

const I420 = TRTCVideoPixelFormat.TRTCVideoPixelFormat_I420;
const BUFFER = TRTCVideoBufferType.TRTCVideoBufferType_Buffer;
const SUB = TRTCVideoStreamType.TRTCVideoStreamTypeSub;

/** A frame as the SDK's render callback hands it over. */
type RenderedFrame = { data: ArrayBuffer | null; length: number; width: number; height: number; rotation: number; timestamp: number };

function streamTypeOf(size: 'big' | 'small'): TRTCVideoStreamType {
  return size === 'big' ? TRTCVideoStreamType.TRTCVideoStreamTypeBig : TRTCVideoStreamType.TRTCVideoStreamTypeSmall;
}

function devices(list: { deviceId: string; deviceName: string }[]): EngineDevice[] {
  return list.map(({ deviceId, deviceName }) => ({ deviceId, deviceName }));
}

/**
 * Owns one RTC engine (the sandbox or trtc-electron-sdk) on the engine side of the boundary: turns its
 * callbacks into a stream of events, exposes its calls, and pulls video frames only for the streams
 * someone shows. Knows no transport; `serveEngine` puts it behind the engine contract.
 */
export class EngineHost {
  private readonly eventsSubject = new Subject<TRTCEvent>();
  private readonly framesSubject = new Subject<EngineFrame>();
  private readonly listeners = new Map<string, (...args: unknown[]) => void>();
  private readonly demanded = new Set<StreamKey>();
  /** The camera view the engine plays per remote user. */
  private readonly pulled = new Map<string, 'big' | 'small'>();
  /** The remote users whose screen share (sub stream) the engine plays. */
  private readonly pulledSub = new Set<string>();

  /** Every engine callback in emission order; completes on dispose. */
  readonly events$: Observable<TRTCEvent> = this.eventsSubject.pipe(share());
  /** Frames of demanded streams, as the engine renders them; completes on dispose. */
  readonly frames$: Observable<EngineFrame> = this.framesSubject.asObservable();
  /**
   * The view startCameraDeviceTest draws into, which the engine side owns as it owns render callbacks (a view
   * cannot travel as data): on the sandbox, a render target (`renderCameraTestFrame`, see the sandbox's
   * camera-test.ts) whose frames go to windows as `local:test` while some window shows it; on Tencent's SDK,
   * an element of the engine window when there is a DOM, where the test stays (null without one).
   */
  readonly cameraTestView: unknown;

  constructor(
    /** The engine; its methods are called only from here and from the contract's call dispatch. */
    readonly engine: RtcEngine,
    /** Which engine this is. */
    readonly kind: EngineKind,
  ) {
    for (const name of TRTC_EVENT_NAMES) {
      if (isMusicObserverEvent(name)) continue; // the music observer below gives these
      const listener = (...args: unknown[]) => {
        if (name === 'onUserVideoAvailable') this.restartViews(args[0] as string, args[1] as number);
        if (name === 'onUserSubStreamAvailable') this.restartSubView(args[0] as string, args[1] as number);
        if (name === 'onUserVoiceVolume') args = [withoutSpectrum(args[0]), ...args.slice(1)];
        this.eventsSubject.next({ name, args } as TRTCEvent);
      };
      this.listeners.set(name, listener);
      engine.on(name, listener);
    }
    // The SDK has one music observer per engine: set here once, its callbacks join the events in the order they come.
    engine.setMusicObserver({
      onStart: (id, errCode) => this.eventsSubject.next({ name: 'onMusicStart', args: [id, errCode] }),
      onPlayProgress: (id, curPtsMS, durationMS) => this.eventsSubject.next({ name: 'onMusicPlayProgress', args: [id, curPtsMS, durationMS] }),
      onComplete: (id, errCode) => this.eventsSubject.next({ name: 'onMusicComplete', args: [id, errCode] }),
    });
    this.cameraTestView =
      kind === 'sandbox'
        ? { renderCameraTestFrame: (frame: RenderedFrame) => this.emitFrame(CAMERA_TEST_STREAM, frame) }
        : ((globalThis as { document?: { createElement(tag: string): unknown } }).document?.createElement('div') ?? null);
    engine.setLocalVideoRenderCallback(I420, BUFFER, {
      // The SDK hands the local screen share to the same callback, as the Sub stream.
      onRenderVideoFrame: (_userId, streamType, frame) => this.emitFrame(streamType === SUB ? 'local:sub' : 'local', frame),
    });
  }

  /** The engine's device lists and current selections. */
  listDevices(): EngineDevices {
    const current = (get: () => { deviceId: string } | undefined) => {
      try {
        return get()?.deviceId || null;
      } catch {
        return null;
      }
    };
    return {
      cameras: devices(this.engine.getCameraDevicesList()),
      mics: devices(this.engine.getMicDevicesList()),
      speakers: devices(this.engine.getSpeakerDevicesList()),
      camera: current(() => this.engine.getCurrentCameraDevice()),
      mic: current(() => this.engine.getCurrentMicDevice()),
      speaker: current(() => this.engine.getCurrentSpeakerDevice()),
    };
  }

  /** The screens and windows that can be shared, with their thumbnails copied out of the SDK's buffers. */
  listScreenSources(thumbWidth: number, thumbHeight: number, iconWidth: number, iconHeight: number): EngineScreenSource[] {
    return screenSourcesOf(this.engine.getScreenCaptureSources(thumbWidth, thumbHeight, iconWidth, iconHeight));
  }

  /**
   * Starts or stops pulling a stream, as windows subscribe to it or drop it.
   * The SDK plays one view per remote user, big or small, and starting one
   * replaces the other: so each user gets the big stream when any window wants
   * it, else the small one, and every window asking for either size of that
   * user receives what is pulled.
   */
  setDemand(stream: StreamKey, wanted: boolean): void {
    if (wanted === this.demanded.has(stream)) return;
    if (wanted) this.demanded.add(stream);
    else this.demanded.delete(stream);
    const parsed = parseStreamKey(stream);
    if (parsed?.source === 'mix') this.pullMix(parsed.taskId, wanted);
    if (parsed?.source !== 'remote') return;
    if (parsed.size === 'sub') this.pullSub(parsed.userId, wanted);
    else this.pull(parsed.userId);
  }

  /**
   * Starts or stops taking a CDN task's mixed picture, on an engine that has one (the sandbox): it is composed
   * only while some window shows it. Tencent's SDK gives no mix picture locally, so there the key stays dark.
   */
  private pullMix(taskId: string, wanted: boolean): void {
    if (!hasMixPictures(this.engine)) return;
    this.engine.setMixVideoRenderCallback(taskId, wanted ? { onRenderVideoFrame: (_id, _type, frame) => this.emitFrame(mixStreamKey(taskId), frame) } : null);
  }

  /** Starts or stops the engine's view of a user's screen share, which it plays beside the camera view. */
  private pullSub(userId: string, wanted: boolean): void {
    if (wanted === this.pulledSub.has(userId)) return;
    if (wanted) {
      this.holdCallback(userId);
      this.pulledSub.add(userId);
      this.engine.startRemoteView(userId, null, SUB);
      return;
    }
    this.pulledSub.delete(userId);
    this.engine.stopRemoteView(userId, SUB);
    this.releaseCallback(userId);
  }

  /** Sets a user's render callback when no view of the user has one yet. */
  private holdCallback(userId: string): void {
    if (this.pulled.has(userId) || this.pulledSub.has(userId)) return;
    this.engine.setRemoteVideoRenderCallback(userId, I420, BUFFER, {
      onRenderVideoFrame: (id, streamType, frame) => this.emitRemoteFrame(id, streamType, frame),
    });
  }

  /** Lets go of a user's callback once no view of the user is left: an engine keeps one per user otherwise, for every user who ever left. */
  private releaseCallback(userId: string): void {
    if (this.pulled.has(userId) || this.pulledSub.has(userId)) return;
    this.engine.setRemoteVideoRenderCallback(userId, TRTCVideoPixelFormat.TRTCVideoPixelFormat_Unknown, TRTCVideoBufferType.TRTCVideoBufferType_Unknown, null);
  }

  /** Makes the engine's view of a user match what windows want now. */
  private pull(userId: string): void {
    const wanted = this.demanded.has(remoteStreamKey(userId, 'big')) ? 'big' : this.demanded.has(remoteStreamKey(userId, 'small')) ? 'small' : null;
    const current = this.pulled.get(userId) ?? null;
    if (wanted === current) return;
    if (wanted === null) {
      this.pulled.delete(userId);
      this.engine.stopRemoteView(userId, streamTypeOf(current!));
      this.releaseCallback(userId);
      return;
    }
    if (current === null) this.holdCallback(userId);
    this.pulled.set(userId, wanted);
    this.engine.startRemoteView(userId, null, streamTypeOf(wanted));
  }

  /** Stops listening and completes the streams; the engine itself is destroyed by its owner. */
  dispose(): void {
    for (const [name, listener] of this.listeners) this.engine.off(name, listener);
    this.listeners.clear();
    this.engine.setLocalVideoRenderCallback(TRTCVideoPixelFormat.TRTCVideoPixelFormat_Unknown, TRTCVideoBufferType.TRTCVideoBufferType_Unknown, null);
    for (const stream of this.demanded) {
      const parsed = parseStreamKey(stream);
      if (parsed?.source === 'mix') this.pullMix(parsed.taskId, false);
    }
    this.eventsSubject.complete();
    this.framesSubject.complete();
  }

  /** The SDK forgets a remote view when the user's video goes away; ask again when it is back. */
  private restartViews(userId: string, available: number): void {
    const size = this.pulled.get(userId);
    if (available === 1 && size) this.engine.startRemoteView(userId, null, streamTypeOf(size));
  }

  /** The SDK forgets a sub-stream view when the share ends; ask again when it is back. */
  private restartSubView(userId: string, available: number): void {
    if (available === 1 && this.pulledSub.has(userId)) this.engine.startRemoteView(userId, null, SUB);
  }

  /** A remote screen-share frame goes to its sub stream; a camera frame to every size of that user some window wants. */
  private emitRemoteFrame(userId: string, streamType: TRTCVideoStreamType, frame: RenderedFrame): void {
    if (streamType === SUB) {
      this.emitFrame(remoteStreamKey(userId, 'sub'), frame);
      return;
    }
    for (const size of ['big', 'small'] as const) this.emitFrame(remoteStreamKey(userId, size), frame);
  }

  private emitFrame(stream: StreamKey, frame: RenderedFrame): void {
    if (!frame.data || !this.demanded.has(stream)) return;
    this.framesSubject.next({
      stream,
      width: frame.width,
      height: frame.height,
      rotation: frame.rotation,
      timestamp: frame.timestamp,
      data: new Uint8Array(frame.data, 0, frame.length),
    });
  }
}

/** A voice report's entries as they cross the boundary (VoiceVolume); anything else is left for the contract to refuse. */
function withoutSpectrum(entries: unknown): unknown {
  if (!Array.isArray(entries)) return entries;
  return entries.map((e: Partial<TRTCVolumeInfo> | null) => (e && typeof e === 'object' ? { userId: e.userId, volume: e.volume, vad: e.vad, pitch: e.pitch } : e));
}
