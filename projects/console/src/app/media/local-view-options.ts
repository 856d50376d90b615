import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { Store } from '@ngrx/store';
import { TranslatePipe } from '@ngx-translate/core';
import { TRTCVideoFillMode } from 'trtc-electron-sdk/liteav/trtc_define';

import { injectCommand } from '@broadcast-core/bridge-client';
import { localMediaFeature } from '@broadcast-core/room-state';
import { RefusalTextPipe } from '@broadcast-core/ui';

/** How the local view is drawn: fill or fit (setLocalViewFillMode) and mirrored or not (setLocalMirror). */
@Component({
  selector: 'bc-local-view-options',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, RefusalTextPipe],
  template: `
    <div class="actions" role="group" [attr.aria-label]="'media.view.group' | translate">
      @for (m of modes; track m.value) {
        <button type="button" [attr.data-testid]="'fill-mode-' + m.name" [attr.aria-pressed]="fillMode() === m.value"
          [attr.title]="m.hintKey | translate" (click)="command.send({ type: 'setLocalViewFillMode', mode: m.value })">
          {{ m.labelKey | translate }}
        </button>
      }
      <button type="button" data-testid="local-mirror" [attr.aria-pressed]="mirror()"
        (click)="command.send({ type: 'setLocalMirror', mirror: !mirror() })">
        {{ 'media.view.mirror' | translate }}
      </button>
    </div>
    @if (command.refusal(); as r) {
      <span class="refusal" role="alert" data-testid="local-view-refusal">{{ 'media.refused' | translate: { reason: (r | refusalText) } }}</span>
    }
  `,
})
export class LocalViewOptions {
  private readonly store = inject(Store);

  protected readonly fillMode = this.store.selectSignal(localMediaFeature.selectFillMode);
  protected readonly mirror = this.store.selectSignal(localMediaFeature.selectMirror);
  protected readonly modes = [
    { value: TRTCVideoFillMode.TRTCVideoFillMode_Fill, name: 'fill', labelKey: 'media.view.fill', hintKey: 'media.view.fillHint' },
    { value: TRTCVideoFillMode.TRTCVideoFillMode_Fit, name: 'fit', labelKey: 'media.view.fit', hintKey: 'media.view.fitHint' },
  ];
  /** Sends this panel's commands; its refusal() is the broker's refusal of the last one, shown in the window's language. */
  protected readonly command = injectCommand();
}
