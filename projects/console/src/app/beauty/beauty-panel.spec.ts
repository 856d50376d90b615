import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { TRTCBeautyStyle } from 'trtc-electron-sdk/liteav/trtc_define';

import { refusal } from '@broadcast-core/bridge';
import { PreferencesStore } from '@broadcast-core/preferences';
import { ConsoleActions, initialLocalMedia, type BeautySettings } from '@broadcast-core/room-state';
import { renderComponent, setUpWindowTesting, type WindowTesting } from '@broadcast-core/testing';

import { BeautyPanel } from './beauty-panel';
import { BEAUTY_TRANSLATIONS } from './beauty-translations';

const OFF = initialLocalMedia.beauty;
const NATURAL = TRTCBeautyStyle.TRTCBeautyStyleNature;

describe('BeautyPanel', () => {
  let t: WindowTesting;
  let fixture: ComponentFixture<BeautyPanel>;

  const el = <T extends HTMLElement = HTMLElement>(id: string) => fixture.nativeElement.querySelector(`[data-testid="${id}"]`) as T;
  const slider = (level: string) => el<HTMLInputElement>(`beauty-${level}`);
  const levels = () => ['beauty', 'white', 'ruddiness'].map((l) => slider(l).value);

  /** Drags a slider to a level, then lets go. */
  async function slide(level: string, value: number, release = true): Promise<void> {
    slider(level).value = String(value);
    slider(level).dispatchEvent(new Event('input'));
    if (release) slider(level).dispatchEvent(new Event('change'));
    await fixture.whenStable();
  }

  const sent = (beauty: Partial<BeautySettings>) => ({ type: 'setBeautyStyle', beauty: { ...OFF, ...beauty } });

  beforeEach(async () => {
    t = setUpWindowTesting([BEAUTY_TRANSLATIONS]);
    fixture = await renderComponent(BeautyPanel);
  });

  it('shows the style and three labelled 0-9 sliders from the state', () => {
    expect(el<HTMLInputElement>('beauty-style-smooth').checked).toBe(true);
    expect(el<HTMLInputElement>('beauty-style-natural').checked).toBe(false);
    for (const [level, label] of [['beauty', 'Smoothing'], ['white', 'Whitening'], ['ruddiness', 'Rosy cheeks']]) {
      expect([slider(level).type, slider(level).min, slider(level).max, slider(level).step]).toEqual(['range', '0', '9', '1']);
      expect(slider(level).closest('label')?.querySelector('span')?.textContent).toBe(label);
      expect(slider(level).getAttribute('aria-valuetext')).toBe('Off');
    }
    expect(levels()).toEqual(['0', '0', '0']);
    expect(el<HTMLButtonElement>('beauty-reset').disabled).toBe(true);
  });

  it('sends the full settings when a slider is let go, not while it moves', async () => {
    await slide('beauty', 3, false);
    await slide('beauty', 6, false);
    expect(el('beauty-beauty-value').textContent).toBe('6');
    expect(slider('beauty').getAttribute('aria-valuetext')).toBe('6 of 9');
    expect(t.bridge.commands).toEqual([]);
    slider('beauty').dispatchEvent(new Event('change'));
    await fixture.whenStable();
    expect(t.bridge.commands).toEqual([sent({ beauty: 6 })]);

    await slide('white', 2);
    await slide('ruddiness', 9);
    // Each change is the room's current settings plus that one change.
    expect(t.bridge.commands.slice(1)).toEqual([sent({ white: 2 }), sent({ ruddiness: 9 })]);
  });

  it('sends the style as soon as it is picked', async () => {
    el<HTMLInputElement>('beauty-style-natural').click();
    await fixture.whenStable();
    expect(t.bridge.commands).toEqual([sent({ style: NATURAL })]);
  });

  it('follows settings made in another window, and resets every level to 0 keeping the style', async () => {
    t.apply(ConsoleActions.beautySet({ beauty: { style: NATURAL, beauty: 5, white: 4, ruddiness: 1 } }));
    await fixture.whenStable();
    expect(el<HTMLInputElement>('beauty-style-natural').checked).toBe(true);
    expect(levels()).toEqual(['5', '4', '1']);
    expect(slider('white').getAttribute('aria-valuetext')).toBe('4 of 9');
    expect(t.bridge.commands).toEqual([]);

    el<HTMLButtonElement>('beauty-reset').click();
    await fixture.whenStable();
    expect(t.bridge.commands).toEqual([{ type: 'setBeautyStyle', beauty: { style: NATURAL, beauty: 0, white: 0, ruddiness: 0 } }]);
  });

  it("shows the broker's refusal and puts the sliders back", async () => {
    t.bridge.refuseNext(refusal('engine-failed', 'engineThrew', { method: 'setBeautyStyle', detail: 'beauty filter unavailable on this GPU' }));
    await slide('beauty', 7);
    expect(el('beauty-refusal').textContent?.trim()).toBe('Not applied: the engine refused setBeautyStyle: beauty filter unavailable on this GPU');
    expect(el('beauty-refusal').getAttribute('role')).toBe('alert');
    expect(levels()).toEqual(['0', '0', '0']);
    expect(el('beauty-beauty-value').textContent).toBe('0');

    await slide('beauty', 7);
    expect(fixture.nativeElement.querySelector('[data-testid="beauty-refusal"]')).toBeNull();
  });

  it('speaks Chinese when the language switches', async () => {
    t.apply(ConsoleActions.beautySet({ beauty: { ...OFF, white: 3 } }));
    TestBed.inject(PreferencesStore).set({ language: 'zh-CN' });
    await fixture.whenStable();
    expect(slider('white').getAttribute('aria-valuetext')).toBe('3/9');
    expect(slider('beauty').getAttribute('aria-valuetext')).toBe('关闭');
    expect(el('beauty-reset').textContent?.trim()).toBe('重置');
    expect(el('beauty-style-natural').closest('label')?.textContent?.trim()).toBe('自然');
  });
});
