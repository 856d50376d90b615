import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { TRTCVideoLayout } from 'trtc-electron-sdk/liteav/trtc_define';

import type { MixCanvas } from '../room-state';

/** A mix layout drawn as labelled boxes on the canvas: what CDN viewers will see, before there is a picture. */
@Component({
  selector: 'bc-layout-schematic',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { 'data-testid': 'layout-schematic' },
  template: `
    <div class="canvas" [style.aspect-ratio]="canvas().width + ' / ' + canvas().height">
      @for (box of boxes(); track $index) {
        <div class="box" data-testid="schematic-box" [style.left.%]="box.left" [style.top.%]="box.top" [style.width.%]="box.width" [style.height.%]="box.height" [style.z-index]="box.z">
          <span>{{ box.label }}</span>
        </div>
      }
    </div>
  `,
  styles: `
    .canvas { position: relative; width: 100%; background: #0b0d12; border: 1px solid var(--line); border-radius: 0.3rem; overflow: hidden; }
    .box { position: absolute; box-sizing: border-box; border: 2px solid var(--accent); background: rgba(61, 139, 253, 0.18); display: flex; align-items: flex-end; padding: 0.2rem; }
    .box span { font-size: 0.8rem; background: rgba(0, 0, 0, 0.6); padding: 0 0.3rem; border-radius: 0.2rem; }
  `,
})
export class LayoutSchematic {
  /** The videoLayoutList to draw. */
  readonly layouts = input.required<TRTCVideoLayout[]>();
  /** The encoder's picture size the layout is on. */
  readonly canvas = input.required<MixCanvas>();
  /** What an auto-filled box (no fixed user) is labelled. */
  readonly anyoneLabel = input('?');

  protected readonly boxes = computed(() => {
    const { width, height } = this.canvas();
    return this.layouts().map(({ rect, zOrder, fixedVideoUser }) => ({
      left: (rect.left / width) * 100,
      top: (rect.top / height) * 100,
      width: ((rect.right - rect.left) / width) * 100,
      height: ((rect.bottom - rect.top) / height) * 100,
      z: zOrder,
      label: fixedVideoUser.userId || this.anyoneLabel(),
    }));
  });
}
