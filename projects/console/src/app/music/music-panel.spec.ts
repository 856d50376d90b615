import { signal } from '@angular/core';
import { TestBed, type ComponentFixture } from '@angular/core/testing';

import { refusal } from '@broadcast-core/bridge';
import { ConsoleActions, EngineActions } from '@broadcast-core/room-state';
import { setUpWindowTesting, type WindowTesting } from '@broadcast-core/testing';
import { ElapsedClock } from '@broadcast-core/ui';

import { MusicPanel } from './music-panel';
import { MUSIC_TRANSLATIONS } from './music-translations';

const JINGLE = 'sandbox://music/jingle';

describe('MusicPanel', () => {
  let t: WindowTesting;
  let fixture: ComponentFixture<MusicPanel>;
  const now = signal(0);

  const el = <T extends HTMLElement>(selector: string) => fixture.nativeElement.querySelector(selector) as T;
  const byId = <T extends HTMLElement>(id: string) => el<T>(`[data-testid="${id}"]`);
  const track = (path: string) => el(`[data-testid="music-track"][data-path="${path}"]`);

  function choose(input: HTMLInputElement, value: string | number): void {
    input.value = String(value);
    input.dispatchEvent(new Event('change'));
  }

  beforeEach(async () => {
    now.set(0);
    t = setUpWindowTesting([MUSIC_TRANSLATIONS], [{ provide: ElapsedClock, useValue: { now } }]);
    t.apply(EngineActions.engineReady({ kind: 'sandbox', sdkVersion: 'x', generation: 1, at: 0 }));
    fixture = TestBed.createComponent(MusicPanel);
    await fixture.whenStable();
  });

  it("lists the sandbox's tracks with their lengths and plays one by a labelled button", () => {
    const names = [...fixture.nativeElement.querySelectorAll('[data-testid="music-play-track"]')].map((b: Element) => b.getAttribute('aria-label'));
    expect(names).toEqual(['Play warm-up', 'Play interlude', 'Play jingle', 'Play corrupt']);
    expect(track(JINGLE).textContent).toContain('0:05');
    (track(JINGLE).querySelector('[data-testid="music-play-track"]') as HTMLButtonElement).click();
    expect(t.bridge.commands).toEqual([{ type: 'startPlayMusic', path: JINGLE }]);
  });

  it('runs the seek bar and position on from the last report while playing, and seeks where the bar is let go', async () => {
    t.apply(ConsoleActions.musicPlayRequested({ id: 1, path: JINGLE, at: 0 }), EngineActions.musicStarted({ id: 1, at: 1_000 }));
    now.set(3_000);
    await fixture.whenStable();
    expect(byId('music-track-name').textContent).toBe('jingle');
    expect(byId('music-status').textContent).toBe('Playing');
    expect(byId('music-position').textContent).toBe('0:02 of 0:05');
    const seek = byId<HTMLInputElement>('music-seek');
    expect(seek.getAttribute('aria-label')).toBe('Position in jingle');
    expect(seek.max).toBe('5000');
    expect(seek.value).toBe('2000');
    choose(seek, 4_000);
    byId<HTMLButtonElement>('music-pause').click();
    expect(t.bridge.commands).toEqual([{ type: 'seekMusicToPosInTime', positionMs: 4_000 }, { type: 'pausePlayMusic' }]);
    t.apply(ConsoleActions.musicPaused({ at: 3_000 }));
    now.set(9_000);
    await fixture.whenStable();
    expect(byId('music-position').textContent).toBe('0:02 of 0:05');
    byId<HTMLButtonElement>('music-play').click();
    byId<HTMLButtonElement>('music-stop').click();
    expect(t.bridge.commands.slice(2)).toEqual([{ type: 'resumePlayMusic' }, { type: 'stopPlayMusic' }]);
  });

  it('sends loop, the volumes and the pitch, and follows the state', async () => {
    byId<HTMLInputElement>('music-loop').click();
    choose(byId<HTMLInputElement>('music-publish-volume'), 30);
    choose(byId<HTMLInputElement>('music-playout-volume'), 80);
    choose(byId<HTMLInputElement>('music-pitch'), -0.5);
    expect(t.bridge.commands).toEqual([
      { type: 'setMusicLoop', loop: true },
      { type: 'setMusicPublishVolume', volume: 30 },
      { type: 'setMusicPlayoutVolume', volume: 80 },
      { type: 'setMusicPitch', pitch: -0.5 },
    ]);
    t.apply(ConsoleActions.musicSettingsSet({ publishVolume: 30 }), ConsoleActions.musicLoopSet({ loop: true }));
    await fixture.whenStable();
    expect(byId<HTMLInputElement>('music-publish-volume').value).toBe('30');
    expect(byId<HTMLInputElement>('music-loop').checked).toBe(true);
  });

  it('adds a local file by its path, which can be removed again', async () => {
    const input = byId<HTMLInputElement>('music-path');
    input.value = '  /home/me/intro.mp3 ';
    input.dispatchEvent(new Event('input'));
    await fixture.whenStable();
    byId<HTMLButtonElement>('music-add').click();
    await fixture.whenStable();
    expect(t.bridge.commands).toEqual([{ type: 'addMusicTrack', path: '/home/me/intro.mp3' }]);
    expect(input.value).toBe('');
    t.apply(ConsoleActions.musicTrackAdded({ track: { path: '/home/me/intro.mp3', name: 'intro.mp3', durationMs: null, builtIn: false } }));
    await fixture.whenStable();
    expect(track('/home/me/intro.mp3').textContent).toContain('length unknown');
    (track('/home/me/intro.mp3').querySelector('[data-testid="music-remove-track"]') as HTMLButtonElement).click();
    expect(t.bridge.commands.at(-1)).toEqual({ type: 'removeMusicTrack', path: '/home/me/intro.mp3' });
    expect(track(JINGLE).querySelector('[data-testid="music-remove-track"]')).toBeNull();
  });

  it('says a failure in words by its code, and shows a refusal', async () => {
    t.apply(ConsoleActions.musicPlayRequested({ id: 1, path: '/nope.mp3', at: 0 }), EngineActions.musicFailed({ id: 1, error: { code: -4001, message: 'x' }, at: 1 }));
    await fixture.whenStable();
    expect(byId('music-error').textContent).toContain('could not be opened (-4001)');
    expect(byId('music-status').textContent).toBe('Failed');
    t.bridge.refuseNext(refusal('invalid-state', 'noMusic', { status: 'playing' }));
    byId<HTMLButtonElement>('music-stop').click();
    await fixture.whenStable();
    expect(byId('music-refusal').textContent).toContain('Not done:');
  });
});
