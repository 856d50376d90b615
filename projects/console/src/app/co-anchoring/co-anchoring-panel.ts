import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { Store } from '@ngrx/store';
import { TranslatePipe } from '@ngx-translate/core';
import { TRTCAppScene, TRTCRoleType } from 'trtc-electron-sdk/liteav/trtc_define';

import { injectCommand } from '@broadcast-core/bridge-client';
import { localMediaFeature, pkFeature, sessionFeature } from '@broadcast-core/room-state';
import { CodeTextPipe, RefusalTextPipe, roleKey } from '@broadcast-core/ui';

const LIVE_SCENES: readonly (TRTCAppScene | null)[] = [TRTCAppScene.TRTCAppSceneLIVE, TRTCAppScene.TRTCAppSceneVoiceChatRoom];

/**
 * Co-anchoring in one click each way, as the live guides do it: "Go on mic"
 * switches to anchor and starts mic and camera, "Leave mic" undoes all three.
 */
@Component({
  selector: 'bc-co-anchoring-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe, CodeTextPipe, RefusalTextPipe],
  styles: `
    :host { display: grid; gap: 0.6rem; }
    .state { margin: 0; }
    .state[data-pending='true'] { color: var(--warn); }
  `,
  template: `
    <p class="hint" data-testid="co-anchoring-role">{{ 'coAnchoring.role' | translate: { role: (roleKey(session().role) | translate) } }}</p>
    <p class="state" role="status" aria-live="polite" data-testid="co-anchoring-status" [attr.data-pending]="pending()">
      {{ statusKey() | translate }}
    </p>
    <div class="actions">
      @if (isAnchor()) {
        <button type="button" data-testid="leave-mic" [disabled]="!canLeave()" [attr.aria-busy]="pending()"
          [attr.aria-describedby]="hintKey() ? 'co-anchoring-hint' : null" (click)="command.send({ type: 'stopCoAnchoring' })">
          {{ 'coAnchoring.leaveMic' | translate }}
        </button>
      } @else {
        <button type="button" data-testid="go-on-mic" [disabled]="!canJoin()" [attr.aria-busy]="pending()"
          [attr.aria-describedby]="hintKey() ? 'co-anchoring-hint' : null" (click)="command.send({ type: 'startCoAnchoring' })">
          {{ 'coAnchoring.goOnMic' | translate }}
        </button>
      }
    </div>
    @if (hintKey(); as key) { <span id="co-anchoring-hint" class="hint" data-testid="co-anchoring-hint">{{ key | translate }}</span> }
    @if (failure(); as e) {
      <p class="error" role="alert" data-testid="co-anchoring-failure">
        {{ 'coAnchoring.failed' | translate: { reason: (e.code | codeText), code: e.code } }}
      </p>
    }
    @if (command.refusal(); as r) {
      <p class="refusal" role="alert" data-testid="co-anchoring-refusal">{{ 'coAnchoring.refused' | translate: { reason: (r | refusalText) } }}</p>
    }
  `,
})
export class CoAnchoringPanel {
  private readonly store = inject(Store);
  protected readonly session = this.store.selectSignal(sessionFeature.selectSessionState);
  private readonly pkStatus = this.store.selectSignal(pkFeature.selectStatus);
  private readonly media = this.store.selectSignal(localMediaFeature.selectLocalMediaState);

  protected readonly roleKey = roleKey;
  /** Sends this panel's commands; its refusal() is the broker's refusal of the last one, shown in the window's language. */
  protected readonly command = injectCommand();
  protected readonly failure = this.store.selectSignal(sessionFeature.selectRoleSwitchError);

  protected readonly pending = computed(() => this.session().pendingRole !== null);
  protected readonly isAnchor = computed(() => this.session().role === TRTCRoleType.TRTCRoleAnchor);
  /** In a room of a scene that has an audience: the only place roles switch. */
  private readonly switchable = computed(() => this.session().status === 'in-room' && LIVE_SCENES.includes(this.session().scene));
  private readonly pkActive = computed(() => this.pkStatus() !== 'idle');
  protected readonly canJoin = computed(() => this.switchable() && !this.pending() && !this.isAnchor());
  protected readonly canLeave = computed(() => this.switchable() && !this.pending() && this.isAnchor() && !this.pkActive());

  protected readonly statusKey = computed(() => {
    const s = this.session();
    if (s.status !== 'in-room') return 'coAnchoring.notInRoom';
    if (!LIVE_SCENES.includes(s.scene)) return 'coAnchoring.callScene';
    if (s.pendingRole !== null) {
      return s.pendingRole === TRTCRoleType.TRTCRoleAnchor ? 'coAnchoring.switchingTo.anchor' : 'coAnchoring.switchingTo.audience';
    }
    return this.isAnchor() ? `coAnchoring.onMic.${this.published()}` : 'coAnchoring.offMic';
  });
  /** What actually goes out while on mic: a started, unmuted camera and microphone. */
  private readonly published = computed(() => {
    const m = this.media();
    const camera = m.previewStarted && !m.videoMuted;
    const mic = m.audioStarted && !m.audioMuted;
    return camera && mic ? 'both' : camera ? 'camera' : mic ? 'mic' : 'none';
  });
  /** What the button will do, or what stands in its way; nothing when roles cannot switch at all. */
  protected readonly hintKey = computed(() => {
    if (!this.switchable()) return null;
    if (!this.isAnchor()) return 'coAnchoring.goOnMicHint';
    return this.pkActive() ? 'coAnchoring.pkBlocks' : 'coAnchoring.leaveMicHint';
  });
}
