import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { Store } from '@ngrx/store';
import { TranslatePipe } from '@ngx-translate/core';
import { TRTCRoleType } from 'trtc-electron-sdk/liteav/trtc_define';

import type { BridgeError } from '@broadcast-core/bridge';
import { BridgeClient } from '@broadcast-core/bridge-client';
import { selectOnAir, sessionFeature, type PreflightCheck } from '@broadcast-core/room-state';
import { CodeTextPipe, RefusalTextPipe } from '@broadcast-core/ui';

import { RoomDraft } from '../session/room-draft';
import { ConsoleWindows } from '../windows/console-windows';
import { LeaveRoom } from './leave-room';
import { OnAir } from './on-air';
import type { StepFailure } from './show-steps';

/**
 * The show's one action, in the status strip: Go on air (or Join as audience) with its steps' progress
 * and why a step stopped; Off air once in the room; Watch (the wall) for a window that may only watch.
 */
@Component({
  selector: 'bc-show-control',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, CodeTextPipe, RefusalTextPipe],
  template: `
    @if (viewOnly()) {
      <button type="button" class="show-action" data-testid="watch" (click)="windows.open('wall')">{{ 'show.watch' | translate }}</button>
    } @else if (inRoom()) {
      <button type="button" class="show-action off" data-testid="off-air" [disabled]="leaving()" (click)="leave.leave()">
        {{ (onAirNow() ? 'show.offAir' : 'show.leave') | translate }}
      </button>
    } @else {
      <button type="button" class="show-action on" data-testid="go-on-air" [disabled]="onAir.running() || !draft.canEnter()" (click)="onAir.goOnAir()">
        {{ (draftAnchor() ? 'show.goOnAir' : 'show.joinAudience') | translate }}
      </button>
    }
    @if (onAir.running() || onAir.failure()) {
      <ol class="steps" data-testid="show-steps" [attr.aria-label]="'show.progress' | translate">
        @for (s of onAir.progress(); track s.step) {
          <li [attr.data-state]="s.state" [attr.data-testid]="'show-step-' + s.step">{{ 'show.step.' + s.step | translate }}: {{ 'show.state.' + s.state | translate }}</li>
        }
      </ol>
    }
    <span role="status" class="show-failure">
      @if (onAir.failure(); as f) {
        <span class="error" data-testid="show-failure">
          {{ 'show.failed' | translate: { step: ('show.step.' + f.step | translate) } }}
          @switch (f.failure.kind) {
            @case ('refusal') { {{ refusalOf(f.failure) | refusalText }} }
            @case ('code') { {{ codeOf(f.failure) | codeText }} ({{ codeOf(f.failure) }}) }
            @case ('sign') { {{ signReasonOf(f.failure) }} }
            @case ('preflight') {
              @for (check of failedChecksOf(f.failure); track check.id) {
                <span class="failed-check">{{ 'preflight.item.' + check.id | translate }}: {{ 'preflight.verdicts.' + check.verdict.key | translate: check.verdict.params }}</span>
              } @empty {
                {{ 'show.preflightUnfinished' | translate }}
              }
            }
          }
        </span>
      }
    </span>
  `,
})
export class ShowControl {
  private readonly session = inject(Store).selectSignal(sessionFeature.selectSessionState);
  private readonly bridge = inject(BridgeClient);
  protected readonly onAir = inject(OnAir);
  protected readonly draft = inject(RoomDraft);
  protected readonly leave = inject(LeaveRoom);
  protected readonly windows = inject(ConsoleWindows);

  protected readonly viewOnly = computed(() => this.bridge.scope() === 'view');
  protected readonly inRoom = computed(() => ['entering', 'in-room', 'exiting'].includes(this.session().status) && !this.onAir.running());
  protected readonly leaving = computed(() => this.session().status === 'exiting');
  /** Go off air while on air; plain Leave when in the room with nothing going out (or as audience). */
  protected readonly onAirNow = inject(Store).selectSignal(selectOnAir);
  protected readonly draftAnchor = computed(() => this.draft.role() === TRTCRoleType.TRTCRoleAnchor);

  protected refusalOf(failure: StepFailure): BridgeError | null {
    return failure.kind === 'refusal' ? failure.error : null;
  }

  protected codeOf(failure: StepFailure): number {
    return failure.kind === 'code' ? failure.code : 0;
  }

  protected failedChecksOf(failure: StepFailure): PreflightCheck[] {
    return failure.kind === 'preflight' ? failure.checks : [];
  }

  protected signReasonOf(failure: StepFailure): string {
    return failure.kind === 'sign' ? failure.reason : '';
  }
}
