import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { TRTCVideoFillMode } from 'trtc-electron-sdk/liteav/trtc_define';

import { refusal } from '@broadcast-core/bridge';
import { PreferencesStore } from '@broadcast-core/preferences';
import { ConsoleActions } from '@broadcast-core/room-state';
import { renderComponent, setUpWindowTesting, type WindowTesting } from '@broadcast-core/testing';

import { LocalViewOptions } from './local-view-options';
import { MEDIA_TRANSLATIONS } from './media-translations';

describe('LocalViewOptions', () => {
  let t: WindowTesting;
  let fixture: ComponentFixture<LocalViewOptions>;

  const button = (id: string) => fixture.nativeElement.querySelector(`[data-testid="${id}"]`) as HTMLButtonElement;
  const pressed = (id: string) => button(id).getAttribute('aria-pressed');

  beforeEach(async () => {
    t = setUpWindowTesting([MEDIA_TRANSLATIONS]);
    fixture = await renderComponent(LocalViewOptions);
  });

  it('shows the fill mode and mirror from the state', async () => {
    expect([pressed('fill-mode-fill'), pressed('fill-mode-fit'), pressed('local-mirror')]).toEqual(['true', 'false', 'false']);
    t.apply(ConsoleActions.localFillModeSet({ mode: TRTCVideoFillMode.TRTCVideoFillMode_Fit }), ConsoleActions.localMirrorSet({ mirror: true }));
    await fixture.whenStable();
    expect([pressed('fill-mode-fill'), pressed('fill-mode-fit'), pressed('local-mirror')]).toEqual(['false', 'true', 'true']);
  });

  it('sends setLocalViewFillMode with the SDK fill mode and setLocalMirror with the flipped flag', async () => {
    button('fill-mode-fit').click();
    button('fill-mode-fill').click();
    button('local-mirror').click();
    expect(t.bridge.commands).toEqual([
      { type: 'setLocalViewFillMode', mode: TRTCVideoFillMode.TRTCVideoFillMode_Fit },
      { type: 'setLocalViewFillMode', mode: TRTCVideoFillMode.TRTCVideoFillMode_Fill },
      { type: 'setLocalMirror', mirror: true },
    ]);
    t.apply(ConsoleActions.localMirrorSet({ mirror: true }));
    await fixture.whenStable();
    button('local-mirror').click();
    expect(t.bridge.commands[3]).toEqual({ type: 'setLocalMirror', mirror: false });
  });

  it("shows the broker's refusal", async () => {
    t.bridge.refuseNext(refusal('engine-failed', 'engineThrew', { method: 'setLocalRenderParams', detail: 'renderer unavailable' }));
    button('local-mirror').click();
    await fixture.whenStable();
    const alert = fixture.nativeElement.querySelector('[data-testid="local-view-refusal"]') as HTMLElement;
    expect(alert.getAttribute('role')).toBe('alert');
    expect(alert.textContent?.trim()).toBe('Not applied: the engine refused setLocalRenderParams: renderer unavailable');
    expect(pressed('local-mirror')).toBe('false');
  });

  it('speaks Chinese when the language switches', async () => {
    TestBed.inject(PreferencesStore).set({ language: 'zh-CN' });
    await fixture.whenStable();
    expect(button('fill-mode-fit').textContent?.trim()).toBe('适应');
    expect(button('local-mirror').textContent?.trim()).toBe('镜像');
    expect(fixture.nativeElement.querySelector('[role="group"]').getAttribute('aria-label')).toBe('本地画面');
  });
});
