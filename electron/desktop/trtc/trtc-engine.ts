import type TRTCCloud from 'trtc-electron-sdk';

import type { RtcEngine } from '../../engine/contract';

/** Tencent's SDK loaded, or why it could not be, in words. */
export type TrtcLoad = { ok: true; engine: RtcEngine; release: () => void } | { ok: false; reason: string };

/** How the SDK module is loaded (a spec stands in for it). */
export type SdkLoader = () => { default: typeof TRTCCloud };

// Required, not imported: the SDK touches `document` and loads its native addon when loaded, so it is
// loaded only here, in the engine window, and only when Tencent's cloud is chosen.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const requireSdk: SdkLoader = () => require('trtc-electron-sdk') as { default: typeof TRTCCloud };

/**
 * The real engine: the SDK's shared TRTCCloud, which the compiler holds to the same `RtcEngine` surface as
 * the sandbox (`liteav/trtc.d.ts`). Nothing is added or changed: the engine host sets the custom I420
 * render callbacks and copies the SDK's reused buffer once per viewer, like for the sandbox.
 */
export function loadTrtcEngine(load: SdkLoader = requireSdk): TrtcLoad {
  try {
    const sdk = load().default;
    const engine: RtcEngine = sdk.getTRTCShareInstance();
    return { ok: true, engine, release: () => sdk.destroyTRTCShareInstance() };
  } catch (e) {
    const detail = e instanceof Error ? e.message.split('\n')[0] : String(e);
    return { ok: false, reason: `Tencent's TRTC SDK could not be loaded on ${process.platform}-${process.arch} (${detail})` };
  }
}
