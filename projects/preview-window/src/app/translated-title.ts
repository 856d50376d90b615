import { Injectable, inject } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { Title } from '@angular/platform-browser';
import { TitleStrategy, type RouterStateSnapshot } from '@angular/router';
import { TranslateService } from '@ngx-translate/core';
import { BehaviorSubject, EMPTY, switchMap } from 'rxjs';

import { CONSOLE_WINDOW_TITLE_PREFIX } from '@broadcast-core/bridge';

/**
 * Route titles are translation keys: the window title follows the route and the language, after the product
 * name, which every console window's title starts with so that a shared screen leaves them out.
 */
@Injectable()
export class TranslatedTitleStrategy extends TitleStrategy {
  private readonly key = new BehaviorSubject<string | null>(null);

  constructor() {
    super();
    const title = inject(Title);
    const translate = inject(TranslateService);
    this.key
      .pipe(
        switchMap((key) => (key === null ? EMPTY : translate.stream(key))),
        takeUntilDestroyed(),
      )
      .subscribe((text: string) => title.setTitle(`${CONSOLE_WINDOW_TITLE_PREFIX}: ${text}`));
  }

  /** Called by the router after each navigation. */
  override updateTitle(snapshot: RouterStateSnapshot): void {
    this.key.next(this.buildTitle(snapshot) ?? null);
  }
}
