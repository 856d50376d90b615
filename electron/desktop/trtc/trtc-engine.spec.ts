import type TRTCCloud from 'trtc-electron-sdk';

import { ScriptedEngine } from '../../engine/testing/scripted-engine';
import { loadTrtcEngine } from './trtc-engine';

describe('loadTrtcEngine', () => {
  it('hands out the SDK’s shared instance as the engine, and releases it', () => {
    const shared = new ScriptedEngine();
    const destroy = jest.fn();
    const sdk = { getTRTCShareInstance: () => shared, destroyTRTCShareInstance: destroy } as unknown as typeof TRTCCloud;
    const loaded = loadTrtcEngine(() => ({ default: sdk }));
    expect(loaded).toMatchObject({ ok: true, engine: shared });
    if (loaded.ok) loaded.release();
    expect(destroy).toHaveBeenCalledTimes(1);
  });

  it('says in words why the SDK could not load, naming the platform', () => {
    const loaded = loadTrtcEngine(() => {
      throw new Error("Cannot find module '../build/Release/trtc_electron_sdk.node'\nRequire stack: ...");
    });
    expect(loaded).toEqual({
      ok: false,
      reason: `Tencent's TRTC SDK could not be loaded on ${process.platform}-${process.arch} (Cannot find module '../build/Release/trtc_electron_sdk.node')`,
    });
  });

  it('fails cleanly with the real package here, where its native library was never downloaded', () => {
    const loaded = loadTrtcEngine();
    expect(loaded.ok).toBe(false);
    expect(!loaded.ok && loaded.reason).toMatch(/could not be loaded/);
  });
});
