import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { TRTCQuality } from 'trtc-electron-sdk/liteav/trtc_define';

import { refusal } from '@broadcast-core/bridge';
import { ConsoleActions, EngineActions } from '@broadcast-core/room-state';
import { domQuery, setUpWindowTesting, type WindowTesting } from '@broadcast-core/testing';

import { PreflightChecklist } from './preflight-checklist';
import { PREFLIGHT_TRANSLATIONS } from './preflight-translations';

describe('PreflightChecklist', () => {
  let t: WindowTesting;
  let fixture: ComponentFixture<PreflightChecklist>;

  const { one, text } = domQuery(() => fixture);
  const byId = (id: string) => one(id)!;

  beforeEach(async () => {
    t = setUpWindowTesting([PREFLIGHT_TRANSLATIONS]);
    t.apply(EngineActions.engineReady({ kind: 'sandbox', sdkVersion: 'x', generation: 1, at: 0 }));
    fixture = TestBed.createComponent(PreflightChecklist);
    fixture.componentRef.setInput('sdkAppId', 1400000001);
    fixture.componentRef.setInput('userId', 'host_1');
    await fixture.whenStable();
  });

  it('runs the mic, camera, speaker and speed tests in one action, for the form identity', async () => {
    expect(byId('preflight-network').getAttribute('data-level')).toBe('not-run');
    expect(byId('preflight-speaker').getAttribute('data-level')).toBe('not-run');
    byId('preflight-run').click();
    await fixture.whenStable();
    expect(t.bridge.commands).toEqual([
      { type: 'startMicDeviceTest', playback: false },
      { type: 'startCameraDeviceTest' },
      { type: 'startSpeakerDeviceTest' },
      { type: 'startSpeedTest', sdkAppId: 1400000001, userId: 'host_1' },
    ]);
  });

  it('shows the camera test picture while it runs, passes once a picture came, and fails a camera that did not open', async () => {
    t.apply(ConsoleActions.cameraTestToggled({ started: true, at: 1 }));
    await fixture.whenStable();
    expect(byId('preflight-camera').getAttribute('data-level')).toBe('pending');
    expect(byId('preflight-camera-view').getAttribute('data-stream')).toBe('local:test');
    expect(t.bridge.watched).toContain('local:test');
    t.apply(EngineActions.firstVideoFrameRendered({ userId: '', streamType: 0, size: { width: 640, height: 360 } }));
    await fixture.whenStable();
    expect(byId('preflight-camera').getAttribute('data-level')).toBe('pass');
    expect(text('preflight-camera-advice')).toBe('The camera shows a picture (640×360): check below that it is you and well lit.');
    byId('preflight-stop-camera').click();
    expect(t.bridge.commands).toEqual([{ type: 'stopCameraDeviceTest' }]);
    t.apply(EngineActions.cameraTestFailed({ error: { code: -1301, message: 'x' }, at: 2 }));
    await fixture.whenStable();
    expect(byId('preflight-camera').getAttribute('data-level')).toBe('fail');
    expect(byId('preflight-camera-view')).toBeNull();
    expect(text('preflight-camera-advice')).toContain('The camera did not open (code -1301)');
  });

  it('asks for mic playback when the host ticks it', async () => {
    (byId('preflight-playback') as HTMLInputElement).click();
    byId('preflight-run').click();
    await fixture.whenStable();
    expect(t.bridge.commands[0]).toEqual({ type: 'startMicDeviceTest', playback: true });
  });

  it('passes a heard test sound with a live meter, warns a muted speaker in words, and fails one that could not play', async () => {
    t.apply(ConsoleActions.speakerTestToggled({ started: true, at: 1 }));
    await fixture.whenStable();
    expect(byId('preflight-speaker').getAttribute('data-level')).toBe('pending');
    t.apply(EngineActions.speakerTestLevelReported({ volume: 66, at: 2 }));
    await fixture.whenStable();
    expect(byId('preflight-speaker').getAttribute('data-level')).toBe('pass');
    expect(text('preflight-speaker-advice')).toBe('The test sound played (loudest 66 of 100): you should have heard it.');
    expect(byId('preflight-speaker-meter').getAttribute('aria-valuenow')).toBe('66');
    t.apply(EngineActions.speakerDeviceVolumeChanged({ volume: 80, muted: true }));
    await fixture.whenStable();
    expect(byId('preflight-speaker').getAttribute('data-level')).toBe('warn');
    expect(text('preflight-speaker-advice')).toBe('Speaker muted: unmute it or pick another.');
    byId('preflight-stop-speaker').click();
    expect(t.bridge.commands).toEqual([{ type: 'stopSpeakerDeviceTest' }]);
    t.apply(EngineActions.speakerTestFailed({ error: { code: -1321, message: 'x' }, at: 3 }));
    await fixture.whenStable();
    expect(byId('preflight-speaker').getAttribute('data-level')).toBe('fail');
    expect(text('preflight-speaker-advice')).toBe('The test sound could not play (code -1321): pick another speaker and run the checks again.');
  });

  it('says a weak uplink fails with what the encoder needs and what to do', async () => {
    t.apply(
      ConsoleActions.speedTestRequested({ expectedUpKbps: 800, at: 1 }),
      EngineActions.speedTestMeasured({ result: { quality: TRTCQuality.TRTCQuality_Bad, upLostRate: 0.1, downLostRate: 0.1, rtt: 400, availableUpBandwidth: 500, availableDownBandwidth: 2000 }, at: 2 }),
    );
    await fixture.whenStable();
    expect(byId('preflight-network').getAttribute('data-level')).toBe('fail');
    expect(text('preflight-network-advice')).toBe('Uplink 0.5 Mbps is below the 0.8 Mbps your encoder needs (550 kbps video): lower the bitrate or the resolution.');
    expect(byId('preflight-run').hasAttribute('disabled')).toBe(false);
  });

  it('fails a mic silent for five seconds and passes one that heard a voice, with a live meter while it listens', async () => {
    t.apply(ConsoleActions.micTestToggled({ started: true, at: Date.now() - 6000 }), EngineActions.micTestLevelReported({ volume: 3, at: 2 }));
    await fixture.whenStable();
    expect(byId('preflight-mic').getAttribute('data-level')).toBe('fail');
    expect(text('preflight-mic-advice')).toMatch(/^Mic silent for \d+ s: check the device or its mute\.$/);
    expect(byId('preflight-mic-meter').getAttribute('aria-valuenow')).toBe('3');
    t.apply(EngineActions.micTestLevelReported({ volume: 48, at: 3 }));
    await fixture.whenStable();
    expect(text('preflight-mic-advice')).toBe('Heard you (loudest 48 of 100).');
    byId('preflight-stop-mic').click();
    expect(t.bridge.commands).toEqual([{ type: 'stopMicDeviceTest' }]);
  });

  it("shows the broker's refusal and does not start the speed test after a refused mic test", async () => {
    t.bridge.refuseNext(refusal('invalid-state', 'engineNotReady'));
    byId('preflight-run').click();
    await fixture.whenStable();
    expect(byId('preflight-refusal')).not.toBeNull();
    expect(t.bridge.commands).toEqual([{ type: 'startMicDeviceTest', playback: false }]);
  });
});
