import type { ComponentFixture } from '@angular/core/testing';
import { TXLiteAVError } from 'trtc-electron-sdk/liteav/trtc_code';
import { TRTCPublishMode } from 'trtc-electron-sdk/liteav/trtc_define';

import { ConsoleActions, DEFAULT_CDN_ENCODER, EngineActions, type PublishShape } from '@broadcast-core/room-state';
import { domQuery, renderComponent, setUpWindowTesting, type WindowTesting } from '@broadcast-core/testing';

import { ProgramView } from './program-view';
import { WALL_TRANSLATIONS } from './wall-translations';

const URLS = ['rtmp://a.example.com/live/secret-1', 'rtmp://b.example.com/live/secret-2'];
const videoLayouts = [
  { rect: { left: 0, top: 0, right: 640, bottom: 720 }, zOrder: 0, fillMode: 0, backgroundColor: 0, placeHolderImage: '', fixedVideoUser: { userId: 'host_1', intRoomId: 29834, strRoomId: '' }, fixedVideoStreamType: 0 },
  { rect: { left: 640, top: 0, right: 1280, bottom: 720 }, zOrder: 1, fillMode: 0, backgroundColor: 0, placeHolderImage: '', fixedVideoUser: { userId: 'userB', intRoomId: 978, strRoomId: '' }, fixedVideoStreamType: 0 },
];
const shape: PublishShape = { mode: TRTCPublishMode.TRTCPublishMixStreamToCdn, layout: { preset: 'pk', custom: [] }, videoLayouts };
const started = (at: number) => [
  ConsoleActions.publishingStartRequested({ urls: URLS, encoder: DEFAULT_CDN_ENCODER, shape, chosen: { mode: shape.mode, layout: shape.layout }, at }),
  EngineActions.publishingStarted({ taskId: 'sandbox-task-7', at }),
];

describe('ProgramView', () => {
  let w: WindowTesting;
  let fixture: ComponentFixture<ProgramView>;
  const { one: q, text } = domQuery(() => fixture);

  async function create(kind: 'sandbox' | 'trtc'): Promise<void> {
    w = setUpWindowTesting([WALL_TRANSLATIONS]);
    w.apply(EngineActions.engineReady({ kind, sdkVersion: 'x', generation: 1, at: 0 }));
    fixture = await renderComponent(ProgramView);
  }

  it('says there is nothing on the CDN while no task runs', async () => {
    await create('sandbox');
    expect(text('program-idle')).toContain('Not on the CDN');
  });

  it('shows the mix picture, the worst URL state with its duration, and the hosts without stream keys', async () => {
    await create('sandbox');
    const now = Date.now();
    w.apply(
      ...started(now),
      EngineActions.cdnStreamStateChanged({ url: URLS[0], status: 2, code: 0, message: '', at: now }),
      EngineActions.cdnStreamStateChanged({ url: URLS[1], status: 4, code: TXLiteAVError.ERR_PUBLISH_CDN_STREAM_REQUEST_TIME_OUT, message: '', at: now }),
    );
    await fixture.whenStable();
    expect(w.bridge.watched).toContain('mix:sandbox-task-7');
    expect(text('program-state')).toMatch(/^CDN failed for 0:0\d$/);
    expect(text('program-why')).toContain('The CDN could not be reached for 60 s');
    expect(text('program-hosts')).toBe('Pushing to a.example.com, b.example.com');
    expect((fixture.nativeElement as HTMLElement).textContent).not.toContain('secret');
  });

  it("draws the layout on Tencent's cloud, whose SDK gives no local mix picture, and says so", async () => {
    await create('trtc');
    w.apply(...started(Date.now()));
    await fixture.whenStable();
    expect(q('program-picture')?.getAttribute('data-kind')).toBe('no-local-mix');
    expect(text('program-no-local-mix')).toContain('does not give the mixed picture locally');
    expect(w.bridge.watched).toEqual([]);
  });
});
