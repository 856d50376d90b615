import type { ComponentFixture } from '@angular/core/testing';
import { TXLiteAVError } from 'trtc-electron-sdk/liteav/trtc_code';
import { TRTCAppScene, TRTCPublishMode, TRTCRoleType } from 'trtc-electron-sdk/liteav/trtc_define';

import { refusal } from '@broadcast-core/bridge';
import { PREFERENCES_KEY } from '@broadcast-core/preferences';
import { ConsoleActions, DEFAULT_CDN_ENCODER, EngineActions, type PublishShape } from '@broadcast-core/room-state';
import { domQuery, renderComponent, setUpWindowTesting, type WindowTesting } from '@broadcast-core/testing';

import { GoLivePanel } from './go-live-panel';
import { GO_LIVE_TRANSLATIONS } from './go-live-translations';

const URL_A = 'rtmp://push.example.com/live/secret-a';
const MIX = TRTCPublishMode.TRTCPublishMixStreamToCdn;

describe('GoLivePanel', () => {
  let w: WindowTesting;
  let fixture: ComponentFixture<GoLivePanel>;
  const { root: el, one: q, all, text } = domQuery(() => fixture);

  async function apply(...actions: Parameters<WindowTesting['apply']>): Promise<void> {
    w.apply(...actions);
    await fixture.whenStable();
  }

  const ready = EngineActions.engineReady({ kind: 'sandbox', sdkVersion: 'x', generation: 1, at: 0 });
  const inRoom = [
    ConsoleActions.enterRoomRequested({ params: { sdkAppId: 1400000000, roomId: 29834, userId: 'host_1', role: TRTCRoleType.TRTCRoleAnchor }, scene: TRTCAppScene.TRTCAppSceneLIVE, at: 1 }),
    EngineActions.roomEntered({ elapsedMs: 100, at: 2 }),
  ];
  const shape: PublishShape = { mode: MIX, layout: { preset: 'solo', custom: [] }, videoLayouts: [] };

  async function create(savedTargets: unknown[] = [{ name: 'Main CDN', url: URL_A, selected: true }]): Promise<void> {
    w = setUpWindowTesting([GO_LIVE_TRANSLATIONS]);
    w.storage.setItem(PREFERENCES_KEY, JSON.stringify({ cdnTargets: savedTargets }));
    fixture = await renderComponent(GoLivePanel);
  }

  it('lists saved targets with the stream key masked, and starts a mix to the ticked ones with the chosen layout', async () => {
    await create();
    expect(text('cdn-target-url')).toBe('rtmp://push.example.com/live/••••');
    expect(el().textContent).not.toContain('secret-a');
    expect(q<HTMLButtonElement>('go-live-start')!.disabled).toBe(true);
    expect(text('go-live-not-in-room')).toContain('Enter a room first');
    await apply(ready, ...inRoom);
    q<HTMLInputElement>('go-live-layout-grid')!.click();
    await fixture.whenStable();
    q<HTMLButtonElement>('go-live-start')!.click();
    await fixture.whenStable();
    expect(w.bridge.commands).toEqual([{ type: 'startPublishing', mode: MIX, urls: [URL_A], encoder: DEFAULT_CDN_ENCODER, layout: { preset: 'grid' } }]);
  });

  it('draws the planned layout before going live', async () => {
    await create();
    await apply(ready, ...inRoom);
    expect(q('program-picture')?.getAttribute('data-kind')).toBe('schematic');
    expect(all('schematic-box').map((b) => b.textContent?.trim())).toEqual(['host_1']);
  });

  it('refuses to add a target that is not an RTMP URL, saying why, and adds a good one ticked', async () => {
    await create([]);
    expect(text('cdn-targets-none')).toContain('No CDN target yet');
    q<HTMLInputElement>('cdn-target-name')!.value = 'Web';
    q<HTMLInputElement>('cdn-target-new-url')!.value = 'http://cdn.example/live/key';
    q<HTMLButtonElement>('cdn-target-add')!.click();
    await fixture.whenStable();
    expect(text('cdn-target-error')).toBe('This is not an RTMP push URL: it must start with rtmp:// and name a host.');
    q<HTMLInputElement>('cdn-target-new-url')!.value = 'rtmp://b.example/app/k2';
    q<HTMLButtonElement>('cdn-target-add')!.click();
    await fixture.whenStable();
    expect(all('cdn-target').length).toBe(1);
    expect(JSON.parse(w.storage.getItem(PREFERENCES_KEY)!).cdnTargets).toEqual([{ name: 'Web', url: 'rtmp://b.example/app/k2', selected: true }]);
  });

  it('shows the running task: elapsed time, each URL masked with its state, the live mix picture, and stops it', async () => {
    await create();
    await apply(
      ready,
      ...inRoom,
      ConsoleActions.publishingStartRequested({ urls: [URL_A], encoder: DEFAULT_CDN_ENCODER, shape, chosen: { mode: MIX, layout: shape.layout }, at: Date.now() }),
      EngineActions.publishingStarted({ taskId: 'sandbox-task-1', at: Date.now() }),
      EngineActions.cdnStreamStateChanged({ url: URL_A, status: 2, code: 0, message: '', at: Date.now() }),
    );
    expect(text('go-live-status')).toBe('CDN task running');
    expect(text('go-live-elapsed')).toMatch(/^0:0\d$/);
    expect(text('go-live-task')).toBe('Task sandbox-task-1 · mix');
    expect(text('cdn-url')).toMatch(/^rtmp:\/\/push\.example\.com\/live\/•••• : pushing for 0:0\d$|^rtmp:\/\/push\.example\.com\/live\/••••: pushing for 0:0\d$/);
    expect(q('program-picture')?.getAttribute('data-kind')).toBe('video');
    expect(w.bridge.watched).toContain('mix:sandbox-task-1');
    q<HTMLButtonElement>('go-live-stop')!.click();
    await fixture.whenStable();
    expect(w.bridge.sentTypes()).toEqual(['stopPublishing']);
  });

  it('offers to retry once a URL failed, updating the task with what it runs', async () => {
    await create();
    await apply(
      ready,
      ...inRoom,
      ConsoleActions.publishingStartRequested({ urls: [URL_A], encoder: DEFAULT_CDN_ENCODER, shape, chosen: { mode: MIX, layout: shape.layout }, at: 1 }),
      EngineActions.publishingStarted({ taskId: 'sandbox-task-1', at: 2 }),
    );
    expect(q('go-live-retry')).toBeNull();
    await apply(EngineActions.cdnStreamStateChanged({ url: URL_A, status: 4, code: TXLiteAVError.ERR_PUBLISH_CDN_STREAM_REQUEST_TIME_OUT, message: '', at: 3 }));
    expect(text('cdn-url-why')).toContain('The CDN could not be reached for 60 s');
    q<HTMLButtonElement>('go-live-retry')!.click();
    await fixture.whenStable();
    expect(w.bridge.commands).toEqual([{ type: 'updatePublishing', mode: MIX }]);
  });

  it('explains a failed URL and a refused start in words', async () => {
    await create();
    await apply(
      ready,
      ...inRoom,
      ConsoleActions.publishingStartRequested({ urls: [URL_A], encoder: DEFAULT_CDN_ENCODER, shape, chosen: { mode: MIX, layout: shape.layout }, at: 1 }),
      EngineActions.publishingStartFailed({ error: { code: TXLiteAVError.ERR_PUBLISH_CDN_STREAM_SERVER_FAILED, message: '' }, at: 2 }),
    );
    expect(text('go-live-error')).toContain('The relay to the CDN was refused');
    w.bridge.refuseNext(refusal('invalid-state', 'publishOutsideRoom'));
    q<HTMLButtonElement>('go-live-start')!.click();
    await fixture.whenStable();
    expect(text('go-live-refusal')).toBe('Not sent: enter a room before going live on the CDN');
  });
});
