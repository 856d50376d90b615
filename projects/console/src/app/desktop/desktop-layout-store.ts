import { DestroyRef, Injectable, computed, inject, signal } from '@angular/core';

import { DESKTOP_API, type DesktopLayout, type DesktopRequest, type DesktopResponse } from '@broadcast-core/desktop';

import { describeDisplayChanges, type DisplayChange } from './display-changes';
import { orderDisplays } from './display-order';

/** Why a window request did not happen: the main process's refusal, or no answer at all. */
export type DesktopRefusal = Extract<DesktopResponse, { ok: false }>['error'] | { reason: 'unanswered'; message: string };

/** A window request's outcome as the console handles it. */
export type DesktopOutcome = { ok: true; layout: DesktopLayout } | { ok: false; error: DesktopRefusal };

/**
 * The displays and where the console, preview and wall are, as the desktop app's main process last said:
 * window-local UI state (never room state), kept live from its `layoutChanged` events. Inert in a browser.
 */
@Injectable({ providedIn: 'root' })
export class DesktopLayoutStore {
  private readonly api = inject(DESKTOP_API);
  private readonly current = signal<DesktopLayout | null>(null);
  private readonly report = signal<readonly DisplayChange[]>([]);

  /** The latest layout; null in a browser, or until the main process first answered. */
  readonly layout = this.current.asReadonly();
  /** The displays numbered as the console numbers them (primary first, then left to right). */
  readonly displays = computed(() => orderDisplays(this.current()?.displays ?? []));
  /** What the last plugging or unplugging of a display did, until dismissed; empty otherwise. */
  readonly changes = this.report.asReadonly();

  constructor() {
    if (!this.api) return;
    const stop = this.api.windows.onEvent((event) => {
      if (event.type === 'layoutChanged') this.receive(event.layout);
    });
    inject(DestroyRef).onDestroy(stop);
    void this.refresh();
  }

  /** Sends a window request; a layout in the answer becomes the current one. Never rejects. */
  async request(request: DesktopRequest): Promise<DesktopOutcome> {
    if (!this.api) return { ok: false, error: { reason: 'unanswered', message: 'not running in the desktop app' } };
    let response: DesktopResponse;
    try {
      response = await this.api.windows.request(request);
    } catch (error) {
      return { ok: false, error: { reason: 'unanswered', message: error instanceof Error ? error.message : String(error) } };
    }
    if (response.ok) this.current.set(response.layout);
    // A display gone between the list and the click: fetch the list as it is now.
    else if (response.error.reason === 'no-such-display') void this.refresh();
    return response;
  }

  /** Asks for the layout again; resolves to it, or null when the main process did not give one. */
  async refresh(): Promise<DesktopLayout | null> {
    const outcome = await this.request({ type: 'layout' });
    return outcome.ok ? outcome.layout : null;
  }

  /** The display's number in the console's order (1-based), or null when it is not connected. */
  numberOf(displayId: number | null): number | null {
    const index = this.displays().findIndex((d) => d.id === displayId);
    return index < 0 ? null : index + 1;
  }

  /** Hides the report of the last display change. */
  dismissChanges(): void {
    this.report.set([]);
  }

  private receive(layout: DesktopLayout): void {
    const changes = describeDisplayChanges(this.current(), layout);
    if (changes.length > 0) this.report.set(changes);
    this.current.set(layout);
  }
}
