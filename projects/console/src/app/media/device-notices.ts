import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { Store } from '@ngrx/store';
import { TranslatePipe } from '@ngx-translate/core';

import type { BridgeError, Command } from '@broadcast-core/bridge';
import { BridgeClient } from '@broadcast-core/bridge-client';
import { selectDeviceNotices, type DeviceKindName, type DeviceNotice } from '@broadcast-core/room-state';
import { RefusalTextPipe } from '@broadcast-core/ui';

const SWITCH: Record<DeviceKindName, (deviceId: string) => Command> = {
  camera: (deviceId) => ({ type: 'setCurrentCameraDevice', deviceId }),
  mic: (deviceId) => ({ type: 'setCurrentMicDevice', deviceId }),
  speaker: (deviceId) => ({ type: 'setCurrentSpeakerDevice', deviceId }),
};

/** One pull of one device: a later pull of the same device is news again. */
const noticeKey = (n: DeviceNotice) => `${n.deviceId}@${n.at}`;

/**
 * A current device pulled out mid-show, named. A camera (or the last mic or speaker) stays current and dead
 * in the SDK, so the next one of its kind is offered in one button; a mic or speaker the SDK replaced with
 * the system default on its own is named with what it switched to, which this window may dismiss.
 */
@Component({
  selector: 'bc-device-notices',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, RefusalTextPipe],
  styles: `
    :host { display: grid; gap: 0.4rem; }
    :host:empty { display: none; }
    .notice { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center; border: 1px solid var(--warn); border-radius: 4px; padding: 0.4rem 0.6rem; margin: 0; }
  `,
  template: `
    @for (n of notices(); track n.deviceId) {
      <p class="notice" role="alert" [attr.data-testid]="'device-notice-' + n.kind">
        @if (n.switchedTo; as next) {
          <span>{{ 'media.unplugged.switched' | translate: { device: n.deviceName, next: next.deviceName } }}</span>
          <button type="button" [attr.data-testid]="'device-dismiss-' + n.kind" (click)="dismiss(n)">{{ 'media.unplugged.dismiss' | translate }}</button>
        } @else if (n.offer; as offer) {
          <span>{{ 'media.unplugged.switchTo' | translate: { device: n.deviceName, next: offer.deviceName } }}</span>
          <button type="button" [attr.data-testid]="'device-switch-' + n.kind" (click)="switchTo(n.kind, offer.deviceId)">
            {{ 'media.unplugged.switch' | translate: { next: offer.deviceName } }}
          </button>
        } @else {
          <span>{{ 'media.unplugged.none.' + n.kind | translate: { device: n.deviceName } }}</span>
        }
      </p>
    }
    @if (refusal(); as r) {
      <p class="refusal" role="alert" data-testid="device-notice-refusal">{{ 'media.refused' | translate: { reason: (r | refusalText) } }}</p>
    }
  `,
})
export class DeviceNotices {
  private readonly bridge = inject(BridgeClient);
  private readonly all = inject(Store).selectSignal(selectDeviceNotices);
  /** Notices of a switch the engine made that the host has read, in this window only. */
  private readonly dismissed = signal<ReadonlySet<string>>(new Set());
  protected readonly notices = computed(() => this.all().filter((n) => !this.dismissed().has(noticeKey(n))));
  /** The broker's refusal of the last switch, shown in the window's language. */
  protected readonly refusal = signal<BridgeError | null>(null);

  protected dismiss(notice: DeviceNotice): void {
    this.dismissed.update((keys) => new Set([...keys, noticeKey(notice)]));
  }

  protected async switchTo(kind: DeviceKindName, deviceId: string): Promise<void> {
    const result = await this.bridge.command(SWITCH[kind](deviceId));
    this.refusal.set(result.ok ? null : result.error);
  }
}
