import type { Provider } from '@angular/core';

import {
  DESKTOP_API,
  type BroadcasterDesktopApi,
  type DesktopEvent,
  type DesktopLayout,
  type DesktopRequest,
  type DesktopResponse,
  type DisplaySummary,
} from '@broadcast-core/desktop';

/** A laptop's built-in panel (primary, scaled 2x) and an external monitor to its right. */
export const BUILT_IN: DisplaySummary = { id: 1, label: 'Built-in Retina Display', primary: true, bounds: { x: 0, y: 0, width: 1512, height: 982 }, scaleFactor: 2 };
/** The external monitor, to the right of the built-in panel. */
export const DELL: DisplaySummary = { id: 7, label: 'DELL U2720Q', primary: false, bounds: { x: 1512, y: 0, width: 2560, height: 1440 }, scaleFactor: 1 };

/** A layout: the console on the primary display, the preview and wall closed; override what a spec needs. */
export function desktopLayout(overrides: Partial<DesktopLayout> = {}): DesktopLayout {
  return {
    displays: [BUILT_IN, DELL],
    windows: {
      console: { open: true, displayId: BUILT_IN.id, mode: 'windowed' },
      preview: { open: false, displayId: null, mode: 'windowed' },
      wall: { open: false, displayId: null, mode: 'windowed' },
    },
    ...overrides,
  };
}

/**
 * Stands in for the desktop app's preload in specs: records every window request, answers it as the main
 * process's window manager would (over a layout the spec may set), and lets the spec send events.
 */
export class FakeDesktopApi implements BroadcasterDesktopApi {
  /** Window requests sent, oldest first. */
  readonly requests: DesktopRequest[] = [];
  /** The layout the fake window manager holds. */
  layout: DesktopLayout;
  private readonly listeners = new Set<(event: DesktopEvent) => void>();

  readonly bridge = { connect: () => undefined, send: () => undefined, onMessage: () => () => undefined };
  readonly windows = {
    request: (request: DesktopRequest): Promise<DesktopResponse> => {
      this.requests.push(request);
      return Promise.resolve(this.answer(request));
    },
    onEvent: (listener: (event: DesktopEvent) => void): (() => void) => {
      this.listeners.add(listener);
      return () => this.listeners.delete(listener);
    },
  };

  constructor(layout: DesktopLayout = desktopLayout()) {
    this.layout = layout;
  }

  /** How many listeners are subscribed to events now. */
  get listenerCount(): number {
    return this.listeners.size;
  }

  /** Sends an event to every window listener, as the main process would. */
  emit(event: DesktopEvent): void {
    for (const listener of this.listeners) listener(event);
  }

  /** The requests sent, without the layout reads, for short assertions. */
  actions(): DesktopRequest[] {
    return this.requests.filter((r) => r.type !== 'layout');
  }

  private answer(request: DesktopRequest): DesktopResponse {
    const windows = { ...this.layout.windows };
    switch (request.type) {
      case 'openWindow':
      case 'focusWindow':
        windows[request.window] = { ...windows[request.window], open: true, displayId: windows[request.window].displayId ?? this.layout.displays[0]?.id ?? null };
        break;
      case 'closeWindow':
        if (!windows[request.window].open) return { ok: false, error: { reason: 'not-open', message: `the ${request.window} window is not open` } };
        windows[request.window] = { ...windows[request.window], open: false };
        break;
      case 'placeWindow':
        if (!this.layout.displays.some((d) => d.id === request.displayId)) {
          return { ok: false, error: { reason: 'no-such-display', message: `there is no display ${request.displayId}: it may have been unplugged` } };
        }
        windows[request.window] = { open: true, displayId: request.displayId, mode: request.mode };
        break;
      case 'layout':
      case 'savePreferences':
        break;
    }
    this.layout = { ...this.layout, windows };
    // A copy, as IPC would give: the spec's later changes to its layout must not reach the window.
    return { ok: true, layout: JSON.parse(JSON.stringify(this.layout)) as DesktopLayout };
  }
}

/** Provides the fake as the window's desktop API, as if the window ran in the desktop app. */
export function provideFakeDesktopApi(api: FakeDesktopApi): Provider {
  return { provide: DESKTOP_API, useValue: api };
}
