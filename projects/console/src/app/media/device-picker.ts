import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { Store } from '@ngrx/store';
import { TranslatePipe } from '@ngx-translate/core';

import type { Command } from '@broadcast-core/bridge';
import { injectCommand } from '@broadcast-core/bridge-client';
import { localMediaFeature, type DeviceInfo, type LocalMediaState } from '@broadcast-core/room-state';
import { RefusalTextPipe } from '@broadcast-core/ui';

/** The three device kinds TRTC lets the console pick. */
export type DeviceKind = 'camera' | 'mic' | 'speaker';

const KINDS: Record<DeviceKind, { list: (m: LocalMediaState) => DeviceInfo[]; current: (m: LocalMediaState) => string | null; command: (deviceId: string) => Command }> = {
  camera: { list: (m) => m.cameras, current: (m) => m.camera, command: (deviceId) => ({ type: 'setCurrentCameraDevice', deviceId }) },
  mic: { list: (m) => m.mics, current: (m) => m.mic, command: (deviceId) => ({ type: 'setCurrentMicDevice', deviceId }) },
  speaker: { list: (m) => m.speakers, current: (m) => m.speaker, command: (deviceId) => ({ type: 'setCurrentSpeakerDevice', deviceId }) },
};

/** Picks the current camera, microphone or speaker from the engine's device list. */
@Component({
  selector: 'bc-device-picker',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, RefusalTextPipe],
  template: `
    <label>
      {{ 'media.devices.' + kind() + '.label' | translate }}
      <select [attr.data-testid]="kind() + '-select'" [disabled]="devices().length === 0" (change)="choose($event)">
        @if (devices().length === 0) {
          <option value="" selected>{{ 'media.devices.' + kind() + '.empty' | translate }}</option>
        } @else if (!known()) {
          <option value="" disabled selected>{{ 'media.devices.choose' | translate }}</option>
        }
        @for (d of devices(); track d.deviceId) {
          <option [value]="d.deviceId" [selected]="d.deviceId === current()">{{ d.deviceName }}</option>
        }
      </select>
    </label>
    @if (command.refusal(); as r) {
      <span class="refusal" role="alert" [attr.data-testid]="kind() + '-refusal'">{{ 'media.refused' | translate: { reason: (r | refusalText) } }}</span>
    }
  `,
})
export class DevicePicker {
  private readonly media = inject(Store).selectSignal(localMediaFeature.selectLocalMediaState);

  /** Which device list this picker shows. */
  readonly kind = input.required<DeviceKind>();

  protected readonly devices = computed(() => KINDS[this.kind()].list(this.media()));
  protected readonly current = computed(() => KINDS[this.kind()].current(this.media()));
  protected readonly known = computed(() => this.devices().some((d) => d.deviceId === this.current()));
  /** Sends this panel's commands; its refusal() is the broker's refusal of the last one, shown in the window's language. */
  protected readonly command = injectCommand();

  protected async choose(event: Event): Promise<void> {
    const select = event.target as HTMLSelectElement;
    const accepted = await this.command.send(KINDS[this.kind()].command(select.value));
    // The state did not change, so no binding will put the current device back on screen.
    if (!accepted) select.value = this.known() ? (this.current() ?? '') : '';
  }
}
