import type { TRTCMusicPlayObserver } from 'trtc-electron-sdk/liteav/trtc_define';

import type { Clock } from '../../../time/clock';
import type { PostCallback } from '../report-failure';
import { musicOpener } from './built-in-music';
import { deliverMusic } from './music-delivery';
import { MusicPlayers } from './music-players';
import type { MusicFileOpener } from './music-source';

/**
 * The background-music calls of SandboxTRTCCloud: the players, whose callbacks are posted in order with every
 * other one, and the observer they are delivered to.
 */
export class ClientMusic {
  readonly players: MusicPlayers;
  private observer: TRTCMusicPlayObserver | null = null;

  constructor(
    clock: Clock,
    openMusicFile: MusicFileOpener,
    post: PostCallback,
    /** Makes the client's callback lane deliver (an observer listens, as a listener does). */
    private readonly listen: () => void,
  ) {
    this.players = new MusicPlayers(clock, musicOpener(openMusicFile), {
      start: (id, errCode) => post('onMusicStart', id, errCode),
      progress: (id, position, duration) => post('onMusicPlayProgress', id, position, duration),
      complete: (id, errCode) => post('onMusicComplete', id, errCode),
    });
  }

  /** setMusicObserver: onStart, onPlayProgress and onComplete come to it. */
  setObserver(observer: TRTCMusicPlayObserver): void {
    this.observer = observer ?? null;
    if (observer) this.listen();
  }

  /** Hands a queued callback to the observer when it is a music one; true when it was (delivered or not). */
  deliver(name: string, args: readonly unknown[]): boolean {
    return deliverMusic(this.observer, name, args);
  }

  /** A track's volumes and pitch (the SDK has no getter). */
  settings(id: number): { publishVolume: number; playoutVolume: number; pitch: number } | undefined {
    const player = this.players.player(id);
    return player && { publishVolume: player.publishVolume, playoutVolume: player.playoutVolume, pitch: player.pitch };
  }
}
