import type { ComponentFixture } from '@angular/core/testing';
import { TXLiteAVError } from 'trtc-electron-sdk/liteav/trtc_code';
import { TRTCAppScene, TRTCRoleType } from 'trtc-electron-sdk/liteav/trtc_define';

import { refusal } from '@broadcast-core/bridge';
import { ConsoleActions, EngineActions, type ScreenSource } from '@broadcast-core/room-state';
import { domQuery, renderComponent, setUpWindowTesting, type WindowTesting } from '@broadcast-core/testing';

import { SHARE_PRESETS } from './share-presets';
import { ScreenSharePanel } from './screen-share-panel';
import { SCREEN_SHARE_TRANSLATIONS } from './screen-share-translations';

const source = (sourceId: string, kind: 'screen' | 'window', consoleWindow = false): ScreenSource => ({
  kind,
  sourceId,
  sourceName: `${sourceId} name`,
  width: 1920,
  height: 1080,
  isMainScreen: false,
  thumbnail: 'data:image/png;base64,iVBORw0KGgo=',
  consoleWindow,
});
const SOURCES = [source('screen-1', 'screen'), source('window-game', 'window'), source('window-console', 'window', true)];

describe('ScreenSharePanel', () => {
  let w: WindowTesting;
  let fixture: ComponentFixture<ScreenSharePanel>;
  const { one: q, text } = domQuery(() => fixture);
  const button = (testId: string) => q<HTMLButtonElement>(testId)!;

  async function apply(...actions: Parameters<WindowTesting['apply']>): Promise<void> {
    w.apply(...actions);
    await fixture.whenStable();
  }

  async function click(testId: string): Promise<void> {
    button(testId).click();
    await fixture.whenStable();
  }

  const ready = EngineActions.engineReady({ kind: 'sandbox', sdkVersion: 'x', generation: 1, at: 0 });
  const inRoom = [
    ConsoleActions.enterRoomRequested({ params: { sdkAppId: 1400000000, roomId: 29834, userId: 'host_1', role: TRTCRoleType.TRTCRoleAnchor }, scene: TRTCAppScene.TRTCAppSceneLIVE, at: 1 }),
    EngineActions.roomEntered({ elapsedMs: 100, at: 2 }),
  ];
  const listed = EngineActions.screenSourcesListed({ sources: SOURCES, at: 3 });
  const requested = (encoder = SHARE_PRESETS[0].encoder) => ConsoleActions.screenShareRequested({ source: { sourceId: 'screen-1', sourceName: 'screen-1 name', region: null, capture: { mouse: true, border: false } }, encoder, at: 4 });

  beforeEach(async () => {
    w = setUpWindowTesting([SCREEN_SHARE_TRANSLATIONS]);
    fixture = await renderComponent(ScreenSharePanel);
  });

  it('asks for the sources, then offers every screen and window but the console’s own, with thumbnails', async () => {
    expect(text('share-status')).toBe('Not sharing');
    expect(button('share-list').disabled).toBe(true);
    await apply(ready);
    await click('share-list');
    expect(w.bridge.commands).toEqual([{ type: 'getScreenCaptureSources' }]);
    await apply(listed);
    expect(q('share-source-screen-1')).not.toBeNull();
    expect(q('share-source-window-game')).not.toBeNull();
    expect(q('share-source-window-console')).toBeNull();
    expect(q<HTMLImageElement>('share-thumb-screen-1')!.src).toContain('data:image/png');
    expect(text('share-source-window-game')).toContain('Window · 1920×1080');
  });

  it('shares the picked source at the picked quality, only once in a room', async () => {
    await apply(ready, listed);
    expect(button('share-start').disabled).toBe(true);
    expect(text('share-not-in-room')).toBe('Enter a room first: a share goes to the people in your room.');
    await apply(...inRoom);
    expect(q('share-source-screen-1')!.getAttribute('aria-pressed')).toBe('true');
    await click('share-source-window-game');
    expect(q('share-source-window-game')!.getAttribute('aria-pressed')).toBe('true');
    const select = q<HTMLSelectElement>('share-preset')!;
    select.value = 'low-bandwidth';
    select.dispatchEvent(new Event('change'));
    await fixture.whenStable();
    await click('share-start');
    expect(w.bridge.commands).toEqual([{ type: 'startScreenCapture', sourceId: 'window-game', encoder: SHARE_PRESETS[1].encoder, capture: { mouse: true, border: false } }]);
  });

  it('shares the picked part of a source with the picked capture options, and every window is told which part', async () => {
    await apply(ready, listed, ...inRoom);
    const region = q<HTMLSelectElement>('share-region')!;
    region.value = 'right';
    region.dispatchEvent(new Event('change'));
    q<HTMLInputElement>('share-mouse')!.click();
    q<HTMLInputElement>('share-border')!.click();
    await fixture.whenStable();
    await click('share-start');
    expect(w.bridge.commands).toEqual([
      {
        type: 'startScreenCapture',
        sourceId: 'screen-1',
        encoder: SHARE_PRESETS[0].encoder,
        region: { left: 960, top: 0, right: 1920, bottom: 1080 },
        capture: { mouse: false, border: true },
      },
    ]);
    await apply(ConsoleActions.screenShareRequested({ source: { sourceId: 'screen-1', sourceName: 'screen-1 name', region: { left: 960, top: 0, right: 1920, bottom: 1080 }, capture: { mouse: true, border: false } }, encoder: SHARE_PRESETS[0].encoder, at: 4 }));
    expect(text('share-status')).toBe('Starting to share screen-1 name… · part of it, 960×1080');
  });

  it('follows the share through its states: pause, resume and stop offered when they apply', async () => {
    await apply(ready, ...inRoom, listed, requested());
    expect(text('share-status')).toBe('Starting to share screen-1 name…');
    expect(button('share-start').disabled).toBe(true);
    expect(button('share-pause').disabled).toBe(true);
    await apply(EngineActions.screenCaptureStarted({ at: 5 }));
    expect(text('share-status')).toBe('Sharing screen-1 name');
    await click('share-pause');
    await apply(ConsoleActions.screenSharePauseRequested({ at: 6 }), EngineActions.screenCapturePaused({ reason: 0 }));
    expect(text('share-status')).toBe('Paused: screen-1 name');
    await click('share-resume');
    await click('share-stop');
    expect(w.bridge.commands).toEqual([{ type: 'pauseScreenCapture' }, { type: 'resumeScreenCapture' }, { type: 'stopScreenCapture' }]);
  });

  it('changes the quality of a running share at once', async () => {
    await apply(ready, ...inRoom, listed, requested(), EngineActions.screenCaptureStarted({ at: 5 }));
    const select = q<HTMLSelectElement>('share-preset')!;
    expect(select.value).toBe('sdk-example');
    select.value = 'low-bandwidth';
    select.dispatchEvent(new Event('change'));
    await fixture.whenStable();
    expect(w.bridge.commands).toEqual([{ type: 'setSubStreamEncoderParam', params: SHARE_PRESETS[1].encoder }]);
  });

  it('says who else shares, and explains a -102016 refusal in words with its code', async () => {
    await apply(ready, ...inRoom, listed, EngineActions.userSubStreamAvailabilityChanged({ userId: 'guest_anchor', available: true }));
    expect(text('share-other-sharer')).toContain('guest_anchor is sharing a screen. One user per room may share at a time');
    const error = { code: TXLiteAVError.ERR_SERVER_CENTER_ANOTHER_USER_PUSH_SUB_VIDEO, message: 'guest_anchor is already sharing' };
    await apply(requested(), EngineActions.screenShareFailed({ error, at: 5 }));
    expect(text('share-status')).toBe('Not sharing');
    expect(text('share-error')).toBe('The share did not start: Someone else in the room is sharing a screen: one user per room may share at a time. Try again once they stop. -102016');
  });

  it("shows the broker's refusal in the window's language", async () => {
    await apply(ready, ...inRoom, listed);
    w.bridge.refuseNext(refusal('invalid-command', 'unknownScreenSource', { sourceId: 'screen-1' }, 'command.sourceId'));
    await click('share-start');
    expect(text('share-refusal')).toBe('Not done: no screen or window "screen-1": list the sources again');
  });
});
