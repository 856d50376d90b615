import { CdkDrag, CdkDragHandle, type CdkDragEnd } from '@angular/cdk/drag-drop';
import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';
import type { Rect } from 'trtc-electron-sdk/liteav/trtc_define';

import { MAX_MIX_BOXES, clampRect, type MixCanvas } from '@broadcast-core/room-state';

/** A new box: a quarter of the canvas, at its top left. */
function newBox(canvas: MixCanvas): Rect {
  return { left: 0, top: 0, right: Math.round(canvas.width / 2), bottom: Math.round(canvas.height / 2) };
}

/**
 * Edits custom mix boxes on a scaled canvas: each box is dragged (Angular CDK drag, kept inside the canvas) and
 * lands clamped to whole canvas pixels; boxes are added and removed with buttons. Emits the new list.
 */
@Component({
  selector: 'bc-custom-layout-editor',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [CdkDrag, CdkDragHandle, TranslatePipe],
  template: `
    <p class="hint">{{ 'goLive.custom.label' | translate }}</p>
    <div #area class="canvas" data-testid="custom-canvas" [style.aspect-ratio]="canvas().width + ' / ' + canvas().height">
      @for (box of placed(); track $index) {
        <div class="box" cdkDrag cdkDragBoundary=".canvas" data-testid="custom-box" [attr.data-index]="$index"
          [style.left.%]="box.left" [style.top.%]="box.top" [style.width.%]="box.width" [style.height.%]="box.height"
          (cdkDragEnded)="moved($index, $event, area)">
          <span cdkDragHandle>{{ 'goLive.custom.box' | translate: { n: $index + 1 } }}</span>
        </div>
      }
    </div>
    <div class="actions">
      <button type="button" data-testid="custom-add" [disabled]="boxes().length >= maxBoxes" (click)="changed.emit([...boxes(), newBox()])">{{ 'goLive.custom.add' | translate }}</button>
      <button type="button" data-testid="custom-remove" [disabled]="boxes().length <= 1" (click)="changed.emit(boxes().slice(0, -1))">{{ 'goLive.custom.remove' | translate }}</button>
    </div>
  `,
  styles: `
    .canvas { position: relative; width: 100%; background: #0b0d12; border: 1px solid var(--line); border-radius: 0.3rem; overflow: hidden; }
    .box { position: absolute; box-sizing: border-box; border: 2px dashed var(--accent); background: rgba(61, 139, 253, 0.2); cursor: move; }
    .box span { font-size: 0.8rem; padding: 0 0.3rem; }
    .actions { display: flex; gap: 0.5rem; margin-top: 0.4rem; }
  `,
})
export class CustomLayoutEditor {
  /** The boxes, in canvas pixels. */
  readonly boxes = input.required<Rect[]>();
  /** The encoder's picture size. */
  readonly canvas = input.required<MixCanvas>();
  /** The boxes after a move, an addition or a removal. */
  readonly changed = output<Rect[]>();

  protected readonly maxBoxes = MAX_MIX_BOXES;
  protected readonly placed = computed(() => {
    const { width, height } = this.canvas();
    return this.boxes().map((r) => ({ left: (r.left / width) * 100, top: (r.top / height) * 100, width: ((r.right - r.left) / width) * 100, height: ((r.bottom - r.top) / height) * 100 }));
  });

  protected newBox(): Rect {
    return newBox(this.canvas());
  }

  /** A drag ended: the distance moved on screen, scaled to canvas pixels, moves the box (clamped); the drag transform is reset. */
  protected moved(index: number, event: CdkDragEnd, area: HTMLElement): void {
    const { x, y } = event.distance;
    const scale = this.canvas().width / (area.clientWidth || this.canvas().width);
    const r = this.boxes()[index];
    const dx = Math.round(x * scale);
    const dy = Math.round(y * scale);
    event.source.reset();
    const next = clampRect({ left: r.left + dx, top: r.top + dy, right: r.right + dx, bottom: r.bottom + dy }, this.canvas());
    this.changed.emit(this.boxes().map((b, i) => (i === index ? next : b)));
  }
}
