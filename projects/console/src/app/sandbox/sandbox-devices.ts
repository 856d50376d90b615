import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { Store } from '@ngrx/store';
import { TranslatePipe } from '@ngx-translate/core';

import { localMediaFeature, type DeviceKindName } from '@broadcast-core/room-state';

import { SandboxCommands } from './sandbox-commands';

/** One device of the sandbox machine, plugged in or not. */
interface RackDevice {
  deviceId: string;
  deviceName: string;
  kind: DeviceKindName;
  plugged: boolean;
}

/** The sandbox machine's cameras, mics and speakers, each with a button to pull it out or plug it back, to rehearse a device lost mid-show. */
@Component({
  selector: 'bc-sandbox-devices',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  styles: `
    :host { display: grid; gap: 0.35rem; }
    h3 { font-size: 0.85rem; margin: 0; color: var(--muted); }
    ul { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.25rem; }
    li { display: flex; gap: 0.5rem; align-items: center; font-size: 0.85rem; }
    .name { flex: 1; }
    [data-plugged='false'] .name { color: var(--muted); text-decoration: line-through; }
  `,
  template: `
    <h3 id="sandbox-devices-heading">{{ 'sandbox.devices.heading' | translate }}</h3>
    <span class="hint">{{ 'sandbox.devices.hint' | translate }}</span>
    <ul aria-labelledby="sandbox-devices-heading">
      @for (d of devices(); track d.deviceId) {
        <li [attr.data-testid]="'sandbox-device-' + d.deviceId" [attr.data-plugged]="d.plugged">
          <span class="name">{{ 'sandbox.devices.kind.' + d.kind | translate }}: {{ d.deviceName }}</span>
          @if (d.plugged) {
            <button type="button" [attr.data-testid]="'unplug-' + d.deviceId" (click)="commands.send({ type: 'sandbox.unplugDevice', deviceId: d.deviceId })">
              {{ 'sandbox.devices.unplug' | translate }}
            </button>
          } @else {
            <button type="button" [attr.data-testid]="'plug-' + d.deviceId" (click)="commands.send({ type: 'sandbox.plugDevice', deviceId: d.deviceId })">
              {{ 'sandbox.devices.plug' | translate }}
            </button>
          }
        </li>
      }
    </ul>
  `,
})
export class SandboxDevices {
  private readonly media = inject(Store).selectSignal(localMediaFeature.selectLocalMediaState);
  protected readonly commands = inject(SandboxCommands);
  /** The listed devices, then the pulled-out ones, by kind. */
  protected readonly devices = computed((): RackDevice[] => {
    const m = this.media();
    const listed = (kind: DeviceKindName, list: { deviceId: string; deviceName: string }[]): RackDevice[] => [
      ...list.map((d) => ({ ...d, kind, plugged: true })),
      ...m.unplugged.filter((d) => d.kind === kind && !list.some((l) => l.deviceId === d.deviceId)).map((d) => ({ deviceId: d.deviceId, deviceName: d.deviceName, kind, plugged: false })),
    ];
    return [...listed('camera', m.cameras), ...listed('mic', m.mics), ...listed('speaker', m.speakers)];
  });
}
