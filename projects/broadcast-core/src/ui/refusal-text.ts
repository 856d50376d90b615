import { Pipe, inject, type PipeTransform } from '@angular/core';
import { TranslateService } from '@ngx-translate/core';

import { translateRefusal, type RefusalLike } from './translate-refusal';

/**
 * A refusal (the broker's BridgeError, or a form field's IssueRefusal) in the window's language.
 * Impure so a language switch re-renders it, like ngx-translate's own pipe.
 */
@Pipe({ name: 'refusalText', pure: false })
export class RefusalTextPipe implements PipeTransform {
  private readonly translate = inject(TranslateService);

  /** The refusal's text; empty for none. */
  transform(refusal: RefusalLike | null | undefined): string {
    return refusal ? translateRefusal(this.translate, refusal) : '';
  }
}
