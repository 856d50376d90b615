import { TRTCVideoStreamType } from 'trtc-electron-sdk/liteav/trtc_define';

import { EngineHost } from './engine-host';
import type { RtcEngine } from './contract';

type Callback = { onRenderVideoFrame: (userId: string, type: TRTCVideoStreamType, frame: object) => void };
const FRAME = { data: new ArrayBuffer(6), length: 6, width: 2, height: 2, rotation: 0, timestamp: 1 };

/** An engine with or without the sandbox's mix view, recording what the host asks of it. */
function engineWith(mixView: boolean) {
  const calls: string[] = [];
  const mixCallbacks = new Map<string, Callback>();
  const engine = {
    on: () => undefined,
    off: () => undefined,
    setLocalVideoRenderCallback: () => 0,
    setMusicObserver: () => undefined,
    ...(mixView
      ? {
          setMixVideoRenderCallback: (taskId: string, cb: Callback | null) => {
            calls.push(`${cb ? 'set' : 'clear'} mix ${taskId}`);
            if (cb) mixCallbacks.set(taskId, cb);
            else mixCallbacks.delete(taskId);
          },
        }
      : {}),
  };
  const render = (taskId: string) => mixCallbacks.get(taskId)?.onRenderVideoFrame(taskId, TRTCVideoStreamType.TRTCVideoStreamTypeBig, FRAME);
  return { engine: engine as unknown as RtcEngine, calls, render };
}

describe('EngineHost mix demand', () => {
  it("takes a task's mixed picture only while some window shows mix:<taskId>, and lets go when none does", () => {
    const { engine, calls, render } = engineWith(true);
    const host = new EngineHost(engine, 'sandbox');
    const streams: string[] = [];
    host.frames$.subscribe((f) => streams.push(f.stream));
    host.setDemand('mix:sandbox-task-1', true);
    render('sandbox-task-1');
    host.setDemand('mix:sandbox-task-1', false);
    render('sandbox-task-1');
    expect(calls).toEqual(['set mix sandbox-task-1', 'clear mix sandbox-task-1']);
    expect(streams).toEqual(['mix:sandbox-task-1']);
  });

  it('lets go of the mix views it holds when disposed', () => {
    const { engine, calls } = engineWith(true);
    const host = new EngineHost(engine, 'sandbox');
    host.setDemand('mix:t-2', true);
    host.dispose();
    expect(calls).toEqual(['set mix t-2', 'clear mix t-2']);
  });

  it("asks nothing of an engine without mix pictures (Tencent's SDK): the stream stays dark", () => {
    const { engine } = engineWith(false);
    const host = new EngineHost(engine, 'trtc');
    expect(() => host.setDemand('mix:t-3', true)).not.toThrow();
  });
});
