import { TRTCVideoStreamType } from 'trtc-electron-sdk/liteav/trtc_define';

import { EngineHost } from './engine-host';
import type { RtcEngine } from './contract';

type Callback = { onRenderVideoFrame: (userId: string, type: TRTCVideoStreamType, frame: object) => void };

/** An engine that records the view calls and lets the spec render remote frames. */
function recordingEngine() {
  const calls: string[] = [];
  const callbacks = new Map<string, Callback>();
  const engine = {
    on: () => undefined,
    off: () => undefined,
    setLocalVideoRenderCallback: () => 0,
    setRemoteVideoRenderCallback: (userId: string, _f: unknown, _b: unknown, cb: Callback | null) => {
      if (cb) callbacks.set(userId, cb);
      else callbacks.delete(userId);
      calls.push(`${cb ? 'set' : 'clear'} callback ${userId}`);
      return 0;
    },
    startRemoteView: (userId: string, _view: unknown, type: TRTCVideoStreamType) => calls.push(`start ${userId} ${type === TRTCVideoStreamType.TRTCVideoStreamTypeBig ? 'big' : 'small'}`),
    stopRemoteView: (userId: string, type: TRTCVideoStreamType) => calls.push(`stop ${userId} ${type === TRTCVideoStreamType.TRTCVideoStreamTypeBig ? 'big' : 'small'}`),
  };
  const render = (userId: string, type: TRTCVideoStreamType) =>
    callbacks.get(userId)?.onRenderVideoFrame(userId, type, { data: new ArrayBuffer(6), length: 6, width: 2, height: 2, rotation: 0, timestamp: 1 });
  return { engine: engine as unknown as RtcEngine, calls, render, callbacks };
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
