import { TestBed, type ComponentFixture } from '@angular/core/testing';

import { CLIP_LEVEL, LevelMeter, PEAK_HOLD_MS } from './level-meter';

describe('LevelMeter', () => {
  let fixture: ComponentFixture<LevelMeter>;
  const host = () => fixture.nativeElement as HTMLElement;

  // Fake timers drive the hold; change detection runs by hand, as the zoneless scheduler's own timers are faked too.
  function show(level: number): void {
    fixture.componentRef.setInput('level', level);
    fixture.detectChanges();
  }

  beforeEach(() => {
    jest.useFakeTimers();
    fixture = TestBed.createComponent(LevelMeter);
    fixture.componentRef.setInput('label', 'Mic');
    fixture.detectChanges();
  });

  afterEach(() => jest.useRealTimers());

  it('shows no peak mark or clip lamp unless asked to', () => {
    show(99);
    expect(host().getAttribute('data-peak')).toBeNull();
    expect(host().querySelector('.peak')).toBeNull();
    expect(host().classList.contains('clipped')).toBe(false);
  });

  it('holds the loudest recent level, then falls back to the level of the moment', () => {
    fixture.componentRef.setInput('peakHold', true);
    show(60);
    show(30);
    expect(host().getAttribute('data-level')).toBe('30');
    expect(host().getAttribute('data-peak')).toBe('60');
    jest.advanceTimersByTime(PEAK_HOLD_MS);
    fixture.detectChanges();
    expect(host().getAttribute('data-peak')).toBe('30');
  });

  it('lights the clip lamp in the clip zone for the hold time', () => {
    fixture.componentRef.setInput('peakHold', true);
    show(CLIP_LEVEL - 1);
    expect(host().getAttribute('data-clipped')).toBe('false');
    show(CLIP_LEVEL);
    show(20);
    expect(host().getAttribute('data-clipped')).toBe('true');
    expect(host().classList.contains('clipped')).toBe(true);
    jest.advanceTimersByTime(PEAK_HOLD_MS);
    fixture.detectChanges();
    expect(host().getAttribute('data-clipped')).toBe('false');
  });

  it('holds nothing of a muted source', () => {
    fixture.componentRef.setInput('peakHold', true);
    fixture.componentRef.setInput('muted', true);
    show(99);
    expect(host().getAttribute('data-peak')).toBe('0');
    expect(host().getAttribute('data-clipped')).toBe('false');
  });
});
