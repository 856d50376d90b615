import { TRTCVideoStreamType } from 'trtc-electron-sdk/liteav/trtc_define';

import { EngineHost } from './engine-host';
import type { RtcEngine } from './contract';

type Callback = { onRenderVideoFrame: (userId: string, type: TRTCVideoStreamType, frame: object) => void };

/** An engine that records the view calls and lets the spec render remote frames. */
const SIZE_NAMES: Record<number, string> = {
  [TRTCVideoStreamType.TRTCVideoStreamTypeBig]: 'big',
  [TRTCVideoStreamType.TRTCVideoStreamTypeSmall]: 'small',
  [TRTCVideoStreamType.TRTCVideoStreamTypeSub]: 'sub',
};

function recordingEngine() {
  const calls: string[] = [];
  const callbacks = new Map<string, Callback>();
  const listeners = new Map<string, (...args: unknown[]) => void>();
  let local: Callback | null = null;
  const engine = {
    on: (name: string, listener: (...args: unknown[]) => void) => listeners.set(name, listener),
    off: () => undefined,
    setMusicObserver: () => undefined,
    setLocalVideoRenderCallback: (_f: unknown, _b: unknown, cb: Callback | null) => {
      local = cb;
      return 0;
    },
    setRemoteVideoRenderCallback: (userId: string, _f: unknown, _b: unknown, cb: Callback | null) => {
      if (cb) callbacks.set(userId, cb);
      else callbacks.delete(userId);
      calls.push(`${cb ? 'set' : 'clear'} callback ${userId}`);
      return 0;
    },
    startRemoteView: (userId: string, _view: unknown, type: TRTCVideoStreamType) => calls.push(`start ${userId} ${SIZE_NAMES[type]}`),
    stopRemoteView: (userId: string, type: TRTCVideoStreamType) => calls.push(`stop ${userId} ${SIZE_NAMES[type]}`),
  };
  const emit = (name: string, ...args: unknown[]) => listeners.get(name)?.(...args);
  const render = (userId: string, type: TRTCVideoStreamType) =>
    (userId === '' ? local : callbacks.get(userId))?.onRenderVideoFrame(userId, type, { data: new ArrayBuffer(6), length: 6, width: 2, height: 2, rotation: 0, timestamp: 1 });
  return { engine: engine as unknown as RtcEngine, calls, render, callbacks, emit };
}

describe('EngineHost remote view demand', () => {
  it('plays one view per user: big when any window wants big, else small', () => {
    const { engine, calls } = recordingEngine();
    const host = new EngineHost(engine, 'trtc');
    host.setDemand('remote:userB:small', true);
    host.setDemand('remote:userB:big', true);
    // Swapping the spotlight: the big one is asked for before the small one is let go.
    host.setDemand('remote:userB:small', false);
    host.setDemand('remote:userB:big', false);
    expect(calls).toEqual(['set callback userB', 'start userB small', 'start userB big', 'stop userB big', 'clear callback userB']);
  });

  it('sends what is pulled to every size a window wants', () => {
    const { engine, render } = recordingEngine();
    const host = new EngineHost(engine, 'trtc');
    const streams: string[] = [];
    host.frames$.subscribe((f) => streams.push(f.stream));
    host.setDemand('remote:userB:small', true);
    host.setDemand('remote:userB:big', true);
    render('userB', TRTCVideoStreamType.TRTCVideoStreamTypeBig);
    expect(streams.sort()).toEqual(['remote:userB:big', 'remote:userB:small']);
    host.setDemand('remote:userB:big', false);
    render('userB', TRTCVideoStreamType.TRTCVideoStreamTypeSmall);
    expect(streams.slice(2)).toEqual(['remote:userB:small']);
  });

  it('does not touch the engine when a window asks again for what it has', () => {
    const { engine, calls } = recordingEngine();
    const host = new EngineHost(engine, 'trtc');
    host.setDemand('remote:a:big', true);
    host.setDemand('remote:a:big', true);
    host.setDemand('remote:a:small', true);
    expect(calls).toEqual(['set callback a', 'start a big']);
  });

  it("lets go of a user's render callback once nobody shows them, so users who left leave nothing behind", () => {
    const { engine, callbacks } = recordingEngine();
    const host = new EngineHost(engine, 'trtc');
    for (const user of ['a', 'b', 'c']) {
      host.setDemand(`remote:${user}:small`, true);
      host.setDemand(`remote:${user}:small`, false);
    }
    expect(callbacks.size).toBe(0);
  });
});

describe('EngineHost screen-share streams', () => {
  const SUB = TRTCVideoStreamType.TRTCVideoStreamTypeSub;

  it("plays a user's sub stream beside its camera, with one callback between them, released when both go", () => {
    const { engine, calls, callbacks } = recordingEngine();
    const host = new EngineHost(engine, 'trtc');
    host.setDemand('remote:a:big', true);
    host.setDemand('remote:a:sub', true);
    host.setDemand('remote:a:big', false);
    expect(callbacks.has('a')).toBe(true);
    host.setDemand('remote:a:sub', false);
    expect(calls).toEqual(['set callback a', 'start a big', 'start a sub', 'stop a big', 'stop a sub', 'clear callback a']);
  });

  it('routes frames by stream type: Sub to remote:<id>:sub, the local Sub to local:sub', () => {
    const { engine, render } = recordingEngine();
    const host = new EngineHost(engine, 'trtc');
    const streams: string[] = [];
    host.frames$.subscribe((f) => streams.push(f.stream));
    for (const key of ['remote:a:big', 'remote:a:sub', 'local', 'local:sub'] as const) host.setDemand(key, true);
    render('a', SUB);
    render('a', TRTCVideoStreamType.TRTCVideoStreamTypeBig);
    render('', SUB);
    render('', TRTCVideoStreamType.TRTCVideoStreamTypeBig);
    expect(streams).toEqual(['remote:a:sub', 'remote:a:big', 'local:sub', 'local']);
  });

  it('asks for the sub view again when the share comes back (the SDK forgets it when it ends)', () => {
    const { engine, calls, emit } = recordingEngine();
    const host = new EngineHost(engine, 'trtc');
    host.setDemand('remote:a:sub', true);
    emit('onUserSubStreamAvailable', 'a', 0);
    emit('onUserSubStreamAvailable', 'a', 1);
    emit('onUserSubStreamAvailable', 'b', 1);
    expect(calls).toEqual(['set callback a', 'start a sub', 'start a sub']);
  });
});
