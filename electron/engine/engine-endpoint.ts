import type { Subscription } from 'rxjs';

import type { Clock, TimerHandle } from '../time/clock';
import { dispatchCall, type CallOutcome } from './call-dispatch';
import {
  parseBrokerToEngine,
  parseViewerMessage,
  type BrokerToEngine,
  type EngineCrashMode,
  type EngineToBroker,
  type MessageEnd,
  type SandboxAdmin,
} from './contract';
import type { EngineHost } from './engine-host';
import { FrameRouter, type FrameBufferStats } from './frame-router';
import type { UserSigSigner } from './signing/dev-user-sig';

/** How often the engine side looks at the sandbox's rooms when no admin call made it look. */
export const SANDBOX_INSPECTION_PERIOD_MS = 1_000;

/** Frames each (viewer, stream) may have unacknowledged: two hides one frame's transit without queueing. */
export const MAX_FRAMES_IN_FLIGHT = 2;

/** What the engine side of the contract is made of. */
export interface EngineEndpointOptions {
  host: EngineHost;
  /** Server-side operations, present only when the engine is the sandbox. */
  sandbox: SandboxAdmin | null;
  /** The channel to the broker, with viewer ports already wrapped as MessageEnds. */
  channel: MessageEnd<unknown, EngineToBroker>;
  /** Schedules the sandbox inspection poll. */
  clock: Clock;
  /** How this engine dies on purpose (`sandbox.crashEngine`); called after the call was answered. */
  crash: (mode: EngineCrashMode) => void;
  maxFramesInFlight?: number;
  inspectionPeriodMs?: number;
  /** Said in `ready` when this is not the engine that was asked for. */
  notice?: string;
  /** Signs userSigs with a development key on Tencent's cloud (the sandbox signs with its own secret). */
  signer?: UserSigSigner;
}

/** The engine side of the contract, serving until closed. */
export interface EngineEndpoint {
  /** Frames held for viewers that are behind, in bytes. */
  heldFrameBytes(): number;
  /** Frame buffers made afresh and reused (given back by viewers), and the bytes kept for reuse. */
  frameBuffers(): FrameBufferStats;
  /** Stops serving: no more messages, frames or polls. Does not destroy the engine. */
  close(): void;
}

/**
 * Puts an EngineHost behind the engine contract: answers allow-listed calls, forwards every SDK callback
 * in order, reports what the broker used to fetch synchronously (version, devices, the sandbox's rooms),
 * answers heartbeats, and routes frames to each viewer's own port. Malformed broker messages get a typed
 * error and change nothing.
 */
