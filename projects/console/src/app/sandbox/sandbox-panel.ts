import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { Store } from '@ngrx/store';
import { TranslatePipe } from '@ngx-translate/core';

import { isRoomNamed, sandboxFeature, sessionFeature } from '@broadcast-core/room-state';
import { RefusalTextPipe } from '@broadcast-core/ui';

import { ownRoomFirst } from './room-label';
import { SandboxCommands } from './sandbox-commands';
import { SandboxDevices } from './sandbox-devices';
import { injectIsSandboxEngine } from './sandbox-engine';
import { SandboxRoomCard } from './sandbox-room-card';

/** Shortest and longest network drop the panel offers, in seconds. */
const DROP_SECONDS = { min: 1, max: 120, initial: 5 };

/** How the engine is crashed on purpose: its thread exits, or it stops answering. */
type CrashMode = 'exit' | 'hang';

/**
 * The sandbox cloud from above, only when the engine is the sandbox: every room with its virtual
 * participants (own room first), Tencent's server operations on them, and faults to rehearse,
 * the engine's own crash included.
 */
@Component({
  selector: 'bc-sandbox-panel',
  imports: [TranslatePipe, RefusalTextPipe, SandboxRoomCard, SandboxDevices],
  providers: [SandboxCommands],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    :host { display: grid; gap: 0.75rem; }
    .faults { display: grid; gap: 0.5rem; }
    .faults .actions { flex-wrap: wrap; }
    .danger { border-color: var(--live); }
    h3 { font-size: 0.85rem; margin: 0; color: var(--muted); }
    .rooms { display: grid; gap: 0.6rem; }
    input[type='number'] { width: 6rem; }
    p { margin: 0; }
  `,
  template: `
    @if (isSandbox()) {
      <p class="hint">{{ 'sandbox.intro' | translate }}</p>

      <div class="faults" role="group" aria-labelledby="sandbox-faults-heading">
        <h3 id="sandbox-faults-heading">{{ 'sandbox.faults' | translate }}</h3>
        <div class="actions">
          <button type="button" data-testid="timeout-next-enter" aria-describedby="sandbox-timeout-enter-hint" (click)="arm('sandbox.timeoutNextEnter')">
            {{ 'sandbox.timeoutEnter' | translate }}
          </button>
          <button type="button" data-testid="timeout-next-pk" aria-describedby="sandbox-timeout-pk-hint" (click)="arm('sandbox.timeoutNextConnectOtherRoom')">
            {{ 'sandbox.timeoutPk' | translate }}
          </button>
        </div>
        <span id="sandbox-timeout-enter-hint" class="hint">{{ 'sandbox.timeoutEnterHint' | translate }}</span>
        <span id="sandbox-timeout-pk-hint" class="hint">{{ 'sandbox.timeoutPkHint' | translate }}</span>
        <div class="actions">
          <button type="button" data-testid="weak-network" aria-describedby="sandbox-weak-hint" (click)="weakNetwork(true)">{{ 'sandbox.weakNetwork' | translate }}</button>
          <button type="button" data-testid="heal-network" (click)="weakNetwork(false)">{{ 'sandbox.healNetwork' | translate }}</button>
        </div>
        <span id="sandbox-weak-hint" class="hint">{{ 'sandbox.weakNetworkHint' | translate }}</span>
        <div class="actions">
          <button type="button" class="danger" data-testid="crash-engine" aria-describedby="sandbox-crash-hint" (click)="crash('exit')">
            {{ 'sandbox.crashEngine' | translate }}
          </button>
          <button type="button" class="danger" data-testid="hang-engine" aria-describedby="sandbox-hang-hint" (click)="crash('hang')">
            {{ 'sandbox.hangEngine' | translate }}
          </button>
        </div>
        <div class="actions">
          <button type="button" data-testid="cdn-unreachable" aria-describedby="sandbox-cdn-hint" (click)="cdn('sandbox.cdnUnreachable')">
            {{ 'sandbox.cdnUnreachable' | translate }}
          </button>
          <button type="button" data-testid="cdn-recover" (click)="cdn('sandbox.cdnRecover')">{{ 'sandbox.cdnRecover' | translate }}</button>
        </div>
        <span id="sandbox-cdn-hint" class="hint">{{ 'sandbox.cdnHint' | translate }}</span>
        <span id="sandbox-crash-hint" class="hint" data-testid="crash-engine-hint">{{ 'sandbox.crashEngineHint' | translate }}</span>
        <span id="sandbox-hang-hint" class="hint" data-testid="hang-engine-hint">{{ 'sandbox.hangEngineHint' | translate }}</span>
        <label>
          {{ 'sandbox.dropSeconds' | translate }}
          <input #seconds type="number" data-testid="drop-seconds" [min]="limits.min" [max]="limits.max" step="1" [value]="secondsText()"
            [attr.aria-invalid]="dropSeconds() === null" (input)="secondsText.set(seconds.value)" />
        </label>
        @if (dropSeconds() === null) {
          <span class="field-error" role="alert" data-testid="drop-seconds-error">{{ 'sandbox.dropSecondsError' | translate }}</span>
        }
      </div>

      <bc-sandbox-devices />

      <p class="hint" role="status" data-testid="sandbox-notice">@if (notice(); as key) { {{ key | translate }} }</p>
      @if (commands.refusal(); as r) {
        <p class="refusal" role="alert" data-testid="sandbox-refusal">{{ r | refusalText }}</p>
      }

      <div class="rooms" role="group" aria-labelledby="sandbox-rooms-heading">
        <h3 id="sandbox-rooms-heading" tabindex="-1" #roomsHeading>{{ 'sandbox.rooms' | translate }}</h3>
        @for (room of rooms(); track room.roomId) {
          <!-- A dismissed room's card goes away with its focused button: keep focus in the panel. -->
          <bc-sandbox-room-card [room]="room" [own]="isOwn(room.roomId)" [localUserId]="localUserId()" [dropSeconds]="dropSeconds()"
            (dismissed)="roomsHeading.focus()" />
        } @empty {
          <p class="hint" data-testid="sandbox-no-rooms">{{ 'sandbox.noRooms' | translate }}</p>
        }
      </div>
    }
  `,
})
export class SandboxPanel {
  private readonly store = inject(Store);
  private readonly params = this.store.selectSignal(sessionFeature.selectParams);
  private readonly allRooms = this.store.selectSignal(sandboxFeature.selectRooms);

  protected readonly commands = inject(SandboxCommands);
  protected readonly isSandbox = injectIsSandboxEngine();
  protected readonly limits = DROP_SECONDS;
  protected readonly rooms = computed(() => ownRoomFirst(this.allRooms(), this.params()));
  protected readonly localUserId = computed(() => this.params()?.userId ?? null);
  /** What the seconds field holds, as typed. */
  protected readonly secondsText = signal(String(DROP_SECONDS.initial));
  /** The network drop length in whole seconds, or null while the entry is out of range. */
  protected readonly dropSeconds = computed(() => {
    const text = this.secondsText().trim();
    const seconds = Number(text);
    return text !== '' && Number.isInteger(seconds) && seconds >= DROP_SECONDS.min && seconds <= DROP_SECONDS.max ? seconds : null;
  });
  /** Confirms the last fault armed; cleared by a refusal. */
  protected readonly notice = signal<string | null>(null);

  protected isOwn(roomId: number | string): boolean {
    return isRoomNamed(roomId, this.params());
  }

  protected async arm(type: 'sandbox.timeoutNextEnter' | 'sandbox.timeoutNextConnectOtherRoom'): Promise<void> {
    const ok = await this.commands.send({ type });
    this.notice.set(ok ? (type === 'sandbox.timeoutNextEnter' ? 'sandbox.armedEnter' : 'sandbox.armedPk') : null);
  }

  /** Makes the sandbox's access network weak (or healthy again), as the pre-flight speed test measures it. */
  protected async weakNetwork(weak: boolean): Promise<void> {
    const ok = await this.commands.send({ type: 'sandbox.weakNetwork', weak });
    this.notice.set(ok ? (weak ? 'sandbox.networkWeakened' : 'sandbox.networkHealed') : null);
  }

  /** Cuts every CDN host off, or lets them back: pushes recover, then fail after 60 s. */
  protected async cdn(type: 'sandbox.cdnUnreachable' | 'sandbox.cdnRecover'): Promise<void> {
    const ok = await this.commands.send({ type });
    this.notice.set(ok ? (type === 'sandbox.cdnUnreachable' ? 'sandbox.cdnCut' : 'sandbox.cdnBack') : null);
  }

  /** Crashes the engine on purpose; the broker tells every window and starts a fresh one. */
  protected async crash(mode: CrashMode): Promise<void> {
    const ok = await this.commands.send({ type: 'sandbox.crashEngine', mode });
    this.notice.set(ok ? (mode === 'exit' ? 'sandbox.crashedExit' : 'sandbox.crashedHang') : null);
  }
}
