import { ChangeDetectionStrategy, Component, computed, inject, input, linkedSignal, signal } from '@angular/core';
import { Store } from '@ngrx/store';
import { TranslatePipe } from '@ngx-translate/core';

import { injectCommand } from '@broadcast-core/bridge-client';
import { selectEngineSignsUserSigs, selectReenterOffer } from '@broadcast-core/room-state';
import { RefusalTextPipe } from '@broadcast-core/ui';

import { injectIsSandboxEngine } from '../sandbox/sandbox-engine';
import type { UserSigAnswer } from './user-sig-fetcher';

/** Gets a user's userSig the way the room form does: none on the sandbox, pasted, or from the token URL. */
export type SignUser = (sdkAppId: number, userId: string) => Promise<UserSigAnswer | { ok: true; userSig: string | undefined }>;

/** Which line says what happens to camera and mic, by what was on when the engine was lost. */
function restoreKey(camera: boolean, mic: boolean): string {
  return `session.reenterRestores.${camera ? (mic ? 'both' : 'camera') : mic ? 'mic' : 'none'}`;
}

/**
 * After the engine was lost in a room, offers to go back in one action: the same room, user, role,
 * camera and mic (reenterRoom). Shown only while the room state says re-entering is possible.
 */
@Component({
  selector: 'bc-reenter-room',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, RefusalTextPipe],
  styles: `
    :host { display: block; }
    .offer { display: grid; gap: 0.5rem; padding: 0.75rem; margin-bottom: 0.75rem; border: 2px solid var(--live); border-radius: 8px; }
    .offer p { margin: 0; }
    .offer button { justify-self: start; background: #1d3a66; border-color: var(--accent); font-weight: 600; }
  `,
  template: `
    @if (offer(); as o) {
      <div class="offer" role="group" aria-labelledby="reenter-heading" data-testid="reenter-offer">
        <p id="reenter-heading"><strong>{{ 'session.reenterHeading' | translate }}</strong></p>
        <button type="button" data-testid="reenter-room" aria-describedby="reenter-restores" [disabled]="sending()" (click)="reenter()">
          {{ 'session.reenter' | translate: { room: o.room, user: o.userId } }}
        </button>
        <p id="reenter-restores" class="hint" data-testid="reenter-restores">
          {{ restores() | translate }}
          @if (o.share; as share) {
            {{ (share.paused ? 'session.reenterSharePaused' : 'session.reenterShare') | translate: { name: share.sourceName } }}
          }
        </p>
        @if (!engineSigns()) { <p class="hint" data-testid="reenter-sig">{{ 'session.reenterSig' | translate }}</p> }
        @if (fetchFailure(); as reason) {
          <p class="refusal" role="alert" data-testid="reenter-refusal">{{ 'session.fetchFailed' | translate: { reason } }}</p>
        } @else if (command.refusal(); as r) {
          <p class="refusal" role="alert" data-testid="reenter-refusal">{{ r | refusalText }}</p>
        }
      </div>
    }
  `,
})
export class ReenterRoom {
  protected readonly isSandbox = injectIsSandboxEngine();

  /** Where the userSig comes from on Tencent's cloud: the room form's source. */
  readonly sign = input.required<SignUser>();

  protected readonly offer = inject(Store).selectSignal(selectReenterOffer);
  private readonly signsUserSigs = inject(Store).selectSignal(selectEngineSignsUserSigs);
  /** The engine signs the userSig itself (the sandbox, or a development key): nothing to fetch. */
  protected readonly engineSigns = computed(() => this.isSandbox() || this.signsUserSigs());
  protected readonly restores = computed(() => {
    const o = this.offer();
    return o ? restoreKey(o.camera, o.mic) : '';
  });
  /** True from the click until the broker answered (or the token URL failed). */
  protected readonly sending = signal(false);
  /** Sends the re-entry; its refusal() is the broker's refusal of the last attempt, and a new offer starts clean. */
  protected readonly command = injectCommand({ resetOn: this.offer });
  /** Why no userSig could be had from the token URL; a new offer starts clean. */
  protected readonly fetchFailure = linkedSignal<unknown, string | null>({ source: this.offer, computation: () => null });

  protected async reenter(): Promise<void> {
    const offer = this.offer();
    if (!offer || this.sending()) return;
    this.sending.set(true);
    try {
      // The sandbox signs for you; Tencent's cloud needs a userSig from the form's source.
      const sig = this.engineSigns() ? { ok: true as const, userSig: undefined } : await this.sign()(offer.sdkAppId, offer.userId);
      this.fetchFailure.set(sig.ok ? null : sig.reason);
      if (!sig.ok) return;
      await this.command.send(sig.userSig ? { type: 'reenterRoom', userSig: sig.userSig } : { type: 'reenterRoom' });
    } finally {
      this.sending.set(false);
    }
  }
}
