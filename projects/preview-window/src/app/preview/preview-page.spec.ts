import { signal } from '@angular/core';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { By } from '@angular/platform-browser';
import { TRTCAppScene, TRTCQuality, TRTCRoleType, TRTCVideoFillMode, TRTCVideoStreamType } from 'trtc-electron-sdk/liteav/trtc_define';

import { PreferencesStore } from '@broadcast-core/preferences';
import { ConsoleActions, EngineActions, type StatsSample } from '@broadcast-core/room-state';
import { domQuery, renderComponent, setUpWindowTesting, type WindowTesting } from '@broadcast-core/testing';
import { ElapsedClock } from '@broadcast-core/ui';
import { VideoView } from '@broadcast-core/video-view';

import { FULLSCREEN, type FullscreenControl } from './fullscreen';
import { IDLE_CURSOR_MS } from './idle-cursor';
import { PreviewPage } from './preview-page';
import { PREVIEW_TRANSLATIONS } from './preview-translations';

/** A Fullscreen API that records calls; `refuse` makes the next enter fail, `browserEscape` is the user pressing Escape. */
class FakeFullscreen implements FullscreenControl {
  active = false;
  refuse = false;
  readonly calls: string[] = [];
  private readonly listeners = new Set<() => void>();

  isActive(): boolean {
    return this.active;
  }
  enter(): Promise<void> {
    this.calls.push('enter');
    if (this.refuse) return Promise.reject(new Error('denied'));
    this.set(true);
    return Promise.resolve();
  }
  exit(): Promise<void> {
    this.calls.push('exit');
    this.set(false);
    return Promise.resolve();
  }
  watch(onChange: () => void): () => void {
    this.listeners.add(onChange);
    return () => this.listeners.delete(onChange);
  }
  browserEscape(): void {
    this.set(false);
  }
  private set(active: boolean): void {
    this.active = active;
    for (const listener of this.listeners) listener();
  }
}

const sample = (fps: number): StatsSample => ({ at: 0, rtt: 40, upLoss: 0, downLoss: 0, sendKbps: 600, receiveKbps: 0, fps, appCpu: 5, systemCpu: 20 });

