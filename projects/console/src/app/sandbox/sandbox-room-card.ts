import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';

import type { SandboxMemberSummary, SandboxRoomSummary } from '@broadcast-core/room-state';
import { roleKey, sceneLabelKey } from '@broadcast-core/ui';

import { AskBeforeHarm } from '../confirm/ask-before-harm';
import { roomLabel } from './room-label';
import { SandboxCommands } from './sandbox-commands';

/** What a participant shares when made to: the sandbox's slide deck window. */
const SLIDES = 'window-slides';

let nextCardId = 1;

/** One sandbox room: its figures and links, its members with server operations, and dismissal behind a confirmation. */
@Component({
  selector: 'bc-sandbox-room-card',
  imports: [TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './sandbox-room-card.html',
  styles: `
    :host { display: grid; gap: 0.5rem; padding: 0.75rem; border: 1px solid var(--line); border-radius: 8px; }
    :host(.own) { border-color: var(--accent); }
    header { display: flex; flex-wrap: wrap; align-items: baseline; gap: 0.5rem; }
    h3 { font-size: 0.95rem; margin: 0; }
    h4 { font-size: 0.8rem; margin: 0; color: var(--muted); font-weight: 600; }
    .figures { display: flex; flex-wrap: wrap; gap: 1rem; margin: 0; }
    .figures div { display: grid; }
    .figures dt { font-size: 0.75rem; color: var(--muted); }
    .figures dd { margin: 0; font-variant-numeric: tabular-nums; }
    ul { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.4rem; }
    .member { display: flex; flex-wrap: wrap; align-items: center; gap: 0.4rem; font-size: 0.85rem; }
    .member .user { font-weight: 600; }
    .member .actions { margin-left: auto; }
    .badge { padding: 0.05rem 0.45rem; border-radius: 999px; background: #26303b; font-size: 0.75rem; }
    .badge.you, .badge.own { background: #1f5fbf; color: #fff; }
    .badge.down { background: var(--live); color: #fff; }
    .off { color: var(--muted); }
    .danger { border-color: var(--live); }
  `,
  host: {
    role: 'group',
    '[attr.aria-labelledby]': "id + '-heading'",
    '[class.own]': 'own()',
    'data-testid': 'sandbox-room',
    '[attr.data-room]': 'room().roomId',
  },
})
export class SandboxRoomCard {
  private readonly commands = inject(SandboxCommands);
  private readonly askBeforeHarm = inject(AskBeforeHarm);

  /** The room as the broker last inspected it. */
  readonly room = input.required<SandboxRoomSummary>();
  /** True for the local user's own room. */
  readonly own = input(false);
  /** The local user's userId, marked "you" among the own room's members. */
  readonly localUserId = input<string | null>(null);
  /** How long "Drop network" cuts a member off, in seconds; null while the panel's entry is invalid. */
  readonly dropSeconds = input<number | null>(5);

  protected readonly id = `sandbox-room-${nextCardId++}`;
  protected readonly label = computed(() => roomLabel(this.room().roomId));
  protected readonly sceneKey = computed(() => sceneLabelKey(this.room().scene));
  protected readonly roleKey = roleKey;
  /** Emits when the user confirmed the dismissal (the card will go away with the room). */
  readonly dismissed = output<void>();
  protected isYou(member: SandboxMemberSummary): boolean {
    return this.own() && member.userId === this.localUserId();
  }

  /** Removes a member after a confirmation that names who is sent out of which room. */
  protected async remove(userId: string): Promise<void> {
    const { roomId } = this.room();
    const params = { user: userId, room: roomId };
    const confirmed = await this.askBeforeHarm.ask({
      titleKey: 'confirm.removeTitle',
      titleParams: params,
      consequences: [{ key: 'confirm.removesUser', params }],
      confirmKey: 'confirm.remove',
      confirmTestId: 'confirm-remove',
    });
    if (confirmed) void this.commands.send({ type: 'sandbox.removeUser', roomId, userId });
  }

  /** Makes a participant share the sandbox's slide deck, or stop sharing. */
  protected toggleShare(member: SandboxMemberSummary): void {
    const { userId } = member;
    void this.commands.send(member.sharingScreen ? { type: 'sandbox.shareScreen', userId } : { type: 'sandbox.shareScreen', userId, sourceId: SLIDES });
  }

  protected dropNetwork(userId: string): void {
    const seconds = this.dropSeconds();
    if (seconds !== null) void this.commands.send({ type: 'sandbox.dropConnection', userId, ms: seconds * 1000 });
  }

  /** Dismisses the room after a confirmation (Cancel focused) that says who is sent out; your own room sends you out too. */
  protected async askToDismiss(): Promise<void> {
    const { params } = this.label();
    const confirmed = await this.askBeforeHarm.ask({
      titleKey: this.label().key === 'sandbox.room' ? 'confirm.dismissTitle' : 'confirm.dismissStrTitle',
      titleParams: params,
      consequences: [{ key: this.own() ? 'sandbox.dismissConfirmOwn' : 'sandbox.dismissConfirm' }],
      confirmKey: 'sandbox.confirmDismiss',
      confirmTestId: 'confirm-dismiss',
    });
    if (!confirmed) return;
    this.dismissed.emit();
    void this.commands.send({ type: 'sandbox.dismissRoom', roomId: this.room().roomId });
  }
}
