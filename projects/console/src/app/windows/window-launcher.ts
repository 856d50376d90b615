import { ChangeDetectionStrategy, Component, DOCUMENT, inject } from '@angular/core';

/** Opens or focuses the preview and wall windows; each is a named window, so a second click focuses it. */
@Component({
  selector: 'bc-window-launcher',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <button type="button" data-testid="open-preview" (click)="open('preview')">Open preview window</button>
    <button type="button" data-testid="open-wall" (click)="open('wall')">Open wall window</button>
  `,
})
export class WindowLauncher {
  private readonly document = inject(DOCUMENT);

  protected open(page: 'preview' | 'wall'): void {
    const { location } = this.document;
    // The page keeps the launch token so its bridge connection is accepted.
    const opened = this.document.defaultView?.open(`/${page}${location.search}`, `broadcaster-${page}`);
    opened?.focus();
  }
}
