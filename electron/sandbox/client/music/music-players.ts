import type { Clock } from '../../../time/clock';
import { MusicPlayer, type MusicPlayerReport } from './music-player';
import type { MusicFileOpener } from './music-source';

/** The SDK's code for a file it cannot open (TRTCMusicPlayObserver.onStart). */
export const MUSIC_OPEN_FAILED = -4001;

/** What the players tell the client, as the music observer's callbacks. */
export interface MusicReport extends MusicPlayerReport {
  /** errCode 0: playing; -4001: the file could not be opened. */
  start(id: number, errCode: number): void;
}

/** AudioMusicParam as the sandbox reads it (a window's plain object or the SDK's class alike). */
export interface MusicRequest {
  id: number;
  path: string;
  loopCount?: number;
  publish?: boolean;
  startTimeMS?: number;
  endTimeMS?: number;
}

/** A volume as setMusicPublishVolume / setMusicPlayoutVolume keep it: trtc.d.ts's 0-100, rounded; a non-number changes nothing. */
function musicVolume(value: number, previous: number): number {
  return Number.isFinite(value) ? Math.round(Math.min(100, Math.max(0, value))) : previous;
}

/**
 * A client's background music: one player per music id, as startPlayMusic and friends drive them. A call on an
 * id that plays nothing is ignored, as the SDK does.
 */
export class MusicPlayers {
  private readonly players = new Map<number, MusicPlayer>();

  constructor(
    private readonly clock: Clock,
    private readonly open: MusicFileOpener,
    private readonly report: MusicReport,
  ) {}

  /** startPlayMusic: a new start on a playing id replaces it; onStart(id, 0), or onStart(id, -4001) for a file that does not open. */
  start(request: MusicRequest | null | undefined): void {
    if (!request || !Number.isInteger(request.id)) return;
    const { id } = request;
    this.stop(id);
    const source = this.open(request.path);
    if (!source) {
      this.report.start(id, MUSIC_OPEN_FAILED);
      return;
    }
    this.report.start(id, 0);
    const range = { loopCount: request.loopCount ?? 0, startTimeMS: request.startTimeMS ?? 0, endTimeMS: request.endTimeMS ?? 0 };
    const player = new MusicPlayer(this.clock, id, source, range, request.publish !== false, {
      progress: (...args) => this.report.progress(...args),
      complete: (playerId, errCode) => {
        this.players.delete(playerId);
        this.report.complete(playerId, errCode);
      },
    });
    this.players.set(id, player);
  }

  /** stopPlayMusic: silent, as the SDK's (no onComplete). */
  stop(id: number): void {
    this.players.get(id)?.stop();
    this.players.delete(id);
  }

  /** pausePlayMusic. */
  pause(id: number): void {
    this.players.get(id)?.pause();
  }

  /** resumePlayMusic. */
  resume(id: number): void {
    this.players.get(id)?.resume();
  }

  /** seekMusicToPosInTime: answered with an onPlayProgress at the new position. */
  seek(id: number, positionMs: number): void {
    this.players.get(id)?.seek(positionMs);
  }

  /** setMusicPublishVolume (0-100). */
  setPublishVolume(id: number, volume: number): void {
    const player = this.players.get(id);
    if (player) player.publishVolume = musicVolume(volume, player.publishVolume);
  }

  /** setMusicPlayoutVolume (0-100). */
  setPlayoutVolume(id: number, volume: number): void {
    const player = this.players.get(id);
    if (player) player.playoutVolume = musicVolume(volume, player.playoutVolume);
  }

  /** setMusicPitch: trtc.d.ts's range -1 to 1, clamped; a non-number changes nothing. */
  setPitch(id: number, pitch: number): void {
    const player = this.players.get(id);
    if (player && Number.isFinite(pitch)) player.pitch = Math.min(1, Math.max(-1, pitch));
  }

  /** getMusicCurrentPosInMS: the position, or -1 for an id that plays nothing. */
  position(id: number): number {
    return this.players.get(id)?.position() ?? -1;
  }

  /** getMusicDurationInMS: the file's length, or -1 when it cannot be opened. */
  duration(path: string): number {
    return this.open(path)?.durationMs ?? -1;
  }

  /** A player, for the sandbox's own checks (volumes and pitch have no SDK getter). */
  player(id: number): MusicPlayer | undefined {
    return this.players.get(id);
  }

  /** What others hear of the music now: every published, playing track through its publish volume. */
  publishedLevel(): number {
    let level = 0;
    for (const player of this.players.values()) level += player.publishedLevel();
    return Math.min(100, level);
  }

  /** Stops everything (the client is destroyed). */
  stopAll(): void {
    for (const player of this.players.values()) player.stop();
    this.players.clear();
  }
}
