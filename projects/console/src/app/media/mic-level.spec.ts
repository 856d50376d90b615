import { TestBed, type ComponentFixture } from '@angular/core/testing';

import { PreferencesStore } from '@broadcast-core/preferences';
import { ConsoleActions, EngineActions } from '@broadcast-core/room-state';
import { renderComponent, setUpWindowTesting, type WindowTesting } from '@broadcast-core/testing';

import { MEDIA_TRANSLATIONS } from './media-translations';
import { MicLevel } from './mic-level';

describe('MicLevel', () => {
  let t: WindowTesting;
  let fixture: ComponentFixture<MicLevel>;

  const meter = () => fixture.nativeElement.querySelector('[data-testid="mic-level"]') as HTMLElement;

  beforeEach(async () => {
    t = setUpWindowTesting([MEDIA_TRANSLATIONS]);
    fixture = await renderComponent(MicLevel);
  });

  it('is a labelled meter at 0 while the mic is off', () => {
    expect(meter().getAttribute('role')).toBe('meter');
    expect(meter().getAttribute('aria-valuemin')).toBe('0');
    expect(meter().getAttribute('aria-valuemax')).toBe('100');
    expect(meter().getAttribute('aria-valuenow')).toBe('0');
    expect(meter().getAttribute('aria-valuetext')).toBe('Microphone off');
    const label = fixture.nativeElement.querySelector(`#${meter().getAttribute('aria-labelledby')}`) as HTMLElement;
    expect(label.textContent).toBe('Microphone level');
  });

  it('follows the local voice level the SDK reports, ignoring remote users', async () => {
    t.apply(
      ConsoleActions.localAudioToggled({ started: true }),
      EngineActions.voiceLevelsChanged({ levels: [['guest_1', 80], ['', 42]] }),
    );
    await fixture.whenStable();
    expect(meter().getAttribute('aria-valuenow')).toBe('42');
    expect(meter().getAttribute('aria-valuetext')).toBe('42 of 100');
    // The drawn bar is 42% of the meter (the shared meter scales its fill by --level).
    expect(meter().style.getPropertyValue('--level')).toBe('0.42');

    t.apply(EngineActions.voiceLevelsChanged({ levels: [['', 95]] }));
    await fixture.whenStable();
    expect(meter().getAttribute('aria-valuenow')).toBe('95');
    expect(meter().getAttribute('data-loud')).toBe('true');

    t.apply(ConsoleActions.localAudioToggled({ started: false }));
    await fixture.whenStable();
    expect(meter().getAttribute('aria-valuenow')).toBe('0');
  });

  it('says when level reports are off, and not once the broker turns them on', async () => {
    expect(fixture.nativeElement.querySelector('[data-testid="mic-level-off"]')?.textContent).toBe('Level reports are off.');
    t.apply(ConsoleActions.volumeEvaluationSet({ intervalMs: 300 }));
    await fixture.whenStable();
    expect(fixture.nativeElement.querySelector('[data-testid="mic-level-off"]')).toBeNull();
  });

  it('speaks Chinese when the language switches', async () => {
    t.apply(ConsoleActions.localAudioToggled({ started: true }), EngineActions.voiceLevelsChanged({ levels: [['', 30]] }));
    TestBed.inject(PreferencesStore).set({ language: 'zh-CN' });
    await fixture.whenStable();
    expect(meter().getAttribute('aria-valuetext')).toBe('30/100');
    expect(fixture.nativeElement.textContent).toContain('麦克风音量');
  });
});
