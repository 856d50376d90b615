import { TestBed, type ComponentFixture } from '@angular/core/testing';

import { refusal } from '@broadcast-core/bridge';
import { ConsoleActions, EngineActions } from '@broadcast-core/room-state';
import { setUpWindowTesting, type WindowTesting } from '@broadcast-core/testing';

import { DeviceNotices } from './device-notices';
import { MEDIA_TRANSLATIONS } from './media-translations';

const USB = { deviceId: 'usb', deviceName: 'USB Mic' };
const BUILT_IN = { deviceId: 'int', deviceName: 'Built-in Mic' };
const listed = (mics: (typeof USB)[], mic: string) => EngineActions.devicesListed({ cameras: [], mics, speakers: [], camera: null, mic, speaker: null });

describe('DeviceNotices', () => {
  let t: WindowTesting;
  let fixture: ComponentFixture<DeviceNotices>;
  const el = (id: string) => fixture.nativeElement.querySelector(`[data-testid="${id}"]`) as HTMLElement | null;

  beforeEach(async () => {
    t = setUpWindowTesting([MEDIA_TRANSLATIONS]);
    fixture = TestBed.createComponent(DeviceNotices);
    t.apply(listed([USB, BUILT_IN], 'usb'));
    await fixture.whenStable();
  });

  it('names the pulled-out mic and switches to the next one in one click', async () => {
    expect(el('device-notice-mic')).toBeNull();
    t.apply(EngineActions.deviceUnplugged({ ...USB, kind: 'mic', at: 1 }), listed([BUILT_IN], 'usb'));
    await fixture.whenStable();
    expect(el('device-notice-mic')?.textContent).toContain('USB Mic unplugged: switch to Built-in Mic');
    expect(el('device-notice-mic')?.getAttribute('role')).toBe('alert');
    el('device-switch-mic')!.click();
    expect(t.bridge.commands).toEqual([{ type: 'setCurrentMicDevice', deviceId: 'int' }]);
    t.apply(ConsoleActions.micSelected({ deviceId: 'int' }));
    await fixture.whenStable();
    expect(el('device-notice-mic')).toBeNull();
  });

  it('says so when no other device of the kind is left, and shows a refused switch', async () => {
    t.apply(EngineActions.deviceUnplugged({ ...USB, kind: 'mic', at: 1 }), listed([], 'usb'));
    await fixture.whenStable();
    expect(el('device-notice-mic')?.textContent).toContain('USB Mic unplugged: no other microphone is connected; plug one in');
    expect(el('device-switch-mic')).toBeNull();
    t.apply(listed([BUILT_IN], 'usb'));
    await fixture.whenStable();
    t.bridge.refuseNext(refusal('invalid-command', 'unknownDevice', { kind: 'microphone', deviceId: 'int' }, 'command.deviceId'));
    el('device-switch-mic')!.click();
    await fixture.whenStable();
    expect(el('device-notice-refusal')?.textContent).toContain('Not applied');
  });

  it('names what the SDK switched an unplugged mic to, until this window dismisses it', async () => {
    t.apply(EngineActions.deviceUnplugged({ ...USB, kind: 'mic', at: 1 }), listed([BUILT_IN], 'int'));
    await fixture.whenStable();
    expect(el('device-notice-mic')?.textContent).toContain('USB Mic unplugged: the SDK switched to Built-in Mic');
    expect(el('device-switch-mic')).toBeNull();
    el('device-dismiss-mic')!.click();
    await fixture.whenStable();
    expect(el('device-notice-mic')).toBeNull();
    expect(t.bridge.commands).toEqual([]);
  });
});
