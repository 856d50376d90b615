import type { CdkDragEnd } from '@angular/cdk/drag-drop';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import type { Rect } from 'trtc-electron-sdk/liteav/trtc_define';

import { setUpWindowTesting } from '@broadcast-core/testing';

import { CustomLayoutEditor } from './custom-layout-editor';
import { GO_LIVE_TRANSLATIONS } from './go-live-translations';

describe('CustomLayoutEditor', () => {
  let fixture: ComponentFixture<CustomLayoutEditor>;
  let emitted: Rect[][];
  const boxes: Rect[] = [{ left: 0, top: 0, right: 640, bottom: 360 }, { left: 640, top: 360, right: 1280, bottom: 720 }];

  beforeEach(async () => {
    setUpWindowTesting([GO_LIVE_TRANSLATIONS]);
    fixture = TestBed.createComponent(CustomLayoutEditor);
    fixture.componentRef.setInput('boxes', boxes);
    fixture.componentRef.setInput('canvas', { width: 1280, height: 720 });
    emitted = [];
    fixture.componentInstance.changed.subscribe((b) => emitted.push(b));
    await fixture.whenStable();
  });

  /** Ends a drag of box `index` that moved (x, y) screen pixels on a canvas shown `shownWidth` wide. */
  function drag(index: number, x: number, y: number, shownWidth: number): void {
    const area = { clientWidth: shownWidth } as HTMLElement;
    const event = { distance: { x, y }, source: { reset: () => undefined } } as unknown as CdkDragEnd;
    (fixture.componentInstance as unknown as { moved(i: number, e: CdkDragEnd, a: HTMLElement): void }).moved(index, event, area);
  }

  it('draws each box at its place on the canvas, in percent', () => {
    const shown = [...(fixture.nativeElement as HTMLElement).querySelectorAll<HTMLElement>('[data-testid=custom-box]')];
    expect(shown.map((b) => [b.style.left, b.style.width])).toEqual([['0%', '50%'], ['50%', '50%']]);
  });

  it('moves a dragged box by the distance scaled to canvas pixels, clamped inside the canvas', () => {
    drag(0, 64, 32, 640);
    expect(emitted[0][0]).toEqual({ left: 128, top: 64, right: 768, bottom: 424 });
    drag(1, 500, 500, 640);
    expect(emitted[1][1]).toEqual({ left: 640, top: 360, right: 1280, bottom: 720 });
  });

  it('adds a quarter box and removes the last one, never the only one', () => {
    (fixture.nativeElement as HTMLElement).querySelector<HTMLButtonElement>('[data-testid=custom-add]')!.click();
    expect(emitted[0]).toEqual([...boxes, { left: 0, top: 0, right: 640, bottom: 360 }]);
    (fixture.nativeElement as HTMLElement).querySelector<HTMLButtonElement>('[data-testid=custom-remove]')!.click();
    expect(emitted[1]).toEqual([boxes[0]]);
  });
});
