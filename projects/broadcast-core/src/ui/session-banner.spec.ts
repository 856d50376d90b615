import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { TRTCAppScene, TRTCRoleType } from 'trtc-electron-sdk/liteav/trtc_define';

import { PreferencesStore } from '../preferences/preferences-store';
import { ConsoleActions, EngineActions } from '../room-state';
import { textOf } from '../testing/dom-query';
import { setUpWindowTesting, type WindowTesting } from '../testing/provide-window-testing';
import { SessionBanner } from './session-banner';
import { renderComponent } from '../testing/render-component';

const ready = (generation: number) => EngineActions.engineReady({ kind: 'sandbox', sdkVersion: 'sandbox', generation, at: generation });
const lost = EngineActions.engineLost({ reason: 'engine thread exited with code 1', at: 5, capture: { camera: true, mic: true, share: null } });
const inRoom = [
  ConsoleActions.enterRoomRequested({
    params: { sdkAppId: 1400000001, roomId: 29834, userId: 'host_1', role: TRTCRoleType.TRTCRoleAnchor },
    scene: TRTCAppScene.TRTCAppSceneLIVE,
    at: 2,
  }),
  EngineActions.roomEntered({ elapsedMs: 80, at: 3 }),
];

describe('SessionBanner: the engine’s life', () => {
  let w: WindowTesting;
  let fixture: ComponentFixture<SessionBanner>;
  const engine = () => (fixture.nativeElement as HTMLElement).querySelector<HTMLElement>('[data-testid=engine-status]');

  async function apply(...actions: Parameters<WindowTesting['apply']>): Promise<void> {
    w.apply(...actions);
    await fixture.whenStable();
  }

  beforeEach(async () => {
    w = setUpWindowTesting();
    fixture = await renderComponent(SessionBanner);
  });

  it('says the engine is starting until it is ready, then nothing', async () => {
    expect(textOf(engine())).toBe('Starting the engine…');
    await apply(ready(1), ...inRoom);
    expect(engine()).toBeNull();
  });

  it('says the engine was lost and is restarting, with the engine’s reason as it is', async () => {
    await apply(ready(1), ...inRoom, lost);
    expect(engine()?.dataset['engine']).toBe('restarting');
    expect(textOf(engine())).toBe('Engine lost — restarting… (engine thread exited with code 1)');
    expect(textOf((fixture.nativeElement as HTMLElement).querySelector('[data-testid=session-status]'))).toBe('Not in a room');
  });

  it('keeps a notice once restarted while the lost session waits to be re-entered, and drops it at the next entry', async () => {
    await apply(ready(1), ...inRoom, lost, ready(2));
    expect(textOf(engine())).toBe('Engine restarted after a crash');
    await apply(inRoom[0]);
    expect(engine()).toBeNull();
  });

  it('says nothing after a restart when no session was lost', async () => {
    await apply(ready(1), lost, ready(2));
    expect(engine()).toBeNull();
  });

  it('speaks Simplified Chinese', async () => {
    TestBed.inject(PreferencesStore).set({ language: 'zh-CN' });
    await apply(ready(1), ...inRoom, lost);
    expect(textOf(engine())).toBe('引擎已异常退出，正在重启… (engine thread exited with code 1)');
    await apply(ready(2));
    expect(textOf(engine())).toBe('引擎崩溃后已重启');
  });
});

describe('SessionBanner: the engine running instead of the one asked for', () => {
  const NOTICE = "Tencent's TRTC SDK could not be loaded on win32-x64 (Cannot find module 'trtc_electron_sdk.node'); the sandbox cloud runs instead.";
  let w: WindowTesting;
  let fixture: ComponentFixture<SessionBanner>;
  const notice = () => (fixture.nativeElement as HTMLElement).querySelector<HTMLElement>('[data-testid=engine-notice]');

  beforeEach(async () => {
    w = setUpWindowTesting();
    fixture = await renderComponent(SessionBanner);
  });

  it('says nothing when the engine is the one asked for', async () => {
    w.apply(ready(1));
    await fixture.whenStable();
    expect(notice()).toBeNull();
  });

  it('says the sandbox runs, and why in the broker’s English, until an engine reports without a notice', async () => {
    w.apply(EngineActions.engineReady({ kind: 'sandbox', sdkVersion: 'sandbox', generation: 1, at: 1, notice: NOTICE }));
    await fixture.whenStable();
    expect(textOf(notice())).toBe(`Running the sandbox: ${NOTICE}`);
    expect(notice()?.querySelector('span')?.getAttribute('lang')).toBe('en');
    w.apply(EngineActions.engineReady({ kind: 'trtc', sdkVersion: '13.3.801', generation: 2, at: 2 }));
    await fixture.whenStable();
    expect(notice()).toBeNull();
  });

  it('translates the lead, never the reason', async () => {
    TestBed.inject(PreferencesStore).set({ language: 'zh-CN' });
    w.apply(EngineActions.engineReady({ kind: 'sandbox', sdkVersion: 'sandbox', generation: 1, at: 1, notice: NOTICE }));
    await fixture.whenStable();
    expect(textOf(notice())).toBe(`正在使用沙箱云： ${NOTICE}`);
  });
});

describe('SessionBanner: a watch-only window', () => {
  it('says so when its token only lets it watch, and nothing otherwise', async () => {
    const w = setUpWindowTesting();
    const fixture = await renderComponent(SessionBanner);
    const viewOnly = () => (fixture.nativeElement as HTMLElement).querySelector('[data-testid=view-only]');
    expect(viewOnly()).toBeNull();
    w.bridge.scope.set('view');
    await fixture.whenStable();
    expect(viewOnly()?.textContent?.trim()).toBe('View only');
  });
});

describe('SessionBanner: the entry time', () => {
  it('shows the entry time in whole milliseconds, as the SDK may report fractions', async () => {
    const w = setUpWindowTesting();
    const fixture = TestBed.createComponent(SessionBanner);
    w.apply(ready(1), inRoom[0], EngineActions.roomEntered({ elapsedMs: 315.0048828125, at: 3 }));
    await fixture.whenStable();
    const entry = (fixture.nativeElement as HTMLElement).querySelector('[data-testid=session-entry-time]');
    expect(entry?.textContent?.trim()).toBe('entered in 315 ms');
  });
});