export function serveEngine(options: EngineEndpointOptions): EngineEndpoint {
  const { host, sandbox, channel, clock } = options;
  const signer = options.signer ?? (sandbox ? (userId: string, sdkAppId: number) => sandbox.signUserSig(userId, sdkAppId) : null);
  const post = (message: EngineToBroker) => channel.post(message);
  const router = new FrameRouter(options.maxFramesInFlight ?? MAX_FRAMES_IN_FLIGHT, (stream, wanted) => host.setDemand(stream, wanted));
  const viewers = new Map<string, { port: MessageEnd; stopListening: () => void }>();
  let lastRooms = sandbox ? JSON.stringify(sandbox.listRooms()) : '';
  let lastFailedGroup: number | null = null;
  let closed = false;

  /** Sends the sandbox's rooms when they differ from what the broker last heard. */
  const reportRooms = () => {
    if (!sandbox) return;
    const rooms = sandbox.listRooms();
    const text = JSON.stringify(rooms);
    if (text === lastRooms) return;
    lastRooms = text;
    post({ t: 'sandbox-rooms', rooms });
  };

  post({
    t: 'ready',
    kind: host.kind,
    sdkVersion: host.engine.getSDKVersion(),
    devices: host.listDevices(),
    sandboxRooms: sandbox ? (JSON.parse(lastRooms) as ReturnType<SandboxAdmin['listRooms']>) : null,
    signsUserSigs: signer !== null,
    ...(options.notice ? { notice: options.notice } : {}),
  });

  const subscriptions: Subscription[] = [
    host.events$.subscribe((event) => {
      post({ t: 'event', event });
      if (event.name === 'onDeviceChange') post({ t: 'devices', devices: host.listDevices() });
    }),
    host.frames$.subscribe((frame) => router.publish(frame)),
  ];
  const poll: TimerHandle | null = sandbox ? clock.setInterval(reportRooms, options.inspectionPeriodMs ?? SANDBOX_INSPECTION_PERIOD_MS) : null;

  const call = (message: Extract<BrokerToEngine, { t: 'call' }>) => {
    const { id, method, args, group } = message;
    if (group !== undefined && group === lastFailedGroup) {
      post({ t: 'answer', id, ok: false, error: { code: 'skipped', message: `${method} did not run: an earlier call of its group failed` } });
      return;
    }
    let outcome: CallOutcome;
    if (method === 'sandbox.crashEngine') {
      outcome = sandbox ? { ok: true } : { ok: false, error: { code: 'sandbox-only', message: `${method} works only on the sandbox cloud` } };
    } else if (method === 'getScreenCaptureSources') {
      outcome = listScreenSources(args);
    } else {
      outcome = dispatchCall({ engine: host.engine, sandbox, signer, cameraTestView: host.cameraTestView }, method, args);
    }
    if (!outcome.ok && group !== undefined) lastFailedGroup = group;
    // An admin call changes the sandbox's rooms at once: the broker hears of it before the answer.
    if (method.startsWith('sandbox.')) reportRooms();
    post(outcome.ok ? { t: 'answer', id, ...outcome } : { t: 'answer', id, ok: false, error: outcome.error });
    if (method === 'sandbox.crashEngine' && outcome.ok) clock.setTimeout(() => options.crash(args[0] as EngineCrashMode), 0);
  };

  /** The sources travel as a `screen-sources` report before the answer: thumbnails are no answer value. */
  const listScreenSources = (args: unknown[]): CallOutcome => {
    const [thumbWidth, thumbHeight, iconWidth, iconHeight] = args as number[];
    try {
      post({ t: 'screen-sources', sources: host.listScreenSources(thumbWidth, thumbHeight, iconWidth, iconHeight) });
      return { ok: true };
    } catch (e) {
      return { ok: false, error: { code: 'threw', message: e instanceof Error ? e.message : String(e) } };
    }
  };

  const openViewer = (viewerId: string, port: MessageEnd) => {
    closeViewer(viewerId);
    router.attach(viewerId, (bytes) => port.post(bytes, [bytes.buffer as ArrayBuffer]));
    const stopListening = port.listen((raw) => {
      const parsed = parseViewerMessage(raw);
      // A viewer's port carries frames out only: a broken message from it is dropped, and changes nothing.
      if (!parsed.ok) return;
      const message = parsed.message;
      if (message.t === 'frame-ack') {
        // The buffer first, so the frame the ack makes room for can be written into it.
        if (message.buffer) router.reclaim(viewerId, message.buffer);
        router.ack(viewerId, message.stream);
      } else if (message.t === 'subscribe') router.subscribe(viewerId, message.stream);
      else router.unsubscribe(viewerId, message.stream);
    });
    viewers.set(viewerId, { port, stopListening });
  };

  const closeViewer = (viewerId: string) => {
    const viewer = viewers.get(viewerId);
    if (!viewer) return;
    viewers.delete(viewerId);
    viewer.stopListening();
    viewer.port.close();
    router.detach(viewerId);
  };

  const stopListening = channel.listen((raw) => {
    if (closed) return;
    const parsed = parseBrokerToEngine(raw);
    if (!parsed.ok) {
      if (parsed.id !== null) post({ t: 'answer', id: parsed.id, ok: false, error: parsed.error });
      else post({ t: 'fault', error: parsed.error });
      return;
    }
    const message = parsed.message;
    switch (message.t) {
      case 'call':
        call(message);
        return;
      case 'ping':
        post({ t: 'pong', n: message.n });
        return;
      case 'viewer-open':
        openViewer(message.viewerId, message.port);
        return;
      case 'viewer-close':
        closeViewer(message.viewerId);
        return;
    }
  });

  return {
    heldFrameBytes: () => router.heldBytes(),
    frameBuffers: () => router.bufferStats(),
    close: () => {
      if (closed) return;
      closed = true;
      stopListening();
      for (const s of subscriptions) s.unsubscribe();
      if (poll) clock.clearInterval(poll);
      for (const viewerId of [...viewers.keys()]) closeViewer(viewerId);
    },
  };
}
