import { DOCUMENT, DestroyRef, Injectable, inject } from '@angular/core';
import { LiveAnnouncer } from '@angular/cdk/a11y';
import { Dialog } from '@angular/cdk/dialog';
import { Store } from '@ngrx/store';
import { TranslateService } from '@ngx-translate/core';

import { BridgeClient } from '@broadcast-core/bridge-client';
import { localMediaFeature, pkFeature, sessionFeature } from '@broadcast-core/room-state';
import { isTypingTarget, translateRefusal } from '@broadcast-core/ui';

import { LeaveRoom } from '../show/leave-room';
import { PreviewDock } from '../windows/preview-dock';
import { DesktopShortcutKeys } from './desktop-shortcut-keys';
import { ShortcutHelp } from './shortcut-help';
import { matchShortcut, type Shortcut } from './shortcut-list';

/**
 * The control panel's keyboard shortcuts: one listener on the document that
 * turns a key into a command (or a local action, or in the desktop app a
 * window placement) and says what happened to screen readers. Keys typed into
 * fields are left alone.
 */
@Injectable({ providedIn: 'root' })
export class ShortcutKeys {
  private readonly store = inject(Store);
  private readonly bridge = inject(BridgeClient);
  private readonly announcer = inject(LiveAnnouncer);
  private readonly translate = inject(TranslateService);
  private readonly dialog = inject(Dialog);
  private readonly dock = inject(PreviewDock);
  private readonly leaveRoom = inject(LeaveRoom);
  private readonly desktop = inject(DesktopShortcutKeys);
  private readonly session = this.store.selectSignal(sessionFeature.selectSessionState);
  private readonly media = this.store.selectSignal(localMediaFeature.selectLocalMediaState);
  private readonly pk = this.store.selectSignal(pkFeature.selectPkState);

  constructor() {
    const document = inject(DOCUMENT);
    const onKey = (event: KeyboardEvent) => this.onKey(event);
    document.addEventListener('keydown', onKey);
    inject(DestroyRef).onDestroy(() => document.removeEventListener('keydown', onKey));
  }

  /** Opens the help overlay, or focuses it when open. */
  openHelp(): void {
    if (this.dialog.getDialogById('shortcut-help')) return;
    this.dialog.open(ShortcutHelp, { id: 'shortcut-help', ariaLabelledBy: 'shortcut-help-title' });
  }

  private onKey(event: KeyboardEvent): void {
    if (event.defaultPrevented || event.repeat || isTypingTarget(event.target)) return;
    // While a dialog is open, only its own keys count.
    if (this.dialog.openDialogs.length > 0) return;
    const shortcut = matchShortcut(event);
    if (shortcut) {
      event.preventDefault();
      void this.run(shortcut);
      return;
    }
    const placement = this.desktop.match(event);
    if (!placement) return;
    event.preventDefault();
    void this.desktop.run(placement);
  }

  /** Does what a shortcut means now, and announces the outcome. */
  async run(shortcut: Shortcut): Promise<void> {
    const action = shortcut.action({ session: this.session(), media: this.media(), pk: this.pk() });
    if (action.kind === 'local') {
      if (action.run === 'help') this.openHelp();
      else if (action.run === 'dock') this.dock.toggle();
      // Leaving asks first when it would end a PK, as the Off air button does.
      else if (await this.leaveRoom.leave()) this.say('shortcuts.leaving');
      return;
    }
    if (action.kind === 'unavailable') {
      this.say(action.reasonKey);
      return;
    }
    const result = await this.bridge.command(action.command);
    if (result.ok) this.say(action.doneKey);
    else void this.announcer.announce(translateRefusal(this.translate, result.error), 'assertive');
  }

  private say(key: string): void {
    void this.announcer.announce(this.translate.instant(key) as string, 'polite');
  }
}
