import { Dialog } from '@angular/cdk/dialog';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { TRTCAppScene, TRTCQuality, TRTCRoleType, TRTCVideoStreamType } from 'trtc-electron-sdk/liteav/trtc_define';

import type { BridgeError, Command } from '@broadcast-core/bridge';
import { ConsoleActions, EngineActions, MIC_SILENT_MS } from '@broadcast-core/room-state';
import { renderComponent, setUpWindowTesting, type WindowTesting } from '@broadcast-core/testing';

import { CONSOLE_TRANSLATIONS } from '../console-translations';
import { RoomDraft } from '../session/room-draft';
import { ShowControl } from './show-control';

const PARAMS = { sdkAppId: 1400000001, roomId: 29834, userId: 'host_1', role: TRTCRoleType.TRTCRoleAnchor };
const FAST = { quality: TRTCQuality.TRTCQuality_Excellent, upLostRate: 0, downLostRate: 0, rtt: 40, availableUpBandwidth: 8000, availableDownBandwidth: 20000 };
const PREFLIGHT_STARTS = ['startMicDeviceTest', 'startCameraDeviceTest', 'startSpeakerDeviceTest', 'startSpeedTest'];
const PREFLIGHT_STOPS = ['stopCameraDeviceTest', 'stopSpeakerDeviceTest', 'stopMicDeviceTest'];
const REFUSED: BridgeError = { code: 'engine-failed', reason: 'engineThrew', params: { method: 'startLocalPreview', detail: 'no camera' }, message: 'no camera' };

