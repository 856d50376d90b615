import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { Store } from '@ngrx/store';
import { TranslatePipe } from '@ngx-translate/core';

import { BridgeClient } from '../bridge-client';
import { engineInfoFeature, exitReasonKey, pkFeature, selectEngineNotice, selectSandboxEngine, sessionFeature } from '../room-state';
import { CodeTextPipe } from './code-text';
import { exitReasonTextKey, roleKey, sceneLabelKey, statusKey } from './session-labels';

/** The session at a glance, identical in every window: status, room, role, entry time, exit reason, engine life and fallback, bridge link. */
@Component({
  selector: 'bc-session-banner',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, CodeTextPipe],
  host: { class: 'session-banner', '[attr.data-status]': 'session().status', role: 'status', 'aria-live': 'polite' },
  template: `
    <span class="status" data-testid="session-status">{{ statusKey() | translate }}</span>
    @if (session().params; as p) {
      <span data-testid="session-room">{{ 'core.banner.room' | translate: { room: p.roomId ?? p.strRoomId } }}</span>
      <span data-testid="session-user">{{ p.userId }}</span>
      <span data-testid="session-role">{{ roleKey(session().role) | translate }}@if (session().pendingRole !== null) { → {{ roleKey(session().pendingRole) | translate }} }</span>
      <span>{{ sceneKey() | translate }}</span>
    }
    @if (session().enterElapsedMs !== null && session().status === 'in-room') {
      <span data-testid="session-entry-time">{{ 'core.banner.enteredIn' | translate: { ms: enterMs() } }}</span>
    }
    @if (pk().status !== 'idle') {
      <span data-testid="session-pk">{{ 'core.banner.pk' | translate: { status: ('core.pkStatus.' + pk().status | translate), user: pk().targetUserId } }}</span>
    }
    @if (exitReason(); as reason) {
      <strong class="exit-reason" data-testid="exit-reason">{{ reason | translate }}</strong>
    }
    @if (entryError(); as e) {
      <span class="error" data-testid="session-error">{{ e.code | codeText }} ({{ e.code }})</span>
    }
    @if (engine(); as n) {
      <strong class="engine" data-testid="engine-status" [attr.data-engine]="n.kind">
        {{ engineKeys[n.kind] | translate }}
        @if (n.kind === 'restarting' && n.reason) { <span class="engine-reason" data-testid="engine-loss-reason">({{ n.reason }})</span> }
      </strong>
    }
    @if (fallback(); as f) {
      <strong class="engine-notice" data-testid="engine-notice">{{ f.key | translate }} <span lang="en">{{ f.notice }}</span></strong>
    }
    @if (link(); as l) {
      <span class="link" data-testid="bridge-status">{{ l.key | translate: l.params }}</span>
    }
    @if (viewOnly()) {
      <span class="view-only" data-testid="view-only">{{ 'core.banner.viewOnly' | translate }}</span>
    }
  `,
})
export class SessionBanner {
  private readonly store = inject(Store);
  private readonly bridge = inject(BridgeClient);

  protected readonly pk = this.store.selectSignal(pkFeature.selectPkState);
  protected readonly session = this.store.selectSignal(sessionFeature.selectSessionState);
  /** The engine's state when it is not simply ready; the loss reason is the engine's own English words. */
  protected readonly engine = this.store.selectSignal(selectEngineNotice);
  protected readonly engineKeys = { starting: 'core.banner.engineStarting', restarting: 'core.banner.engineRestarting', restarted: 'core.banner.engineRestarted' };
  private readonly sandbox = this.store.selectSignal(selectSandboxEngine);
  private readonly engineFallback = this.store.selectSignal(engineInfoFeature.selectNotice);
  /** Why the engine running is not the one asked for, in the broker's English, under a translated lead. */
  protected readonly fallback = computed(() => {
    const notice = this.engineFallback();
    if (notice === null) return null;
    return { key: this.sandbox() ? 'core.banner.sandboxInstead' : 'core.banner.engineNotice', notice };
  });
  protected readonly roleKey = roleKey;
  protected readonly statusKey = computed(() => statusKey(this.session().status));
  /** This window's token only lets it watch. */
  protected readonly viewOnly = computed(() => this.bridge.scope() === 'view');
  /** Entry time in whole milliseconds (the SDK may report fractions). */
  protected readonly enterMs = computed(() => Math.round(this.session().enterElapsedMs ?? 0));
  protected readonly sceneKey = computed(() => sceneLabelKey(this.session().scene));
  protected readonly exitReason = computed(() =>
    this.session().status === 'exited' ? exitReasonTextKey(exitReasonKey(this.session().exitReason)) : null,
  );
  protected readonly entryError = computed(() => (this.session().status === 'idle' ? this.session().lastError : null));
  protected readonly link = computed(() => {
    const s = this.bridge.status();
    if (s.state === 'open') return null;
    if (s.state === 'refused') return { key: 'core.banner.refused', params: { reason: s.reason } };
    return { key: s.state === 'closed' ? 'core.banner.closed' : 'core.banner.connecting', params: {} };
  });
}
