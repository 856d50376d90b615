import { TestBed, type ComponentFixture } from '@angular/core/testing';

import { refusal } from '@broadcast-core/bridge';
import { PreferencesStore } from '@broadcast-core/preferences';
import { ConsoleActions } from '@broadcast-core/room-state';
import { domQuery, renderComponent, setUpWindowTesting, type WindowTesting } from '@broadcast-core/testing';

import { MediaPanel } from './media-panel';
import { MEDIA_TRANSLATIONS } from './media-translations';

describe('MediaPanel', () => {
  let t: WindowTesting;
  let fixture: ComponentFixture<MediaPanel>;

  const button = (id: string) => fixture.nativeElement.querySelector(`[data-testid="${id}"]`) as HTMLButtonElement;
  const { text } = domQuery(() => fixture);

  beforeEach(async () => {
    t = setUpWindowTesting([MEDIA_TRANSLATIONS]);
    fixture = await renderComponent(MediaPanel);
  });

  it('starts camera and mic, then stops them once the state says they run', async () => {
    expect(text('toggle-preview')).toBe('Start camera');
    expect(button('toggle-preview').getAttribute('aria-pressed')).toBe('false');
    button('toggle-preview').click();
    button('toggle-mic').click();
    expect(t.bridge.commands).toEqual([{ type: 'startLocalPreview' }, { type: 'startLocalAudio' }]);

    t.apply(ConsoleActions.localPreviewToggled({ started: true }), ConsoleActions.localAudioToggled({ started: true }));
    await fixture.whenStable();
    expect(text('toggle-preview')).toBe('Stop camera');
    expect(text('toggle-mic')).toBe('Stop mic');
    expect(button('toggle-mic').getAttribute('aria-pressed')).toBe('true');
    button('toggle-preview').click();
    button('toggle-mic').click();
    expect(t.bridge.commands.slice(2)).toEqual([{ type: 'stopLocalPreview' }, { type: 'stopLocalAudio' }]);
  });

  it('mutes and unmutes what goes out, following the state', async () => {
    button('mute-video').click();
    button('mute-audio').click();
    expect(t.bridge.commands).toEqual([{ type: 'muteLocalVideo', mute: true }, { type: 'muteLocalAudio', mute: true }]);

    t.apply(ConsoleActions.localVideoMuted({ mute: true }), ConsoleActions.localAudioMuted({ mute: true }));
    await fixture.whenStable();
    expect(text('mute-video')).toBe('Unmute video');
    expect(text('mute-audio')).toBe('Unmute mic');
    expect(button('mute-audio').getAttribute('aria-pressed')).toBe('true');
    button('mute-video').click();
    expect(t.bridge.commands[2]).toEqual({ type: 'muteLocalVideo', mute: false });
  });

  it("shows the broker's refusal of a capture command", async () => {
    t.bridge.refuseNext(refusal('engine-failed', 'engineThrew', { method: 'startLocalPreview', detail: 'the camera is in use by another app' }));
    button('toggle-preview').click();
    await fixture.whenStable();
    expect(text('media-refusal')).toBe('Not applied: the engine refused startLocalPreview: the camera is in use by another app');
    button('toggle-preview').click();
    await fixture.whenStable();
    expect(text('media-refusal')).toBeNull();
  });

  it('holds the device pickers, the local view options and the mic level', () => {
    for (const id of ['camera-select', 'mic-select', 'speaker-select', 'fill-mode-fill', 'fill-mode-fit', 'local-mirror', 'mic-level']) {
      expect(fixture.nativeElement.querySelector(`[data-testid="${id}"]`)).not.toBeNull();
    }
  });

  it('speaks Chinese when the language switches', async () => {
    TestBed.inject(PreferencesStore).set({ language: 'zh-CN' });
    await fixture.whenStable();
    expect(text('toggle-preview')).toBe('打开摄像头');
    expect(text('mute-audio')).toBe('静音');
    expect(fixture.nativeElement.querySelector('[role="group"]').getAttribute('aria-label')).toBe('摄像头');
  });
});