describe('the show control', () => {
  let t: WindowTesting;
  let fixture: ComponentFixture<ShowControl>;
  /** What the broker would make of an enterRoom: entering at once, then entered or failed with -3308. */
  let entryFails: boolean;
  /** The uplink the sandbox would measure in a pre-flight (kbps). */
  let uplinkKbps: number;
  /** The mic test hears nothing, and has heard nothing for longer than the check allows. */
  let silentMic: boolean;
  const root = () => fixture.nativeElement as HTMLElement;
  const byTestId = (id: string) => root().querySelector<HTMLElement>(`[data-testid=${id}]`);
  const settle = async () => {
    for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  };

  /** Waits (in real time: the pre-flight is polled every 250 ms) until `done` holds, then lets what it started settle. */
  const waitFor = async (done: () => boolean) => {
    for (let i = 0; i < 100 && !done(); i++) await new Promise((resolve) => setTimeout(resolve, 50));
    await settle();
  };

  beforeEach(async () => {
    entryFails = false;
    uplinkKbps = 8000;
    silentMic = false;
    t = setUpWindowTesting(CONSOLE_TRANSLATIONS);
    t.apply(EngineActions.engineReady({ kind: 'sandbox', sdkVersion: 'sandbox', generation: 1, at: 0 }));
    const send = t.bridge.command.bind(t.bridge);
    t.bridge.command = async (command: Command) => {
      const result = await send(command);
      if (result.ok) answerPreflight(command);
      if (result.ok && command.type === 'enterRoom') {
        t.apply(ConsoleActions.enterRoomRequested({ params: PARAMS, scene: TRTCAppScene.TRTCAppSceneLIVE, at: 1 }));
        setTimeout(() =>
          t.apply(entryFails ? EngineActions.roomEntryFailed({ error: { code: -3308, message: 'enter room timeout' }, at: 2 }) : EngineActions.roomEntered({ elapsedMs: 90, at: 2 })),
        );
      }
      return result;
    };
    fixture = await renderComponent(ShowControl);
  });

  /** The room state the broker and a healthy sandbox would send for the pre-flight's commands. */
  function answerPreflight(command: Command): void {
    const at = Date.now();
    switch (command.type) {
      case 'startMicDeviceTest':
        if (silentMic) return t.apply(ConsoleActions.micTestToggled({ started: true, at: at - MIC_SILENT_MS }));
        return t.apply(ConsoleActions.micTestToggled({ started: true, at }), EngineActions.micTestLevelReported({ volume: 40, at }));
      case 'startCameraDeviceTest':
        return t.apply(ConsoleActions.cameraTestToggled({ started: true, at }), EngineActions.firstVideoFrameRendered({ userId: '', streamType: TRTCVideoStreamType.TRTCVideoStreamTypeBig, size: { width: 1280, height: 720 } }));
      case 'startSpeakerDeviceTest':
        return t.apply(ConsoleActions.speakerTestToggled({ started: true, at }), EngineActions.speakerTestLevelReported({ volume: 50, at }));
      case 'startSpeedTest':
        return t.apply(ConsoleActions.speedTestRequested({ expectedUpKbps: 1800, at }), EngineActions.speedTestMeasured({ result: { ...FAST, availableUpBandwidth: uplinkKbps }, at }));
      case 'stopMicDeviceTest':
        return t.apply(ConsoleActions.micTestToggled({ started: false, at }));
      case 'stopCameraDeviceTest':
        return t.apply(ConsoleActions.cameraTestToggled({ started: false, at }));
      case 'stopSpeakerDeviceTest':
        return t.apply(ConsoleActions.speakerTestToggled({ started: false, at }));
    }
  }

  /** The pre-flight already run and passed, as a host would have done from the session panel. */
  async function preflightPassed(): Promise<void> {
    for (const type of PREFLIGHT_STARTS) answerPreflight({ type } as Command);
    await fixture.whenStable();
  }

  afterEach(() => TestBed.inject(Dialog).closeAll());

  it('goes on air in the guide\'s order: pre-flight checks, then camera, mic, and enter as anchor', async () => {
    byTestId('go-on-air')!.click();
    await settle();
    await waitFor(() => t.bridge.sentTypes().includes('enterRoom'));
    expect(t.bridge.sentTypes()).toEqual([...PREFLIGHT_STARTS, ...PREFLIGHT_STOPS, 'startLocalPreview', 'startLocalAudio', 'enterRoom']);
    expect(byTestId('off-air')?.textContent).toContain('Leave');
    // The broker's actions for the started mic make it on air.
    t.apply(ConsoleActions.localAudioToggled({ started: true }));
    await fixture.whenStable();
    expect(byTestId('off-air')?.textContent).toContain('Go off air');
    expect(byTestId('show-failure')).toBeNull();
  });

  it('skips a pre-flight that already passed: its results stand until the room is entered', async () => {
    await preflightPassed();
    t.bridge.commands.length = 0;
    byTestId('go-on-air')!.click();
    await settle();
    expect(t.bridge.sentTypes()).toEqual(['startLocalPreview', 'startLocalAudio', 'enterRoom']);
  });

  it('stops at a pre-flight whose network check fails, before the camera or mic is touched', async () => {
    uplinkKbps = 600;
    byTestId('go-on-air')!.click();
    await settle();
    await waitFor(() => byTestId('show-failure') !== null);
    expect(t.bridge.sentTypes()).toEqual([...PREFLIGHT_STARTS, ...PREFLIGHT_STOPS]);
    expect(byTestId('show-step-preflight')!.getAttribute('data-state')).toBe('failed');
    expect(byTestId('show-failure')!.textContent).toContain('Stopped at “Pre-flight checks”');
    expect(byTestId('show-failure')!.textContent).toContain('Network: Uplink 0.6 Mbps is below the 0.8 Mbps your encoder needs');
  });

  it('keeps listening while a silent mic is the only failure, and goes on air once a voice is heard', async () => {
    silentMic = true;
    byTestId('go-on-air')!.click();
    await waitFor(() => t.bridge.sentTypes().includes('startSpeedTest'));
    await new Promise((resolve) => setTimeout(resolve, 600));
    await fixture.whenStable();
    expect(t.bridge.sentTypes()).toEqual(PREFLIGHT_STARTS);
    expect(byTestId('show-step-preflight')!.getAttribute('data-state')).toBe('running');
    t.apply(EngineActions.micTestLevelReported({ volume: 40, at: Date.now() }));
    await waitFor(() => t.bridge.sentTypes().includes('enterRoom'));
    expect(t.bridge.sentTypes()).toEqual([...PREFLIGHT_STARTS, ...PREFLIGHT_STOPS, 'startLocalPreview', 'startLocalAudio', 'enterRoom']);
    expect(byTestId('show-failure')).toBeNull();
  });

  it('stops at a camera the broker refused, says why, and undoes nothing', async () => {
    await preflightPassed();
    t.bridge.refuseNext(REFUSED);
    byTestId('go-on-air')!.click();
    await settle();
    expect(t.bridge.sentTypes()).toEqual(['startLocalPreview']);
    expect(byTestId('show-failure')!.textContent).toContain('Stopped at “Camera”');
    expect(byTestId('show-failure')!.textContent).toContain('the engine refused startLocalPreview: no camera');
    expect(byTestId('show-step-camera')!.getAttribute('data-state')).toBe('failed');
  });

  it('stops at a refused mic and turns the camera it started off again', async () => {
    await preflightPassed();
    byTestId('go-on-air')!.click();
    t.bridge.refuseNext(REFUSED);
    // The camera's answer is taken first; the refusal queued after it is the mic's.
    t.bridge.commands.length = 0;
    await settle();
    expect(t.bridge.sentTypes()).toEqual(['startLocalAudio', 'stopLocalPreview']);
    expect(byTestId('show-failure')!.textContent).toContain('Stopped at “Microphone”');
    expect(byTestId('show-step-camera')!.getAttribute('data-state')).toBe('undone');
  });

  it('stops at a failed entry with the TRTC code\'s text, and turns mic and camera off again', async () => {
    await preflightPassed();
    entryFails = true;
    byTestId('go-on-air')!.click();
    await settle();
    expect(t.bridge.sentTypes()).toEqual(['startLocalPreview', 'startLocalAudio', 'enterRoom', 'stopLocalAudio', 'stopLocalPreview']);
    expect(byTestId('show-failure')!.textContent).toContain('Stopped at “Enter the room”');
    expect(byTestId('show-failure')!.textContent).toContain('(-3308)');
    expect(byTestId('go-on-air')).not.toBeNull();
  });

  it('offers Join as audience for the audience role, which only enters', async () => {
    TestBed.inject(RoomDraft).form.controls.role.setValue(TRTCRoleType.TRTCRoleAudience);
    await fixture.whenStable();
    expect(byTestId('go-on-air')!.textContent).toContain('Join as audience');
    byTestId('go-on-air')!.click();
    await settle();
    expect(t.bridge.sentTypes()).toEqual(['enterRoom']);
  });

  it('goes off air by ending the PK first, after a confirmation that names it', async () => {
    byTestId('go-on-air')!.click();
    await settle();
    t.apply(ConsoleActions.otherRoomConnectRequested({ target: { roomId: 978 }, userId: 'userB', at: 3 }), EngineActions.otherRoomConnected({ userId: 'userB', at: 4 }));
    await fixture.whenStable();
    t.bridge.commands.length = 0;
    byTestId('off-air')!.click();
    await settle();
    TestBed.tick();
    const dialog = document.querySelector('bc-confirm-dialog')!;
    expect(dialog.textContent).toContain('Leave room 29834?');
    expect(dialog.textContent).toContain('Ends the PK with userB in room 978.');
    dialog.querySelector<HTMLButtonElement>('[data-testid=confirm-leave]')!.click();
    await settle();
    expect(t.bridge.sentTypes()).toEqual(['disconnectOtherRoom', 'exitRoom']);
  });

  it('offers Watch to a window that may only watch', async () => {
    t.bridge.scope.set('view');
    await fixture.whenStable();
    expect(byTestId('watch')).not.toBeNull();
    expect(byTestId('go-on-air')).toBeNull();
  });
});
