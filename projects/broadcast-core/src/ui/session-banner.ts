import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { Store } from '@ngrx/store';

import { BridgeClient } from '../bridge-client';
import { exitReasonKey, pkFeature, sessionFeature } from '../room-state';
import { EXIT_REASON_LABELS, STATUS_LABELS, roleLabel, sceneLabel } from './session-labels';

/** The session at a glance, identical in every window: status, room, role, entry time, exit reason, bridge link. */
@Component({
  selector: 'bc-session-banner',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'session-banner', '[attr.data-status]': 'session().status', role: 'status', 'aria-live': 'polite' },
  template: `
    <span class="status" data-testid="session-status">{{ statusLabel() }}</span>
    @if (session().params; as p) {
      <span data-testid="session-room">Room {{ p.roomId ?? p.strRoomId }}</span>
      <span data-testid="session-user">{{ p.userId }}</span>
      <span data-testid="session-role">{{ role() }}@if (session().pendingRole !== null) { → {{ pendingRole() }} }</span>
      <span>{{ scene() }}</span>
    }
    @if (session().enterElapsedMs !== null && session().status === 'in-room') {
      <span data-testid="session-entry-time">entered in {{ session().enterElapsedMs }} ms</span>
    }
    @if (pkLabel(); as pk) {
      <span data-testid="session-pk">{{ pk }}</span>
    }
    @if (exitReason(); as reason) {
      <strong class="exit-reason" data-testid="exit-reason">{{ reason }}</strong>
    }
    @if (entryError(); as e) {
      <span class="error" data-testid="session-error">{{ e.message }} ({{ e.code }})</span>
    }
    @if (link(); as l) {
      <span class="link" data-testid="bridge-status">{{ l }}</span>
    }
  `,
})
export class SessionBanner {
  private readonly store = inject(Store);
  private readonly bridge = inject(BridgeClient);
  private readonly pk = this.store.selectSignal(pkFeature.selectPkState);

  protected readonly session = this.store.selectSignal(sessionFeature.selectSessionState);
  protected readonly statusLabel = computed(() => STATUS_LABELS[this.session().status]);
  protected readonly role = computed(() => roleLabel(this.session().role));
  protected readonly pendingRole = computed(() => roleLabel(this.session().pendingRole));
  protected readonly scene = computed(() => sceneLabel(this.session().scene));
  protected readonly exitReason = computed(() =>
    this.session().status === 'exited' ? EXIT_REASON_LABELS[exitReasonKey(this.session().exitReason)] : null,
  );
  protected readonly entryError = computed(() => (this.session().status === 'idle' ? this.session().lastError : null));
  protected readonly pkLabel = computed(() => {
    const pk = this.pk();
    return pk.status === 'idle' ? null : `PK ${pk.status} with ${pk.targetUserId}`;
  });
  protected readonly link = computed(() => {
    const s = this.bridge.status();
    if (s.state === 'open') return null;
    if (s.state === 'refused') return `Not connected: ${s.reason}`;
    return s.state === 'closed' ? 'Connection lost, reconnecting…' : 'Connecting…';
  });
}
