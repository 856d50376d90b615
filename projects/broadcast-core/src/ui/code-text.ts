import { Pipe, inject, type PipeTransform } from '@angular/core';
import { TranslateService } from '@ngx-translate/core';

import { describeCode } from '../room-state';

/**
 * A TRTC error or warning code in the window's language: the translated text
 * where the console has one, else the SDK constant's name in words.
 * Impure so a language switch re-renders it, like ngx-translate's own pipe.
 */
@Pipe({ name: 'codeText', pure: false })
export class CodeTextPipe implements PipeTransform {
  private readonly translate = inject(TranslateService);

  transform(code: number): string {
    const { name, text } = describeCode(code);
    const key = `core.codes.${name}`;
    const translated = this.translate.instant(key) as string;
    return translated === key ? text : translated;
  }
}
