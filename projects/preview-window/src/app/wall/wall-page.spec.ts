import { CdkDropList, type CdkDragDrop } from '@angular/cdk/drag-drop';
import { signal } from '@angular/core';
import { Observable } from 'rxjs';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { By } from '@angular/platform-browser';
import { TRTCAppScene, TRTCQuality, TRTCRoleType } from 'trtc-electron-sdk/liteav/trtc_define';

import { PreferencesStore } from '@broadcast-core/preferences';
import type { StreamKey } from '@broadcast-core/bridge';
import { ConsoleActions, EngineActions } from '@broadcast-core/room-state';
import { renderComponent, setUpWindowTesting, type WindowTesting } from '@broadcast-core/testing';
import { ElapsedClock } from '@broadcast-core/ui';
import { VideoView } from '@broadcast-core/video-view';

import { WallPage } from './wall-page';
import { WALL_TRANSLATIONS } from './wall-translations';

describe('WallPage', () => {
  let room: WindowTesting;
  let clock: { now: ReturnType<typeof signal<number>> };
  let fixture: ComponentFixture<WallPage>;
  let preferences: PreferencesStore;

  const el = () => fixture.nativeElement as HTMLElement;
  const tiles = (scope: ParentNode = el()) => [...scope.querySelectorAll<HTMLElement>('[data-testid=wall-tile]')];
  const order = (scope?: ParentNode) => tiles(scope).map((t) => t.dataset['user']);
  const tile = (userId: string) => el().querySelector<HTMLElement>(`[data-testid=wall-tile][data-user="${userId}"]`)!;
  const inTile = (userId: string, testId: string) => tile(userId).querySelector<HTMLElement>(`[data-testid=${testId}]`)!;
  /** userId → the stream its video view gets, from the real VideoView inputs. */
  const streams = () =>
    Object.fromEntries(
      fixture.debugElement.queryAll(By.directive(VideoView)).map((d) => {
        const user = (d.nativeElement as HTMLElement).closest<HTMLElement>('[data-testid=wall-tile]')!.dataset['user'];
        return [user, (d.componentInstance as VideoView).stream()];
      }),
    );
  const dropLists = () => fixture.debugElement.queryAll(By.directive(CdkDropList)).map((d) => d.injector.get(CdkDropList));
  const drop = (list: CdkDropList, previousIndex: number, currentIndex: number) =>
    list.dropped.emit({ previousIndex, currentIndex } as CdkDragDrop<unknown>);
  const pressed = (testId: string) => el().querySelector(`[data-testid=${testId}]`)!.getAttribute('aria-pressed');

  /** In the room with alice and bob (own room, alice on video) and carol from the PK room on video. */
  function fillRoom(): void {
    room.apply(
      ConsoleActions.enterRoomRequested({
        params: { sdkAppId: 1400000001, roomId: 29834, userId: 'host_1', role: TRTCRoleType.TRTCRoleAnchor },
        scene: TRTCAppScene.TRTCAppSceneLIVE,
        at: 1000,
      }),
      EngineActions.roomEntered({ elapsedMs: 100, at: 1100 }),
      EngineActions.remoteUserEntered({ userId: 'alice', room: 'own', at: 2000 }),
      EngineActions.remoteUserEntered({ userId: 'bob', room: 'own', at: 2100 }),
      EngineActions.remoteUserEntered({ userId: 'carol', room: 'pk', at: 2200 }),
      EngineActions.userVideoAvailabilityChanged({ userId: 'alice', available: true }),
      EngineActions.userVideoAvailabilityChanged({ userId: 'carol', available: true }),
      EngineActions.userAudioAvailabilityChanged({ userId: 'alice', available: true }),
      EngineActions.userAudioAvailabilityChanged({ userId: 'carol', available: true }),
    );
  }

  async function create(): Promise<void> {
    fixture = await renderComponent(WallPage);
  }

  beforeEach(() => {
    clock = { now: signal(0) };
    room = setUpWindowTesting([WALL_TRANSLATIONS], [{ provide: ElapsedClock, useValue: clock }]);
    preferences = TestBed.inject(PreferencesStore);
  });

  it('says so when there is no remote anchor', async () => {
    await create();
    expect(el().querySelector('[data-testid=wall-empty]')!.textContent!.trim()).toBe('No remote anchors yet.');
    expect(tiles()).toHaveLength(0);
  });

  it('shows each remote screen share as its own tile on the sub stream, in every layout, gone when the share ends', async () => {
    fillRoom();
    await create();
    const shares = () => [...el().querySelectorAll<HTMLElement>('[data-testid=share-tile]')].map((t) => t.dataset['user']);
    expect(shares()).toEqual([]);
    room.apply(EngineActions.userSubStreamAvailabilityChanged({ userId: 'alice', available: true }));
    await fixture.whenStable();
    expect(shares()).toEqual(['alice']);
    expect(room.bridge.watched).toContain('remote:alice:sub');
    expect(el().querySelector('[data-testid=share-tile-name]')!.textContent!.trim()).toBe("alice's screen");
    for (const layout of ['layout-spotlight', 'layout-pk-split'] as const) {
      (el().querySelector(`[data-testid=${layout}]`) as HTMLButtonElement).click();
      await fixture.whenStable();
      expect(shares()).toEqual(['alice']);
    }
    room.apply(EngineActions.userSubStreamAvailabilityChanged({ userId: 'alice', available: false }));
    await fixture.whenStable();
    expect(shares()).toEqual([]);
  });

  describe('grid', () => {
    beforeEach(async () => {
      fillRoom();
      await create();
    });

    it('shows every remote anchor in arrival order, each on the small stream, the name when the video is off', () => {
      expect(pressed('layout-grid')).toBe('true');
      expect(pressed('layout-spotlight')).toBe('false');
      expect(order()).toEqual(['alice', 'bob', 'carol']);
      expect(streams()).toEqual({ alice: 'remote:alice:small', carol: 'remote:carol:small' });
      expect(inTile('bob', 'tile-video').textContent!.trim()).toBe('Video off');
      expect(inTile('bob', 'tile-video-off').textContent).toContain('bob');
      expect(inTile('alice', 'tile-video').textContent!.trim()).toBe('Video on');
      expect(tile('carol').dataset['room']).toBe('pk');
      expect(el().querySelector('[data-testid=wall-empty]')).toBeNull();
    });

    it('shows each tile voice level, network quality and audio state', async () => {
      room.apply(
        EngineActions.voiceLevelsChanged({ levels: [['alice', 55]] }),
        EngineActions.networkQualityChanged({ local: TRTCQuality.TRTCQuality_Good, remote: [['alice', TRTCQuality.TRTCQuality_Vbad]] }),
        ConsoleActions.remoteAudioMuted({ userId: 'carol', mute: true }),
      );
      await fixture.whenStable();
      expect(inTile('alice', 'tile-voice').getAttribute('aria-valuenow')).toBe('55');
      expect(inTile('alice', 'tile-voice').getAttribute('aria-label')).toBe('Voice level of alice');
      expect(inTile('alice', 'tile-network').textContent!.trim()).toBe('Network Very poor');
      expect(inTile('alice', 'tile-audio').textContent!.trim()).toBe('Audio on');
      expect(inTile('bob', 'tile-audio').textContent!.trim()).toBe('Anchor muted');
      expect(inTile('carol', 'tile-audio').textContent!.trim()).toBe('Muted here');
      expect(inTile('carol', 'tile-voice').getAttribute('aria-valuenow')).toBe('0');
    });

    it('follows the saved order, the others after it in arrival order', async () => {
      preferences.set({ wallOrder: ['carol', 'alice'] });
      await fixture.whenStable();
      expect(order()).toEqual(['carol', 'alice', 'bob']);
    });

    it('saves the order after a drop', async () => {
      const [list] = dropLists();
      drop(list, 0, 2);
      await fixture.whenStable();
      expect(preferences.value().wallOrder).toEqual(['bob', 'carol', 'alice']);
      expect(order()).toEqual(['bob', 'carol', 'alice']);
      expect(room.storage.items.size).toBe(1);
    });

    it('moves a focused tile with Alt + arrow keys, keeps its focus, and saves the order', async () => {
      const press = (userId: string, key: string, altKey = true) =>
        tile(userId).dispatchEvent(new KeyboardEvent('keydown', { key, altKey, bubbles: true, cancelable: true }));
      // Re-rendering moves carol's own element, which drops focus in the DOM: the tile must take it back.
      tile('carol').focus();
      press('carol', 'ArrowLeft');
      await fixture.whenStable();
      expect(order()).toEqual(['alice', 'carol', 'bob']);
      expect(preferences.value().wallOrder).toEqual(['alice', 'carol', 'bob']);
      expect(document.activeElement).toBe(tile('carol'));

      press('alice', 'ArrowDown');
      await fixture.whenStable();
      expect(order()).toEqual(['carol', 'alice', 'bob']);

      // Without Alt the arrow is left alone; the first tile cannot move earlier.
      press('carol', 'ArrowRight', false);
      press('carol', 'ArrowUp');
      await fixture.whenStable();
      expect(order()).toEqual(['carol', 'alice', 'bob']);
      expect(preferences.value().wallOrder).toEqual(['carol', 'alice', 'bob']);
    });

    it('moves a tile with its buttons, which cannot move past either end', async () => {
      expect(inTile('alice', 'tile-move-earlier').hasAttribute('disabled')).toBe(true);
      expect(inTile('carol', 'tile-move-later').hasAttribute('disabled')).toBe(true);
      expect(inTile('carol', 'tile-move-earlier').getAttribute('aria-label')).toBe('Move carol earlier');
      inTile('carol', 'tile-move-earlier').click();
      await fixture.whenStable();
      expect(order()).toEqual(['alice', 'carol', 'bob']);
      expect(preferences.value().wallOrder).toEqual(['alice', 'carol', 'bob']);
    });
  });

  describe('layouts', () => {
    beforeEach(async () => {
      fillRoom();
      await create();
    });

    it('remembers the chosen layout in the preferences', async () => {
      el().querySelector<HTMLButtonElement>('[data-testid=layout-pk-split]')!.click();
      await fixture.whenStable();
      expect(preferences.value().wallLayout).toBe('pk-split');
      expect(pressed('layout-pk-split')).toBe('true');
      expect(pressed('layout-grid')).toBe('false');
    });

    it('PK split: own room on the left, the PK room on the right, and no PK said so', async () => {
      preferences.set({ wallLayout: 'pk-split' });
      await fixture.whenStable();
      expect(order(el().querySelector('[data-testid=pk-side-own]')!)).toEqual(['alice', 'bob']);
      expect(order(el().querySelector('[data-testid=pk-side-opponent]')!)).toEqual(['carol']);
      expect(streams()).toEqual({ alice: 'remote:alice:small', carol: 'remote:carol:small' });
      expect(el().querySelector('[data-testid=pk-status]')!.textContent!.trim()).toBe('No PK in progress.');
      expect(el().querySelector('[data-testid=pk-timer]')).toBeNull();
    });

    it('PK split: the PK timer counts from the moment the PK connected', async () => {
      preferences.set({ wallLayout: 'pk-split' });
      room.apply(
        ConsoleActions.otherRoomConnectRequested({ target: { roomId: 5678 }, userId: 'carol', at: 3000 }),
      );
      await fixture.whenStable();
      expect(el().querySelector('[data-testid=pk-status]')!.textContent!.trim()).toBe('Calling carol…');
      expect(el().querySelector('[data-testid=pk-side-opponent] h2')!.textContent!.trim()).toBe('PK room 5678');

      room.apply(EngineActions.otherRoomConnected({ userId: 'carol', at: 4000 }));
      clock.now.set(4000 + 42_000);
      await fixture.whenStable();
      expect(el().querySelector('[data-testid=pk-status]')!.textContent!.trim()).toBe('PK with carol');
      expect(el().querySelector('[data-testid=pk-timer]')!.textContent).toBe('0:42');

      clock.now.set(4000 + 3_600_000 + 61_000);
      await fixture.whenStable();
      expect(el().querySelector('[data-testid=pk-timer]')!.textContent).toBe('1:01:01');
    });

    it('PK split: a drop in one column reorders that column only', async () => {
      preferences.set({ wallLayout: 'pk-split' });
      await fixture.whenStable();
      const [own] = dropLists();
      drop(own, 1, 0);
      await fixture.whenStable();
      expect(preferences.value().wallOrder).toEqual(['bob', 'alice', 'carol']);
      expect(order(el().querySelector('[data-testid=pk-side-own]')!)).toEqual(['bob', 'alice']);
    });

    it('spotlight: the loudest big on the big stream, the rest in a strip on the small stream', async () => {
      preferences.set({ wallLayout: 'spotlight' });
      room.apply(EngineActions.voiceLevelsChanged({ levels: [['carol', 70], ['alice', 10]] }));
      await fixture.whenStable();
      const featured = el().querySelector<HTMLElement>('[data-spotlight=featured]')!;
      expect(featured.dataset['user']).toBe('carol');
      expect(featured.dataset['size']).toBe('big');
      expect(order(el().querySelector('bc-tile-list')!)).toEqual(['alice', 'bob']);
      expect(streams()).toEqual({ carol: 'remote:carol:big', alice: 'remote:alice:small' });
      expect(pressed('spotlight-auto')).toBe('true');
    });

    it('spotlight: clicking or pressing Enter on a strip tile shows it big, and "follow the loudest" lets go', async () => {
      preferences.set({ wallLayout: 'spotlight' });
      await fixture.whenStable();
      expect(el().querySelector<HTMLElement>('[data-spotlight=featured]')!.dataset['user']).toBe('alice');

      tile('carol').click();
      await fixture.whenStable();
      expect(preferences.value().spotlightUserId).toBe('carol');
      expect(el().querySelector<HTMLElement>('[data-spotlight=featured]')!.dataset['user']).toBe('carol');
      expect(streams()).toEqual({ carol: 'remote:carol:big', alice: 'remote:alice:small' });
      expect(pressed('spotlight-auto')).toBe('false');

      const bob = tile('bob');
      bob.focus();
      bob.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
      await fixture.whenStable();
      expect(preferences.value().spotlightUserId).toBe('bob');
      expect(el().querySelector<HTMLElement>('[data-spotlight=featured]')!.dataset['user']).toBe('bob');

      el().querySelector<HTMLButtonElement>('[data-testid=spotlight-auto]')!.click();
      await fixture.whenStable();
      expect(preferences.value().spotlightUserId).toBeNull();
    });

    // The engine host keeps one view per remote user whatever order views change in (engine-host-demand.spec.ts).
    it('spotlight: a swap releases both old streams and watches both new ones', async () => {
      const log: string[] = [];
      jest.spyOn(room.bridge, 'watch').mockImplementation((stream: StreamKey) => ({
        frames$: new Observable<never>(() => {
          log.push(`+${stream}`);
          return () => log.push(`-${stream}`);
        }),
        ack: () => undefined,
      }));
      preferences.set({ wallLayout: 'spotlight', spotlightUserId: 'alice' });
      await fixture.whenStable();
      expect(streams()).toEqual({ alice: 'remote:alice:big', carol: 'remote:carol:small' });

      log.length = 0;
      tile('carol').click();
      await fixture.whenStable();
      expect(streams()).toEqual({ carol: 'remote:carol:big', alice: 'remote:alice:small' });
      expect(log.filter((entry) => entry.startsWith('-')).sort()).toEqual(['-remote:alice:big', '-remote:carol:small']);
      expect(log.filter((entry) => entry.startsWith('+')).sort()).toEqual(['+remote:alice:small', '+remote:carol:big']);
    });

    it('spotlight: a move button in the strip reorders and does not spotlight', async () => {
      preferences.set({ wallLayout: 'spotlight' });
      await fixture.whenStable();
      inTile('carol', 'tile-move-earlier').click();
      await fixture.whenStable();
      expect(preferences.value().spotlightUserId).toBeNull();
      expect(order(el().querySelector('bc-tile-list')!)).toEqual(['carol', 'bob']);
      expect(preferences.value().wallOrder).toEqual(['alice', 'carol', 'bob']);
    });
  });

  it('speaks Chinese when the preferences say so', async () => {
    fillRoom();
    await create();
    preferences.set({ language: 'zh-CN' });
    await fixture.whenStable();
    expect(el().querySelector('[data-testid=layout-grid]')!.textContent!.trim()).toBe('宫格');
    expect(el().querySelector('[data-testid=layout-pk-split]')!.textContent!.trim()).toBe('PK 分屏');
    expect(inTile('alice', 'tile-audio').textContent!.trim()).toBe('音频已开');
    expect(inTile('bob', 'tile-video').textContent!.trim()).toBe('视频已关');
    expect(inTile('alice', 'tile-move-later').getAttribute('aria-label')).toBe('将 alice 后移');

    preferences.set({ wallLayout: 'pk-split' });
    await fixture.whenStable();
    expect(el().querySelector('[data-testid=pk-status]')!.textContent!.trim()).toBe('当前没有进行中的 PK。');
  });
});
