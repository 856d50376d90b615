import { Pipe, inject, type PipeTransform } from '@angular/core';
import { TranslateService } from '@ngx-translate/core';

import { ruleName } from '../bridge/rule-messages';

/**
 * A TRTC parameter rule's message in the window's language; any other text
 * passes through as it is. Impure so a language switch re-renders it.
 */
@Pipe({ name: 'ruleText', pure: false })
export class RuleTextPipe implements PipeTransform {
  private readonly translate = inject(TranslateService);

  transform(message: string): string {
    const name = ruleName(message);
    return name ? (this.translate.instant(`core.rules.${name}`) as string) : message;
  }
}
