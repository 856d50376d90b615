import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { TRTCQuality } from 'trtc-electron-sdk/liteav/trtc_define';

import { PreferencesStore } from '@broadcast-core/preferences';
import { renderComponent, setUpWindowTesting } from '@broadcast-core/testing';

import { QualityIndicator, qualityLook } from './quality-indicator';

describe('qualityLook', () => {
  it('lights fewer bars as the quality drops, grey when unknown', () => {
    expect(qualityLook(TRTCQuality.TRTCQuality_Unknown)).toEqual({ bars: 0, tone: 'unknown' });
    expect(qualityLook(TRTCQuality.TRTCQuality_Excellent)).toEqual({ bars: 5, tone: 'ok' });
    expect(qualityLook(TRTCQuality.TRTCQuality_Good)).toEqual({ bars: 4, tone: 'ok' });
    expect(qualityLook(TRTCQuality.TRTCQuality_Poor)).toEqual({ bars: 3, tone: 'warn' });
    expect(qualityLook(TRTCQuality.TRTCQuality_Bad)).toEqual({ bars: 2, tone: 'warn' });
    expect(qualityLook(TRTCQuality.TRTCQuality_Vbad)).toEqual({ bars: 1, tone: 'bad' });
    expect(qualityLook(TRTCQuality.TRTCQuality_Down)).toEqual({ bars: 0, tone: 'bad' });
  });
});

@Component({
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [QualityIndicator],
  template: `<bc-quality-indicator [quality]="quality()" label="Network" />`,
})
class Host {
  readonly quality = signal(TRTCQuality.TRTCQuality_Poor);
}

describe('QualityIndicator', () => {
  it('shows the quality in words, in the window language, with its bars lit', async () => {
    setUpWindowTesting();
    const fixture = await renderComponent(Host);
    const el = fixture.nativeElement.querySelector('bc-quality-indicator') as HTMLElement;
    expect(el.textContent!.trim()).toBe('Network Fair');
    expect(el.querySelectorAll('i.on')).toHaveLength(3);

    fixture.componentInstance.quality.set(TRTCQuality.TRTCQuality_Down);
    TestBed.inject(PreferencesStore).set({ language: 'zh-CN' });
    await fixture.whenStable();
    expect(el.querySelector('.value')!.textContent).toBe('不可用');
    expect(el.getAttribute('data-tone')).toBe('bad');
    expect(el.querySelectorAll('i.on')).toHaveLength(0);
  });
});
