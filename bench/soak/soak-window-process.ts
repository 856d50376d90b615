// Windows of the soak, in a process of their own: normal windows (a replica, video shown and acked as it
// arrives), a wall that follows who is on camera, and the misbehaving ones (a stalled window, a window that acks
// frames without reading them, a window that keeps reconnecting).
import '@angular/compiler';

import type { StreamKey } from '@broadcast-core/bridge';
import { decodeFrame } from '@broadcast-core/bridge/frame-codec';
import { remoteStreamKey } from '@broadcast-core/bridge/stream-key';
import { remoteUsersInOrder } from '@broadcast-core/room-state';

import { serveParent, tellParent } from '../fanout/child-rpc';
import { ReplicaWindow } from '../fanout/replica-window';
import { processCpuMs } from '../thread-cpu';
import { wallNow } from '../fanout/wall-clock';

/**
 * How a window behaves. `normal`: shows its streams, acks each frame as it arrives. `wall`: the same for the small
 * streams of the newest users on camera, following joins and leaves. `stalled`: subscribes, gets a first frame,
 * then never reads its socket again. `acking`: the same, but acks frames on a timer as if it drew them.
 * `reconnector`: a normal window that drops its connection and opens a fresh one every `reconnectMs`.
 */
export type SoakRole = 'normal' | 'wall' | 'stalled' | 'acking' | 'reconnector';

/** What the soak asks a window to be. */
export interface SoakWindowSpec {
  label: string;
  url: string;
  role: SoakRole;
  /** The streams a normal, stalled, acking or reconnecting window shows. */
  streams?: StreamKey[];
  /** Tiles of a wall. */
  tiles?: number;
  reconnectMs?: number;
  /** How often an acking window acks each stream. */
  ackEveryMs?: number;
}

/** What a window did over the soak. */
export interface SoakWindowReport {
  /** Seq of every action applied, and when (`wallNow()`). */
  seqs: Float64Array;
  times: Float64Array;
  frames: number;
  frameBytes: number;
  textBytes: number;
  reconnects: number;
  /** Snapshots applied: one per connection, more when the window saw a gap and resynced. */
  snapshots: number;
  /** Seconds from connecting to `collect`. */
  seconds: number;
  /** CPU time of the whole window process over that span, in ms (shared by the windows of the process). */
  processCpuMs: number;
}

interface SoakWindow {
  spec: SoakWindowSpec;
  window: ReplicaWindow;
  seqs: number[];
  times: number[];
  frames: number;
  frameBytes: number;
  textBytes: number;
  reconnects: number;
  snapshots: number;
  started: number;
  cpu0: number;
  timers: NodeJS.Timeout[];
  dropped: boolean;
}

const windows = new Map<string, SoakWindow>();

/** Opens (or reopens) the window's connection and gives it its behaviour; resolves at its first snapshot. */
function open(w: SoakWindow): Promise<void> {
  const { spec } = w;
  const records = spec.role === 'normal' || spec.role === 'wall';
  let paused = false;
  let subscribed = new Set<StreamKey>();
  const window = new ReplicaWindow(spec.url, {
    applied: (seq, at, bytes, snapshot) => {
      w.textBytes += bytes;
      if (snapshot) w.snapshots++;
      if (records) {
        w.seqs.push(seq);
        w.times.push(at);
      }
    },
    frame: (bytes) => {
      w.frames++;
      w.frameBytes += bytes.length;
      if (spec.role === 'stalled' || spec.role === 'acking') {
        // Video flows: from now on this window reads nothing more.
        if (!paused) {
          paused = true;
          window.socket.pause();
        }
        return;
      }
      const frame = decodeFrame(bytes);
      if (frame) window.send({ t: 'frame-ack', stream: frame.stream });
    },
  });
  w.window = window;
  const subscribe = (streams: Iterable<StreamKey>) => {
    for (const stream of streams) {
      if (subscribed.has(stream)) continue;
      subscribed.add(stream);
      window.send({ t: 'subscribe', stream });
    }
  };
  return window.synced.then(() => {
    tellParent('port', { label: spec.label, port: window.localPort() });
    subscribe(spec.streams ?? []);
    if (spec.role === 'acking') {
      w.timers.push(
        setInterval(() => {
          if (!paused) return;
          for (const stream of subscribed) window.send({ t: 'frame-ack', stream });
        }, spec.ackEveryMs ?? 33),
      );
    }
    if (spec.role === 'wall') {
      // The newest users on camera, one small tile each; a user who leaves or turns the camera off makes room.
      w.timers.push(
        setInterval(() => {
          const onCamera = remoteUsersInOrder(window.roomState().remoteUsers).filter((u) => u.videoAvailable);
          const wanted = new Set(onCamera.slice(-(spec.tiles ?? 4)).map((u) => remoteStreamKey(u.userId, 'small')));
          for (const stream of subscribed) {
            if (wanted.has(stream)) continue;
            window.send({ t: 'unsubscribe', stream });
            subscribed.delete(stream);
          }
          subscribe(wanted);
        }, 500),
      );
    }
    if (spec.role === 'reconnector' && w.reconnects === 0) {
      w.timers.push(
        setInterval(() => {
          if (w.dropped) return;
          w.reconnects++;
          w.window.close();
          subscribed = new Set();
          void open(w);
        }, spec.reconnectMs ?? 10_000),
      );
    }
  });
}

serveParent({
  connect: async (spec: SoakWindowSpec) => {
    const w: SoakWindow = {
      spec,
      window: null!,
      seqs: [],
      times: [],
      frames: 0,
      frameBytes: 0,
      textBytes: 0,
      reconnects: 0,
      snapshots: 0,
      started: performance.now(),
      cpu0: processCpuMs(),
      timers: [],
      dropped: false,
    };
    windows.set(spec.label, w);
    await open(w);
    return true;
  },
  /** Ends a window's connection for good (the soak's safety valve for a window the host holds too much for). */
  drop: ({ label }: { label: string }) => {
    const w = windows.get(label);
    if (!w) return false;
    w.dropped = true;
    for (const timer of w.timers) clearInterval(timer);
    w.window.close();
    return true;
  },
  collect: ({ label }: { label: string }): SoakWindowReport => {
    const w = windows.get(label);
    if (!w) throw new Error(`no window "${label}"`);
    return {
      seqs: Float64Array.from(w.seqs),
      times: Float64Array.from(w.times),
      frames: w.frames,
      frameBytes: w.frameBytes,
      textBytes: w.textBytes,
      reconnects: w.reconnects,
      snapshots: w.snapshots,
      seconds: (performance.now() - w.started) / 1000,
      processCpuMs: processCpuMs() - w.cpu0,
    };
  },
  clock: () => wallNow(),
  close: () => {
    for (const w of windows.values()) {
      for (const timer of w.timers) clearInterval(timer);
      w.window.close();
    }
    windows.clear();
  },
});
