import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { TRTCAppScene, TRTCRoleType, TRTCVideoResolution, TRTCVideoResolutionMode } from 'trtc-electron-sdk/liteav/trtc_define';

import { refusal } from '@broadcast-core/bridge';
import { PreferencesStore } from '@broadcast-core/preferences';
import { ConsoleActions, DEFAULT_ENCODER, type EncoderParams } from '@broadcast-core/room-state';
import { domQuery, renderComponent, setUpWindowTesting, type WindowTesting } from '@broadcast-core/testing';

import { EncoderPanel } from './encoder-panel';
import { ENCODER_TRANSLATIONS } from './encoder-translations';

const HD = TRTCVideoResolution.TRTCVideoResolution_1280_720;
const PORTRAIT = TRTCVideoResolutionMode.TRTCVideoResolutionModePortrait;

describe('EncoderPanel', () => {
  let t: WindowTesting;
  let fixture: ComponentFixture<EncoderPanel>;

  const { one: el, text } = domQuery(() => fixture);
  const input = (id: string) => el<HTMLInputElement>(id)!;
  const select = () => el<HTMLSelectElement>('encoder-resolution')!;
  const selectedLabel = () => select().selectedOptions[0]?.textContent?.trim();

  /** Types a value, then commits it as a blur or Enter would. */
  async function type(id: string, value: string, commit = true): Promise<void> {
    input(id).value = value;
    input(id).dispatchEvent(new Event('input'));
    if (commit) input(id).dispatchEvent(new Event('change'));
    await fixture.whenStable();
  }

  async function chooseResolution(label: string): Promise<void> {
    select().selectedIndex = Array.from(select().options).findIndex((o) => o.textContent?.trim() === label);
    select().dispatchEvent(new Event('change'));
    await fixture.whenStable();
  }

  const sent = (params: Partial<EncoderParams>) => ({ type: 'setVideoEncoderParam', params: { ...DEFAULT_ENCODER, ...params } });

  beforeEach(async () => {
    t = setUpWindowTesting([ENCODER_TRANSLATIONS]);
    fixture = await renderComponent(EncoderPanel);
  });

  it("shows the room's encoder params and every SDK resolution, grouped by aspect ratio", () => {
    expect(selectedLabel()).toBe('640×360');
    expect(Array.from(select().querySelectorAll('optgroup')).map((g) => [g.label, g.children.length])).toEqual([
      ['16:9 widescreen', 9],
      ['4:3 standard', 8],
      ['1:1 square', 4],
    ]);
    expect(input('encoder-mode-0').checked).toBe(true);
    expect(input('encoder-mode-1').checked).toBe(false);
    expect([input('encoder-fps').value, input('encoder-bitrate').value, input('encoder-min-bitrate').value]).toEqual(['15', '550', '0']);
    expect(input('encoder-adjust-res').checked).toBe(false);
    expect(text('encoder-size')).toBe('Encoded as 640×360');
    expect(text('encoder-recommended')).toBe('Recommended for 640×360 in live streaming: 900 kbps.');
    expect(t.bridge.commands).toEqual([]);
  });

  it('sends the full params as soon as the resolution, orientation or adaptive resolution changes', async () => {
    await chooseResolution('1280×720');
    expect(t.bridge.commands).toEqual([sent({ videoResolution: HD })]);

    input('encoder-mode-1').click();
    await fixture.whenStable();
    // Each change is the room's current params plus that one change.
    expect(t.bridge.commands[1]).toEqual(sent({ resMode: PORTRAIT }));

    input('encoder-adjust-res').click();
    await fixture.whenStable();
    expect(t.bridge.commands[2]).toEqual(sent({ enableAdjustRes: true }));
  });

  it('sends a number field on change, not on every keystroke', async () => {
    await type('encoder-fps', '2', false);
    await type('encoder-fps', '25', false);
    expect(t.bridge.commands).toEqual([]);
    input('encoder-fps').dispatchEvent(new Event('change'));
    await fixture.whenStable();
    expect(t.bridge.commands).toEqual([sent({ videoFps: 25 })]);

    await type('encoder-bitrate', '1200');
    await type('encoder-min-bitrate', '300');
    expect(t.bridge.commands.slice(1)).toEqual([sent({ videoBitrate: 1200 }), sent({ minVideoBitrate: 300 })]);
  });

  it.each([
    ['encoder-fps', '75', 'videoFps must be 1 to 60'],
    ['encoder-fps', '12.5', 'videoFps must be an integer'],
    ['encoder-bitrate', '20000', 'videoBitrate must be 1 to 12000 kbps'],
    ['encoder-min-bitrate', '600', 'minVideoBitrate must not exceed videoBitrate'],
  ])('refuses %s = %s with the rule it breaks and sends nothing', async (id, value, message) => {
    await type(id, value);
    expect(text(`${id}-error`)).toBe(message);
    expect(el(`${id}-error`)?.getAttribute('role')).toBe('alert');
    expect(input(id).getAttribute('aria-invalid')).toBe('true');
    expect(t.bridge.commands).toEqual([]);
  });

  it('refuses an emptied field and sends nothing', async () => {
    await type('encoder-bitrate', '');
    expect(text('encoder-bitrate-error')).toBeTruthy();
    expect(t.bridge.commands).toEqual([]);
  });

  it('follows encoder changes made in another window, dropping a stale error', async () => {
    await type('encoder-fps', '99');
    expect(el('encoder-fps-error')).not.toBeNull();

    const params: EncoderParams = { videoResolution: HD, resMode: PORTRAIT, videoFps: 24, videoBitrate: 1800, minVideoBitrate: 900, enableAdjustRes: true };
    t.apply(ConsoleActions.encoderParamsSet({ params }));
    await fixture.whenStable();
    expect(selectedLabel()).toBe('1280×720');
    expect(input('encoder-mode-1').checked).toBe(true);
    expect([input('encoder-fps').value, input('encoder-bitrate').value, input('encoder-min-bitrate').value]).toEqual(['24', '1800', '900']);
    expect(input('encoder-adjust-res').checked).toBe(true);
    expect(text('encoder-size')).toBe('Encoded as 720×1280');
    expect(el('encoder-fps-error')).toBeNull();
    // Following the state sends nothing back.
    expect(t.bridge.commands).toEqual([]);
  });

  it('keeps a field the user is typing in when the room changes, and builds the next change on the one still in flight', async () => {
    const bitrate = input('encoder-bitrate');
    bitrate.value = '1500';
    bitrate.dispatchEvent(new Event('input'));
    t.apply(ConsoleActions.encoderParamsSet({ params: { ...DEFAULT_ENCODER, videoFps: 20 } }));
    await fixture.whenStable();
    expect(input('encoder-fps').value).toBe('20');
    expect(input('encoder-bitrate').value).toBe('1500');
    bitrate.dispatchEvent(new Event('change'));
    await fixture.whenStable();
    expect(t.bridge.commands.at(-1)).toEqual({ type: 'setVideoEncoderParam', params: { ...DEFAULT_ENCODER, videoFps: 20, videoBitrate: 1500 } });
  });

  it('never lets a second quick edit undo the first one still on its way', async () => {
    const fps = input('encoder-fps');
    const bitrate = input('encoder-bitrate');
    fps.value = '24';
    fps.dispatchEvent(new Event('input'));
    fps.dispatchEvent(new Event('change'));
    bitrate.value = '1200';
    bitrate.dispatchEvent(new Event('input'));
    bitrate.dispatchEvent(new Event('change'));
    await fixture.whenStable();
    expect(t.bridge.commands).toEqual([sent({ videoFps: 24 }), sent({ videoFps: 24, videoBitrate: 1200 })]);
  });

  it("shows the broker's refusal and puts the room's value back", async () => {
    t.bridge.refuseNext(refusal('engine-failed', 'engineThrew', { method: 'setVideoEncoderParam', detail: 'the encoder is busy' }));
    await type('encoder-fps', '20');
    expect(text('encoder-refusal')).toBe('Not applied: the engine refused setVideoEncoderParam: the encoder is busy');
    expect(input('encoder-fps').value).toBe('15');

    await type('encoder-fps', '20');
    expect(el('encoder-refusal')).toBeNull();
  });

  it("offers the SDK's recommended bitrate for the resolution and scene", async () => {
    t.apply(
      ConsoleActions.enterRoomRequested({
        params: { sdkAppId: 1400000001, roomId: 1, userId: 'host_1', role: TRTCRoleType.TRTCRoleAnchor },
        scene: TRTCAppScene.TRTCAppSceneVideoCall,
        at: 1,
      }),
    );
    await fixture.whenStable();
    expect(text('encoder-recommended')).toBe('Recommended for 640×360 in calls: 500 kbps.');
    el<HTMLButtonElement>('encoder-use-recommended')!.click();
    await fixture.whenStable();
    expect(t.bridge.commands).toEqual([sent({ videoBitrate: 500 })]);

    t.apply(ConsoleActions.encoderParamsSet({ params: { ...DEFAULT_ENCODER, videoBitrate: 500 } }));
    await fixture.whenStable();
    expect(el('encoder-use-recommended')).toBeNull();
  });

  it('speaks Chinese when the language switches', async () => {
    TestBed.inject(PreferencesStore).set({ language: 'zh-CN' });
    await fixture.whenStable();
    expect(text('encoder-recommended')).toBe('640×360 直播推荐码率：900 kbps。');
    expect(select().querySelector('optgroup')?.label).toBe('16:9 宽屏');
    expect(fixture.nativeElement.textContent).toContain('自适应分辨率');
  });
});
