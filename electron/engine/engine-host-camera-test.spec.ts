import { TXLiteAVError } from 'trtc-electron-sdk/liteav/trtc_code';

import { VirtualClock } from '../time/clock';
import { dispatchCall } from './call-dispatch';
import type { EngineFrame } from './contract';
import { createSandboxEngine } from './sandbox-engine';

/** The sandbox engine with its host, a call as the broker sends it, and the frames the host emits. */
function sandboxHost() {
  const clock = new VirtualClock();
  const sandbox = createSandboxEngine({ clock });
  const { host, cloud } = sandbox;
  const frames: EngineFrame[] = [];
  host.frames$.subscribe((f) => frames.push(f));
  const events: unknown[][] = [];
  host.events$.subscribe((e) => {
    if (e.name === 'onError' || e.name === 'onFirstVideoFrame') events.push([e.name, ...e.args]);
  });
  const call = (method: 'startCameraDeviceTest' | 'stopCameraDeviceTest', args: unknown[]) =>
    dispatchCall({ engine: host.engine, sandbox: cloud, signer: null, cameraTestView: host.cameraTestView }, method, args);
  return { clock, host, cloud, frames, events, call, dispose: () => sandbox.dispose() };
}

describe('the camera test on the engine side', () => {
  it('draws into the engine side\'s own view, as local:test frames only while some window shows them', () => {
    const t = sandboxHost();
    expect(t.call('startCameraDeviceTest', [null])).toEqual({ ok: true });
    t.clock.advance(1000);
    expect(t.frames).toEqual([]);
    t.host.setDemand('local:test', true);
    t.clock.advance(1000);
    expect(t.frames.length).toBeGreaterThanOrEqual(14);
    expect(new Set(t.frames.map((f) => f.stream))).toEqual(new Set(['local:test']));
    expect(t.frames[0]).toMatchObject({ width: 640, height: 360 });
    expect(t.events).toEqual([['onFirstVideoFrame', '', 0, 640, 360]]);
    t.host.setDemand('local:test', false);
    const shown = t.frames.length;
    t.clock.advance(1000);
    expect(t.frames.length).toBe(shown);
    t.dispose();
  });

  it('stops on stopCameraDeviceTest, restarts on a second start, and fails with -1301 for an unplugged camera', () => {
    const t = sandboxHost();
    t.host.setDemand('local:test', true);
    t.call('startCameraDeviceTest', [null]);
    t.call('startCameraDeviceTest', [null]);
    t.clock.advance(1000);
    expect(t.frames.length).toBeLessThanOrEqual(16);
    t.call('stopCameraDeviceTest', []);
    const shown = t.frames.length;
    t.clock.advance(1000);
    expect(t.frames.length).toBe(shown);
    t.cloud.unplugDevice('sandbox-camera-hd');
    t.call('startCameraDeviceTest', [null]);
    t.clock.advance(1000);
    expect(t.frames.length).toBe(shown);
    expect(t.events.at(-1)).toEqual(['onError', TXLiteAVError.ERR_CAMERA_START_FAIL, 'the current camera is unplugged']);
    t.dispose();
  });
});
