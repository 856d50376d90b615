import { Pipe, inject, type PipeTransform } from '@angular/core';
import { TranslateService } from '@ngx-translate/core';

import type { LogEntry } from '@broadcast-core/room-state';
import { CodeTextPipe } from '@broadcast-core/ui';

/**
 * What a log entry says in the window's language: the console's own notes (engine lost or restarted,
 * a failed PK request, failed music) in words, any other entry as its TRTC code's text. Impure so a language switch re-renders it.
 */
@Pipe({ name: 'logEntryText', pure: false })
export class LogEntryTextPipe implements PipeTransform {
  private readonly translate = inject(TranslateService);
  private readonly codeText = new CodeTextPipe();

  /** The entry's text. */
  transform(entry: Pick<LogEntry, 'code' | 'message' | 'note'>): string {
    switch (entry.note) {
      case 'engineLost':
        // The reason is the engine's own English words, shown as they are.
        return this.translate.instant('eventLog.note.engineLost', { reason: entry.message }) as string;
      case 'engineRestarted':
        return this.translate.instant('eventLog.note.engineRestarted') as string;
      case 'restoreFailed':
        return this.translate.instant('eventLog.note.restoreFailed') as string;
      case 'musicFailed':
        return this.translate.instant('eventLog.note.musicFailed', { code: entry.code }) as string;
      case 'deviceUnplugged':
        // The message is the device's name as the engine listed it.
        return this.translate.instant('eventLog.note.deviceUnplugged', { device: entry.message }) as string;
      case 'pkFailed':
        return this.translate.instant('eventLog.note.pkFailed', { text: this.codeText.transform(entry.code) }) as string;
      default:
        return this.codeText.transform(entry.code);
    }
  }
}
