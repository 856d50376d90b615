import { DestroyRef, Directive, inject, signal } from '@angular/core';

/** How long the pointer may rest before it hides over the picture. */
export const IDLE_CURSOR_MS = 2500;

/**
 * Hides the mouse pointer over its host once the mouse has not moved for
 * IDLE_CURSOR_MS (class `cursor-idle`); any movement brings it back. Uses
 * setTimeout, so specs drive it with fake timers.
 */
@Directive({
  selector: '[bcIdleCursor]',
  host: { '[class.cursor-idle]': 'idle()', '(mousemove)': 'wake()' },
})
export class IdleCursor {
  private readonly state = signal(false);
  private timer: ReturnType<typeof setTimeout> | null = null;

  /** True while the pointer is hidden. */
  readonly idle = this.state.asReadonly();

  constructor() {
    this.arm();
    inject(DestroyRef).onDestroy(() => this.disarm());
  }

  /** The mouse moved: show the pointer and start counting again. */
  wake(): void {
    this.state.set(false);
    this.arm();
  }

  private arm(): void {
    this.disarm();
    this.timer = setTimeout(() => this.state.set(true), IDLE_CURSOR_MS);
  }

  private disarm(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }
}
