import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { Store } from '@ngrx/store';
import { TranslatePipe } from '@ngx-translate/core';

import { injectCommand } from '@broadcast-core/bridge-client';
import { pkFeature, remoteUsersFeature, sessionFeature, type RemoteUser } from '@broadcast-core/room-state';
import { RefusalTextPipe } from '@broadcast-core/ui';

import { ParticipantRow } from './participant-row';

/** A group heading as a translation key and its parameters. */
interface GroupTitle {
  key: string;
  params: { room?: number | string };
}

/** How a room is named on screen: its numeric ID or its string ID. */
function roomName(address: { roomId?: number; strRoomId?: string } | null): number | string | null {
  return address?.roomId ?? address?.strRoomId ?? null;
}

/** Every remote user, own room first, then the PK opponent's room, each in arrival order; mute any of them here. */
@Component({
  selector: 'bc-participants-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, ParticipantRow, RefusalTextPipe],
  template: `
    @for (group of groups(); track group.id) {
      <h3 [id]="'participants-' + group.id" [attr.data-testid]="'participants-group-' + group.id">
        {{ group.title.key | translate: group.title.params }}
      </h3>
      <ul class="users" [attr.aria-labelledby]="'participants-' + group.id">
        @for (user of group.users; track user.userId) {
          <li data-testid="participant" [attr.data-user]="user.userId">
            <bc-participant-row [user]="user" (muteChange)="mute(user.userId, $event)" />
          </li>
        }
      </ul>
    } @empty {
      <p class="hint" data-testid="participants-empty">{{ 'participants.empty' | translate }}</p>
    }
    @if (groups().length) {
      <p class="hint">{{ 'participants.muteHint' | translate }}</p>
    }
    @if (command.refusal(); as r) {
      <p class="refusal" role="alert" data-testid="participants-refusal">{{ 'participants.refused' | translate: { reason: (r | refusalText) } }}</p>
    }
  `,
  styles: `
    h3 { font-size: 0.85rem; margin: 0.75rem 0 0.35rem; color: var(--muted); }
    .users { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.35rem; }
    .users li { padding: 0.4rem 0.5rem; border: 1px solid var(--line); border-radius: 6px; }
  `,
})
export class ParticipantsPanel {
  private readonly store = inject(Store);
  private readonly own = this.store.selectSignal(remoteUsersFeature.selectOwnRoomUsers);
  private readonly pkUsers = this.store.selectSignal(remoteUsersFeature.selectPkUsers);
  private readonly params = this.store.selectSignal(sessionFeature.selectParams);
  private readonly pkTarget = this.store.selectSignal(pkFeature.selectTarget);

  /** Sends this panel's commands; its refusal() is the broker's refusal of the last one, shown in the window's language. */
  protected readonly command = injectCommand();

  protected readonly groups = computed(() => {
    const groups: { id: 'own' | 'pk'; title: GroupTitle; users: RemoteUser[] }[] = [
      { id: 'own', title: this.title('participants.ownRoom', roomName(this.params())), users: this.own() },
      { id: 'pk', title: this.title('participants.pkRoom', roomName(this.pkTarget())), users: this.pkUsers() },
    ];
    return groups.filter((g) => g.users.length > 0);
  });

  protected async mute(userId: string, mute: boolean): Promise<void> {
    await this.command.send({ type: 'muteRemoteAudio', userId, mute });
  }

  private title(key: string, room: number | string | null): GroupTitle {
    return room === null ? { key: `${key}Plain`, params: {} } : { key, params: { room } };
  }
}
