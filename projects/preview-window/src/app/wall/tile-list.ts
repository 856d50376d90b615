import { CdkDrag, CdkDropList, type CdkDragDrop, type DropListOrientation } from '@angular/cdk/drag-drop';
import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';

import type { RemoteUser } from '@broadcast-core/room-state';

import { WallArrangement } from './wall-arrangement';
import { WallTile } from './wall-tile';

/**
 * A reorderable run of small tiles (the grid, a PK column, the spotlight
 * strip): drag and drop, or Alt + arrow keys, and the wall order is saved.
 */
@Component({
  selector: 'bc-tile-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [CdkDropList, CdkDrag, WallTile],
  host: { '[attr.data-orientation]': 'orientation()' },
  template: `
    <div class="list" cdkDropList [cdkDropListOrientation]="orientation()" (cdkDropListDropped)="dropped($event)">
      @for (user of users(); track user.userId; let i = $index, last = $last) {
        <bc-wall-tile
          cdkDrag
          [user]="user"
          size="small"
          [selectable]="selectable()"
          [canMoveEarlier]="i > 0"
          [canMoveLater]="!last"
          (moved)="arrangement.moveBy(ids(), user.userId, $event)"
          (activated)="activated.emit(user.userId)"
        />
      }
    </div>
  `,
  styles: `
    :host { display: block; min-height: 0; }
    .list { display: flex; gap: 0.75rem; }
    :host([data-orientation='mixed']) .list { flex-wrap: wrap; align-content: flex-start; }
    :host([data-orientation='mixed']) bc-wall-tile { flex: 1 1 300px; max-width: 560px; }
    :host([data-orientation='vertical']) .list { flex-direction: column; }
    :host([data-orientation='horizontal']) .list { overflow-x: auto; padding-bottom: 0.25rem; }
    :host([data-orientation='horizontal']) bc-wall-tile { flex: 0 0 220px; }
    .cdk-drag-placeholder { opacity: 0.3; }
    .cdk-drag-animating, .list.cdk-drop-list-dragging bc-wall-tile:not(.cdk-drag-placeholder) { transition: transform 200ms ease; }
  `,
})
export class TileList {
  /** The tiles, in wall order. */
  readonly users = input.required<readonly RemoteUser[]>();
  /** How the tiles run: `mixed` wraps as a grid. */
  readonly orientation = input<DropListOrientation>('mixed');
  /** Tiles are chosen by click or Enter (emits `activated`). */
  readonly selectable = input(false);
  /** The host chose a tile: its userId. */
  readonly activated = output<string>();

  protected readonly arrangement = inject(WallArrangement);
  protected readonly ids = computed(() => this.users().map((u) => u.userId));

  protected dropped(event: Pick<CdkDragDrop<unknown>, 'previousIndex' | 'currentIndex'>): void {
    this.arrangement.move(this.ids(), event.previousIndex, event.currentIndex);
  }
}
