import { DOCUMENT, InjectionToken, inject } from '@angular/core';

/** The window's Fullscreen API, narrowed to what the preview needs, so specs can stub it. */
export interface FullscreenControl {
  /** Whether the window is in full screen now. */
  isActive(): boolean;
  /** Puts the whole window in full screen; rejects when the browser refuses. */
  enter(): Promise<void>;
  /** Leaves full screen. */
  exit(): Promise<void>;
  /** Calls back on every change, including Escape handled by the browser; returns the way to stop. */
  watch(onChange: () => void): () => void;
}

/** The document's Fullscreen API unless a spec provides another. */
export const FULLSCREEN = new InjectionToken<FullscreenControl>('FULLSCREEN', {
  providedIn: 'root',
  factory: () => documentFullscreen(inject(DOCUMENT)),
});

/** FullscreenControl over a document's own Fullscreen API. */
export function documentFullscreen(document: Document): FullscreenControl {
  return {
    isActive: () => document.fullscreenElement != null,
    enter: () =>
      document.fullscreenEnabled && typeof document.documentElement.requestFullscreen === 'function'
        ? document.documentElement.requestFullscreen()
        : Promise.reject(new Error('full screen is disabled in this window')),
    exit: () => (document.fullscreenElement ? document.exitFullscreen() : Promise.resolve()),
    watch: (onChange) => {
      document.addEventListener('fullscreenchange', onChange);
      return () => document.removeEventListener('fullscreenchange', onChange);
    },
  };
}
