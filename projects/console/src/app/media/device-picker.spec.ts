import { TestBed, type ComponentFixture } from '@angular/core/testing';

import { refusal } from '@broadcast-core/bridge';
import { PreferencesStore } from '@broadcast-core/preferences';
import { ConsoleActions, EngineActions } from '@broadcast-core/room-state';
import { setUpWindowTesting, type WindowTesting } from '@broadcast-core/testing';

import { DevicePicker, type DeviceKind } from './device-picker';
import { MEDIA_TRANSLATIONS } from './media-translations';

const DEVICES = {
  cameras: [
    { deviceId: 'cam-1', deviceName: 'FaceTime HD' },
    { deviceId: 'cam-2', deviceName: 'Studio cam' },
  ],
  mics: [{ deviceId: 'mic-1', deviceName: 'Built-in mic' }, { deviceId: 'mic-2', deviceName: 'Shure MV7' }],
  speakers: [{ deviceId: 'spk-1', deviceName: 'Speakers' }, { deviceId: 'spk-2', deviceName: 'Headphones' }],
  camera: 'cam-1',
  mic: 'mic-1',
  speaker: 'spk-1',
};

describe('DevicePicker', () => {
  let t: WindowTesting;
  let fixture: ComponentFixture<DevicePicker>;

  async function create(kind: DeviceKind): Promise<HTMLSelectElement> {
    fixture = TestBed.createComponent(DevicePicker);
    fixture.componentRef.setInput('kind', kind);
    await fixture.whenStable();
    return fixture.nativeElement.querySelector('select');
  }

  function choose(select: HTMLSelectElement, value: string): void {
    select.value = value;
    select.dispatchEvent(new Event('change'));
  }

  const options = (select: HTMLSelectElement) => Array.from(select.options).map((o) => o.textContent?.trim());

  beforeEach(() => {
    t = setUpWindowTesting([MEDIA_TRANSLATIONS]);
  });

  it('is disabled and says so while the engine lists no device', async () => {
    const select = await create('camera');
    expect(select.disabled).toBe(true);
    expect(options(select)).toEqual(['No camera found']);
    expect(select.closest('label')?.textContent).toContain('Camera');
  });

  it.each([
    ['camera', 'cam-2', 'setCurrentCameraDevice', ['FaceTime HD', 'Studio cam']],
    ['mic', 'mic-2', 'setCurrentMicDevice', ['Built-in mic', 'Shure MV7']],
    ['speaker', 'spk-2', 'setCurrentSpeakerDevice', ['Speakers', 'Headphones']],
  ] as const)('lists the %s devices, marks the current one and sends the choice', async (kind, choice, type, names) => {
    t.apply(EngineActions.devicesListed(DEVICES));
    const select = await create(kind);
    expect(select.getAttribute('data-testid')).toBe(`${kind}-select`);
    expect(options(select)).toEqual(names);
    expect(select.selectedIndex).toBe(0);
    choose(select, choice);
    await fixture.whenStable();
    expect(t.bridge.commands).toEqual([{ type, deviceId: choice }]);
  });

  it('follows a device chosen in another window', async () => {
    t.apply(EngineActions.devicesListed(DEVICES));
    const select = await create('mic');
    t.apply(ConsoleActions.micSelected({ deviceId: 'mic-2' }));
    await fixture.whenStable();
    expect(select.value).toBe('mic-2');
  });

  it('asks for a choice when no current device is known', async () => {
    t.apply(EngineActions.devicesListed({ ...DEVICES, speaker: null }));
    const select = await create('speaker');
    expect(options(select)).toEqual(['Choose…', 'Speakers', 'Headphones']);
    expect(select.value).toBe('');
  });

  it('shows a refusal and puts the current device back', async () => {
    t.apply(EngineActions.devicesListed(DEVICES));
    const select = await create('camera');
    t.bridge.refuseNext(refusal('invalid-command', 'unknownDevice', { kind: 'camera', deviceId: 'cam-2' }, 'command.deviceId'));
    choose(select, 'cam-2');
    await fixture.whenStable();
    expect(fixture.nativeElement.querySelector('[data-testid="camera-refusal"]').textContent.trim()).toBe('Not applied: no camera with id "cam-2"');
    expect(select.value).toBe('cam-1');
  });

  it('speaks Chinese when the language switches', async () => {
    const select = await create('speaker');
    TestBed.inject(PreferencesStore).set({ language: 'zh-CN' });
    await fixture.whenStable();
    expect(options(select)).toEqual(['未找到扬声器']);
    expect(select.closest('label')?.textContent).toContain('扬声器');
  });
});