describe('PreviewPage', () => {
  let room: WindowTesting;
  let fullscreen: FakeFullscreen;
  let clock: { now: ReturnType<typeof signal<number>> };
  let fixture: ComponentFixture<PreviewPage>;

  const { root: el, text } = domQuery(() => fixture);
  const view = () => fixture.debugElement.query(By.directive(VideoView)).componentInstance as VideoView;

  function enterAsAnchor(): void {
    room.apply(
      ConsoleActions.enterRoomRequested({
        params: { sdkAppId: 1400000001, roomId: 29834, userId: 'host_1', role: TRTCRoleType.TRTCRoleAnchor },
        scene: TRTCAppScene.TRTCAppSceneLIVE,
        at: 1000,
      }),
      EngineActions.roomEntered({ elapsedMs: 120, at: 1120 }),
    );
  }

  function keydown(key: string, init: KeyboardEventInit = {}, target: EventTarget = document): void {
    target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init }));
  }

  async function create(): Promise<void> {
    fixture = await renderComponent(PreviewPage);
  }

  beforeEach(() => {
    fullscreen = new FakeFullscreen();
    clock = { now: signal(0) };
    room = setUpWindowTesting(
      [PREVIEW_TRANSLATIONS],
      [
        { provide: FULLSCREEN, useValue: fullscreen },
        { provide: ElapsedClock, useValue: clock },
      ],
    );
  });

  afterEach(() => jest.useRealTimers());

  describe('overlays', () => {
    beforeEach(create);

    it('reads OFF AIR with the camera off before anything started', () => {
      expect(text('on-air-badge')).toBe('OFF AIR');
      expect(text('preview-camera')).toBe('Camera off');
      expect(text('preview-mic')).toBe('Mic off');
      expect(el().querySelector('[data-testid=preview-resolution]')).toBeNull();
      expect(el().querySelector('[data-testid=preview-fps]')).toBeNull();
    });

    it('shows the own screen share picture-in-picture while it runs, paused included, and drops it when it stops', async () => {
      const share = () => el().querySelector('[data-testid=preview-share]');
      enterAsAnchor();
      room.apply(ConsoleActions.screenShareRequested({ source: { sourceId: 'screen-1', sourceName: 'Screen 1', region: null, capture: { mouse: true, border: false } }, encoder: { videoResolution: 112, resMode: 0, videoFps: 15, videoBitrate: 1600, minVideoBitrate: 0, enableAdjustRes: true }, at: 2000 }));
      await fixture.whenStable();
      expect(share()).toBeNull();
      room.apply(EngineActions.screenCaptureStarted({ at: 2100 }));
      await fixture.whenStable();
      expect(share()!.querySelector('bc-video-view')).not.toBeNull();
      expect(room.bridge.watched).toContain('local:sub');
      expect(text('preview-share-caption')).toBe('Sharing Screen 1');
      room.apply(ConsoleActions.screenSharePauseRequested({ at: 2200 }), EngineActions.screenCapturePaused({ reason: 0 }));
      await fixture.whenStable();
      expect(text('preview-share-caption')).toBe('Share paused: Screen 1');
      room.apply(EngineActions.screenCaptureStopped({ reason: 0, at: 2300 }));
      await fixture.whenStable();
      expect(share()).toBeNull();
    });

    it('drops the picture when the camera stops, so no frozen frame stays on screen', async () => {
      expect(el().querySelector('bc-video-view')).toBeNull();
      expect(text('preview-camera-off')).toBe('Camera off');
      room.apply(ConsoleActions.localPreviewToggled({ started: true }));
      await fixture.whenStable();
      expect(el().querySelector('bc-video-view')).not.toBeNull();
      room.apply(ConsoleActions.localPreviewToggled({ started: false }));
      await fixture.whenStable();
      expect(el().querySelector('bc-video-view')).toBeNull();
    });

    it('goes ON AIR for an anchor in the room with the camera out, with the role and the actual resolution', async () => {
      enterAsAnchor();
      room.apply(
        ConsoleActions.localPreviewToggled({ started: true }),
        EngineActions.firstVideoFrameRendered({ userId: '', streamType: TRTCVideoStreamType.TRTCVideoStreamTypeBig, size: { width: 1280, height: 720 } }),
      );
      await fixture.whenStable();
      expect(text('on-air-badge')).toBe('ON AIR');
      expect(el().querySelector('[data-testid=on-air-badge]')!.classList).toContain('on-air');
      expect(text('preview-role')).toBe('Anchor');
      expect(text('preview-camera')).toBe('Camera on');
      expect(text('preview-resolution')).toBe('1280×720');

      room.apply(ConsoleActions.localVideoMuted({ mute: true }));
      await fixture.whenStable();
      expect(text('on-air-badge')).toBe('OFF AIR');
      expect(text('preview-camera')).toBe('Video paused');
    });

    it('labels the latest statistics fps as sent', async () => {
      room.apply(EngineActions.statisticsUpdated({ sample: sample(12) }), EngineActions.statisticsUpdated({ sample: sample(15) }));
      await fixture.whenStable();
      expect(text('preview-fps')).toBe('15 fps sent');
    });

    it('shows the mic level, and an empty meter while the mic is muted', async () => {
      enterAsAnchor();
      room.apply(ConsoleActions.localAudioToggled({ started: true }), EngineActions.voiceLevelsChanged({ levels: [['', 64]] }));
      await fixture.whenStable();
      const meter = () => el().querySelector('[data-testid=preview-mic] [role=meter]')!;
      expect(text('preview-mic')).toBe('Mic live');
      expect(meter().getAttribute('aria-valuenow')).toBe('64');
      expect(meter().getAttribute('aria-label')).toBe('Microphone level');

      room.apply(ConsoleActions.localAudioMuted({ mute: true }));
      await fixture.whenStable();
      expect(text('preview-mic')).toBe('Mic muted');
      expect(meter().getAttribute('aria-valuenow')).toBe('0');
      expect(meter().classList).toContain('muted');
    });

    it('shows the upstream quality, then a lost or reconnecting connection as an alert with how long it lasts', async () => {
      enterAsAnchor();
      room.apply(EngineActions.networkQualityChanged({ local: TRTCQuality.TRTCQuality_Good, remote: [] }));
      await fixture.whenStable();
      expect(text('preview-network')).toBe('Upstream Good');
      expect(el().querySelector('[data-testid=preview-network]')!.getAttribute('data-tone')).toBe('ok');
      expect((el().querySelector('[data-testid=preview-connection]') as HTMLElement).style.display).toBe('none');

      room.apply(EngineActions.connectionLost({ at: 5000 }));
      clock.now.set(17_000);
      await fixture.whenStable();
      expect(el().querySelector('[data-testid=preview-network]')).toBeNull();
      expect(el().querySelector('[data-testid=preview-connection]')!.getAttribute('role')).toBe('alert');
      expect(text('preview-connection')).toBe('Connection lost 0:12');

      room.apply(EngineActions.reconnecting({ at: 18_000 }));
      clock.now.set(20_000);
      await fixture.whenStable();
      expect(text('preview-connection')).toBe('Reconnecting 0:15');

      room.apply(EngineActions.connectionRecovered({ at: 21_000 }));
      clock.now.set(22_000);
      await fixture.whenStable();
      expect(text('preview-connection')).toBe('Recovered after 0:16');
      expect(el().querySelector('[data-testid=preview-connection]')!.getAttribute('role')).toBe('status');
      expect(text('preview-network')).toBe('Upstream Good');

      clock.now.set(60_000);
      await fixture.whenStable();
      expect((el().querySelector('[data-testid=preview-connection]') as HTMLElement).style.display).toBe('none');
    });

    it('shows the PK opponent and the time since the PK started', async () => {
      enterAsAnchor();
      expect(el().querySelector('[data-testid=preview-pk]')).toBeNull();
      room.apply(ConsoleActions.otherRoomConnectRequested({ target: { roomId: 5678 }, userId: 'rival', at: 9000 }));
      await fixture.whenStable();
      expect(text('preview-pk')).toBe('PK: calling rival…');

      room.apply(EngineActions.otherRoomConnected({ userId: 'rival', at: 10_000 }));
      clock.now.set(10_000 + 83_000);
      await fixture.whenStable();
      expect(el().querySelector('[data-testid=preview-pk]')!.firstChild!.textContent!.trim()).toBe('PK vs rival');
      expect(text('preview-pk-elapsed')).toBe('1:23');

      clock.now.set(10_000 + 84_000);
      await fixture.whenStable();
      expect(text('preview-pk-elapsed')).toBe('1:24');

      room.apply(EngineActions.otherRoomDisconnected({ at: 100_000 }));
      await fixture.whenStable();
      expect(el().querySelector('[data-testid=preview-pk]')).toBeNull();
    });

    it('shows the local stream with the fill mode and mirror from local media', async () => {
      room.apply(ConsoleActions.localPreviewToggled({ started: true }));
      await fixture.whenStable();
      expect(view().stream()).toBe('local');
      expect(view().fillMode()).toBe('fill');
      expect(view().mirror()).toBe(false);
      room.apply(ConsoleActions.localFillModeSet({ mode: TRTCVideoFillMode.TRTCVideoFillMode_Fit }), ConsoleActions.localMirrorSet({ mirror: true }));
      await fixture.whenStable();
      expect(view().fillMode()).toBe('fit');
      expect(view().mirror()).toBe(true);
      expect(el().querySelector('bc-video-view')!.classList).toContain('mirrored');
    });

    it('speaks Chinese when the preferences say so', async () => {
      enterAsAnchor();
      room.apply(ConsoleActions.localPreviewToggled({ started: true }), EngineActions.statisticsUpdated({ sample: sample(15) }));
      TestBed.inject(PreferencesStore).set({ language: 'zh-CN' });
      await fixture.whenStable();
      expect(text('on-air-badge')).toBe('直播中');
      expect(text('preview-role')).toBe('主播');
      expect(text('preview-camera')).toBe('摄像头已开');
      expect(text('preview-fps')).toBe('发送 15 帧/秒');
      expect(text('preview-fullscreen')).toBe('全屏（F）');
    });
  });

  describe('full screen', () => {
    beforeEach(create);
    const button = () => el().querySelector<HTMLButtonElement>('[data-testid=preview-fullscreen]')!;

    it('toggles with F and with the button, and follows the browser leaving on Escape', async () => {
      keydown('f');
      await fixture.whenStable();
      expect(fullscreen.calls).toEqual(['enter']);
      expect(button().getAttribute('aria-pressed')).toBe('true');
      expect(button().textContent!.trim()).toBe('Exit full screen (F)');

      keydown('F', { shiftKey: true });
      await fixture.whenStable();
      expect(fullscreen.calls).toEqual(['enter', 'exit']);
      expect(button().getAttribute('aria-pressed')).toBe('false');

      button().click();
      await fixture.whenStable();
      expect(fullscreen.calls).toEqual(['enter', 'exit', 'enter']);

      fullscreen.browserEscape();
      await fixture.whenStable();
      expect(button().getAttribute('aria-pressed')).toBe('false');
    });

    it('ignores F while typing, with a modifier, or held down', () => {
      const input = document.createElement('input');
      const editable = document.createElement('div');
      editable.contentEditable = 'true';
      // jsdom does not implement isContentEditable.
      Object.defineProperty(editable, 'isContentEditable', { value: true });
      document.body.append(input, editable);
      try {
        keydown('f', {}, input);
        keydown('f', {}, editable);
        keydown('f', { ctrlKey: true });
        keydown('f', { metaKey: true });
        keydown('f', { repeat: true });
        keydown('g');
        expect(fullscreen.calls).toEqual([]);
      } finally {
        input.remove();
        editable.remove();
      }
    });

    it('says so when the browser refuses full screen', async () => {
      fullscreen.refuse = true;
      keydown('f');
      await fixture.whenStable();
      expect(text('fullscreen-error')).toBe('Full screen is not available in this window.');
      expect(button().getAttribute('aria-pressed')).toBe('false');
    });
  });

  describe('idle pointer', () => {
    it('hides after the mouse rests and comes back on a move', async () => {
      jest.useFakeTimers();
      fixture = TestBed.createComponent(PreviewPage);
      fixture.detectChanges();
      const host = el();
      expect(host.classList).not.toContain('cursor-idle');

      jest.advanceTimersByTime(IDLE_CURSOR_MS - 1);
      fixture.detectChanges();
      expect(host.classList).not.toContain('cursor-idle');

      jest.advanceTimersByTime(1);
      fixture.detectChanges();
      expect(host.classList).toContain('cursor-idle');

      host.dispatchEvent(new MouseEvent('mousemove', { bubbles: true }));
      fixture.detectChanges();
      expect(host.classList).not.toContain('cursor-idle');

      jest.advanceTimersByTime(IDLE_CURSOR_MS - 100);
      host.dispatchEvent(new MouseEvent('mousemove', { bubbles: true }));
      jest.advanceTimersByTime(IDLE_CURSOR_MS - 100);
      fixture.detectChanges();
      expect(host.classList).not.toContain('cursor-idle');

      jest.advanceTimersByTime(100);
      fixture.detectChanges();
      expect(host.classList).toContain('cursor-idle');
    });
  });
});
