import { TestBed, type ComponentFixture } from '@angular/core/testing';

import { EngineActions } from '@broadcast-core/room-state';
import { setUpWindowTesting, type WindowTesting } from '@broadcast-core/testing';

import { SandboxCommands } from './sandbox-commands';
import { SandboxDevices } from './sandbox-devices';
import { SANDBOX_TRANSLATIONS } from './sandbox-translations';

const listed = (mics: { deviceId: string; deviceName: string }[]) =>
  EngineActions.devicesListed({ cameras: [{ deviceId: 'cam', deviceName: 'HD Camera' }], mics, speakers: [], camera: 'cam', mic: 'usb', speaker: null });

describe('SandboxDevices', () => {
  let t: WindowTesting;
  let fixture: ComponentFixture<SandboxDevices>;
  const el = (id: string) => fixture.nativeElement.querySelector(`[data-testid="${id}"]`) as HTMLElement | null;

  beforeEach(async () => {
    t = setUpWindowTesting([SANDBOX_TRANSLATIONS], [SandboxCommands]);
    fixture = TestBed.createComponent(SandboxDevices);
    t.apply(listed([{ deviceId: 'usb', deviceName: 'USB Mic' }, { deviceId: 'int', deviceName: 'Built-in Mic' }]));
    await fixture.whenStable();
  });

  it('offers to unplug each listed device, and to plug back one that was pulled out', async () => {
    expect(el('sandbox-device-cam')?.textContent).toContain('Camera: HD Camera');
    el('unplug-usb')!.click();
    expect(t.bridge.commands).toEqual([{ type: 'sandbox.unplugDevice', deviceId: 'usb' }]);
    t.apply(EngineActions.deviceUnplugged({ deviceId: 'usb', deviceName: 'USB Mic', kind: 'mic', at: 1 }), listed([{ deviceId: 'int', deviceName: 'Built-in Mic' }]));
    await fixture.whenStable();
    expect(el('sandbox-device-usb')?.dataset['plugged']).toBe('false');
    expect(el('unplug-usb')).toBeNull();
    el('plug-usb')!.click();
    expect(t.bridge.commands.at(-1)).toEqual({ type: 'sandbox.plugDevice', deviceId: 'usb' });
  });
});
