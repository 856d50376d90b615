import type { TRTCMusicPlayObserver } from 'trtc-electron-sdk/liteav/trtc_define';

import { MUSIC_OBSERVER_EVENTS, isMusicObserverEvent } from '../../../engine/contract';

/**
 * Hands a queued music callback to the observer's member of that name (onMusicStart -> onStart, ...); true when
 * it was a music callback, delivered or not (without an observer the SDK's music callbacks go nowhere).
 */
export function deliverMusic(observer: TRTCMusicPlayObserver | null, name: string, args: readonly unknown[]): boolean {
  if (!isMusicObserverEvent(name)) return false;
  const member = observer?.[MUSIC_OBSERVER_EVENTS[name]] as ((...a: unknown[]) => void) | undefined;
  member?.(...args);
  return true;
}
