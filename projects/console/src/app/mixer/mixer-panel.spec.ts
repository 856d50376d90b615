import type { ComponentFixture } from '@angular/core/testing';
import { TRTCAudioQuality } from 'trtc-electron-sdk/liteav/trtc_define';

import { refusal } from '@broadcast-core/bridge';
import { ConsoleActions, EngineActions } from '@broadcast-core/room-state';
import { renderComponent, setUpWindowTesting, type WindowTesting } from '@broadcast-core/testing';

import { MixerPanel } from './mixer-panel';
import { MIXER_TRANSLATIONS } from './mixer-translations';

describe('MixerPanel', () => {
  let t: WindowTesting;
  let fixture: ComponentFixture<MixerPanel>;

  const el = <T extends HTMLElement>(selector: string) => fixture.nativeElement.querySelector(selector) as T;
  const byId = <T extends HTMLElement>(id: string) => el<T>(`[data-testid="${id}"]`);

  /** Moves a range or select to `value` and lets go, as a user does. */
  function choose(input: HTMLInputElement | HTMLSelectElement, value: string | number): void {
    input.value = String(value);
    input.dispatchEvent(new Event('change'));
  }

  beforeEach(async () => {
    t = setUpWindowTesting([MIXER_TRANSLATIONS]);
    fixture = await renderComponent(MixerPanel);
  });

  it('sends each volume once the slider is let go, and follows the state', async () => {
    choose(byId<HTMLInputElement>('capture-volume'), 40);
    choose(byId<HTMLInputElement>('playout-volume'), 70);
    choose(byId<HTMLInputElement>('mic-device-volume'), 55);
    choose(byId<HTMLInputElement>('speaker-device-volume'), 20);
    expect(t.bridge.commands).toEqual([
      { type: 'setAudioCaptureVolume', volume: 40 },
      { type: 'setAudioPlayoutVolume', volume: 70 },
      { type: 'setCurrentMicDeviceVolume', volume: 55 },
      { type: 'setCurrentSpeakerVolume', volume: 20 },
    ]);
    t.apply(ConsoleActions.captureVolumeSet({ volume: 40 }), EngineActions.micDeviceVolumeChanged({ volume: 30, muted: true }));
    await fixture.whenStable();
    expect(byId<HTMLInputElement>('capture-volume').value).toBe('40');
    expect(byId<HTMLInputElement>('mic-device-volume').value).toBe('30');
    expect(byId<HTMLInputElement>('mic-device-mute').checked).toBe(true);
    expect(byId('mixer-mic-meter').classList.contains('muted')).toBe(true);
  });

  it('picks the mic quality and toggles device mutes and ear monitoring', () => {
    choose(byId<HTMLSelectElement>('mixer-quality'), TRTCAudioQuality.TRTCAudioQualityMusic);
    byId<HTMLInputElement>('ear-monitor').click();
    byId<HTMLInputElement>('speaker-device-mute').click();
    expect(t.bridge.commands).toEqual([
      { type: 'setAudioQuality', quality: TRTCAudioQuality.TRTCAudioQualityMusic },
      { type: 'enableVoiceEarMonitor', enable: true },
      { type: 'setCurrentSpeakerDeviceMute', mute: true },
    ]);
  });

  it('picks voice effects by their Tencent names, following the state', async () => {
    expect(byId<HTMLSelectElement>('voice-reverb').selectedOptions[0].textContent).toBe('None');
    choose(byId<HTMLSelectElement>('voice-reverb'), 1);
    choose(byId<HTMLSelectElement>('voice-changer'), 4);
    expect(t.bridge.commands).toEqual([{ type: 'setVoiceReverbType', reverbType: 1 }, { type: 'setVoiceChangerType', changerType: 4 }]);
    t.apply(ConsoleActions.voiceEffectsSet({ changerType: 4 }));
    await fixture.whenStable();
    expect(byId<HTMLSelectElement>('voice-changer').selectedOptions[0].textContent).toBe('Heavy metal');
  });

  it('gives each remote user a channel with the level you hear and a volume of its own', async () => {
    expect(byId('mixer-remotes').textContent).toContain('No one else is on air yet.');
    t.apply(
      EngineActions.remoteUserEntered({ userId: 'guest', room: 'own', at: 1 }),
      EngineActions.voiceLevelsChanged({ levels: [['guest', 60]] }),
      ConsoleActions.remoteVolumeSet({ userId: 'guest', volume: 35 }),
    );
    await fixture.whenStable();
    const channel = el('[data-testid="remote-channel"][data-user="guest"]');
    expect(channel.querySelector('[data-testid="remote-channel-meter"]')?.getAttribute('aria-valuenow')).toBe('60');
    expect(channel.querySelector('[data-testid="remote-channel-meter"]')?.getAttribute('data-peak')).toBe('60');
    const slider = channel.querySelector('[data-testid="remote-volume"]') as HTMLInputElement;
    expect(slider.value).toBe('35');
    choose(slider, 10);
    expect(t.bridge.commands).toEqual([{ type: 'setRemoteAudioVolume', userId: 'guest', volume: 10 }]);
  });

  it("shows the broker's refusal", async () => {
    t.bridge.refuseNext(refusal('invalid-state', 'noRemoteUser', { userId: 'guest' }));
    choose(byId<HTMLInputElement>('capture-volume'), 5);
    await fixture.whenStable();
    expect(byId('mixer-refusal').textContent).toContain('Not applied:');
  });
});
